package fr.ensemble.ui.territory;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.ensemble.core.identity.access.CommuneAccess;
import fr.ensemble.core.tenancy.NewTenant;
import fr.ensemble.core.tenancy.TenantConflictException;
import fr.ensemble.core.tenancy.TenantKind;
import fr.ensemble.core.tenancy.TenantOnboarding;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.ui.layout.PublicLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The territory staff's home: the communes of the platform and, for territory administrators, onboarding. */
@Route(value = "territoire", layout = PublicLayout.class)
@PageTitle("Espace territoire — Ensemble")
@PermitAll
public class TerritoryView extends Div implements BeforeEnterObserver {

    private final TenantRegistry registry;
    private final CommuneAccess access;
    private final TenantOnboarding onboarding;
    private final UnorderedList communes = new UnorderedList();
    private final TextField slug = new TextField("Identifiant (dans les adresses)");
    private final TextField name = new TextField("Nom officiel");
    private final TextField inseeCode = new TextField("Code INSEE");
    private final Select<TenantKind> kind = new Select<>();

    public TerritoryView(TenantRegistry registry, CommuneAccess access, TenantOnboarding onboarding) {
        this.registry = registry;
        this.access = access;
        this.onboarding = onboarding;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!access.hasAnyTerritoryRole(authentication)) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        removeAll();
        communes.setId("communes");
        refreshCommunes();
        add(new H1("Espace territoire"), new Section(new H2("Communes de la plateforme"), communes));
        if (access.hasTerritoryRole(authentication, "territoire-admin")) {
            add(onboardingForm());
        }
    }

    private Section onboardingForm() {
        slug.setHelperText("Minuscules sans accent et tirets, par exemple « villemomble »");
        slug.setId("nouvelle-commune-identifiant");
        name.setId("nouvelle-commune-nom");
        inseeCode.setId("nouvelle-commune-insee");
        kind.setLabel("Type");
        kind.setItems(TenantKind.values());
        kind.setItemLabelGenerator(value -> value == TenantKind.COMMUNE ? "Commune" : "Territoire");
        kind.setValue(TenantKind.COMMUNE);
        var submit = new Button("Accueillir la commune", click -> onboard());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("accueillir-commune");
        var section = new Section(new H2("Accueillir une commune"),
                new Paragraph("Crée la commune dans le registre, son schéma de données et son organisation dans "
                        + "Keycloak. Sans effet si elle existe déjà."),
                new FormLayout(slug, name, inseeCode, kind), submit);
        section.addClassName("ensemble-section");
        return section;
    }

    private void onboard() {
        List.of(slug, name, inseeCode).forEach(field -> field.setInvalid(false));
        try {
            var result = onboarding.onboard(new NewTenant(slug.getValue().strip(), name.getValue(),
                    inseeCode.getValue().isBlank() ? null : inseeCode.getValue().strip(), kind.getValue()));
            refreshCommunes();
            String message = result.created()
                    ? result.tenant().name() + " est accueillie (" + result.duration().toMillis() + " ms)."
                    : result.tenant().name() + " était déjà accueillie : rien n'a changé.";
            Notification.show(message, 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(violation -> {
                TextField field = switch (violation.getPropertyPath().toString().replaceFirst(".*\\.", "")) {
                    case "name" -> name;
                    case "inseeCode", "inseeCodeConsistentWithKind" -> inseeCode;
                    default -> slug;
                };
                field.setErrorMessage(violation.getMessage());
                field.setInvalid(true);
            });
        } catch (TenantConflictException e) {
            slug.setErrorMessage(e.getMessage());
            slug.setInvalid(true);
        }
    }

    private void refreshCommunes() {
        communes.removeAll();
        registry.all().forEach(tenant -> communes.add(new ListItem(tenant.name()
                + (tenant.inseeCode() == null ? " (territoire)" : " — INSEE " + tenant.inseeCode()))));
    }
}
