package fr.ensemble.ui.participation;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.participation.domain.Campaign;
import fr.ensemble.participation.domain.CouncilQuestion;
import fr.ensemble.participation.domain.Phase;
import java.time.LocalDate;
import java.util.List;

/** The questions to the council for one session, with their status and published answers. */
class QuestionsSection extends Section {

    QuestionsSection(Tenant tenant, Campaign session, LocalDate today, List<CouncilQuestion> questions) {
        setId("questions");
        add(new H2("Les questions des habitants"));
        if (session.phase(Phase.SUBMISSION).filter(phase -> phase.contains(today)).isPresent()) {
            var ask = new Anchor(ParticipationPages.campaignPath(tenant, session) + "/question", "Poser une question");
            ask.setId("poser-question");
            add(new Paragraph(ask));
        }
        if (questions.isEmpty()) {
            add(new Paragraph("Aucune question n'est encore posée pour cette séance."));
        }
        questions.forEach(question -> {
            var card = new Article(new Paragraph("« " + question.getQuestion() + " »"),
                    new Paragraph(question.getAuthorName() + " · " + question.getStatus().label()));
            if (question.getAnswer() != null) {
                card.add(new Paragraph("Réponse : " + question.getAnswer()));
            }
            card.addClassName("question");
            add(card);
        });
    }
}
