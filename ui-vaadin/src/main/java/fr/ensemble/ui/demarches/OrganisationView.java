package fr.ensemble.ui.demarches;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.ensemble.core.identity.access.CommuneAccess;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.demarches.application.FormBuilder;
import fr.ensemble.demarches.application.InstructionSettings;
import fr.ensemble.demarches.application.MailTemplates;
import fr.ensemble.ui.layout.PublicLayout;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How a commune's admins organise instruction: departments, the rules that route new requests to them, each
 * procedure's workflow, and the wording of the e-mails residents receive.
 */
@Route(value = "agent/:commune/demarches/organisation", layout = PublicLayout.class)
@PageTitle("Organisation de l'instruction — Ensemble")
@PermitAll
public class OrganisationView extends Div implements BeforeEnterObserver {

    private final TenantRegistry registry;
    private final CommuneAccess access;
    private final InstructionSettings settings;
    private final FormBuilder builder;
    private final MailTemplates templates;

    public OrganisationView(TenantRegistry registry, CommuneAccess access, InstructionSettings settings,
            FormBuilder builder, MailTemplates templates) {
        this.registry = registry;
        this.access = access;
        this.settings = settings;
        this.builder = builder;
        this.templates = templates;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Tenant tenant = registry.find(event.getRouteParameters().get("commune").orElseThrow()).filter(Tenant::isCommune)
                .orElseThrow(() -> new NotFoundException("Commune inconnue"));
        if (!access.canWorkIn(SecurityContextHolder.getContext().getAuthentication(), tenant.slug(), "admin")) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        removeAll();
        add(new Anchor("agent/" + tenant.slug() + "/demarches", "← Demandes"),
                new H1("Organisation de l'instruction — " + tenant.name()),
                new Paragraph("Les services reçoivent les demandes que leur envoient les règles d'orientation ; chaque "
                        + "démarche suit son circuit ; les e-mails partent avec vos textes."),
                new DepartmentsEditor(tenant.slug(), settings, builder),
                new WorkflowEditor(tenant.slug(), settings, builder),
                new MailTemplatesEditor(tenant.slug(), templates));
    }
}
