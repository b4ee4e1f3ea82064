package fr.ensemble.gis.imports;

import java.util.List;
import java.util.Map;

/**
 * What the wizard shows before the import is committed.
 *
 * @param attributes every attribute in file order with its inferred type (text when it has no value at all)
 * @param firstRows the properties of the first ten accepted features
 */
public record ImportPreview(ImportSummary summary, List<Attribute> attributes, List<Map<String, Object>> firstRows) {

    public static final int FIRST_ROWS = 10;
}
