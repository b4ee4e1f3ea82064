package fr.ensemble.demarches.application;

import fr.ensemble.core.notification.MailOutbox;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.demarches.domain.Procedure;
import fr.ensemble.demarches.domain.Request;
import fr.ensemble.demarches.domain.mail.MailKind;
import fr.ensemble.demarches.domain.mail.MailText;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The e-mails about a request, in the current commune's wording, queued in the outbox with the change they tell. */
@Component
class RequestMails {

    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final TenantRegistry registry;
    private final String publicUrl;

    RequestMails(MailTemplates templates, MailOutbox outbox, TenantRegistry registry,
            @Value("${ensemble.public-url:http://127.0.0.1:8080}") String publicUrl) {
        this.templates = templates;
        this.outbox = outbox;
        this.registry = registry;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    void receipt(Procedure procedure, Request request) {
        Map<String, String> values = values(procedure, request);
        values.put("delai", procedure.getExpectedDelay() == null ? "" : "Délai indicatif : " + procedure.getExpectedDelay() + ".\n");
        send(MailKind.RECEIPT, request.getContactEmail(), values);
    }

    void statusChanged(Procedure procedure, Request request, String residentLabel, String comment) {
        Map<String, String> values = values(procedure, request);
        values.put("statut", residentLabel);
        values.put("message", comment == null ? "" : "\nMessage du service :\n" + comment + "\n");
        send(MailKind.STATUS, request.getContactEmail(), values);
    }

    void message(Procedure procedure, Request request, String text) {
        Map<String, String> values = values(procedure, request);
        values.put("message", text);
        send(MailKind.MESSAGE, request.getContactEmail(), values);
    }

    void documentAdded(Procedure procedure, Request request, String documentName) {
        Map<String, String> values = values(procedure, request);
        values.put("document", documentName);
        send(MailKind.DOCUMENT, request.getContactEmail(), values);
    }

    /** @param confirmationPath the path of the confirmation page, from the site's root */
    void confirmEmail(Procedure procedure, String email, String confirmationPath) {
        Map<String, String> values = new HashMap<>();
        values.put("commune", tenant().name());
        values.put("demarche", procedure.getTitle());
        values.put("lien", publicUrl + "/" + confirmationPath);
        send(MailKind.CONFIRM_EMAIL, email, values);
    }

    private Map<String, String> values(Procedure procedure, Request request) {
        Tenant tenant = tenant();
        Map<String, String> values = new HashMap<>();
        values.put("commune", tenant.name());
        values.put("demarche", procedure.getTitle());
        values.put("numero", request.getTrackingNumber());
        // A request filed without an account is followed through the e-mails only.
        values.put("lien", request.getResidentSubject() == null ? "les prochaines nouvelles vous arriveront par e-mail"
                : publicUrl + "/compte/demandes/" + tenant.slug() + "/" + request.getTrackingNumber());
        return values;
    }

    private void send(MailKind kind, String to, Map<String, String> values) {
        var wording = templates.wording(kind);
        outbox.queue(to, MailText.fill(wording.subject(), values), MailText.fill(wording.body(), values) + MailKind.FOOTER);
    }

    private Tenant tenant() {
        return registry.require(TenantContext.current().orElseThrow());
    }
}
