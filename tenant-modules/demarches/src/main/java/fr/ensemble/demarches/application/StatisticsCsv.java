package fr.ensemble.demarches.application;

import fr.ensemble.demarches.application.RequestStatistics.ProcedureFigures;
import fr.ensemble.demarches.application.RequestStatistics.WeekCount;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The statistics as a CSV file for a spreadsheet in French: {@code ;} between columns, decimal commas, days
 * for durations, UTF-8 with a byte order mark (so that accents survive the opening).
 */
public final class StatisticsCsv {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final CSVFormat FRENCH = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';')
            .setRecordSeparator("\r\n").get();

    private StatisticsCsv() {
    }

    public static String of(List<ProcedureFigures> figures) {
        StringWriter out = new StringWriter().append('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, FRENCH)) {
            List<String> header = new ArrayList<>(List.of("démarche", "identifiant", "demandes"));
            if (!figures.isEmpty()) {
                figures.getFirst().weeks().forEach(week -> header.add("semaine du " + DAY.format(week.monday())));
            }
            header.addAll(List.of("closes", "délai médian (jours)", "délai 90e centile (jours)"));
            List<String> statuses = figures.stream().flatMap(procedure -> procedure.byStatus().keySet().stream())
                    .distinct().toList();
            header.addAll(statuses);
            csv.printRecord(header);
            for (ProcedureFigures procedure : figures) {
                List<Object> row = new ArrayList<>(List.of(procedure.title(), procedure.procedure(), procedure.requests()));
                procedure.weeks().stream().map(WeekCount::requests).forEach(row::add);
                row.add(procedure.closed());
                row.add(days(procedure.medianProcessing()));
                row.add(days(procedure.p90Processing()));
                for (String status : statuses) {
                    row.add(procedure.byStatus().getOrDefault(status, 0L));
                }
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Days with one decimal and a decimal comma; empty when nothing was closed. */
    public static String days(Duration duration) {
        if (duration == null) {
            return "";
        }
        return BigDecimal.valueOf(duration.toMillis()).divide(BigDecimal.valueOf(Duration.ofDays(1).toMillis()), 1,
                RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }
}
