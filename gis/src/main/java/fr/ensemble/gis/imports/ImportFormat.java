package fr.ensemble.gis.imports;

/** The formats recognised from a file's content (never from its name). */
public enum ImportFormat {
    GEOJSON("GeoJSON"),
    GEOPACKAGE("GeoPackage"),
    CSV("CSV");

    private final String label;

    ImportFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Where a row is, as agents find it: in a CSV the line a spreadsheet shows (the header is line 1), elsewhere
     * the feature's position.
     */
    public String rowLabel(long row) {
        return this == CSV ? "ligne " + (row + 1) : "objet " + row;
    }
}
