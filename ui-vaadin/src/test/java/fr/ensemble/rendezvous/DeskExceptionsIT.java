package fr.ensemble.rendezvous;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.rendezvous.application.DeskExceptions;
import fr.ensemble.rendezvous.domain.AgendaChange;
import fr.ensemble.rendezvous.domain.AgendaException;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.ExceptionKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A desk's exceptions: added, deleted, closures imported from an .ics file in one go; an overlap, with what is
 * there or inside the file, refused in French with nothing imported; Bagnolet's agent changes nothing in Pantin.
 */
@IntegrationTest
class DeskExceptionsIT {

    @Autowired
    DeskExceptions exceptions;

    @Test
    void closuresAreImportedAllOrNothing() throws Exception {
        try (var fixtures = new AgendaFixtures()) {
            AgendaChange training = asPantinAgent(() -> exceptions.add(fixtures.deskId, new AgendaException(
                    LocalDateTime.of(2031, 5, 12, 9, 0), LocalDateTime.of(2031, 5, 12, 12, 0), ExceptionKind.CLOSURE, "Formation")));

            assertThatThrownBy(() -> asPantinAgent(() -> exceptions.importClosures(List.of(fixtures.deskId),
                    ics(event("20310501", "Fête du travail"), event("20310512", "Jour de test")))))
                    .isInstanceOf(AppointmentRefusedException.class)
                    .hasMessageStartingWith("Rien n'a été importé. « Jour de test » (Guichet test) : Cette période chevauche")
                    .hasMessageContaining("« Formation »");
            assertThat(asPantinAgent(() -> exceptions.of(fixtures.deskId))).hasSize(1);
            assertThatThrownBy(() -> asPantinAgent(() -> exceptions.importClosures(List.of(fixtures.deskId),
                    ics(event("20310601", "Un"), event("20310601", "Deux"))))).hasMessageContaining("« Deux »");
            assertThatThrownBy(() -> asPantinAgent(() -> exceptions.importClosures(List.of(fixtures.deskId),
                    new ByteArrayInputStream("pas un calendrier".getBytes(StandardCharsets.UTF_8)))))
                    .hasMessage("Ce fichier n'est pas un calendrier iCalendar (.ics) lisible.");
            assertThat(asPantinAgent(() -> exceptions.of(fixtures.deskId))).hasSize(1);

            assertThat(asPantinAgent(() -> exceptions.importClosures(List.of(fixtures.deskId),
                    ics(event("20310501", "Fête du travail"), event("20310508", "Victoire 1945"))))).isEqualTo(2);
            assertThat(asPantinAgent(() -> exceptions.of(fixtures.deskId))).extracting(change -> change.exception().label())
                    .containsExactly("Fête du travail", "Victoire 1945", "Formation");
            assertThat(asPantinAgent(() -> exceptions.of(fixtures.deskId)).getFirst().exception())
                    .isEqualTo(new AgendaException(LocalDateTime.of(2031, 5, 1, 0, 0), LocalDateTime.of(2031, 5, 2, 0, 0),
                            ExceptionKind.CLOSURE, "Fête du travail"));

            assertThatThrownBy(() -> Acting.as("agent.bagnolet", List.of("bagnolet:agent"), () -> TenantContext.call("pantin",
                    () -> exceptions.of(fixtures.deskId)))).isInstanceOf(AccessDeniedException.class);
            asPantinAgent(() -> {
                exceptions.delete(training.getId());
                return null;
            });
            assertThat(asPantinAgent(() -> exceptions.of(fixtures.deskId))).hasSize(2);
        }
    }

    private static String event(String day, String summary) {
        return "BEGIN:VEVENT\r\nUID:" + day + summary.hashCode() + "@test\r\nDTSTAMP:20300101T000000Z\r\nDTSTART;VALUE=DATE:"
                + day + "\r\nSUMMARY:" + summary + "\r\nEND:VEVENT\r\n";
    }

    private static ByteArrayInputStream ics(String... events) {
        return new ByteArrayInputStream(("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//FR\r\n" + String.join("", events)
                + "END:VCALENDAR\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private static <T> T asPantinAgent(Supplier<T> work) {
        return Acting.as("agent.pantin", List.of("pantin:agent"), () -> TenantContext.call("pantin", work));
    }
}
