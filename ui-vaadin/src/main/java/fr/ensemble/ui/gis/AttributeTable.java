package fr.ensemble.ui.gis;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.editor.Editor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import fr.ensemble.gis.layer.Crs;
import fr.ensemble.gis.layer.Layer;
import fr.ensemble.gis.layer.LayerAttribute;
import fr.ensemble.gis.layer.LayerEditing;
import fr.ensemble.gis.layer.LayerException;
import fr.ensemble.gis.layer.LayerFeatures;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A layer's features as a table, read page by page from the database, one column per attribute; a row is
 * edited in place (typed values checked, with a French message) or deleted.
 */
class AttributeTable extends Div {

    private static final TypeReference<LinkedHashMap<String, Object>> PROPERTIES = new TypeReference<>() {
    };

    private final Grid<FeatureRow> grid = new Grid<>();
    private final Paragraph empty = new Paragraph("Cette couche n'a encore aucun objet : importez un fichier ci-dessous.");
    private final LayerFeatures features;
    private final LayerEditing editing;
    private final JsonMapper json;
    private Layer layer;

    AttributeTable(Layer layer, LayerFeatures features, LayerEditing editing, JsonMapper json) {
        this.layer = layer;
        this.features = features;
        this.editing = editing;
        this.json = json;
        grid.setId("table-attributaire");
        grid.setAriaLabel("Table attributaire de la couche " + layer.title());
        grid.setAllRowsVisible(false);
        grid.setHeight("24rem");
        grid.getEditor().addSaveListener(event -> save(event.getItem()));
        empty.addClassName("empty-state");
        add(empty, grid);
        load();
    }

    /** One column per attribute of the layer, as it is now (an import may have added some). */
    private void columns() {
        grid.removeAllColumns();
        grid.addColumn(FeatureRow::id).setHeader("N°").setAutoWidth(true).setFlexGrow(0);
        Editor<FeatureRow> editor = grid.getEditor();
        Binder<FeatureRow> binder = new Binder<>();
        editor.setBinder(binder);
        editor.setBuffered(true);
        for (LayerAttribute attribute : layer.attributes()) {
            var field = new TextField();
            field.setAriaLabel(attribute.label());
            field.setWidthFull();
            binder.forField(field)
                    .withValidator((value, context) -> AttributeValues.check(attribute, value)
                            .map(ValidationResult::error).orElse(ValidationResult.ok()))
                    .bind(row -> AttributeValues.text(row.properties().get(attribute.name())),
                            (row, value) -> row.properties().put(attribute.name(), AttributeValues.parse(attribute, value)));
            grid.addColumn(row -> AttributeValues.text(row.properties().get(attribute.name())))
                    .setHeader(attribute.label()).setEditorComponent(field).setResizable(true);
        }
        grid.addComponentColumn(row -> actions(row, editor)).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
    }

    private HorizontalLayout actions(FeatureRow row, Editor<FeatureRow> editor) {
        if (editor.isOpen() && row.equals(editor.getItem())) {
            var save = new Button("Enregistrer", click -> editor.save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            var cancel = new Button("Annuler", click -> editor.cancel());
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return new HorizontalLayout(save, cancel);
        }
        var edit = new Button("Modifier", click -> {
            editor.editItem(row);
            grid.getDataProvider().refreshItem(row);
        });
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.getElement().setAttribute("aria-label", "Modifier l'objet " + row.id());
        var delete = new Button("Supprimer", click -> delete(row));
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        delete.getElement().setAttribute("aria-label", "Supprimer l'objet " + row.id());
        return new HorizontalLayout(edit, delete);
    }

    private void save(FeatureRow row) {
        try {
            editing.setProperties(layer, row.id(), row.properties());
            notify("Objet " + row.id() + " enregistré.", NotificationVariant.LUMO_SUCCESS);
        } catch (LayerException e) {
            notify(e.getMessage(), NotificationVariant.LUMO_ERROR);
        }
        grid.getDataProvider().refreshAll();
    }

    private void delete(FeatureRow row) {
        editing.deleteFeature(layer, row.id());
        notify("Objet " + row.id() + " supprimé.", NotificationVariant.LUMO_SUCCESS);
        grid.getDataProvider().refreshAll();
    }

    /** After an import: the same table over the layer's new features. */
    void reload(Layer changed) {
        this.layer = changed;
        load();
    }

    private void load() {
        columns();
        grid.setItems(query -> features.features(layer, LayerFeatures.Selection.ALL, Crs.CRS84, query.getLimit(),
                query.getOffset()).stream().map(feature -> new FeatureRow(feature.id(),
                json.readValue(feature.propertiesJson(), PROPERTIES))),
                query -> (int) features.count(layer, LayerFeatures.Selection.ALL));
        empty.setVisible(features.count(layer, LayerFeatures.Selection.ALL) == 0);
    }

    private static void notify(String message, NotificationVariant variant) {
        Notification.show(message, 5000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }

    /** One feature's number and editable properties. */
    record FeatureRow(long id, Map<String, Object> properties) {

        @Override
        public boolean equals(Object other) {
            return other instanceof FeatureRow row && row.id == id;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(id);
        }
    }
}
