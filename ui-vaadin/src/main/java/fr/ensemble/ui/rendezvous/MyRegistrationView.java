package fr.ensemble.ui.rendezvous;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.rendezvous.application.WorkshopRegistrations;
import fr.ensemble.ui.layout.PublicLayout;
import jakarta.annotation.security.PermitAll;

/** A workshop registration of "Mon compte": for its own resident only, it opens the page of the e-mail's link. */
@Route(value = "compte/ateliers/:commune/:reference", layout = PublicLayout.class)
@PermitAll
public class MyRegistrationView extends Div implements BeforeEnterObserver {

    private final TenantRegistry registry;
    private final WorkshopRegistrations registrations;

    public MyRegistrationView(TenantRegistry registry, WorkshopRegistrations registrations) {
        this.registry = registry;
        this.registrations = registrations;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        OwnBookingLink.forward(event, registry, registrations::manageUrlOfMine, "Inscription inconnue");
    }
}
