package fr.ensemble.demarches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.demarches.application.Instruction;
import fr.ensemble.demarches.application.MyRequests;
import fr.ensemble.demarches.application.RequestFiling;
import fr.ensemble.demarches.application.RequestRefusedException;
import fr.ensemble.demarches.domain.RequestMessage;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.LocalStack;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The conversation about a request: the agent's message reaches the resident by e-mail and in Mon compte, the
 * resident's reply reaches the agent, internal notes stay with the commune, and nobody else reads any of it.
 */
@IntegrationTest
class RequestMessagesIT {

    private static final List<String> PANTIN_INSTRUCTOR = List.of("pantin:agent", "pantin:instructeur");

    @Autowired
    RequestFiling filing;

    @Autowired
    Instruction instruction;

    @Autowired
    MyRequests myRequests;

    @Test
    void agentAndResidentWriteToEachOtherAndNotesStayInternal() throws Exception {
        String tracking = Acting.as("alice", List.of(), () -> TenantContext.call("pantin", () -> filing.file("contacter-elus",
                Map.of("objet", "Marché", "message", "Quels horaires ?", "email", "alice@example.org", "rendez_vous", "non"),
                "alice@example.org", null))).getTrackingNumber();

        Acting.as("agent.pantin", PANTIN_INSTRUCTOR, () -> TenantContext.run("pantin", () -> {
            instruction.write(tracking, "Le marché ouvre à 8 h.", false);
            instruction.write(tracking, "Usagère déjà venue au guichet.", true);
            assertThatThrownBy(() -> instruction.write(tracking, "  ", false))
                    .isInstanceOf(RequestRefusedException.class).hasMessageContaining("Écrivez");
        }));
        assertThat(LocalStack.awaitMailAbout("alice@example.org", tracking + " : un message").text()).contains("Le marché ouvre à 8 h.");

        var seen = Acting.as("alice", List.of(), () -> TenantContext.call("pantin", () -> myRequests.open(tracking))).orElseThrow();
        assertThat(seen.messages()).extracting(RequestMessage::getBody).containsExactly("Le marché ouvre à 8 h.");
        Acting.as("alice", List.of(), () -> TenantContext.run("pantin", () -> myRequests.reply(tracking, "Merci !")));

        List<RequestMessage> all = Acting.as("agent.pantin", PANTIN_INSTRUCTOR,
                () -> TenantContext.call("pantin", () -> instruction.messages(tracking)));
        assertThat(all).extracting(RequestMessage::getBody)
                .containsExactly("Le marché ouvre à 8 h.", "Usagère déjà venue au guichet.", "Merci !");
        assertThat(all.get(1).isInternal()).isTrue();

        assertThat(Acting.as("bruno", List.of(), () -> TenantContext.call("pantin", () -> myRequests.open(tracking)))).isEmpty();
        assertThatThrownBy(() -> Acting.as("bruno", List.of(), () -> TenantContext.run("pantin",
                () -> myRequests.reply(tracking, "Intrus")))).isInstanceOf(RequestRefusedException.class);
        assertThat(Acting.as("alice", List.of(), () -> TenantContext.call("bagnolet", () -> myRequests.open(tracking)))).isEmpty();
    }

}
