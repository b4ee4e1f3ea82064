package fr.ensemble.ui.rendezvous;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import java.net.URI;
import java.util.function.Function;

/** "Mon compte" opens a booking of its own resident on the page of the e-mail's signed link. */
final class OwnBookingLink {

    private OwnBookingLink() {
    }

    /**
     * @param manageUrlOfMine the signed link of the signed-in resident's booking with that reference, in the tenant
     * @param unknown the 404's text when the reference is not one of theirs
     */
    static void forward(BeforeEnterEvent event, TenantRegistry registry, Function<String, String> manageUrlOfMine,
            String unknown) {
        Tenant tenant = registry.find(event.getRouteParameters().get("commune").orElseThrow())
                .orElseThrow(() -> new NotFoundException("Commune inconnue"));
        String reference = event.getRouteParameters().get("reference").orElseThrow();
        try {
            URI link = URI.create(TenantContext.call(tenant.slug(), () -> manageUrlOfMine.apply(reference)));
            event.forwardTo(link.getPath().substring(1), QueryParameters.fromString(link.getQuery()));
        } catch (AppointmentRefusedException e) {
            throw new NotFoundException(unknown);
        }
    }
}
