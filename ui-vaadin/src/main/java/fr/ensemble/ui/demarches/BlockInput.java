package fr.ensemble.ui.demarches;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import fr.ensemble.demarches.domain.form.FormField;

/** A field drawn as a block of several components (address, file, repeatable block), named after the field. */
abstract class BlockInput implements FormRenderer.Input {

    private final FormField field;
    private final Div block = new Div();

    BlockInput(FormField field) {
        this.field = field;
        block.setId("champ-" + field.id());
    }

    Div block() {
        return block;
    }

    @Override
    public FormField field() {
        return field;
    }

    @Override
    public Component component() {
        return block;
    }
}
