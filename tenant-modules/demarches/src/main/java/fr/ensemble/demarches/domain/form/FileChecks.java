package fr.ensemble.demarches.domain.form;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * What a FILE field accepts: PDF, JPEG and PNG recognised by their first bytes, never by the name
 * the resident's computer gave them (a renamed file is what it contains).
 */
public final class FileChecks {

    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String UNKNOWN = "application/octet-stream";
    public static final Set<String> ACCEPTED = Set.of(PDF, JPEG, PNG);

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private FileChecks() {
    }

    /**
     * Why the file is refused, in French, or empty when it is accepted.
     *
     * @param head the first bytes of the file (8 are enough)
     */
    public static Optional<String> refusal(String fileName, byte[] head, long size, long maxBytes) {
        if (size <= 0 || head == null || head.length == 0) {
            return Optional.of("Le fichier « " + fileName + " » est vide.");
        }
        if (size > maxBytes) {
            return Optional.of(tooBig(maxBytes));
        }
        if (!ACCEPTED.contains(contentType(head))) {
            return Optional.of("Le fichier « " + fileName + " » n'est ni un PDF, ni une image JPEG ou PNG.");
        }
        return Optional.empty();
    }

    /** The media type the first bytes show, {@link #UNKNOWN} for anything but PDF, JPEG and PNG. */
    public static String contentType(byte[] head) {
        if (startsWith(head, PDF_MAGIC)) {
            return PDF;
        }
        if (startsWith(head, JPEG_MAGIC)) {
            return JPEG;
        }
        if (startsWith(head, PNG_MAGIC)) {
            return PNG;
        }
        return UNKNOWN;
    }

    /** « Le fichier dépasse 10 Mo. » with the limit in mebibytes, as file managers count them. */
    static String tooBig(long maxBytes) {
        BigDecimal mo = BigDecimal.valueOf(maxBytes).divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.DOWN);
        return "Le fichier dépasse " + mo.stripTrailingZeros().toPlainString().replace('.', ',') + " Mo.";
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head != null && head.length >= magic.length
                && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
