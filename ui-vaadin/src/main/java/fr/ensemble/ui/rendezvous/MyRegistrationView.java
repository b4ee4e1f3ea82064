package fr.ensemble.ui.rendezvous;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.rendezvous.application.WorkshopRegistrations;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.ui.layout.PublicLayout;
import jakarta.annotation.security.PermitAll;
import java.net.URI;

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
        Tenant tenant = registry.find(event.getRouteParameters().get("commune").orElseThrow())
                .orElseThrow(() -> new NotFoundException("Commune inconnue"));
        String reference = event.getRouteParameters().get("reference").orElseThrow();
        try {
            URI link = URI.create(TenantContext.call(tenant.slug(), () -> registrations.manageUrlOfMine(reference)));
            event.forwardTo(link.getPath().substring(1), QueryParameters.fromString(link.getQuery()));
        } catch (AppointmentRefusedException e) {
            throw new NotFoundException("Inscription inconnue");
        }
    }
}
