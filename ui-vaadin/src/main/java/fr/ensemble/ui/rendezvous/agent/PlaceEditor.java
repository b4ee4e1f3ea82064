package fr.ensemble.ui.rendezvous.agent;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.rendezvous.application.AgendaSetup;
import fr.ensemble.rendezvous.application.PlaceForm;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.Place;
import java.util.List;
import java.util.function.Consumer;

/** The commune's places for its admins: listed, created, edited (nothing deleted). */
class PlaceEditor extends Section {

    private final String tenantSlug;
    private final AgendaSetup setup;
    private final Consumer<Place> saved;
    private final Div list = new Div();
    private final H3 formTitle = new H3();
    private final TextField name = field("Nom du lieu", "lieu-nom", 200);
    private final TextField address = field("Adresse (numéro et voie)", "lieu-adresse", 300);
    private final TextField postalCode = field("Code postal", "lieu-code-postal", 5);
    private final TextField city = field("Ville", "lieu-ville", 100);
    private final TextField longitude = field("Longitude (WGS84, ex. 2,4053)", "lieu-longitude", 20);
    private final TextField latitude = field("Latitude (WGS84, ex. 48,8944)", "lieu-latitude", 20);
    private final TextArea accessibility = new TextArea("Accessibilité (accès, ascenseur, stationnement…)");
    private final Checkbox antsPublished = new Checkbox("Publié sur le site national de prise de rendez-vous passeport et "
            + "carte d'identité (ANTS)");
    private final Paragraph feedback = new Paragraph();
    private Place editing;

    PlaceEditor(String tenantSlug, AgendaSetup setup, Consumer<Place> saved) {
        this.tenantSlug = tenantSlug;
        this.setup = setup;
        this.saved = saved;
        setId("lieux");
        accessibility.setId("lieu-accessibilite");
        antsPublished.setId("lieu-ants");
        feedback.setId("message-lieux");
        feedback.getElement().setAttribute("role", "status");
        var save = new Button("Enregistrer le lieu", click -> save());
        save.setId("lieu-enregistrer");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var fresh = new Button("Nouveau lieu", click -> edit(null));
        fresh.setId("lieu-nouveau");
        add(new H2("Lieux"), list, formTitle, fields(name, address, postalCode, city, longitude, latitude,
                accessibility), antsPublished, new Div(save, fresh), feedback);
        refresh();
        edit(null);
    }

    private void refresh() {
        list.removeAll();
        List<Place> places = TenantContext.call(tenantSlug, setup::places);
        if (places.isEmpty()) {
            var empty = new Paragraph("Aucun lieu de rendez-vous pour l'instant : créez le premier ci-dessous.");
            empty.addClassName("empty-state");
            list.add(empty);
            return;
        }
        var table = new SetupTable("Lieux de rendez-vous", List.of("Lieu", "Adresse", "Site de l'ANTS", "Action"));
        for (Place place : places) {
            var edit = new Button("Modifier", click -> edit(place));
            edit.getElement().setAttribute("aria-label", "Modifier le lieu " + place.getName());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            table.row(place.getName(), List.of(place.fullAddress(), place.isAntsPublished() ? "Publié" : "Non publié"), edit);
        }
        list.add(table);
    }

    private void edit(Place place) {
        editing = place;
        formTitle.setText(place == null ? "Nouveau lieu" : "Modifier le lieu " + place.getName());
        name.setValue(place == null ? "" : place.getName());
        address.setValue(place == null ? "" : place.getAddress());
        postalCode.setValue(place == null ? "" : place.getPostalCode());
        city.setValue(place == null ? "" : place.getCity());
        longitude.setValue(place == null || place.getLongitude() == null ? "" : decimal(place.getLongitude()));
        latitude.setValue(place == null || place.getLatitude() == null ? "" : decimal(place.getLatitude()));
        accessibility.setValue(place == null || place.getAccessibility() == null ? "" : place.getAccessibility());
        antsPublished.setValue(place != null && place.isAntsPublished());
    }

    private void save() {
        try {
            var form = new PlaceForm(name.getValue(), address.getValue(), postalCode.getValue(), city.getValue(),
                    degrees(longitude.getValue()), degrees(latitude.getValue()), accessibility.getValue(), antsPublished.getValue());
            Place place = TenantContext.call(tenantSlug, () -> editing == null ? setup.createPlace(form)
                    : setup.editPlace(editing.getId(), form));
            feedback.setText("Lieu « " + place.getName() + " » enregistré.");
            refresh();
            edit(place);
            saved.accept(place);
        } catch (AppointmentRefusedException e) {
            feedback.setText(e.getMessage());
        }
    }

    private static String decimal(double value) {
        return Double.toString(value).replace('.', ',');
    }

    /** Degrees as French readers write them (a comma) or as copied from a map (a point); not a number: absent. */
    private static Double degrees(String typed) {
        try {
            return Double.valueOf(typed.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static HorizontalLayout fields(Component... fields) {
        var layout = new HorizontalLayout(fields);
        layout.setWrap(true);
        return layout;
    }

    static TextField field(String label, String id, int maxLength) {
        var field = new TextField(label);
        field.setId(id);
        field.setMaxLength(maxLength);
        return field;
    }
}
