package fr.ensemble.ui.participation;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import fr.ensemble.participation.domain.QuestionKind;
import fr.ensemble.participation.domain.Questionnaire.QuestionResult;
import java.util.List;
import java.util.Locale;

/** A consultation's results, question by question: a chart per question, the free answers as a list. */
class ConsultationResults extends Section {

    ConsultationResults(List<QuestionResult> results) {
        setId("resultats-consultation");
        add(new H2("Résultats"));
        for (QuestionResult result : results) {
            add(new H3(result.question().getLabel()), new Paragraph(result.answered() + " réponse(s)"));
            QuestionKind kind = result.question().getKind();
            if (kind == QuestionKind.TEXT) {
                var texts = new UnorderedList();
                result.texts().forEach(text -> texts.add(new ListItem(text)));
                add(texts);
                continue;
            }
            if (kind == QuestionKind.SCALE) {
                add(new Paragraph(String.format(Locale.FRANCE, "Moyenne : %.1f sur 5", result.mean())));
            }
            add(BarChart.of(result.question().getLabel(), result.figures(), kind == QuestionKind.RANKING ? "points" : "réponses"));
            if (kind == QuestionKind.RANKING) {
                add(new Paragraph("Classement par points : le premier choix de chaque réponse reçoit autant de points "
                        + "qu'il y a de choix, le dernier un point."));
            }
        }
    }
}
