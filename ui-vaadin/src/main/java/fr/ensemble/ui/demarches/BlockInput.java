package fr.ensemble.ui.demarches;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import fr.ensemble.demarches.domain.form.FormField;

/** A field drawn as a block of several components (address, file, repeatable block), named after the field. */
abstract class BlockInput implements FormRenderer.Input {

    private final FormField field;
    private final Div block = new Div();
    private Runnable changed = () -> {
    };

    BlockInput(FormField field) {
        this.field = field;
        block.setId("champ-" + field.id());
    }

    /** Shows an answer saved before (a draft). */
    abstract void restore(Object value);

    void onChange(Runnable listener) {
        changed = listener;
    }

    /** To call when the answer changed. */
    void changed() {
        changed.run();
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
