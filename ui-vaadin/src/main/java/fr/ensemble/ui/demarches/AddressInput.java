package fr.ensemble.ui.demarches;

import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.textfield.TextField;
import fr.ensemble.demarches.domain.form.FormField;
import java.util.LinkedHashMap;
import java.util.Map;

/** A postal address: street, postal code and city, answered together. */
class AddressInput extends BlockInput {

    private final TextField street = new TextField("Numéro et voie");
    private final TextField postalCode = new TextField("Code postal");
    private final TextField city = new TextField("Ville");

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

    @Override
    void restore(Object value) {
        if (value instanceof Map<?, ?> address) {
            street.setValue(String.valueOf(address.get("street") == null ? "" : address.get("street")));
            postalCode.setValue(String.valueOf(address.get("postalCode") == null ? "" : address.get("postalCode")));
            city.setValue(String.valueOf(address.get("city") == null ? "" : address.get("city")));
        }
    }

    @Override
    public Object value() {
        if (street.isEmpty() && postalCode.isEmpty() && city.isEmpty()) {
            return null;
        }
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("street", street.getValue().strip());
        address.put("postalCode", postalCode.getValue().strip());
        address.put("city", city.getValue().strip());
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
