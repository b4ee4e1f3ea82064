package fr.ensemble.gis.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** Typing of CSV cells. Numbers with a leading zero (postcodes, INSEE codes) stay text. */
final class CsvValues {

    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9]\\d{0,17})");
    private static final Pattern DECIMAL_POINT = Pattern.compile("-?(0|[1-9]\\d*)\\.\\d+");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?(0|[1-9]\\d*),\\d+");
    private static final Pattern COORDINATE = Pattern.compile("[-+]?\\d+([.,]\\d+)?");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private CsvValues() {
    }

    /**
     * Long, Double, LocalDate (yyyy-mm-dd) or String; null for an empty cell. A decimal comma is read in
     * {@code ;}-separated files only: elsewhere "1,5" is text.
     */
    static Object typed(String cell, char delimiter) {
        if (cell.isEmpty()) {
            return null;
        }
        if (INTEGER.matcher(cell).matches()) {
            return Long.parseLong(cell);
        }
        if (DECIMAL_POINT.matcher(cell).matches()) {
            return Double.parseDouble(cell);
        }
        if (delimiter == ';' && DECIMAL_COMMA.matcher(cell).matches()) {
            return Double.parseDouble(cell.replace(',', '.'));
        }
        if (ISO_DATE.matcher(cell).matches()) {
            try {
                return LocalDate.parse(cell);
            } catch (DateTimeException e) {
                return cell;
            }
        }
        return cell;
    }

    /** A coordinate, with a decimal point or comma, or null if the cell is no plain number. */
    static Double coordinate(String cell) {
        return COORDINATE.matcher(cell).matches() ? Double.valueOf(cell.replace(',', '.')) : null;
    }
}
