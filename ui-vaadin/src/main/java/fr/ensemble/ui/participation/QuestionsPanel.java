package fr.ensemble.ui.participation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.participation.application.CouncilQuestions;
import fr.ensemble.participation.domain.CampaignRefusedException;
import fr.ensemble.participation.domain.CouncilQuestion;

/** The questions of a council session for its animateurs: select the one asked live, answer the others. */
class QuestionsPanel extends Section {

    QuestionsPanel(Tenant tenant, String sessionSlug, CouncilQuestions questions, Runnable changed) {
        setId("questions-agent");
        add(new H2("Questions reçues"));
        for (CouncilQuestion question : TenantContext.call(tenant.slug(), () -> questions.all(sessionSlug))) {
            var answer = new TextArea("Réponse publiée");
            answer.setWidthFull();
            answer.setId("reponse-" + question.getId());
            var message = new Paragraph();
            message.getElement().setAttribute("role", "status");
            var select = new Button("Retenir pour la séance", click -> act(message, changed,
                    () -> TenantContext.run(tenant.slug(), () -> questions.select(question.getId()))));
            var publish = new Button("Publier la réponse", click -> act(message, changed,
                    () -> TenantContext.run(tenant.slug(), () -> questions.answer(question.getId(), answer.getValue()))));
            select.setId("retenir-" + question.getId());
            publish.setId("publier-reponse-" + question.getId());
            add(new Article(new Paragraph("« " + question.getQuestion() + " » — " + question.getAuthorName() + " · "
                    + question.getStatus().label()), answer, select, publish, message));
        }
    }

    private static void act(Paragraph message, Runnable changed, Runnable action) {
        try {
            action.run();
            changed.run();
        } catch (CampaignRefusedException refused) {
            message.setText(refused.getMessage());
        }
    }
}
