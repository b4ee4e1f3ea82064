package fr.ensemble.ui.rendezvous;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.rendezvous.application.AppointmentManagement;
import fr.ensemble.ui.layout.PublicLayout;
import jakarta.annotation.security.PermitAll;

/** An appointment of "Mon compte": for its own resident only, it opens the page of the e-mail's link. */
@Route(value = "compte/rendez-vous/:commune/:reference", layout = PublicLayout.class)
@PermitAll
public class MyAppointmentView extends Div implements BeforeEnterObserver {

    private final TenantRegistry registry;
    private final AppointmentManagement management;

    public MyAppointmentView(TenantRegistry registry, AppointmentManagement management) {
        this.registry = registry;
        this.management = management;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        OwnBookingLink.forward(event, registry, management::manageUrlOfMine, "Rendez-vous inconnu");
    }
}
