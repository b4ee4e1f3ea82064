package fr.ensemble.gis.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Tells the format from the first bytes: a SQLite header, a JSON opening, else text taken for CSV. */
final class FormatDetector {

    static final String UNREADABLE = "Le fichier n'est ni du GeoJSON, ni un GeoPackage, ni un CSV lisible : ";

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int SAMPLE = 8192;

    private FormatDetector() {
    }

    static ImportFormat detect(Path file) throws IOException, ImportRefusedException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SAMPLE);
        }
        if (head.length >= SQLITE_HEADER.length
                && Arrays.equals(head, 0, SQLITE_HEADER.length, SQLITE_HEADER, 0, SQLITE_HEADER.length)) {
            return ImportFormat.GEOPACKAGE;
        }
        for (byte b : head) {
            if (b == 0) {
                throw new ImportRefusedException(UNREADABLE + "son contenu est binaire.");
            }
        }
        int first = firstSignificantByte(head);
        if (first == -1) {
            throw new ImportRefusedException("Le fichier est vide.");
        }
        return first == '{' || first == '[' ? ImportFormat.GEOJSON : ImportFormat.CSV;
    }

    /** The first byte after a UTF-8 byte order mark and white space, or -1. */
    private static int firstSignificantByte(byte[] head) {
        int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
                ? 3 : 0;
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        return i < head.length ? head[i] : -1;
    }
}
