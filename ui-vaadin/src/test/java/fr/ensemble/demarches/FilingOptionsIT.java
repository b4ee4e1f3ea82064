package fr.ensemble.demarches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.demarches.application.AnonymousFiling;
import fr.ensemble.demarches.application.Catalogue;
import fr.ensemble.demarches.application.RequestDrafts;
import fr.ensemble.demarches.application.RequestFiling;
import fr.ensemble.demarches.application.RequestReceipts;
import fr.ensemble.demarches.application.RequestRefusedException;
import fr.ensemble.demarches.application.UnsentAnswersCleanup;
import fr.ensemble.demarches.domain.Procedure;
import fr.ensemble.demarches.domain.Request;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.LocalStack;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The ways to file besides the straight one: a draft kept for its author only and resumed, a request without an
 * account filed when the e-mailed link is opened (once, and not after it expired), and the PDF receipt.
 */
@IntegrationTest
class FilingOptionsIT {

    private static final Pattern CONFIRMATION_LINK = Pattern.compile("https?://\\S+/pantin/demarches/confirmation/([A-Za-z0-9_-]+)");

    @Autowired
    RequestDrafts drafts;

    @Autowired
    RequestFiling filing;

    @Autowired
    AnonymousFiling anonymousFiling;

    @Autowired
    RequestReceipts receipts;

    @Autowired
    UnsentAnswersCleanup cleanup;

    @Autowired
    Catalogue catalogue;

    @Test
    void aDraftIsItsAuthorsOnlyInItsCommuneAndGoesWhenTheRequestIsFiled() {
        Procedure pantin = procedure("pantin", "contacter-elus");
        Map<String, Object> typed = Map.of("objet", "Le square", "message", "Les bancs sont cassés.");

        Acting.as("alice", List.of(), () -> TenantContext.run("pantin", () -> {
            assertThat(drafts.save(pantin, 1, typed)).isPresent();
            assertThat(drafts.find(pantin)).hasValueSatisfying(draft -> {
                assertThat(draft.answers()).isEqualTo(typed);
                assertThat(draft.formNumber()).isEqualTo(1);
            });
        }));
        assertThat(Acting.as("bruno", List.of(), () -> TenantContext.call("pantin", () -> drafts.find(pantin))))
                .as("another resident").isEmpty();
        Procedure bagnolet = procedure("bagnolet", "contacter-elus");
        assertThat(Acting.as("alice", List.of(), () -> TenantContext.call("bagnolet", () -> drafts.find(bagnolet))))
                .as("the same procedure in another commune").isEmpty();

        Acting.as("alice", List.of(), () -> TenantContext.run("pantin", () -> {
            filing.file("contacter-elus", Map.of("objet", "Le square", "message", "Les bancs sont cassés.",
                    "email", "alice@example.org", "rendez_vous", "non"), "alice@example.org", UUID.randomUUID().toString());
            assertThat(drafts.find(pantin)).as("filed: the draft goes").isEmpty();
        }));
    }

    @Test
    void aRequestWithoutAnAccountIsFiledOnceWhenTheEmailedLinkIsOpened() throws Exception {
        String email = "nouvel.habitant." + UUID.randomUUID() + "@example.org";
        Map<String, Object> answers = Map.of("nom", "Diallo", "prenom", "Awa", "email", email, "personnes", 2);

        TenantContext.run("pantin", () -> anonymousFiling.askConfirmation("nouveaux-habitants", answers, email));

        var mail = LocalStack.awaitMailAbout(email, "Confirmez votre demande");
        Matcher link = CONFIRMATION_LINK.matcher(mail.text());
        assertThat(link.find()).as(mail.text()).isTrue();
        String token = link.group(1);
        assertThat(pendingRows(email)).as("nothing filed before the link is opened").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM t_pantin.request WHERE contact_email = '" + email + "'")).isZero();

        Request filed = TenantContext.call("pantin", () -> anonymousFiling.confirm(token)).orElseThrow();
        Request again = TenantContext.call("pantin", () -> anonymousFiling.confirm(token)).orElseThrow();

        assertThat(again.getTrackingNumber()).isEqualTo(filed.getTrackingNumber());
        assertThat(filed.getResidentSubject()).isNull();
        assertThat(count("SELECT count(*) FROM t_pantin.request WHERE contact_email = '" + email + "'")).isEqualTo(1);
        assertThat(LocalStack.awaitMailAbout(email, filed.getTrackingNumber()).text()).contains("par e-mail");
        assertThat(TenantContext.call("pantin", () -> anonymousFiling.confirm(token + "x"))).as("a wrong link").isEmpty();
        assertThat(TenantContext.call("bagnolet", () -> anonymousFiling.confirm(token))).as("Pantin's link in Bagnolet").isEmpty();
    }

    @Test
    void anExpiredLinkFilesNothingAndItsAnswersGo() throws Exception {
        String email = "en.retard." + UUID.randomUUID() + "@example.org";
        TenantContext.run("pantin", () -> anonymousFiling.askConfirmation("nouveaux-habitants",
                Map.of("nom", "Martin", "prenom", "Léa", "email", email, "personnes", 1), email));
        Matcher link = CONFIRMATION_LINK.matcher(LocalStack.awaitMailAbout(email, "Confirmez").text());
        assertThat(link.find()).isTrue();
        try (Connection superuser = LocalStack.superuser("ensemble"); var update = superuser.prepareStatement(
                "UPDATE t_pantin.pending_request SET expires_at = now() - interval '1 minute' WHERE contact_email = ?")) {
            update.setString(1, email);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }

        assertThat(TenantContext.call("pantin", () -> anonymousFiling.confirm(link.group(1)))).isEmpty();
        TenantContext.run("pantin", cleanup::clean);

        assertThat(pendingRows(email)).isZero();
    }

    @Test
    void withoutAnAccountOnlyWhereTheProcedureAllowsItAndWithAValidAddress() {
        assertThatThrownBy(() -> TenantContext.run("pantin", () -> anonymousFiling.askConfirmation("contacter-elus",
                Map.of("objet", "x", "message", "y", "email", "a@example.org", "rendez_vous", "non"), "a@example.org")))
                .isInstanceOf(RequestRefusedException.class).hasMessage("Connectez-vous pour faire cette démarche.");
        assertThatThrownBy(() -> TenantContext.run("pantin", () -> anonymousFiling.askConfirmation("nouveaux-habitants",
                Map.of("nom", "Diallo", "prenom", "Awa", "personnes", 2), "pas-une-adresse")))
                .isInstanceOf(RequestRefusedException.class).hasMessageContaining("Saisissez une adresse e-mail valide");
        assertThatThrownBy(() -> TenantContext.run("pantin", () -> anonymousFiling.askConfirmation("nouveaux-habitants",
                Map.of("nom", "Diallo", "prenom", "Awa", "email", "awa@example.org", "personnes", 20), "awa@example.org")))
                .as("the form's own rules").isInstanceOf(RequestRefusedException.class);
    }

    @Test
    void theReceiptIsAPdfWithTheNumberAndTheAnswers() throws Exception {
        Request request = Acting.as("alice", List.of(), () -> TenantContext.call("pantin", () -> filing.file("contacter-elus",
                Map.of("objet", "Éclairage du square", "message", "Il fait noir à 18 h.", "email", "alice@example.org",
                        "rendez_vous", "non"), "alice@example.org", UUID.randomUUID().toString())));

        byte[] pdf = TenantContext.call("pantin", () -> receipts.pdf(request, "Pantin"));

        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Pantin — accusé de réception", request.getTrackingNumber(), "Contacter vos élus",
                    "Éclairage du square", "Il fait noir à 18 h.");
        }
    }

    private Procedure procedure(String tenant, String slug) {
        return TenantContext.call(tenant, () -> catalogue.find(slug).orElseThrow());
    }

    private static long pendingRows(String email) throws SQLException {
        return count("SELECT count(*) FROM t_pantin.pending_request WHERE contact_email = '" + email + "'");
    }

    private static long count(String sql) throws SQLException {
        try (Connection superuser = LocalStack.superuser("ensemble"); var query = superuser.createStatement();
                var result = query.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
