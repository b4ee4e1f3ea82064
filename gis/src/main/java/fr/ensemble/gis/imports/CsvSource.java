package fr.ensemble.gis.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A CSV of points, one record in memory at a time. Before reading, it takes a pass to choose the charset (UTF-8
 * if the whole file decodes strictly, else windows-1252), looks at the header for the separator and the
 * coordinate columns, and, unless the agent stated it, recognises the CRS from the first readable coordinates.
 */
final class CsvSource extends ByteStreamSource {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final CsvColumns columns;
    private final char delimiter;
    private final int srid;

    private CsvSource(CountingInputStream input, CSVParser parser, CsvColumns columns, char delimiter, int srid,
            long total) {
        super(input, total);
        this.parser = parser;
        this.records = parser.iterator();
        this.columns = columns;
        this.delimiter = delimiter;
        this.srid = srid;
    }

    static CsvSource open(Path file, Integer declaredSrid) throws IOException, ImportRefusedException {
        Charset charset = charset(file);
        char delimiter = delimiter(file, charset);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true).get();
        CountingInputStream input = new CountingInputStream(Files.newInputStream(file));
        CSVParser parser = CSVParser.parse(new InputStreamReader(input, charset), format);
        try {
            CsvColumns columns = CsvColumns.of(next(parser.iterator(), parser).toList());
            int srid = declaredSrid != null
                    ? Reprojection.require(declaredSrid, "EPSG:" + declaredSrid)
                    : recognisedSrid(file, charset, format, columns);
            return new CsvSource(input, parser, columns, delimiter, srid, Files.size(file));
        } catch (ImportRefusedException | RuntimeException e) {
            parser.close();
            throw e;
        }
    }

    private static Charset charset(Path file) throws IOException {
        var strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), strict)) {
            char[] buffer = new char[8192];
            while (reader.read(buffer) >= 0) {
                // decoding is the check
            }
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1252;
        }
    }

    /** The more frequent of ';' and ',' in the header line. */
    private static char delimiter(Path file, Charset charset) throws IOException, ImportRefusedException {
        String header;
        try (BufferedReader reader = Files.newBufferedReader(file, charset)) {
            header = reader.readLine();
        }
        if (header == null || header.isBlank()) {
            throw new ImportRefusedException("Le CSV doit commencer par une ligne d'en-tête nommant ses colonnes.");
        }
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    /**
     * Degrees if the first readable pair fits longitude and latitude, Lambert-93 if it fits France in metres. A
     * file without any readable pair is taken as degrees: its rows all end up in the errors anyway.
     */
    private static int recognisedSrid(Path file, Charset charset, CSVFormat format, CsvColumns columns)
            throws IOException, ImportRefusedException {
        try (CSVParser parser = CSVParser.parse(file, charset, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            next(records, parser);
            for (CSVRecord record = next(records, parser); record != null; record = next(records, parser)) {
                Double x = CsvValues.coordinate(cell(record, columns.x()));
                Double y = CsvValues.coordinate(cell(record, columns.y()));
                if (x != null && y != null) {
                    return sridOf(x, y, record.getRecordNumber());
                }
            }
        }
        return Reprojection.CRS84;
    }

    private static int sridOf(double x, double y, long line) throws ImportRefusedException {
        if (Math.abs(x) <= 180 && Math.abs(y) <= 90) {
            return Reprojection.CRS84;
        }
        if (x >= 100_000 && x <= 1_300_000 && y >= 6_000_000 && y <= 7_200_000) {
            return Reprojection.LAMBERT_93;
        }
        throw new ImportRefusedException("Système de coordonnées non reconnu : à la ligne " + line + ", x = " + x
                + " et y = " + y + " ne sont ni une longitude et une latitude en degrés, ni du Lambert-93"
                + " (EPSG:2154). Précisez le système de coordonnées du fichier.");
    }

    /** The next record or null; a quoting fault stops the whole file, as nothing after it can be trusted. */
    private static CSVRecord next(Iterator<CSVRecord> records, CSVParser parser) throws ImportRefusedException {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            throw new ImportRefusedException("Le CSV est illisible vers la ligne " + parser.getCurrentLineNumber()
                    + " : guillemets mal fermés ?");
        }
    }

    private static String cell(CSVRecord record, int index) {
        return index < record.size() ? record.get(index) : "";
    }

    @Override
    public int srid() {
        return srid;
    }

    @Override
    public Optional<String> declaredGeometryType() {
        return Optional.of("Point");
    }

    @Override
    public SourceRow next() throws ImportRefusedException {
        CSVRecord record = next(records, parser);
        if (record == null) {
            return null;
        }
        long row = record.getRecordNumber() - 1;
        List<String> names = columns.names();
        Map<String, Object> properties = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (i != columns.x() && i != columns.y()) {
                properties.put(names.get(i), CsvValues.typed(cell(record, i), delimiter));
            }
        }
        String xCell = cell(record, columns.x());
        String yCell = cell(record, columns.y());
        if (xCell.isEmpty() || yCell.isEmpty()) {
            return SourceRow.faulty(row, properties, "coordonnées manquantes");
        }
        Double x = CsvValues.coordinate(xCell);
        Double y = CsvValues.coordinate(yCell);
        if (x == null || y == null) {
            String column = x == null ? columns.xName() : columns.yName();
            return SourceRow.faulty(row, properties, "nombre illisible « " + (x == null ? xCell : yCell)
                    + " » dans la colonne " + column);
        }
        return SourceRow.feature(row, properties, FACTORY.createPoint(new Coordinate(x, y)));
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
