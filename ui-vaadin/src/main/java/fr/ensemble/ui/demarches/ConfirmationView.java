package fr.ensemble.ui.demarches;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.demarches.application.AnonymousFiling;
import fr.ensemble.demarches.application.RequestReceipts;
import fr.ensemble.ui.layout.PublicLayout;

/** The link e-mailed to the author of a request filed without an account: opening it files the request, once. */
@Route(value = ":commune/demarches/confirmation/:token", layout = PublicLayout.class)
@PageTitle("Confirmation de votre demande — Ensemble")
@AnonymousAllowed
public class ConfirmationView extends Div implements BeforeEnterObserver {

    private final TenantRegistry registry;
    private final AnonymousFiling filing;
    private final RequestReceipts receipts;

    public ConfirmationView(TenantRegistry registry, AnonymousFiling filing, RequestReceipts receipts) {
        this.registry = registry;
        this.filing = filing;
        this.receipts = receipts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Tenant tenant = registry.find(event.getRouteParameters().get("commune").orElseThrow())
                .orElseThrow(() -> new NotFoundException("Commune inconnue"));
        String token = event.getRouteParameters().get("token").orElseThrow();
        removeAll();
        add(new H1("Confirmation de votre demande"));
        TenantContext.call(tenant.slug(), () -> filing.confirm(token)).ifPresentOrElse(
                request -> add(FiledRequest.of(tenant, request, receipts, false)),
                () -> add(new Paragraph("Ce lien n'est plus valable : il a expiré (48 heures) ou n'existe pas. "
                        + "Remplissez de nouveau la démarche pour recevoir un nouveau lien."),
                        new Anchor(tenant.slug() + "/demarches", "Les démarches de " + tenant.name())));
    }
}
