package fr.ensemble.rendezvous.application;

import fr.ensemble.rendezvous.application.AppointmentStatistics.Figures;
import fr.ensemble.rendezvous.application.AppointmentStatistics.Row;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The appointment figures as a CSV file for a spreadsheet in French: {@code ;} between columns, decimal commas,
 * lead times in days, UTF-8 with a byte order mark; one line per type, then per place, then the total.
 */
public final class AppointmentStatisticsCsv {

    private static final CSVFormat FRENCH = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';')
            .setRecordSeparator("\r\n").get();

    private AppointmentStatisticsCsv() {
    }

    public static String of(Figures figures) {
        StringWriter out = new StringWriter().append('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, FRENCH)) {
            csv.printRecord("regroupement", "libellé", "rendez-vous", "annulés par l'usager", "annulés par un agent",
                    "absents", "honorés", "délai médian de réservation (jours)");
            print(csv, "type", figures.perType());
            print(csv, "lieu", figures.perPlace());
            print(csv, "total", List.of(figures.total()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void print(CSVPrinter csv, String grouping, List<Row> rows) throws IOException {
        for (Row row : rows) {
            csv.printRecord(grouping, row.label(), row.bookings(), row.cancelledByResident(), row.cancelledByAgent(),
                    row.noShows(), row.attended(), days(row.medianLeadTime()));
        }
    }

    /** Days with one decimal and a decimal comma; empty without appointments. */
    public static String days(Duration duration) {
        return duration == null ? "" : BigDecimal.valueOf(duration.toSeconds())
                .divide(BigDecimal.valueOf(Duration.ofDays(1).toSeconds()), 1, RoundingMode.HALF_UP).toPlainString()
                .replace('.', ',');
    }
}
