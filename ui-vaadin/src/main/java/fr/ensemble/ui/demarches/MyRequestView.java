package fr.ensemble.ui.demarches;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.demarches.application.MyRequests;
import fr.ensemble.demarches.application.RequestReceipts;
import fr.ensemble.demarches.application.RequestRefusedException;
import fr.ensemble.ui.layout.PublicLayout;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One of the resident's requests, in any commune: its steps, the messages from the service and their replies. */
@Route(value = "compte/demandes/:commune/:tracking", layout = PublicLayout.class)
@PageTitle("Ma demande — Ensemble")
@PermitAll
public class MyRequestView extends Div implements BeforeEnterObserver {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm").withZone(ZoneId.of("Europe/Paris"));

    private final TenantRegistry registry;
    private final MyRequests requests;
    private final RequestReceipts receipts;
    private Tenant tenant;
    private String tracking;

    public MyRequestView(TenantRegistry registry, MyRequests requests, RequestReceipts receipts) {
        this.registry = registry;
        this.requests = requests;
        this.receipts = receipts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = registry.find(event.getRouteParameters().get("commune").orElseThrow())
                .orElseThrow(() -> new NotFoundException("Commune inconnue"));
        tracking = event.getRouteParameters().get("tracking").orElseThrow();
        show();
    }

    private void show() {
        var found = TenantContext.call(tenant.slug(), () -> requests.open(tracking))
                .orElseThrow(() -> new NotFoundException("Demande inconnue"));
        var steps = new UnorderedList();
        found.steps().forEach(step -> steps.add(new ListItem(DATE.format(step.at()) + " — " + step.label()
                + (step.comment() == null ? "" : " : " + step.comment()))));
        var messages = new UnorderedList();
        found.messages().forEach(message -> messages.add(new ListItem(DATE.format(message.getSentAt()) + " — "
                + (message.isFromAgent() ? "le service" : "vous") + " : " + message.getBody())));
        messages.setId("messages");
        var reply = new TextArea("Votre réponse");
        reply.setWidthFull();
        reply.setId("reponse");
        var send = new Button("Envoyer ma réponse", click -> {
            try {
                TenantContext.run(tenant.slug(), () -> requests.reply(tracking, reply.getValue()));
                show();
            } catch (RequestRefusedException e) {
                reply.setErrorMessage(e.getMessage());
                reply.setInvalid(true);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("envoyer-reponse");
        removeAll();
        add(new Anchor("compte", "← Mon compte"), new H1(found.procedure().getTitle() + " — " + tracking),
                new Paragraph(tenant.name() + " · statut : " + found.request().getResidentStatus()),
                new Paragraph(FiledRequest.receiptLink(tenant, found.request(), receipts)),
                new H2("Étapes"), steps, new H2("Documents du service"),
                found.documents().isEmpty() ? new Paragraph("Le service n'a joint aucun document pour l'instant.")
                        : DocumentLinks.of(found.documents(), id -> TenantContext.call(tenant.slug(),
                                () -> requests.document(tracking, id).orElseThrow(() -> new NotFoundException("Document inconnu")))),
                new H2("Messages"),
                found.messages().isEmpty() ? new Paragraph("Aucun message pour l'instant.") : messages, reply, send);
    }
}
