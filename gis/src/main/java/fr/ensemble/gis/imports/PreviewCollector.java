package fr.ensemble.gis.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Gathers, from the accepted features, the attributes with their types and the first rows. */
final class PreviewCollector implements Consumer<ImportedFeature> {

    /** Null until the attribute has had a value. */
    private final Map<String, AttributeType> types = new LinkedHashMap<>();
    private final List<Map<String, Object>> firstRows = new ArrayList<>();

    @Override
    public void accept(ImportedFeature feature) {
        feature.properties().forEach((name, value) -> {
            AttributeType known = types.get(name);
            if (value == null) {
                types.putIfAbsent(name, null);
            } else {
                AttributeType seen = AttributeType.of(value);
                types.put(name, known == null ? seen : known.widen(seen));
            }
        });
        if (firstRows.size() < ImportPreview.FIRST_ROWS) {
            firstRows.add(feature.properties());
        }
    }

    ImportPreview preview(ImportSummary summary) {
        List<Attribute> attributes = new ArrayList<>();
        types.forEach((name, type) -> attributes.add(new Attribute(name, type == null ? AttributeType.TEXT : type)));
        return new ImportPreview(summary, List.copyOf(attributes), List.copyOf(firstRows));
    }
}
