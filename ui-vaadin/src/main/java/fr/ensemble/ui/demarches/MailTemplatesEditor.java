package fr.ensemble.ui.demarches;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.demarches.application.MailTemplates;
import fr.ensemble.demarches.application.RequestRefusedException;
import fr.ensemble.demarches.domain.mail.MailKind;

/** The wording of each e-mail residents receive about their requests, with the placeholders it may use. */
class MailTemplatesEditor extends Section {

    private final String tenant;
    private final MailTemplates templates;

    MailTemplatesEditor(String tenant, MailTemplates templates) {
        this.tenant = tenant;
        this.templates = templates;
        add(new H2("E-mails aux usagers"), new Paragraph("Les mots entre accolades sont remplacés à l'envoi. "
                + "Un pied de page rappelle que le message est automatique."));
        for (MailKind kind : MailKind.values()) {
            add(new Details(kind.label(), editor(kind)));
        }
    }

    private Div editor(MailKind kind) {
        var wording = TenantContext.call(tenant, () -> templates.wording(kind));
        var subject = new TextField("Objet", wording.subject(), "");
        subject.setWidthFull();
        var body = new TextArea("Texte", wording.body(), "");
        body.setWidthFull();
        body.setHelperText("Possibles : " + String.join(", ", kind.placeholders().stream().map(name -> "{" + name + "}").toList()));
        var origin = new Paragraph(wording.own() ? "Texte de la commune." : "Texte par défaut de la plateforme.");
        var save = new Button("Enregistrer", click -> {
            try {
                TenantContext.run(tenant, () -> templates.change(kind, subject.getValue(), body.getValue()));
                body.setInvalid(false);
                origin.setText("Texte de la commune.");
                Notification.show("E-mail « " + kind.label() + " » enregistré.", 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (RequestRefusedException e) {
                body.setErrorMessage(e.getMessage());
                body.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var reset = new Button("Revenir au texte par défaut", click -> {
            TenantContext.run(tenant, () -> templates.reset(kind));
            subject.setValue(kind.defaultSubject());
            body.setValue(kind.defaultBody());
            body.setInvalid(false);
            origin.setText("Texte par défaut de la plateforme.");
        });
        return new Div(origin, subject, body, new HorizontalLayout(save, reset));
    }
}
