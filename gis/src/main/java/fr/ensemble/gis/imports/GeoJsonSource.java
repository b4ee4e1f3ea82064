package fr.ensemble.gis.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GeoJSON FeatureCollection, one feature in memory at a time. A legacy {@code crs} member may stand after the
 * features, so a first pass skims the top level for it (skipping the features without building them).
 */
final class GeoJsonSource extends ByteStreamSource {

    /** Reads one member at a time from a parser that goes on. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    /** "EPSG:2154", "urn:ogc:def:crs:EPSG::2154", "http://www.opengis.net/def/crs/EPSG/0/2154". */
    private static final Pattern EPSG = Pattern.compile("(?i).*\\bEPSG\\b.*?(\\d+)$");
    private static final Pattern CRS84 = Pattern.compile("(?i).*\\bCRS:?84$");

    private final JsonParser parser;
    private final int srid;
    private long row;

    private GeoJsonSource(CountingInputStream input, JsonParser parser, long total, int srid) {
        super(input, total);
        this.parser = parser;
        this.srid = srid;
    }

    static GeoJsonSource open(Path file) throws IOException, ImportRefusedException {
        int srid = skimTopLevel(file);
        CountingInputStream input = new CountingInputStream(Files.newInputStream(file));
        JsonParser parser = MAPPER.createParser(input);
        try {
            parser.nextToken();
            while (!"features".equals(parser.nextName())) {
                parser.nextToken();
                parser.skipChildren();
            }
            parser.nextToken();
            return new GeoJsonSource(input, parser, Files.size(file), srid);
        } catch (JacksonException e) {
            parser.close();
            throw refusal(e);
        }
    }

    /** Checks the file is a FeatureCollection and returns its CRS. */
    private static int skimTopLevel(Path file) throws IOException, ImportRefusedException {
        String type = null;
        boolean features = false;
        int srid = Reprojection.CRS84;
        try (JsonParser parser = MAPPER.createParser(Files.newInputStream(file))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new ImportRefusedException("Le GeoJSON doit être un objet FeatureCollection.");
            }
            for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "type" -> type = parser.getString();
                    case "crs" -> srid = srid(MAPPER.readTree(parser));
                    case "features" -> {
                        features = value == JsonToken.START_ARRAY;
                        parser.skipChildren();
                    }
                    default -> parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw new ImportRefusedException("Le GeoJSON est illisible : du contenu suit l'objet principal.");
            }
        } catch (JacksonException e) {
            throw refusal(e);
        }
        if (!"FeatureCollection".equals(type) || !features) {
            throw new ImportRefusedException("Le GeoJSON doit être une FeatureCollection avec un tableau « features »"
                    + (type == null ? "." : " (type trouvé : " + type + ")."));
        }
        return srid;
    }

    private static int srid(JsonNode crs) throws ImportRefusedException {
        String name = crs.path("properties").path("name").asString("");
        if (CRS84.matcher(name).matches()) {
            return Reprojection.CRS84;
        }
        Matcher epsg = EPSG.matcher(name);
        if (!epsg.matches()) {
            throw new ImportRefusedException("Le membre « crs » du GeoJSON n'est pas compris : " + crs + ".");
        }
        return Reprojection.require(Integer.parseInt(epsg.group(1)), name);
    }

    private static ImportRefusedException refusal(JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        String where = at == null ? "" : " (ligne " + at.getLineNr() + ", colonne " + at.getColumnNr() + ")";
        return new ImportRefusedException("Le fichier commence comme du GeoJSON mais n'est pas du JSON valide" + where
                + ".");
    }

    @Override
    public int srid() {
        return srid;
    }

    @Override
    public Optional<String> declaredGeometryType() {
        return Optional.empty();
    }

    @Override
    public SourceRow next() throws ImportRefusedException {
        try {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY || token == null) {
                return null;
            }
            row++;
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return SourceRow.faulty(row, Map.of(), "un objet Feature est attendu");
            }
            return feature(MAPPER.readTree(parser));
        } catch (JacksonException e) {
            throw refusal(e);
        }
    }

    private SourceRow feature(JsonNode feature) {
        Map<String, Object> properties = properties(feature.path("properties"));
        JsonNode geometry = feature.get("geometry");
        if (geometry == null || geometry.isNull()) {
            return SourceRow.faulty(row, properties, "objet sans géométrie");
        }
        try {
            return SourceRow.feature(row, properties, GeoJsonGeometry.read(geometry));
        } catch (IllegalArgumentException e) {
            return SourceRow.faulty(row, properties, "géométrie illisible : " + e.getMessage());
        }
    }

    private static Map<String, Object> properties(JsonNode properties) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String name : properties.propertyNames()) {
            values.put(name, value(properties.get(name)));
        }
        return values;
    }

    /** Nested objects and arrays are kept as their JSON text. */
    private static Object value(JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return node.stringValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        return node.toString();
    }

    @Override
    public void close() {
        parser.close();
    }
}
