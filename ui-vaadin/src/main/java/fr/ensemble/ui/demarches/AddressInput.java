package fr.ensemble.ui.demarches;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import fr.ensemble.demarches.domain.form.FormField;
import fr.ensemble.ui.map.MapLibreMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A postal address: street, postal code and city, answered together; where the page offers a map, a point may
 * be placed on it too (optional: the address alone is enough).
 */
class AddressInput extends BlockInput {

    private final TextField street = new TextField("Numéro et voie");
    private final TextField postalCode = new TextField("Code postal");
    private final TextField city = new TextField("Ville");
    private final Paragraph pointStatus = new Paragraph("Aucun repère placé.");
    private final Button removePoint = new Button("Retirer le repère");
    private MapLibreMap map;
    private Double lon;
    private Double lat;

    /** @param map a map to place the point on, or null for the address alone */
    AddressInput(FormField field, MapLibreMap map) {
        this(field);
        if (map != null) {
            this.map = map;
            map.setHeight("18rem");
            map.setId("carte-" + field.id());
            map.pickPoints(this::placed);
            pointStatus.getElement().setAttribute("role", "status");
            removePoint.addClickListener(click -> placed(null, null));
            removePoint.setVisible(false);
            block().add(new Paragraph("Facultatif : cliquez sur la carte à l'endroit exact."), map, pointStatus, removePoint);
        }
    }

    AddressInput(FormField field) {
        super(field);
        var legend = new NativeLabel(field.label() + (field.required() ? " (obligatoire)" : ""));
        postalCode.setMaxLength(5);
        postalCode.setWidth("8rem");
        block().add(legend, street, postalCode, city);
        block().getElement().setAttribute("role", "group");
        block().getElement().setAttribute("aria-label", field.label());
        block().addClassName("adresse");
        street.addValueChangeListener(change -> changed());
        postalCode.addValueChangeListener(change -> changed());
        city.addValueChangeListener(change -> changed());
    }

    private void placed(Double lon, Double lat) {
        this.lon = lon;
        this.lat = lat;
        pointStatus.setText(lon == null ? "Aucun repère placé."
                : String.format(Locale.FRANCE, "Repère placé : latitude %.5f, longitude %.5f.", lat, lon));
        removePoint.setVisible(lon != null);
        if (lon == null) {
            map.showPoint(null, null);
        }
        changed();
    }

    @Override
    void restore(Object value) {
        if (value instanceof Map<?, ?> address && address.get("lon") instanceof Number savedLon
                && address.get("lat") instanceof Number savedLat && map != null) {
            placed(savedLon.doubleValue(), savedLat.doubleValue());
            map.showPoint(lon, lat);
        }
        if (value instanceof Map<?, ?> address) {
            street.setValue(String.valueOf(address.get("street") == null ? "" : address.get("street")));
            postalCode.setValue(String.valueOf(address.get("postalCode") == null ? "" : address.get("postalCode")));
            city.setValue(String.valueOf(address.get("city") == null ? "" : address.get("city")));
        }
    }

    @Override
    public Object value() {
        if (street.isEmpty() && postalCode.isEmpty() && city.isEmpty() && lon == null) {
            return null;
        }
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("street", street.getValue().strip());
        address.put("postalCode", postalCode.getValue().strip());
        address.put("city", city.getValue().strip());
        if (lon != null) {
            address.put("lon", lon);
            address.put("lat", lat);
        }
        return address;
    }

    @Override
    public void error(String message) {
        TextField shown = message != null && message.contains("code postal") ? postalCode : street;
        street.setInvalid(false);
        postalCode.setInvalid(false);
        shown.setErrorMessage(message);
        shown.setInvalid(message != null);
    }
}
