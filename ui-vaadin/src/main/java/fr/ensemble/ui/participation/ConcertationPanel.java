package fr.ensemble.ui.participation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.participation.application.ConcertationModeration;
import fr.ensemble.participation.domain.Campaign;
import fr.ensemble.participation.domain.CampaignRefusedException;
import fr.ensemble.participation.domain.MapComment;
import java.util.Arrays;
import java.util.List;

/**
 * A concertation for its animateurs: before publication, the comment categories and the project's area on the
 * map; afterwards, every comment, each hidden with a reason its author is told.
 */
class ConcertationPanel extends Section {

    private final Tenant tenant;
    private final Campaign concertation;
    private final ConcertationModeration moderation;
    private final Runnable changed;
    private final Paragraph error = new Paragraph();

    ConcertationPanel(Tenant tenant, Campaign concertation, ConcertationModeration moderation, Runnable changed) {
        this.tenant = tenant;
        this.concertation = concertation;
        this.moderation = moderation;
        this.changed = changed;
        setId("concertation");
        error.getElement().setAttribute("role", "alert");
        error.addClassName("form-error");
        add(new H2("Carte de concertation"), error);
        if (concertation.isPublished()) {
            add(new Paragraph("Catégories : " + String.join(", ", concertation.getCommentCategories()) + "."), comments());
        } else {
            add(description());
        }
    }

    private Div description() {
        var categories = new TextArea("Catégories de commentaires (une par ligne)");
        categories.setValue(String.join("\n", concertation.getCommentCategories()));
        categories.setId("categories-commentaires");
        var west = new NumberField("Zone du projet : ouest (longitude)");
        var south = new NumberField("Zone du projet : sud (latitude)");
        var east = new NumberField("Zone du projet : est (longitude)");
        var north = new NumberField("Zone du projet : nord (latitude)");
        west.setId("zone-ouest");
        south.setId("zone-sud");
        east.setId("zone-est");
        north.setId("zone-nord");
        concertation.getMapBounds().ifPresent(bounds -> {
            west.setValue(bounds[0]);
            south.setValue(bounds[1]);
            east.setValue(bounds[2]);
            north.setValue(bounds[3]);
        });
        var save = new Button("Enregistrer les catégories et la zone", click -> act(() -> {
            List<NumberField> corners = List.of(west, south, east, north);
            if (corners.stream().anyMatch(corner -> corner.getValue() == null)
                    && corners.stream().anyMatch(corner -> corner.getValue() != null)) {
                throw new CampaignRefusedException("Donnez les quatre limites de la zone du projet, ou aucune pour toute la commune.");
            }
            double[] bounds = west.getValue() == null ? null
                    : corners.stream().mapToDouble(NumberField::getValue).toArray();
            moderation.describe(concertation.getSlug(), Arrays.asList(categories.getValue().split("\n")), bounds);
        }));
        save.setId("enregistrer-concertation");
        return new Div(new Paragraph("Sans zone, la carte montre toute la commune."), categories,
                new FormLayout(west, south, east, north), save);
    }

    private Div comments() {
        List<MapComment> all = TenantContext.call(tenant.slug(), () -> moderation.comments(concertation.getSlug()));
        var grid = new Grid<MapComment>();
        grid.setId("commentaires-agent");
        grid.setAriaLabel("Commentaires déposés sur la carte");
        grid.addColumn(MapComment::getCategory).setHeader("Catégorie").setAutoWidth(true);
        grid.addColumn(MapComment::getBody).setHeader("Commentaire").setFlexGrow(1);
        grid.addColumn(MapComment::getAuthorName).setHeader("Auteur").setAutoWidth(true);
        grid.addColumn(comment -> comment.isHidden() ? "Masqué : " + comment.getHiddenReason() : "Publié")
                .setHeader("État").setAutoWidth(true);
        grid.setItems(all);
        grid.setAllRowsVisible(all.size() <= 15);
        var detail = new Div();
        grid.addSelectionListener(selection -> selection.getFirstSelectedItem().ifPresent(comment -> {
            var reason = new TextArea("Motif du masquage (montré à l'auteur)");
            reason.setWidthFull();
            reason.setId("motif-masquage");
            var hide = new Button("Masquer ce commentaire", click -> act(() -> moderation.hide(comment.getId(), reason.getValue())));
            hide.setId("masquer-commentaire");
            detail.removeAll();
            detail.add(new H3(comment.getCategory()), new Paragraph(comment.getBody()), reason, hide);
        }));
        return new Div(grid, detail);
    }

    private void act(Runnable change) {
        try {
            TenantContext.run(tenant.slug(), change);
            error.setText("");
            changed.run();
        } catch (CampaignRefusedException refused) {
            error.setText(refused.getMessage());
        }
    }
}
