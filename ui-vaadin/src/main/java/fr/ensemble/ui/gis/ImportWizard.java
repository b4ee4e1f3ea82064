package fr.ensemble.ui.gis;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.ensemble.gis.imports.Attribute;
import fr.ensemble.gis.imports.ImportOptions;
import fr.ensemble.gis.imports.ImportPreview;
import fr.ensemble.gis.imports.ImportProgress;
import fr.ensemble.gis.imports.ImportRefusedException;
import fr.ensemble.gis.imports.ImportSummary;
import fr.ensemble.gis.layer.Layer;
import fr.ensemble.gis.layer.LayerImports;
import fr.ensemble.gis.layer.LayerImports.ImportMode;
import fr.ensemble.ui.layout.DropLabels;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Import in three steps: the file (GeoJSON, GeoPackage or CSV, 200 MB at most), its preview (what will be
 * imported, what will be left out and why), then replace or append with a progress bar. Nothing is written
 * before the agent confirms, and a refusal at any step leaves the layer as it was.
 */
class ImportWizard extends Div {

    private static final Logger log = LoggerFactory.getLogger(ImportWizard.class);
    private static final Map<Integer, String> CSV_CRS = Map.of(0, "Reconnaître d'après les valeurs",
            4326, "Longitude / latitude (WGS84)", 2154, "Lambert-93 (x / y en mètres)", 3857, "Web Mercator (mètres)");

    private final LayerImports imports;
    private final Executor executor;
    private final Consumer<Layer> imported;
    private final Div step = new Div();
    private final Paragraph status = new Paragraph();
    private Layer layer;
    private Path file;
    private String sourceName;

    ImportWizard(Layer layer, LayerImports imports, Executor executor, Consumer<Layer> imported) {
        this.layer = layer;
        this.imports = imports;
        this.executor = executor;
        this.imported = imported;
        status.getElement().setAttribute("role", "status");
        status.setId("import-statut");
        add(new H3("Importer un fichier"), upload(), step, status);
    }

    void layerChanged(Layer changed) {
        this.layer = changed;
    }

    private Upload upload() {
        var upload = new Upload(UploadHandler.toTempFile((metadata, uploaded) -> getUI().ifPresent(ui -> ui.access(() -> {
            discardFile();
            file = uploaded.toPath();
            sourceName = metadata.fileName();
            preview(null);
        }))));
        upload.setId("import-fichier");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) (ImportOptions.DEFAULT_MAX_BYTES));
        DropLabels.set(upload, "Déposez ici un fichier GeoJSON, GeoPackage ou CSV (200 Mo au plus)");
        upload.setUploadButton(new Button("Choisir un fichier…"));
        upload.addFileRejectedListener(event -> status.setText(event.getErrorMessage().contains("size")
                ? "Le fichier dépasse 200 Mo : découpez-le ou simplifiez-le avant de l'importer." : event.getErrorMessage()));
        return upload;
    }

    private void preview(Integer declaredSrid) {
        step.removeAll();
        try {
            ImportPreview preview = imports.preview(layer, file, declaredSrid, ImportProgress.NONE);
            status.setText("Aperçu prêt : vérifiez-le, puis importez.");
            step.add(previewOf(preview));
        } catch (ImportRefusedException e) {
            status.setText("Fichier refusé : " + e.getMessage() + " Rien n'a été importé.");
            discardFile();
        }
    }

    private Div previewOf(ImportPreview preview) {
        ImportSummary summary = preview.summary();
        var facts = new UnorderedList(
                new ListItem("Format : " + summary.format().label()),
                new ListItem("Système de coordonnées du fichier : EPSG:" + summary.sourceSrid()),
                new ListItem("Objets importables : " + summary.featureCount() + " sur " + summary.rowCount()),
                new ListItem(String.format(Locale.FRANCE, "Emprise (degrés) : ouest %.5f, sud %.5f, est %.5f, nord %.5f",
                        summary.extent().west(), summary.extent().south(), summary.extent().east(), summary.extent().north())),
                new ListItem("Attributs : " + String.join(", ", preview.attributes().stream()
                        .map(attribute -> attribute.name() + " (" + attribute.type().label() + ")").toList())));
        facts.setId("import-apercu");
        var panel = new Div(new H3("Aperçu"), facts);
        if (summary.format().name().equals("CSV")) {
            Select<Integer> crs = new Select<>();
            crs.setLabel("Coordonnées du fichier");
            crs.setItems(0, 4326, 2154, 3857);
            crs.setItemLabelGenerator(CSV_CRS::get);
            crs.setValue(0);
            crs.addValueChangeListener(event -> preview(event.getValue() == 0 ? null : event.getValue()));
            panel.add(crs);
        }
        panel.add(firstRows(preview.attributes(), preview.firstRows()));
        panel.add(issues("Lignes écartées", summary.errors().total(), summary.errors().listed().stream()
                .map(issue -> issue.message()).toList()));
        panel.add(issues("Géométries réparées", summary.warnings().total(), summary.warnings().listed().stream()
                .map(issue -> issue.message()).toList()));
        var mode = new RadioButtonGroup<ImportMode>("Les objets déjà dans la couche");
        mode.setItems(ImportMode.values());
        mode.setItemLabelGenerator(value -> value == ImportMode.REPLACE ? "Les remplacer par ceux du fichier"
                : "Les garder et ajouter ceux du fichier");
        mode.setValue(ImportMode.REPLACE);
        var confirm = new Button("Importer " + summary.featureCount() + " objets", click -> commit(preview, mode.getValue()));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("import-confirmer");
        panel.add(mode, confirm);
        return panel;
    }

    private Grid<Map<String, Object>> firstRows(List<Attribute> attributes, List<Map<String, Object>> rows) {
        Grid<Map<String, Object>> grid = new Grid<>();
        grid.setAriaLabel("Premières lignes du fichier");
        for (Attribute attribute : attributes) {
            grid.addColumn(row -> AttributeValues.text(row.get(attribute.name()))).setHeader(attribute.name()).setAutoWidth(true);
        }
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Div issues(String title, long total, List<String> listed) {
        if (total == 0) {
            return new Div();
        }
        var list = new UnorderedList();
        listed.stream().limit(20).forEach(message -> list.add(new ListItem(message)));
        var section = new Div(new Paragraph(title + " : " + total + (total > 20 ? " (les 20 premières)" : "")), list);
        section.addClassName("import-problemes");
        return section;
    }

    /** In the background, with a progress bar the page polls for, as the person who asked. */
    private void commit(ImportPreview preview, ImportMode mode) {
        step.removeAll();
        var progress = new ProgressBar(0, 1);
        progress.setId("import-progression");
        progress.getElement().setAttribute("aria-label", "Progression de l'import");
        step.add(progress);
        status.setText("Import en cours…");
        UI ui = UI.getCurrent();
        ui.setPollInterval(500);
        Path importing = file;
        file = null;
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            String outcome;
            try {
                var result = imports.commit(layer, importing, sourceName, mode, preview, (done, total) ->
                        ui.access(() -> progress.setValue(total == 0 ? 1 : (double) done / total)));
                outcome = "Import terminé : " + result.added() + " objets importés"
                        + (result.removed() > 0 ? ", " + result.removed() + " remplacés" : "")
                        + (result.summary().errors().total() > 0 ? ", " + result.summary().errors().total() + " lignes écartées" : "") + ".";
            } catch (ImportRefusedException e) {
                outcome = "Fichier refusé : " + e.getMessage() + " Rien n'a été importé.";
            } catch (RuntimeException e) {
                log.error("Import into layer {} failed", layer.collectionId(), e);
                outcome = "L'import a échoué sur une erreur technique : rien n'a été importé. Réessayez plus tard.";
            } finally {
                delete(importing);
            }
            String message = outcome;
            ui.access(() -> {
                ui.setPollInterval(-1);
                step.removeAll();
                status.setText(message);
                imported.accept(layer);
            });
        }));
    }

    private void discardFile() {
        if (file != null) {
            delete(file);
            file = null;
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        discardFile();
        super.onDetach(event);
    }
}
