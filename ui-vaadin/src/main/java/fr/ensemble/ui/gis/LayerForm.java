package fr.ensemble.ui.gis;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.ensemble.gis.layer.Audience;
import fr.ensemble.gis.layer.Layer;
import fr.ensemble.gis.layer.LayerEditing;
import fr.ensemble.gis.layer.LayerEditing.LayerDefinition;
import fr.ensemble.gis.layer.LayerException;
import fr.ensemble.gis.layer.LayerStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The dialog that creates a layer: identifier, title, geometry type, who sees it, colour, source. */
class LayerForm extends Dialog {

    private static final Map<String, String> GEOMETRY_TYPES = Map.of("Point", "Points", "MultiPoint", "Multi-points",
            "LineString", "Lignes", "MultiLineString", "Multi-lignes", "Polygon", "Polygones",
            "MultiPolygon", "Multi-polygones", "Geometry", "Tout type de géométrie");

    private final TextField id = new TextField("Identifiant");
    private final TextField title = new TextField("Titre");
    private final TextArea description = new TextArea("Description");
    private final Select<String> geometryType = new Select<>();
    private final Select<Audience> audience = new Select<>();
    private final TextField colour = new TextField("Couleur");
    private final TextField attribution = new TextField("Source et licence");
    private final Paragraph error = new Paragraph();

    LayerForm(String commune, LayerEditing editing, Consumer<Layer> created) {
        setHeaderTitle("Nouvelle couche");
        id.setHelperText("Minuscules sans accents, chiffres et tirets, par exemple « travaux-voirie »");
        id.setRequired(true);
        id.setId("couche-identifiant");
        title.setRequired(true);
        title.setId("couche-titre");
        geometryType.setLabel("Type de géométrie");
        geometryType.setItems(List.of("Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "Geometry"));
        geometryType.setItemLabelGenerator(GEOMETRY_TYPES::get);
        geometryType.setValue("Point");
        audience.setLabel("Visible par");
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(Audience::label);
        audience.setValue(Audience.PUBLIC);
        colour.setValue("#1d4f91");
        colour.setHelperText("#rrggbb, par exemple #1d4f91");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        var save = new Button("Créer la couche", click -> {
            try {
                Layer layer = editing.create(commune, new LayerDefinition(id.getValue().strip(), title.getValue().strip(),
                        description.getValue(), geometryType.getValue(), audience.getValue(), attribution.getValue(),
                        new LayerStyle(colour.getValue().strip().toLowerCase(), null, null), List.of()));
                close();
                created.accept(layer);
            } catch (LayerException e) {
                error.setText(e.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("creer-couche");
        add(new FormLayout(id, title, description, geometryType, audience, colour, attribution), error);
        getFooter().add(new Button("Annuler", click -> close()), save);
    }
}
