package fr.ensemble.ui.participation;

import com.vaadin.flow.component.Html;
import java.util.Locale;
import java.util.Map;

/**
 * A horizontal bar chart drawn as SVG on the server (Vaadin Charts is commercial): one bar per label, its figure
 * written next to it. The SVG is an image with a text alternative listing every figure.
 */
final class BarChart {

    private static final int ROW = 28;
    private static final int LABEL_WIDTH = 220;
    private static final int BAR_WIDTH = 300;

    private BarChart() {
    }

    static Html of(String title, Map<String, Double> figures, String unit) {
        double max = figures.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        int height = Math.max(ROW, figures.size() * ROW);
        var alternative = new StringBuilder(title).append(" : ");
        var svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns='http://www.w3.org/2000/svg' role='img' width='%d' height='%d' viewBox='0 0 %d %d' class='graphique'>",
                LABEL_WIDTH + BAR_WIDTH + 80, height, LABEL_WIDTH + BAR_WIDTH + 80, height));
        int row = 0;
        for (var entry : figures.entrySet()) {
            int width = max == 0 ? 0 : (int) Math.round(entry.getValue() / max * BAR_WIDTH);
            int y = row * ROW;
            svg.append(String.format(Locale.ROOT, "<text x='0' y='%d' font-size='14' fill='#1f2933'>%s</text>", y + 18,
                    escape(shorten(entry.getKey()))));
            svg.append(String.format(Locale.ROOT, "<rect x='%d' y='%d' width='%d' height='18' fill='#1d4e89'/>",
                    LABEL_WIDTH, y + 4, width));
            svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d' font-size='14' fill='#1f2933'>%s</text>",
                    LABEL_WIDTH + width + 6, y + 18, figure(entry.getValue())));
            alternative.append(entry.getKey()).append(" ").append(figure(entry.getValue())).append(" ").append(unit).append(" ; ");
            row++;
        }
        svg.insert(svg.indexOf(">") + 1, "<title>" + escape(alternative.toString()) + "</title>");
        svg.insert(svg.indexOf("role='img'"), "aria-label='" + escape(alternative.toString()) + "' ");
        return new Html(svg.append("</svg>").toString());
    }

    private static String figure(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.FRANCE, "%.1f", value);
    }

    private static String shorten(String label) {
        return label.length() <= 28 ? label : label.substring(0, 27) + "…";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }
}
