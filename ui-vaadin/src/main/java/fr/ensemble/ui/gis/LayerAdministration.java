package fr.ensemble.ui.gis;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import fr.ensemble.gis.layer.Layer;
import fr.ensemble.gis.layer.LayerCatalogue;
import fr.ensemble.gis.layer.LayerEditing;
import fr.ensemble.gis.layer.LayerFeatures;
import fr.ensemble.gis.layer.LayerImports;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.core.task.TaskExecutor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The layers of one owner (the territory or a commune) for those who administer them: the list, a new layer,
 * and for the chosen layer its attribute table, the import wizard and the log of its imports.
 */
class LayerAdministration extends Div {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));

    private final String commune;
    private final LayerCatalogue catalogue;
    private final LayerFeatures features;
    private final LayerEditing editing;
    private final LayerImports imports;
    private final TaskExecutor executor;
    private final JsonMapper json;
    private final Grid<Layer> layers = new Grid<>();
    private final Paragraph empty = new Paragraph("Aucune couche pour l'instant : créez-en une, puis importez-y un fichier.");
    private final Div details = new Div();

    /** @param commune the commune's slug, {@code null} for the shared layers */
    LayerAdministration(String commune, GisServices services) {
        this.commune = commune;
        this.catalogue = services.catalogue();
        this.features = services.features();
        this.editing = services.editing();
        this.imports = services.imports();
        this.executor = services.executor();
        this.json = services.json();
        layers.setId("couches");
        layers.setAriaLabel("Couches");
        layers.addColumn(Layer::title).setHeader("Titre").setAutoWidth(true);
        layers.addColumn(Layer::collectionId).setHeader("Identifiant").setAutoWidth(true);
        layers.addColumn(Layer::geometryType).setHeader("Géométrie").setAutoWidth(true);
        layers.addColumn(layer -> layer.audience().label()).setHeader("Visible par").setAutoWidth(true);
        layers.addColumn(layer -> DATE.format(layer.updatedAt())).setHeader("Mise à jour").setAutoWidth(true);
        layers.setAllRowsVisible(true);
        layers.addSelectionListener(event -> event.getFirstSelectedItem().ifPresent(this::show));
        empty.addClassName("empty-state");
        var create = new Button("Nouvelle couche", click -> new LayerForm(commune, editing, layer -> {
            refresh();
            layers.select(layer);
        }).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("nouvelle-couche");
        add(new Section(new H2("Couches"), create, empty, layers), details);
        refresh();
    }

    private void refresh() {
        var owned = catalogue.ownedBy(commune);
        layers.setItems(owned);
        layers.setVisible(!owned.isEmpty());
        empty.setVisible(owned.isEmpty());
    }

    private void show(Layer layer) {
        details.removeAll();
        var table = new AttributeTable(layer, features, editing, json);
        var history = new Div();
        var wizard = new ImportWizard(layer, imports, executor, imported -> {
            Layer changed = catalogue.find(imported.collectionId()).orElse(imported);
            refresh();
            table.reload(changed);
            showHistory(history, changed);
        });
        showHistory(history, layer);
        var section = new Section(new H2("Couche « " + layer.title() + " »"),
                new Paragraph(layer.description() == null ? "" : layer.description()),
                new H3("Table attributaire"), table, wizard, history);
        section.setId("couche-detail");
        details.add(section);
    }

    private void showHistory(Div history, Layer layer) {
        history.removeAll();
        history.add(new H3("Imports"));
        var entries = imports.history(layer);
        if (entries.isEmpty()) {
            history.add(new Paragraph("Aucun import pour l'instant."));
            return;
        }
        var list = new UnorderedList();
        list.setId("imports");
        entries.forEach(entry -> list.add(new ListItem(DATE.format(entry.importedAt()) + " — " + entry.importedBy() + " — "
                + entry.sourceName() + " (" + entry.format() + ", "
                + (entry.mode() == LayerImports.ImportMode.REPLACE ? "remplacement" : "ajout") + ") : "
                + entry.added() + " ajoutés, " + entry.removed() + " retirés, " + entry.repaired() + " réparés, "
                + entry.skipped() + " écartés")));
        history.add(list);
    }
}
