package fr.ensemble.demarches.domain.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileChecksTest {

    private static final long TEN_MB = FormField.DEFAULT_MAX_BYTES;
    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
    private static final byte[] TEXT = "Bonjour, voici mon justificatif".getBytes(StandardCharsets.UTF_8);

    @Test
    void aPdfRenamedPngIsAcceptedAsAPdf() {
        assertThat(FileChecks.refusal("facture.png", PDF, 120_000, TEN_MB)).isEmpty();
        assertThat(FileChecks.contentType(PDF)).isEqualTo("application/pdf");
    }

    @Test
    void aTextFileRenamedPdfIsRefused() {
        assertThat(FileChecks.refusal("facture.pdf", TEXT, 31, TEN_MB))
                .contains("Le fichier « facture.pdf » n'est ni un PDF, ni une image JPEG ou PNG.");
        assertThat(FileChecks.contentType(TEXT)).isEqualTo("application/octet-stream");
    }

    @Test
    void jpegAndPngAreRecognisedByTheirFirstBytes() {
        assertThat(FileChecks.contentType(JPEG)).isEqualTo("image/jpeg");
        assertThat(FileChecks.contentType(PNG)).isEqualTo("image/png");
        assertThat(FileChecks.refusal("photo", JPEG, 2_000_000, TEN_MB)).isEmpty();
        assertThat(FileChecks.refusal("scan", PNG, 2_000_000, TEN_MB)).isEmpty();
    }

    @Test
    void truncatedSignaturesAreNotRecognised() {
        assertThat(FileChecks.contentType(new byte[] {'%', 'P', 'D', 'F'})).isEqualTo(FileChecks.UNKNOWN);
        assertThat(FileChecks.contentType(new byte[] {(byte) 0x89, 'P', 'N', 'G'})).isEqualTo(FileChecks.UNKNOWN);
    }

    @Test
    void aFileOverTheLimitIsRefused() {
        assertThat(FileChecks.refusal("scan.pdf", PDF, TEN_MB, TEN_MB)).isEmpty();
        assertThat(FileChecks.refusal("scan.pdf", PDF, TEN_MB + 1, TEN_MB)).contains("Le fichier dépasse 10 Mo.");
        assertThat(FileChecks.refusal("scan.pdf", PDF, 3_000_000, 2_621_440)).contains("Le fichier dépasse 2,5 Mo.");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(FileChecks.refusal("vide.pdf", new byte[0], 0, TEN_MB)).contains("Le fichier « vide.pdf » est vide.");
    }
}
