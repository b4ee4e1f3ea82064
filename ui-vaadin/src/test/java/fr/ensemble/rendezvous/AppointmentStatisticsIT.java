package fr.ensemble.rendezvous;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.rendezvous.application.AppointmentStatistics;
import fr.ensemble.rendezvous.application.AppointmentStatistics.Figures;
import fr.ensemble.rendezvous.application.AppointmentStatistics.Row;
import fr.ensemble.rendezvous.application.AppointmentStatisticsCsv;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The figures of a known set of appointments in a week of the past, per type and per place; Pantin's stay Pantin's. */
@IntegrationTest
class AppointmentStatisticsIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    AppointmentStatistics statistics;

    @Test
    void aKnownWeekGivesItsFiguresPerTypeAndPerPlace() throws Exception {
        try (var fixtures = new AgendaFixtures()) {
            LocalDate monday = LocalDate.of(1990 + new Random().nextInt(30), 3, 5);
            Instant nine = monday.atTime(9, 0).atZone(PARIS).toInstant();
            fixtures.appointment(nine, Duration.ofDays(2), "HONORE", null, null, "a@example.org");
            fixtures.appointment(nine.plus(Duration.ofHours(1)), Duration.ofDays(4), "ABSENT", null, null, "b@example.org");
            fixtures.appointment(nine.plus(Duration.ofDays(1)), Duration.ofDays(6), "ANNULE", "usager", null, "c@example.org");
            fixtures.appointment(nine.plus(Duration.ofDays(2)), Duration.ofDays(8), "ANNULE", "agent.pantin", "Fermeture", "d@example.org");
            fixtures.appointment(nine.plus(Duration.ofDays(3)), Duration.ofDays(10), "RESERVE", null, null, "e@example.org");
            fixtures.appointment(nine.plus(Duration.ofDays(3)), Duration.ofDays(1), "ANNULE", "usager", "Déplacé", "f@example.org");
            fixtures.block(nine.plus(Duration.ofDays(4)));
            fixtures.appointment(nine.plus(Duration.ofDays(7)), Duration.ofDays(1), "HONORE", null, null, "g@example.org");

            Figures figures = Acting.as("agent.pantin", List.of("pantin:agent"), () -> TenantContext.call("pantin",
                    () -> statistics.over(monday, monday.plusDays(6))));

            Row expected = new Row(fixtures.typeLabel, 5, 1, 1, 1, 1, Duration.ofDays(6));
            assertThat(figures.perType()).contains(expected);
            assertThat(figures.perPlace()).contains(new Row(fixtures.placeName, 5, 1, 1, 1, 1, Duration.ofDays(6)));
            assertThat(figures.total().bookings()).isGreaterThanOrEqualTo(5);
            assertThat(AppointmentStatisticsCsv.of(figures)).startsWith("\uFEFFregroupement;libellé;rendez-vous;")
                    .contains("\r\ntype;" + fixtures.typeLabel + ";5;1;1;1;1;6,0\r\n", "\r\nlieu;" + fixtures.placeName + ";5;1;1;1;1;6,0\r\n");
        }
    }

    @Test
    void bagnoletSeesNoneOfPantinsFiguresAndAPeriodMustEndAfterItStarts() throws Exception {
        try (var fixtures = new AgendaFixtures()) {
            LocalDate day = LocalDate.of(1985, 6, 3 + new Random().nextInt(20));
            fixtures.appointment(day.atTime(10, 0).atZone(PARIS).toInstant(), Duration.ofDays(1), "HONORE", null, null, "h@example.org");

            assertThatThrownBy(() -> Acting.as("agent.bagnolet", List.of("bagnolet:agent"), () -> TenantContext.call("pantin",
                    () -> statistics.over(day, day)))).isInstanceOf(AccessDeniedException.class);
            Figures bagnolet = Acting.as("agent.bagnolet", List.of("bagnolet:agent"), () -> TenantContext.call("bagnolet",
                    () -> statistics.over(day, day)));
            assertThat(bagnolet.perType()).extracting(Row::label).doesNotContain(fixtures.typeLabel);
            assertThat(bagnolet.perPlace()).extracting(Row::label).doesNotContain(fixtures.placeName);
            assertThatThrownBy(() -> Acting.as("agent.pantin", List.of("pantin:agent"), () -> TenantContext.call("pantin",
                    () -> statistics.over(day, day.minusDays(1))))).isInstanceOf(AppointmentRefusedException.class)
                    .hasMessage("Choisissez une période dont la fin suit le début.");
        }
    }
}
