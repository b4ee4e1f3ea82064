package fr.ensemble.ui.participation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.participation.application.Campaigns;
import fr.ensemble.participation.application.ConcertationMaps;
import fr.ensemble.participation.domain.Campaign;
import fr.ensemble.participation.domain.CampaignKind;
import fr.ensemble.participation.domain.CampaignRefusedException;
import fr.ensemble.participation.domain.MapComment;
import fr.ensemble.participation.domain.MapCommentDraft;
import fr.ensemble.participation.domain.VoteRefusedException;
import fr.ensemble.ui.layout.PublicLayout;
import fr.ensemble.ui.map.MapLibreMap;
import fr.ensemble.ui.map.TerritoryMaps;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/**
 * A resident comments on a concertation map: a click on the map (or the coordinates typed in) places the point,
 * then a category and a text. The comment is published at once; the page lists the resident's own comments, with
 * the moderation's reason when one was hidden, and everyone's.
 */
@Route(value = ":commune/participer/:campaign/commenter", layout = PublicLayout.class)
@PermitAll
public class CommentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TenantRegistry registry;
    private final Campaigns campaigns;
    private final ConcertationMaps concertations;
    private final TerritoryMaps maps;
    private final Div lists = new Div();
    private String title = "Commenter la carte — Ensemble";

    public CommentView(TenantRegistry registry, Campaigns campaigns, ConcertationMaps concertations, TerritoryMaps maps) {
        this.registry = registry;
        this.campaigns = campaigns;
        this.concertations = concertations;
        this.maps = maps;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Tenant tenant = registry.find(event.getRouteParameters().get("commune").orElseThrow())
                .orElseThrow(() -> new NotFoundException("Commune inconnue"));
        String slug = event.getRouteParameters().get("campaign").orElseThrow();
        Campaign concertation = TenantContext.call(tenant.slug(), () -> campaigns.find(slug))
                .filter(found -> found.getKind() == CampaignKind.CONCERTATION)
                .orElseThrow(() -> new NotFoundException("Consultation inconnue"));
        title = "Commenter la carte — " + concertation.getTitle() + " — Ensemble";
        var problem = new Paragraph();
        problem.setId("probleme");
        problem.getElement().setAttribute("role", "alert");
        problem.addClassName("form-error");
        removeAll();
        add(new Anchor(ParticipationPages.campaignPath(tenant, concertation), "← " + concertation.getTitle()),
                new H1("Commenter la carte"), problem);
        if (concertation.isVoteOpen(ParticipationPages.today())) {
            add(form(tenant, concertation, problem));
        } else {
            add(new Paragraph("La concertation n'est pas ouverte aux commentaires en ce moment."));
        }
        add(lists);
        showLists(tenant, slug);
    }

    private Div form(Tenant tenant, Campaign concertation, Paragraph problem) {
        MapLibreMap map = ConcertationPages.map(maps, tenant, concertation,
                "Carte du projet : cliquez à l'endroit que votre commentaire concerne");
        var longitude = new NumberField("Longitude du point");
        longitude.setId("commentaire-longitude");
        var latitude = new NumberField("Latitude du point");
        latitude.setId("commentaire-latitude");
        var placed = new Paragraph("Aucun point choisi : cliquez sur la carte, ou saisissez ses coordonnées.");
        placed.setId("point-choisi");
        placed.getElement().setAttribute("role", "status");
        map.pickPoints((lon, lat) -> {
            longitude.setValue(lon);
            latitude.setValue(lat);
            placed.setText(String.format(Locale.FRANCE, "Point choisi : latitude %.5f, longitude %.5f.", lat, lon));
        });
        var category = new Select<String>();
        category.setLabel("Catégorie");
        category.setItems(concertation.getCommentCategories());
        category.setId("commentaire-categorie");
        var text = new TextArea("Votre commentaire");
        text.setHelperText("De " + MapComment.MIN_LENGTH + " à 1 000 caractères. Votre nom est publié avec lui.");
        text.setMaxLength(MapComment.MAX_LENGTH);
        text.setWidthFull();
        text.setId("commentaire-texte");
        var send = new Button("Publier mon commentaire");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("publier-commentaire");
        send.addClickListener(click -> {
            if (longitude.getValue() == null || latitude.getValue() == null) {
                problem.setText("Choisissez d'abord le point sur la carte, ou saisissez ses coordonnées.");
                return;
            }
            try {
                var draft = new MapCommentDraft(longitude.getValue(), latitude.getValue(), category.getValue(), text.getValue());
                TenantContext.call(tenant.slug(), () -> concertations.comment(concertation.getSlug(), draft));
                problem.setText("");
                text.clear();
                map.reload(ConcertationPages.COMMENTS_LAYER);
                map.showPoint(null, null);
                placed.setText("Votre commentaire est publié. Vous pouvez en déposer un autre.");
                showLists(tenant, concertation.getSlug());
            } catch (CampaignRefusedException | VoteRefusedException refused) {
                problem.setText(refused.getMessage());
            }
        });
        var form = new Div(map, placed, new FormLayout(longitude, latitude, category), text, send);
        form.setId("formulaire-commentaire");
        return form;
    }

    private void showLists(Tenant tenant, String slug) {
        lists.removeAll();
        lists.add(new CommentsList("Mes commentaires", "mes-commentaires",
                        TenantContext.call(tenant.slug(), () -> concertations.mine(slug))),
                new CommentsList("Tous les commentaires publiés", "commentaires",
                        TenantContext.call(tenant.slug(), () -> concertations.published(slug))));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
