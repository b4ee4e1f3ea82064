package fr.ensemble.ui.rendezvous;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.rendezvous.application.WorkshopRegistrations;
import fr.ensemble.rendezvous.application.WorkshopRegistrations.RegistrationView;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.WorkshopRegistration;
import fr.ensemble.rendezvous.domain.WorkshopRegistrationStatus;
import fr.ensemble.ui.layout.PublicLayout;

/** The page the registration e-mails link to (signed, no login needed): the registration, and a button to cancel it. */
@Route(value = ":commune/rendez-vous/ateliers/:reference", layout = PublicLayout.class)
@AnonymousAllowed
public class ManageRegistrationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TenantRegistry registry;
    private final WorkshopRegistrations registrations;
    private final Paragraph message = new Paragraph();
    private Tenant tenant;
    private String reference;
    private String token;

    public ManageRegistrationView(TenantRegistry registry, WorkshopRegistrations registrations) {
        this.registry = registry;
        this.registrations = registrations;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = registry.find(event.getRouteParameters().get("commune").orElseThrow())
                .orElseThrow(() -> new NotFoundException("Commune inconnue"));
        reference = event.getRouteParameters().get("reference").orElseThrow();
        token = event.getLocation().getQueryParameters().getSingleParameter("jeton").orElse(null);
        message.setId("message-atelier");
        message.getElement().setAttribute("role", "status");
        show();
    }

    private void show() {
        removeAll();
        add(new H1("Mon inscription à un atelier — " + tenant.name()));
        RegistrationView view;
        try {
            view = TenantContext.call(tenant.slug(), () -> registrations.open(reference, token));
        } catch (AppointmentRefusedException e) {
            add(new Paragraph(e.getMessage()));
            return;
        }
        WorkshopRegistration registration = view.registration();
        int people = registration.getPeople();
        var details = new Div(new Paragraph(view.workshop().getTitle()),
                new Paragraph("Le " + SlotLabels.when(view.workshop().getStartsAt()) + ", " + view.place().getName() + ", "
                        + view.place().fullAddress()),
                new Paragraph("Pour " + people + (people > 1 ? " personnes" : " personne") + ". Référence : "
                        + registration.getReference() + " — " + registration.getStatus().label()
                        + (view.rank() > 0 ? ", rang " + view.rank() : "")));
        details.setId("detail-atelier");
        add(details, message);
        if (registration.getStatus() == WorkshopRegistrationStatus.ANNULE) {
            return;
        }
        var cancel = new Button(registration.getStatus() == WorkshopRegistrationStatus.ATTENTE
                ? "Me retirer de la liste d'attente" : "Annuler mon inscription", click -> {
                    try {
                        TenantContext.run(tenant.slug(), () -> registrations.cancel(reference, token));
                        show();
                        message.setText("Votre inscription est annulée.");
                    } catch (AppointmentRefusedException e) {
                        message.setText(e.getMessage());
                    }
                });
        cancel.setId("annuler-atelier");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(cancel);
    }

    @Override
    public String getPageTitle() {
        return "Mon inscription à un atelier — Ensemble";
    }
}
