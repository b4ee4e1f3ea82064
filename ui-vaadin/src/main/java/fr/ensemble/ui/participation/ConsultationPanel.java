package fr.ensemble.ui.participation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.participation.application.CampaignAdministration;
import fr.ensemble.participation.application.Consultations;
import fr.ensemble.participation.domain.Campaign;
import fr.ensemble.participation.domain.CampaignRefusedException;
import fr.ensemble.participation.domain.QuestionKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A consultation for its animateurs: the questionnaire builder (before the first response), whether it takes
 * answers without an account, the results so far with their charts, and the responses as CSV.
 */
class ConsultationPanel extends Section {

    ConsultationPanel(Tenant tenant, Campaign consultation, Consultations consultations,
            CampaignAdministration administration, Runnable changed) {
        setId("questionnaire-agent");
        String slug = consultation.getSlug();
        var list = new OrderedList();
        TenantContext.call(tenant.slug(), () -> consultations.questionnaire(slug)).forEach(question -> list.add(new ListItem(
                question.getLabel() + " — " + question.getKind().label()
                        + (question.getChoices().isEmpty() ? "" : " : " + String.join(", ", question.getChoices()))
                        + (question.isRequired() ? "" : " (facultative)"))));
        var kind = new Select<QuestionKind>();
        kind.setLabel("Type de question");
        kind.setItems(QuestionKind.values());
        kind.setItemLabelGenerator(QuestionKind::label);
        kind.setValue(QuestionKind.SINGLE);
        kind.setId("question-type");
        var label = new TextField("Intitulé");
        label.setId("question-intitule");
        var choices = new TextArea("Choix (un par ligne)");
        choices.setId("question-choix");
        var required = new Checkbox("Réponse obligatoire", true);
        var message = new Paragraph();
        message.getElement().setAttribute("role", "status");
        var add = new Button("Ajouter la question", click -> {
            try {
                TenantContext.run(tenant.slug(), () -> consultations.addQuestion(slug, kind.getValue(), label.getValue(),
                        List.of(choices.getValue().split("\\R")), required.getValue()));
                changed.run();
            } catch (CampaignRefusedException refused) {
                message.setText(refused.getMessage());
            }
        });
        add.setId("ajouter-question");
        add(new H2("Questionnaire"), list, new FormLayout(kind, label, choices, required), add, message);
        if (!consultation.isAnonymousResponses()) {
            add(new Button("Accepter les réponses sans compte (une par navigateur)", click -> {
                TenantContext.run(tenant.slug(), () -> administration.acceptAnonymousResponses(slug));
                changed.run();
            }));
        }
        if (consultation.isPublished()) {
            add(new ConsultationResults(TenantContext.call(tenant.slug(), () -> consultations.resultsSoFar(slug))));
            var csv = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = TenantContext.call(tenant.slug(), () -> consultations.responsesCsv(slug))
                        .getBytes(StandardCharsets.UTF_8);
                return new DownloadResponse(new ByteArrayInputStream(bytes), slug + "-reponses.csv", "text/csv", bytes.length);
            }), "Télécharger les réponses (CSV)");
            csv.setDownload(true);
            add(new Paragraph(csv));
        }
    }
}
