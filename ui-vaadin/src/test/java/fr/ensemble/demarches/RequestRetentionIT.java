package fr.ensemble.demarches;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.demarches.application.Instruction;
import fr.ensemble.demarches.application.RequestFiles;
import fr.ensemble.demarches.application.RequestFiling;
import fr.ensemble.demarches.application.RequestRetention;
import fr.ensemble.demarches.domain.form.StoredFile;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.LocalStack;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Retention: a request closed longer ago than its procedure's retention period loses the person (answers,
 * address, account, comments, attached file) and keeps its statuses and dates; recent or open requests, and
 * other communes' requests, are left alone; a second run finds nothing more to do.
 */
@IntegrationTest
class RequestRetentionIT {

    private static final List<String> PANTIN_INSTRUCTOR = List.of("pantin:agent", "pantin:instructeur");
    private static final List<String> BAGNOLET_INSTRUCTOR = List.of("bagnolet:agent", "bagnolet:instructeur");
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    RequestFiling filing;

    @Autowired
    Instruction instruction;

    @Autowired
    RequestFiles files;

    @Autowired
    RequestRetention retention;

    @Autowired
    TenantRegistry registry;

    @Value("${ensemble.files.dir:.data/files}")
    Path filesDir;

    @Test
    void closedRequestsPastTheirRetentionLoseThePersonAndKeepTheirStatistics() throws Exception {
        StoredFile avis = TenantContext.call("pantin", () -> files.store("avis.pdf", PDF, 10_000_000));
        Path avisOnDisk = filesDir.resolve(registry.require("pantin").schema()).resolve(avis.storageKey());
        assertThat(avisOnDisk).exists();
        String old = fileAsAlice("pantin", "quotient-familial", Map.of("parts", 2, "revenu", 21000, "avis", avis,
                "email", "alice.retention@example.org"));
        close("pantin", old, PANTIN_INSTRUCTOR, "Votre quotient familial est de 640 euros.");
        String recent = fileAsAlice("pantin", "contacter-elus", contact("Une question récente"));
        close("pantin", recent, PANTIN_INSTRUCTOR, "Réponse envoyée.");
        String open = fileAsAlice("pantin", "contacter-elus", contact("Une question toujours ouverte"));
        Acting.as("agent.pantin", PANTIN_INSTRUCTOR, () -> TenantContext.run("pantin",
                () -> instruction.move(open, "EN_COURS", "Nous regardons.", null)));
        String elsewhere = fileAsAlice("bagnolet", "contacter-elus", contact("Une question à Bagnolet"));
        close("bagnolet", elsewhere, BAGNOLET_INSTRUCTOR, "Réponse de Bagnolet.");
        ageBy400Days("pantin", old);
        ageBy400Days("pantin", open);
        ageBy400Days("bagnolet", elsewhere);
        asIfFiledAnonymously(old);
        long purgesBefore = count("SELECT count(*) FROM t_pantin.request_purge");

        RequestRetention.Purged purged = TenantContext.call("pantin", () -> retention.purgeNow(Instant.now()));

        assertThat(purged.requests()).as("this test's old request, and any left by earlier runs").isPositive();
        assertThat(text("SELECT answers::text FROM t_pantin.request WHERE tracking_number = ?", old)).isEqualTo("{}");
        assertThat(text("SELECT contact_email FROM t_pantin.request WHERE tracking_number = ?", old)).isEqualTo("purge@invalid");
        assertThat(text("SELECT resident_subject FROM t_pantin.request WHERE tracking_number = ?", old)).isNull();
        assertThat(text("SELECT status FROM t_pantin.request WHERE tracking_number = ?", old)).isEqualTo("CLOSE");
        assertThat(text("SELECT purged_at IS NOT NULL FROM t_pantin.request WHERE tracking_number = ?", old)).isEqualTo("t");
        assertThat(texts("""
                SELECT e.status FROM t_pantin.request_event e JOIN t_pantin.request r ON r.id = e.request_id
                WHERE r.tracking_number = ? ORDER BY e.occurred_at, e.id""", old))
                .as("the history's statuses stay (the document came with the acceptance)")
                .containsExactly("RECUE", "EN_COURS", "EN_COURS", "ACCEPTEE", "CLOSE");
        assertThat(texts("""
                SELECT e.comment FROM t_pantin.request_event e JOIN t_pantin.request r ON r.id = e.request_id
                WHERE r.tracking_number = ? AND e.comment IS NOT NULL""", old)).as("comments").isEmpty();
        assertThat(texts("""
                SELECT e.actor FROM t_pantin.request_event e JOIN t_pantin.request r ON r.id = e.request_id
                WHERE r.tracking_number = ? ORDER BY e.occurred_at, e.id""", old))
                .as("the resident's address as author is gone, agents stay")
                .containsExactly("usager", "agent.pantin", "agent.pantin", "agent.pantin", "agent.pantin");
        assertThat(avisOnDisk).as("the attached file").doesNotExist();
        assertThat(count("SELECT count(*) FROM t_pantin.request_message m JOIN t_pantin.request r ON r.id = m.request_id"
                + " WHERE r.tracking_number = '" + old + "'")).as("messages").isZero();
        assertThat(count("SELECT count(*) FROM t_pantin.request_document d JOIN t_pantin.request r ON r.id = d.request_id"
                + " WHERE r.tracking_number = '" + old + "'")).as("agents' documents").isZero();
        assertThat(purged.files()).as("the resident's file and the agent's document").isGreaterThanOrEqualTo(2);
        assertThat(count("SELECT count(*) FROM t_pantin.request_purge")).isEqualTo(purgesBefore + 1);
        assertThat(count("SELECT requests FROM t_pantin.request_purge ORDER BY id DESC LIMIT 1")).isEqualTo(purged.requests());

        for (String kept : List.of(recent, open)) {
            assertThat(text("SELECT contact_email FROM t_pantin.request WHERE tracking_number = ?", kept))
                    .as(kept).isEqualTo("alice.retention@example.org");
            assertThat(text("SELECT purged_at FROM t_pantin.request WHERE tracking_number = ?", kept)).as(kept).isNull();
        }
        assertThat(text("SELECT answers->>'objet' FROM t_bagnolet.request WHERE tracking_number = ?", elsewhere))
                .as("Bagnolet's request, due but not Pantin's").isEqualTo("Une question à Bagnolet");

        assertThat(TenantContext.call("pantin", () -> retention.purgeNow(Instant.now())).requests())
                .as("a second run finds nothing more").isZero();
        assertThat(count("SELECT count(*) FROM t_pantin.request_purge")).isEqualTo(purgesBefore + 1);
    }

    private String fileAsAlice(String tenant, String procedure, Map<String, Object> answers) {
        return Acting.as("alice", List.of(), () -> TenantContext.call(tenant,
                () -> filing.file(procedure, answers, "alice.retention@example.org", null).getTrackingNumber()));
    }

    private static Map<String, Object> contact(String subject) {
        return Map.of("objet", subject, "message", "Bonjour, j'ai une question.", "email", "alice.retention@example.org",
                "rendez_vous", "non");
    }

    private void close(String tenant, String tracking, List<String> authorities, String answer) {
        Acting.as("agent." + tenant, authorities, () -> TenantContext.run(tenant, () -> {
            instruction.move(tracking, "EN_COURS", "Nous étudions votre demande.", null);
            instruction.write(tracking, "Nous avons tout reçu.", false);
            instruction.move(tracking, "ACCEPTEE", answer, new Instruction.NewDocument("decision.pdf", PDF, true));
            instruction.move(tracking, "CLOSE", null, null);
        }));
    }

    private static void ageBy400Days(String tenant, String tracking) throws SQLException {
        try (Connection superuser = LocalStack.superuser("ensemble"); var update = superuser.prepareStatement(
                "UPDATE t_" + tenant + ".request SET closed_at = closed_at - interval '400 days' WHERE tracking_number = ?")) {
            update.setString(1, tracking);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    /** An anonymous filing records the contact address as the author of the first step. */
    private static void asIfFiledAnonymously(String tracking) throws SQLException {
        try (Connection superuser = LocalStack.superuser("ensemble"); var update = superuser.prepareStatement("""
                UPDATE t_pantin.request_event e SET actor = r.contact_email FROM t_pantin.request r
                WHERE r.id = e.request_id AND r.tracking_number = ? AND e.status = 'RECUE'""")) {
            update.setString(1, tracking);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static String text(String sql, String parameter) throws SQLException {
        List<String> values = texts(sql, parameter);
        assertThat(values).as(sql).hasSize(1);
        return values.getFirst();
    }

    private static List<String> texts(String sql, String parameter) throws SQLException {
        try (Connection superuser = LocalStack.superuser("ensemble"); var query = superuser.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (var result = query.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (result.next()) {
                    values.add(result.getString(1));
                }
                return values;
            }
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection superuser = LocalStack.superuser("ensemble"); var result = superuser.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
