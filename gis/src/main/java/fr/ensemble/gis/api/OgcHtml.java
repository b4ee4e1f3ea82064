package fr.ensemble.gis.api;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import fr.ensemble.gis.layer.Layer;
import fr.ensemble.gis.layer.LayerAttribute;
import fr.ensemble.gis.layer.LayerFeatures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTML view of features: a plain, accessible French page (a table with a caption and column headers,
 * paging links) for people who follow a link from an open-data portal.
 */
@Component
class OgcHtml {

    private final JsonMapper json;

    OgcHtml(JsonMapper json) {
        this.json = json;
    }

    String items(Layer layer, List<LayerFeatures.Feature> features, long matched, long start, String next,
            String previous) {
        Map<String, String> columns = columns(layer, features);
        StringBuilder body = new StringBuilder();
        body.append("<p>").append(matched).append(matched > 1 ? " objets" : " objet");
        if (!features.isEmpty()) {
            body.append(", ").append(start + 1).append(" à ").append(start + features.size()).append(" affichés");
        }
        body.append(". <a href=\"?f=json\">Version GeoJSON</a></p>");
        if (features.isEmpty()) {
            body.append("<p>Aucun objet ne correspond à la demande.</p>");
        } else {
            body.append("<table><caption>Objets de la couche « ").append(htmlEscape(layer.title()))
                    .append(" »</caption><thead><tr><th scope=\"col\">Identifiant</th>");
            columns.values().forEach(label -> body.append("<th scope=\"col\">").append(htmlEscape(label)).append("</th>"));
            body.append("</tr></thead><tbody>");
            for (LayerFeatures.Feature feature : features) {
                JsonNode properties = json.readTree(feature.propertiesJson());
                body.append("<tr><th scope=\"row\"><a href=\"items/").append(feature.id()).append("?f=html\">")
                        .append(feature.id()).append("</a></th>");
                columns.keySet().forEach(name -> body.append("<td>").append(text(properties.get(name))).append("</td>"));
                body.append("</tr>");
            }
            body.append("</tbody></table>");
        }
        body.append("<nav aria-label=\"Pages\"><ul>");
        if (previous != null) {
            body.append("<li><a rel=\"prev\" href=\"").append(htmlEscape(previous)).append("\">Page précédente</a></li>");
        }
        if (next != null) {
            body.append("<li><a rel=\"next\" href=\"").append(htmlEscape(next)).append("\">Page suivante</a></li>");
        }
        body.append("</ul></nav>");
        return page(layer.title(), body.toString());
    }

    String item(Layer layer, LayerFeatures.Feature feature) {
        JsonNode properties = json.readTree(feature.propertiesJson());
        StringBuilder body = new StringBuilder("<dl>");
        columns(layer, List.of(feature)).forEach((name, label) -> body.append("<dt>").append(htmlEscape(label))
                .append("</dt><dd>").append(text(properties.get(name))).append("</dd>"));
        body.append("</dl><p><a href=\"").append(feature.id()).append("?f=json\">Version GeoJSON</a> · ")
                .append("<a href=\"../items?f=html\">Tous les objets de la couche</a></p>");
        return page(layer.title() + " — objet " + feature.id(), body.toString());
    }

    /** The layer's declared attributes with their labels, then any other property found on the page. */
    private Map<String, String> columns(Layer layer, List<LayerFeatures.Feature> features) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (LayerAttribute attribute : layer.attributes()) {
            columns.put(attribute.name(), attribute.label());
        }
        for (LayerFeatures.Feature feature : features) {
            json.readTree(feature.propertiesJson()).propertyNames().forEach(name -> columns.putIfAbsent(name, name));
        }
        return columns;
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? "oui" : "non";
        }
        return htmlEscape(value.isValueNode() ? value.asString() : value.toString());
    }

    private static String page(String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s — SIG Ensemble</title>
                <style>body{font-family:system-ui,sans-serif;margin:1.5rem;color:#1b1b1b}table{border-collapse:collapse}
                th,td{border:1px solid #767676;padding:.3rem .6rem;text-align:left}caption{text-align:left;font-weight:bold}
                a{color:#1d4f91}</style></head>
                <body><main><h1>%s</h1>%s</main></body></html>""".formatted(htmlEscape(title), htmlEscape(title), body);
    }
}
