package fr.ensemble.ui.demarches;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.ensemble.demarches.domain.form.Condition;
import fr.ensemble.demarches.domain.form.FieldType;
import fr.ensemble.demarches.domain.form.FormField;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Adds or changes one field of a draft form: its type, id, label, help, rules and display condition. */
class FieldDialog extends Dialog {

    private final Select<FieldType> type = new Select<>();
    private final TextField id = new TextField("Identifiant");
    private final TextField label = new TextField("Libellé");
    private final TextField help = new TextField("Aide sous le champ");
    private final Checkbox required = new Checkbox("Obligatoire");
    private final TextArea options = new TextArea("Choix proposés (un par ligne)");
    private final TextField pattern = new TextField("Format attendu (expression régulière)");
    private final TextField patternMessage = new TextField("Message si le format n'est pas respecté");
    private final TextField showWhenField = new TextField("Afficher seulement si le champ…");
    private final TextField showWhenValue = new TextField("…vaut");

    FieldDialog(FormField existing, Consumer<FormField> done) {
        setHeaderTitle(existing == null ? "Nouveau champ" : "Modifier le champ « " + existing.label() + " »");
        type.setLabel("Type");
        type.setItems(Arrays.stream(FieldType.values()).filter(value -> value != FieldType.REPEATABLE).toList());
        type.setItemLabelGenerator(FieldType::label);
        type.setValue(FieldType.TEXT);
        id.setHelperText("Minuscules, chiffres et _ (par exemple « date_naissance »)");
        id.setId("champ-identifiant");
        label.setId("champ-libelle");
        type.setId("champ-type");
        options.setId("champ-choix");
        if (existing != null) {
            type.setValue(existing.type());
            id.setValue(existing.id());
            label.setValue(existing.label());
            help.setValue(existing.help() == null ? "" : existing.help());
            required.setValue(existing.required());
            options.setValue(String.join("\n", existing.options()));
            pattern.setValue(existing.pattern() == null ? "" : existing.pattern());
            patternMessage.setValue(existing.patternMessage() == null ? "" : existing.patternMessage());
            if (existing.showWhen() != null) {
                showWhenField.setValue(existing.showWhen().field());
                showWhenValue.setValue(existing.showWhen().equals());
            }
        }
        var save = new Button(existing == null ? "Ajouter le champ" : "Enregistrer", click -> {
            if (id.getValue().isBlank() || label.getValue().isBlank()) {
                id.setInvalid(id.getValue().isBlank());
                id.setErrorMessage("L'identifiant est obligatoire.");
                label.setInvalid(label.getValue().isBlank());
                label.setErrorMessage("Le libellé est obligatoire.");
                return;
            }
            done.accept(field(existing));
            close();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("enregistrer-champ");
        add(new FormLayout(type, id, label, help, required, options, pattern, patternMessage, showWhenField, showWhenValue));
        getFooter().add(new Button("Annuler", click -> close()), save);
    }

    private FormField field(FormField existing) {
        List<String> choices = options.getValue().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        Condition condition = showWhenField.getValue().isBlank() ? null
                : new Condition(showWhenField.getValue().strip(), showWhenValue.getValue().strip());
        return new FormField(id.getValue().strip(), type.getValue(), label.getValue().strip(), blankToNull(help.getValue()),
                required.getValue(), type.getValue().isChoice() ? choices : List.of(), blankToNull(pattern.getValue()),
                blankToNull(patternMessage.getValue()), existing == null ? null : existing.min(),
                existing == null ? null : existing.max(), condition, existing == null ? null : existing.prefill(),
                List.of(), existing == null ? null : existing.maxBytes());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
