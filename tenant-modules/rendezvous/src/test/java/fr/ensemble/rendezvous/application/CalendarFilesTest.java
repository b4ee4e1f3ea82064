package fr.ensemble.rendezvous.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ensemble.rendezvous.domain.AgendaException;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.ExceptionKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarFilesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void anAppointmentIsWrittenAsAnEventInUtc() {
        String ics = CalendarFiles.write(List.of(new CalendarFiles.Event("RDV-ABCD2345@pantin.ensemble",
                Instant.parse("2026-11-07T08:00:00Z"), Instant.parse("2026-11-07T08:20:00Z"), "Passeport — Pantin",
                "Hôtel de ville, 45 avenue du Général Leclerc, 93500 Pantin", "Référence RDV-ABCD2345", false)));

        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("VERSION:2.0", "METHOD:PUBLISH", "BEGIN:VEVENT",
                "UID:RDV-ABCD2345@pantin.ensemble", "DTSTART:20261107T080000Z", "DTEND:20261107T082000Z",
                "SUMMARY:Passeport — Pantin").doesNotContain("STATUS:CANCELLED");
        assertThat(CalendarFiles.closures(stream(ics), PARIS)).containsExactly(new AgendaException(
                LocalDateTime.of(2026, 11, 7, 9, 0), LocalDateTime.of(2026, 11, 7, 9, 20), ExceptionKind.CLOSURE,
                "Passeport — Pantin"));
    }

    @Test
    void closuresAreReadFromAllDayAndTimedEvents() {
        String holidays = """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                PRODID:-//Test//Jours feries//FR\r
                BEGIN:VEVENT\r
                UID:noel-2026\r
                DTSTAMP:20260101T000000Z\r
                DTSTART;VALUE=DATE:20261225\r
                SUMMARY:Noël\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                UID:formation\r
                DTSTAMP:20260101T000000Z\r
                DTSTART;TZID=Europe/Paris:20261203T140000\r
                DTEND;TZID=Europe/Paris:20261203T170000\r
                SUMMARY:Formation des agents\r
                END:VEVENT\r
                END:VCALENDAR\r
                """;

        assertThat(CalendarFiles.closures(stream(holidays), PARIS)).containsExactlyInAnyOrder(
                new AgendaException(LocalDateTime.of(2026, 12, 25, 0, 0), LocalDateTime.of(2026, 12, 26, 0, 0),
                        ExceptionKind.CLOSURE, "Noël"),
                new AgendaException(LocalDateTime.of(2026, 12, 3, 14, 0), LocalDateTime.of(2026, 12, 3, 17, 0),
                        ExceptionKind.CLOSURE, "Formation des agents"));
    }

    @Test
    void aFileThatIsNotACalendarIsRefusedInFrench() {
        assertThatThrownBy(() -> CalendarFiles.closures(stream("nom;date\nNoël;25/12"), PARIS))
                .isInstanceOf(AppointmentRefusedException.class)
                .hasMessage("Ce fichier n'est pas un calendrier iCalendar (.ics) lisible.");
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
