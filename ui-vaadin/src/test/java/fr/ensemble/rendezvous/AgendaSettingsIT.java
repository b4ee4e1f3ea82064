package fr.ensemble.rendezvous;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.rendezvous.application.AgendaSettings;
import fr.ensemble.rendezvous.application.OfferedSlot;
import fr.ensemble.rendezvous.application.SlotSearch;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.DeskHours;
import fr.ensemble.rendezvous.domain.WeeklyOpening;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Weekly hours and booking delays set by Pantin's admin change the slots offered; agents alone may not set them. */
@IntegrationTest
class AgendaSettingsIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    AgendaSettings settings;

    @Autowired
    SlotSearch search;

    @Test
    void hoursAndDelaysDecideTheSlotsOffered() throws Exception {
        try (var fixtures = new AgendaFixtures()) {
            LocalDate monday = LocalDate.now(PARIS).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1);
            assertThat(slots(fixtures, monday)).as("no hours, no slot").isEmpty();

            DeskHours morning = asPantinAdmin(() -> settings.addHours(fixtures.deskId,
                    new WeeklyOpening(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))));
            assertThatThrownBy(() -> asPantinAdmin(() -> settings.addHours(fixtures.deskId,
                    new WeeklyOpening(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(13, 0)))))
                    .isInstanceOf(AppointmentRefusedException.class).hasMessageContaining("chevauchent ceux du lundi de 09:00 à 12:00");
            assertThatThrownBy(() -> Acting.as("agent.pantin", List.of("pantin:agent"), () -> TenantContext.call("pantin",
                    () -> settings.addHours(fixtures.deskId, new WeeklyOpening(DayOfWeek.TUESDAY, LocalTime.of(9, 0),
                            LocalTime.of(10, 0)))))).isInstanceOf(AccessDeniedException.class);

            List<OfferedSlot> offered = slots(fixtures, monday);
            assertThat(offered).as("20 minutes every 10 from 9:00 to 11:40").hasSize(17);
            assertThat(offered.getFirst().start()).isEqualTo(monday.atTime(9, 0).atZone(PARIS).toInstant());

            assertThatThrownBy(() -> asPantinAdmin(() -> settings.changeDelays(fixtures.typeId, 0, 400)))
                    .hasMessageContaining("de 1 à 366 jours");
            asPantinAdmin(() -> settings.changeDelays(fixtures.typeId, 0, 1));
            assertThat(slots(fixtures, monday)).as("beyond the maximum advance").isEmpty();
            asPantinAdmin(() -> settings.changeDelays(fixtures.typeId, 0, 60));
            assertThat(slots(fixtures, monday)).hasSize(17);

            asPantinAdmin(() -> {
                settings.deleteHours(morning.getId());
                return null;
            });
            assertThat(slots(fixtures, monday)).isEmpty();
        }
    }

    private List<OfferedSlot> slots(AgendaFixtures fixtures, LocalDate day) {
        return TenantContext.call("pantin", () -> search.search(fixtures.typeSlug, 1, day, day, List.of(fixtures.placeId), 100));
    }

    private static <T> T asPantinAdmin(Supplier<T> work) {
        return Acting.as("admin.pantin", Acting.PANTIN_ADMIN, () -> TenantContext.call("pantin", work));
    }
}
