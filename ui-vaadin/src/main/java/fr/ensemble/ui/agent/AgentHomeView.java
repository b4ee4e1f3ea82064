package fr.ensemble.ui.agent;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import fr.ensemble.core.identity.access.CommuneAccess;
import fr.ensemble.core.identity.access.PlatformAuthorities;
import fr.ensemble.core.module.ModuleDescriptor;
import fr.ensemble.core.settings.CommuneSettings;
import fr.ensemble.core.settings.CommuneSettingsService;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.ui.commune.CommuneBanner;
import fr.ensemble.ui.layout.PublicLayout;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The back-office home of one commune: only its own agents enter; the menu shows the modules their roles open. */
@Route(value = "agent/:" + AgentHomeView.COMMUNE_PARAMETER, layout = PublicLayout.class)
@PermitAll
public class AgentHomeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String COMMUNE_PARAMETER = "commune";

    private final TenantRegistry registry;
    private final CommuneAccess access;
    private final CommuneSettingsService settings;
    private final List<ModuleDescriptor> modules;
    private String title = "Espace agent — Ensemble";

    public AgentHomeView(TenantRegistry registry, CommuneAccess access, CommuneSettingsService settings,
            List<ModuleDescriptor> modules) {
        this.registry = registry;
        this.access = access;
        this.settings = settings;
        this.modules = modules;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get(COMMUNE_PARAMETER).orElseThrow();
        Tenant tenant = registry.find(slug).orElseThrow(() -> new NotFoundException("Commune inconnue"));
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!access.canWorkIn(authentication, slug, "agent")) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        CommuneSettings branding = TenantContext.call(tenant.slug(), settings::current);
        String heading = "Espace agent — " + branding.getDisplayName();
        title = heading + " — Ensemble";
        removeAll();
        add(new CommuneBanner(heading, branding),
                new Paragraph("Vous travaillez pour " + tenant.name() + " : vous ne voyez que ses données."),
                menu(tenant, authentication));
    }

    private Nav menu(Tenant tenant, Authentication authentication) {
        var list = new UnorderedList();
        for (ModuleDescriptor module : modules) {
            String authority = PlatformAuthorities.of(tenant.slug(), module.requiredRole());
            if (authentication.getAuthorities().stream().anyMatch(granted -> granted.getAuthority().equals(authority))) {
                String path = "agent/" + tenant.slug() + "/" + module.id();
                var name = RouteConfiguration.forApplicationScope().getRoute(path).isPresent()
                        ? new Anchor(path, module.name()) : new Span(module.name());
                var item = new ListItem(name, new Paragraph(module.description()));
                item.getElement().setAttribute("data-module", module.id());
                list.add(item);
            }
        }
        var nav = new Nav(new H2("Vos outils"));
        nav.getElement().setAttribute("aria-label", "Outils de l'espace agent");
        if (list.getChildren().findAny().isEmpty()) {
            var empty = new Paragraph("Aucun outil n'est encore ouvert à vos rôles. L'administrateur de votre commune "
                    + "peut vous attribuer les rôles instructeur, animateur ou admin.");
            empty.addClassName("empty-state");
            nav.add(empty);
        } else {
            list.setId("modules");
            nav.add(list);
        }
        return nav;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
