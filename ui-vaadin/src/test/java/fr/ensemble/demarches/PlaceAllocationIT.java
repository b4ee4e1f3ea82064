package fr.ensemble.demarches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.demarches.application.PlaceAllocations;
import fr.ensemble.demarches.application.RequestFiling;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.LocalStack;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Pantin's autumn stay with two places: first-timers and lower family-quotient brackets first, then the earlier
 * request; the others wait, each family e-mailed; a freed decision never gives more places than there are.
 */
@IntegrationTest
class PlaceAllocationIT {

    private static final List<String> PANTIN_INSTRUCTOR = List.of("pantin:agent", "pantin:instructeur");

    @Autowired
    RequestFiling filing;

    @Autowired
    PlaceAllocations allocations;

    @Test
    void theFreePlacesOfAStayGoToTheRankedFirstAndTheOthersWait() throws Exception {
        sql("DELETE FROM t_pantin.request r USING t_pantin.procedure p WHERE p.id = r.procedure_id"
                + " AND p.slug = 'sejours-jeunesse' AND r.answers->>'sejour' = 'Automne'");
        sql("UPDATE t_pantin.procedure SET allocation = jsonb_set(allocation, '{places,Automne}', '2')"
                + " WHERE slug = 'sejours-jeunesse'");
        try {
            String veteran = file("Noé", "non", "A", "famille.noe@example.org");
            String firstTimerC = file("Lina", "oui", "C", "famille.lina@example.org");
            String firstTimerA = file("Sami", "oui", "A", "famille.sami@example.org");

            var decision = Acting.as("agent.pantin", PANTIN_INSTRUCTOR, () -> TenantContext.call("pantin",
                    () -> allocations.allocate("sejours-jeunesse", "Automne")));

            assertThat(decision.given()).extracting(candidate -> candidate.trackingNumber()).containsExactly(firstTimerA, firstTimerC);
            assertThat(decision.toWait()).extracting(candidate -> candidate.trackingNumber()).containsExactly(veteran);
            assertThat(LocalStack.awaitMailAbout("famille.sami@example.org", firstTimerA + " : Place attribuée").text())
                    .contains("Place attribuée");
            assertThat(LocalStack.awaitMailAbout("famille.noe@example.org", veteran + " : Sur liste d'attente").subject())
                    .isNotBlank();

            String late = file("Jade", "oui", "A", "famille.jade@example.org");
            var board = Acting.as("agent.pantin", PANTIN_INSTRUCTOR, () -> TenantContext.call("pantin",
                    () -> allocations.board("sejours-jeunesse")));
            assertThat(board.get("Automne").taken()).isEqualTo(2);
            assertThat(board.get("Automne").given()).as("the stay is full").isEmpty();
            assertThat(board.get("Automne").ranked()).extracting(candidate -> candidate.trackingNumber())
                    .as("the late first-timer ranks before the waiting veteran").containsExactly(late, veteran);
            assertThatThrownBy(() -> Acting.as("agent.bagnolet", List.of("bagnolet:agent", "bagnolet:instructeur"),
                    () -> TenantContext.call("pantin", () -> allocations.board("sejours-jeunesse"))))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            sql("UPDATE t_pantin.procedure SET allocation = jsonb_set(allocation, '{places,Automne}', '24')"
                    + " WHERE slug = 'sejours-jeunesse'");
        }
    }

    private String file(String firstName, String firstTime, String bracket, String email) {
        return Acting.as("alice", List.of(), () -> TenantContext.call("pantin", () -> filing.file("sejours-jeunesse",
                Map.of("prenom_jeune", firstName, "naissance", "2013-05-04", "sejour", "Automne", "premier_sejour", firstTime,
                        "tranche_qf", bracket, "email", email), email, UUID.randomUUID().toString()).getTrackingNumber()));
    }

    private static void sql(String statement) throws SQLException {
        try (Connection superuser = LocalStack.superuser("ensemble"); var update = superuser.createStatement()) {
            update.executeUpdate(statement);
        }
    }
}
