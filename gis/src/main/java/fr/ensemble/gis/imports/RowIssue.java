package fr.ensemble.gis.imports;

/** @param message in French, naming the row, e.g. "ligne 12 : géométrie invalide (auto-intersection), réparée" */
public record RowIssue(long row, String message) {
}
