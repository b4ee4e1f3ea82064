package fr.ensemble.ui.gis;

import fr.ensemble.gis.layer.LayerCatalogue;
import fr.ensemble.gis.layer.LayerEditing;
import fr.ensemble.gis.layer.LayerFeatures;
import fr.ensemble.gis.layer.LayerImports;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** What the layer administration pages need, injected once. */
@Component
record GisServices(LayerCatalogue catalogue, LayerFeatures features, LayerEditing editing, LayerImports imports,
        @Qualifier("applicationTaskExecutor") TaskExecutor executor, JsonMapper json) {
}
