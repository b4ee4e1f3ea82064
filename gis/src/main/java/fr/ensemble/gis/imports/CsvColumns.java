package fr.ensemble.gis.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The header of a CSV: attribute names and which two columns hold the coordinates.
 *
 * @param x index of the longitude or Lambert-93 x column
 * @param y index of the latitude or Lambert-93 y column
 */
record CsvColumns(List<String> names, int x, int y) {

    /** By preference: the first name found wins. */
    private static final List<String> X_NAMES = List.of("longitude", "lon", "lng", "long", "x");
    private static final List<String> Y_NAMES = List.of("latitude", "lat", "y");

    static CsvColumns of(List<String> header) throws ImportRefusedException {
        List<String> names = new ArrayList<>();
        for (String cell : header) {
            String name = cell.replace("\uFEFF", "").strip();
            names.add(name.isEmpty() ? "colonne " + (names.size() + 1) : name);
        }
        int x = find(names, X_NAMES);
        int y = find(names, Y_NAMES);
        if (x < 0 || y < 0) {
            throw new ImportRefusedException("Le CSV n'a pas de colonnes de coordonnées : il faut une colonne"
                    + " longitude et une colonne latitude (ou lon/lat, lng, x/y en Lambert-93). Colonnes trouvées : "
                    + String.join(", ", names) + ".");
        }
        return new CsvColumns(List.copyOf(names), x, y);
    }

    private static int find(List<String> names, List<String> wanted) {
        for (String candidate : wanted) {
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).toLowerCase(Locale.ROOT).equals(candidate)) {
                    return i;
                }
            }
        }
        return -1;
    }

    String xName() {
        return names.get(x);
    }

    String yName() {
        return names.get(y);
    }
}
