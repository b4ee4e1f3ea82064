package fr.ensemble.participation.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Receipt codes: derived again identically, distinct per voter, campaign and key, typed leniently. */
class ReceiptCodesTest {

    private final ReceiptCodes codes = new ReceiptCodes("a-secret-of-the-platform-for-tests");

    @Test
    void theSameVoterGetsTheSameCodeAgainAndOthersAnother() {
        String code = codes.code("pantin", 7, "alice-subject");
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(codes.code("pantin", 7, "alice-subject")).isEqualTo(code);
        assertThat(codes.code("pantin", 7, "bruno-subject")).isNotEqualTo(code);
        assertThat(codes.code("pantin", 8, "alice-subject")).isNotEqualTo(code);
        assertThat(codes.code("bagnolet", 7, "alice-subject")).isNotEqualTo(code);
        assertThat(new ReceiptCodes("another-secret-of-the-platform").code("pantin", 7, "alice-subject")).isNotEqualTo(code);
    }

    @Test
    void aCodeTypedByHandMatchesItsHash() {
        assertThat(ReceiptCodes.hash(" 7kq2 m9xd-4htb ")).isEqualTo(ReceiptCodes.hash("7KQ2-M9XD-4HTB"));
        assertThat(ReceiptCodes.hash("0I1L-0000-0000")).isEqualTo(ReceiptCodes.hash("O1IL-0000-0000"));
        assertThat(ReceiptCodes.hash("7KQ2-M9XD-4HTB")).isNotEqualTo(ReceiptCodes.hash("7KQ2-M9XD-4HTC")).hasSize(64);
    }
}
