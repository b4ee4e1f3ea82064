package fr.ensemble.ui.participation;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import fr.ensemble.participation.domain.MapComment;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The comments of a concertation map as a list, oldest first: what the map shows, for keyboard and screen-reader
 * users too (category, text, author, day, and where, in words).
 */
class CommentsList extends Section {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH)
            .withZone(java.time.ZoneId.of("Europe/Paris"));

    CommentsList(String heading, String id, List<MapComment> comments) {
        setId(id);
        add(new H2(heading));
        if (comments.isEmpty()) {
            add(new Paragraph("Aucun commentaire pour l'instant."));
            return;
        }
        var list = new OrderedList();
        comments.forEach(comment -> {
            var item = new ListItem(new Paragraph(new Span(comment.getCategory() + " — "), new Span(comment.getBody())),
                    new Paragraph(comment.getAuthorName() + ", le " + DAY.format(comment.getCreatedAt())
                            + String.format(Locale.FRANCE, " (latitude %.5f, longitude %.5f)", comment.getLatitude(),
                            comment.getLongitude())));
            if (comment.isHidden()) {
                item.add(new Paragraph("Masqué par la modération : " + comment.getHiddenReason()));
            }
            item.addClassName("commentaire");
            list.add(item);
        });
        add(list);
    }
}
