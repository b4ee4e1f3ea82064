package fr.ensemble.ui.demarches;

import fr.ensemble.demarches.application.RequestStatistics.WeekCount;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Entities;

/**
 * A bar chart of requests per week, drawn on the server as SVG: an image with a French title and
 * description for screen readers (the same figures are in the table beside it), bars labelled with their
 * count, weeks under them.
 */
final class WeeklyChart {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM", Locale.FRENCH);
    private static final int BAR = 34;
    private static final int GAP = 8;
    private static final int HEIGHT = 120;
    private static final int TOP = 18;
    private static final int BOTTOM = 22;

    private WeeklyChart() {
    }

    static String svg(String id, String title, List<WeekCount> weeks) {
        long max = Math.max(1, weeks.stream().mapToLong(WeekCount::requests).max().orElse(1));
        int width = weeks.size() * (BAR + GAP) + GAP;
        StringBuilder description = new StringBuilder();
        StringBuilder bars = new StringBuilder();
        for (int i = 0; i < weeks.size(); i++) {
            WeekCount week = weeks.get(i);
            int height = (int) Math.round(week.requests() * (double) HEIGHT / max);
            int x = GAP + i * (BAR + GAP);
            int y = TOP + HEIGHT - height;
            bars.append("<rect x='%d' y='%d' width='%d' height='%d' fill='#1f5fa8'></rect>".formatted(x, y, BAR, height))
                    .append("<text x='%d' y='%d' text-anchor='middle' font-size='12' fill='#1b1b1b'>%d</text>"
                            .formatted(x + BAR / 2, y - 4, week.requests()))
                    .append("<text x='%d' y='%d' text-anchor='middle' font-size='11' fill='#3a3a3a'>%s</text>"
                            .formatted(x + BAR / 2, TOP + HEIGHT + 16, DAY.format(week.monday())));
            description.append(i == 0 ? "" : ", ").append("semaine du ").append(DAY.format(week.monday())).append(" : ")
                    .append(week.requests());
        }
        return ("<svg xmlns='http://www.w3.org/2000/svg' role='img' aria-labelledby='%1$s-titre %1$s-desc' width='%2$d' "
                + "height='%3$d' viewBox='0 0 %2$d %3$d'><title id='%1$s-titre'>%4$s</title><desc id='%1$s-desc'>%5$s</desc>"
                + "<line x1='0' y1='%6$d' x2='%2$d' y2='%6$d' stroke='#3a3a3a'></line>%7$s</svg>")
                .formatted(id, width, TOP + HEIGHT + BOTTOM, Entities.escape(title), Entities.escape(description.toString()),
                        TOP + HEIGHT, bars);
    }
}
