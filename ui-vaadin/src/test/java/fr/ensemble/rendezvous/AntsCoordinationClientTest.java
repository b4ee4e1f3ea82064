package fr.ensemble.rendezvous;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ensemble.rendezvous.ants.AntsCoordinationClient;
import fr.ensemble.rendezvous.ants.AntsUnavailableException;
import fr.ensemble.rendezvous.ants.ApplicationStatus;
import fr.ensemble.rendezvous.ants.DeclaredAppointment;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The anti-duplicate client against the stand-in: the calls' methods, paths, field names, header and answers. */
class AntsCoordinationClientTest {

    private static final String TOKEN = "opt-token";
    private static final DeclaredAppointment APPOINTMENT = new DeclaredAppointment("AB12345678",
            "Hôtel de ville de Pantin — Formalités", "pantin-1", "2026-03-29 09:30:00",
            "https://ensemble.example/pantin/rendez-vous/gerer/R-1?jeton=x+y/z");

    private AntsCoordinationStandIn standIn;
    private AntsCoordinationClient client;

    @BeforeEach
    void start() throws Exception {
        standIn = AntsCoordinationStandIn.start(0, TOKEN);
        client = client(TOKEN);
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void declaresAnAppointmentWithTheFieldsOfTheContractAndReadsItBackInTheStatus() {
        client.declare(APPOINTMENT);

        AntsCoordinationStandIn.Call call = standIn.calls().getLast();
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.path()).isEqualTo("/api/appointments");
        assertThat(call.token()).isEqualTo(TOKEN);
        assertThat(call.query()).containsOnlyKeys(AntsCoordinationStandIn.APPOINTMENT_FIELDS);
        assertThat(call.first("meeting_point")).isEqualTo("Hôtel de ville de Pantin — Formalités");
        assertThat(call.first("appointment_date")).isEqualTo("2026-03-29 09:30:00");
        assertThat(call.first("management_url")).isEqualTo(APPOINTMENT.managementUrl());

        Map<String, ApplicationStatus> statuses = client.status(List.of("AB12345678", "ZZ99999999"));
        assertThat(standIn.calls().getLast().all("application_ids")).containsExactly("AB12345678", "ZZ99999999");
        assertThat(statuses.get("AB12345678").status()).isEqualTo("validated");
        assertThat(statuses.get("AB12345678").appointments()).containsExactly(APPOINTMENT);
        assertThat(statuses.get("ZZ99999999").appointments()).isEmpty();
    }

    @Test
    void deletesWithTheIdentifyingFieldsOnlyAndToleratesWhatIsAlreadyGone() {
        client.declare(APPOINTMENT);
        client.delete(APPOINTMENT);

        AntsCoordinationStandIn.Call call = standIn.calls().getLast();
        assertThat(call.method()).isEqualTo("DELETE");
        assertThat(call.query()).containsOnlyKeys("application_id", "meeting_point", "meeting_point_id", "appointment_date");
        assertThat(standIn.appointmentsOf("AB12345678")).isEmpty();
        client.delete(APPOINTMENT);
    }

    @Test
    void aConsumedNumberIsReadAsSuch() {
        standIn.status("AB12345678", ApplicationStatus.CONSUMED);
        assertThat(client.status(List.of("AB12345678")).get("AB12345678").isConsumed()).isTrue();
    }

    @Test
    void aRefusedTokenOrAnOutageIsAnErrorThatSaysWhy() {
        assertThatThrownBy(() -> client("wrong").declare(APPOINTMENT)).isInstanceOf(AntsUnavailableException.class)
                .hasMessageContaining("code 401").hasMessageContaining("X-RDV-OPT-AUTH-TOKEN header invalid");
        standIn.down(true);
        assertThatThrownBy(() -> client.status(List.of("AB12345678"))).isInstanceOf(AntsUnavailableException.class)
                .hasMessageContaining("code 503");
        standIn.close();
        assertThatThrownBy(() -> client.declare(APPOINTMENT)).isInstanceOf(AntsUnavailableException.class);
        assertThat(standIn.appointmentsOf("AB12345678")).isEmpty();
    }

    @Test
    void withoutAUrlTheClientIsOff() {
        var off = new AntsCoordinationClient("", "", Duration.ofSeconds(1), JsonMapper.builder().build());
        assertThat(off.enabled()).isFalse();
        assertThatThrownBy(() -> off.declare(APPOINTMENT)).isInstanceOf(AntsUnavailableException.class);
    }

    private AntsCoordinationClient client(String token) {
        return new AntsCoordinationClient(standIn.baseUrl(), token, Duration.ofSeconds(2), JsonMapper.builder().build());
    }
}
