package fr.ensemble.rendezvous.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotFinderTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final BookingWindow TWO_HOURS_TO_SIXTY_DAYS = new BookingWindow(Duration.ofHours(2), Duration.ofDays(60));
    private static final PartyDurations PASSPORT = new PartyDurations(20, 10, 5);
    /** Monday 2 November 2026, 8:00 in Pantin. */
    private static final Instant MONDAY_MORNING = paris(2026, 11, 2, 8, 0);

    private final DeskCalendar mornings = new DeskCalendar(List.of(
            new WeeklyOpening(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
            new WeeklyOpening(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))), List.of(), PARIS);

    @Test
    void slotsFollowTheDesksWeeklyHoursOnTheTypesGrid() {
        List<Slot> slots = free(mornings, List.of(), PASSPORT.forPeople(1), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 8));

        // Monday from 10:00 (two hours' notice) and Saturday from 9:00, every 10 minutes, the last ending at 12:00.
        assertThat(slots).first().extracting(Slot::start).isEqualTo(paris(2026, 11, 2, 10, 0));
        assertThat(startsOn(slots, LocalDate.of(2026, 11, 2))).hasSize(11).last().isEqualTo(LocalTime.of(11, 40));
        assertThat(startsOn(slots, LocalDate.of(2026, 11, 7))).hasSize(17)
                .startsWith(LocalTime.of(9, 0), LocalTime.of(9, 10)).last().isEqualTo(LocalTime.of(11, 40));
        assertThat(startsOn(slots, LocalDate.of(2026, 11, 4))).isEmpty();
    }

    @Test
    void aLargerPartyNeedsALongerSlot() {
        assertThat(PASSPORT.forPeople(1)).isEqualTo(Duration.ofMinutes(20));
        assertThat(PASSPORT.forPeople(4)).isEqualTo(Duration.ofMinutes(50));
        assertThat(PASSPORT.step()).isEqualTo(Duration.ofMinutes(10));
        List<Slot> slots = free(mornings, List.of(), PASSPORT.forPeople(4), LocalDate.of(2026, 11, 7), LocalDate.of(2026, 11, 7));

        assertThat(slots).hasSize(14).allSatisfy(slot -> assertThat(slot.span().length()).hasMinutes(50));
        assertThat(startsOn(slots, LocalDate.of(2026, 11, 7)).getLast()).isEqualTo(LocalTime.of(11, 10));
        assertThatThrownBy(() -> PASSPORT.forPeople(6)).isInstanceOf(AppointmentRefusedException.class)
                .hasMessage("Ce rendez-vous est pris pour 1 à 5 personnes.");
        assertThatThrownBy(() -> PASSPORT.forPeople(0)).isInstanceOf(AppointmentRefusedException.class);
        assertThatThrownBy(() -> new PartyDurations(30, 0, 1).forPeople(2))
                .hasMessage("Ce rendez-vous est individuel : une seule personne.");
    }

    @Test
    void bookedAndBlockedSpansAreNotOffered() {
        List<TimeSpan> busy = List.of(new TimeSpan(paris(2026, 11, 7, 9, 0), paris(2026, 11, 7, 9, 20)),
                new TimeSpan(paris(2026, 11, 7, 10, 5), paris(2026, 11, 7, 11, 0)));

        List<Slot> slots = free(mornings, busy, PASSPORT.forPeople(1), LocalDate.of(2026, 11, 7), LocalDate.of(2026, 11, 7));

        assertThat(startsOn(slots, LocalDate.of(2026, 11, 7))).containsExactly(LocalTime.of(9, 20), LocalTime.of(9, 30),
                LocalTime.of(9, 40), LocalTime.of(11, 0), LocalTime.of(11, 10), LocalTime.of(11, 20), LocalTime.of(11, 30),
                LocalTime.of(11, 40));
    }

    @Test
    void closuresRemoveHoursAndExtraOpeningsAddSome() {
        DeskCalendar calendar = new DeskCalendar(mornings.weekly(), List.of(
                new AgendaException(LocalDateTime.of(2026, 11, 9, 0, 0), LocalDateTime.of(2026, 11, 10, 0, 0),
                        ExceptionKind.CLOSURE, "Formation des agents"),
                new AgendaException(LocalDateTime.of(2026, 11, 14, 10, 0), LocalDateTime.of(2026, 11, 14, 11, 0),
                        ExceptionKind.CLOSURE, "Réunion"),
                new AgendaException(LocalDateTime.of(2026, 11, 12, 14, 0), LocalDateTime.of(2026, 11, 12, 15, 0),
                        ExceptionKind.OPENING, "Nocturne passeports")), PARIS);

        List<Slot> slots = free(calendar, List.of(), PASSPORT.forPeople(1), LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 14));

        assertThat(startsOn(slots, LocalDate.of(2026, 11, 9))).isEmpty();
        assertThat(startsOn(slots, LocalDate.of(2026, 11, 12))).containsExactly(LocalTime.of(14, 0), LocalTime.of(14, 10),
                LocalTime.of(14, 20), LocalTime.of(14, 30), LocalTime.of(14, 40));
        assertThat(startsOn(slots, LocalDate.of(2026, 11, 14))).hasSize(10)
                .contains(LocalTime.of(9, 40), LocalTime.of(11, 0)).doesNotContain(LocalTime.of(9, 50), LocalTime.of(10, 30));
    }

    @Test
    void overlappingExceptionsAreRefusedWithTheOtherOneNamed() {
        var closure = new AgendaException(LocalDateTime.of(2026, 12, 24, 12, 0), LocalDateTime.of(2026, 12, 26, 0, 0),
                ExceptionKind.CLOSURE, "Noël");
        var opening = new AgendaException(LocalDateTime.of(2026, 12, 25, 9, 0), LocalDateTime.of(2026, 12, 25, 12, 0),
                ExceptionKind.OPENING, "Permanence");
        var after = new AgendaException(LocalDateTime.of(2026, 12, 26, 0, 0), LocalDateTime.of(2026, 12, 26, 12, 0),
                ExceptionKind.OPENING, "Lendemain");

        assertThatThrownBy(() -> opening.checkFitsWith(List.of(closure))).isInstanceOf(AppointmentRefusedException.class)
                .hasMessage("Cette période chevauche une exception déjà saisie : fermeture « Noël » du 24 décembre 2026 "
                        + "à 12h00 au 26 décembre 2026 à 0h00.");
        after.checkFitsWith(List.of(closure));
        assertThatThrownBy(() -> new AgendaException(LocalDateTime.of(2026, 12, 26, 0, 0), LocalDateTime.of(2026, 12, 25, 0, 0),
                ExceptionKind.CLOSURE, "À l'envers")).isInstanceOf(AppointmentRefusedException.class);
    }

    @Test
    void theDeskOpensAtNineOnBothSidesOfTheSpringClockChange() {
        // Clocks go forward on Sunday 28 March 2027 at 2:00 (UTC+1 to UTC+2).
        List<Slot> slots = free(mornings, List.of(), PASSPORT.forPeople(1), LocalDate.of(2027, 3, 27), LocalDate.of(2027, 3, 29),
                paris(2027, 3, 20, 8, 0));

        assertThat(startsOn(slots, LocalDate.of(2027, 3, 27)).getFirst()).isEqualTo(LocalTime.of(9, 0));
        assertThat(startsOn(slots, LocalDate.of(2027, 3, 29)).getFirst()).isEqualTo(LocalTime.of(9, 0));
        assertThat(slots.getFirst().start()).isEqualTo(Instant.parse("2027-03-27T08:00:00Z"));
        assertThat(startsOn(slots, LocalDate.of(2027, 3, 29)).size()).isEqualTo(startsOn(slots, LocalDate.of(2027, 3, 27)).size());
        assertThat(slots.stream().filter(slot -> slot.start().equals(Instant.parse("2027-03-29T07:00:00Z")))).hasSize(1);
    }

    @Test
    void aNightOpeningAcrossTheClockChangeLastsTheHoursThatReallyPass() {
        PartyDurations hour = new PartyDurations(60, 0, 1);
        var spring = new DeskCalendar(List.of(), List.of(new AgendaException(LocalDateTime.of(2027, 3, 28, 1, 0),
                LocalDateTime.of(2027, 3, 28, 5, 0), ExceptionKind.OPENING, "Nuit")), PARIS);
        var autumn = new DeskCalendar(List.of(), List.of(new AgendaException(LocalDateTime.of(2026, 10, 25, 1, 0),
                LocalDateTime.of(2026, 10, 25, 5, 0), ExceptionKind.OPENING, "Nuit")), PARIS);

        List<Slot> short_ = SlotFinder.free(7, spring.openBetween(LocalDate.of(2027, 3, 28), LocalDate.of(2027, 3, 28)),
                List.of(), hour.forPeople(1), hour.step(), TWO_HOURS_TO_SIXTY_DAYS.at(paris(2027, 3, 20, 8, 0)));
        List<Slot> long_ = SlotFinder.free(7, autumn.openBetween(LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 25)),
                List.of(), hour.forPeople(1), hour.step(), TWO_HOURS_TO_SIXTY_DAYS.at(paris(2026, 10, 20, 8, 0)));

        // 1:00 to 5:00 local is three hours in spring (2:00 does not exist) and five in autumn (2:00 comes twice).
        assertThat(startsOn(short_, LocalDate.of(2027, 3, 28))).containsExactly(LocalTime.of(1, 0), LocalTime.of(3, 0),
                LocalTime.of(4, 0));
        assertThat(long_).hasSize(5);
        assertThat(startsOn(long_, LocalDate.of(2026, 10, 25))).containsExactly(LocalTime.of(1, 0), LocalTime.of(2, 0),
                LocalTime.of(2, 0), LocalTime.of(3, 0), LocalTime.of(4, 0));
    }

    @Test
    void theBookingWindowKeepsTheMinimumNoticeAndTheMaximumAdvance() {
        var daily = new DeskCalendar(java.util.Arrays.stream(DayOfWeek.values())
                .map(day -> new WeeklyOpening(day, LocalTime.of(9, 0), LocalTime.of(10, 0))).toList(), List.of(), PARIS);
        var window = new BookingWindow(Duration.ofHours(24), Duration.ofDays(7));

        List<Slot> slots = SlotFinder.free(1, daily.openBetween(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)),
                List.of(), Duration.ofMinutes(30), Duration.ofMinutes(30), window.at(MONDAY_MORNING));

        assertThat(slots.getFirst().start()).isEqualTo(paris(2026, 11, 3, 9, 0));
        assertThat(slots.getLast().start()).isEqualTo(paris(2026, 11, 8, 9, 30));
        assertThat(slots).hasSize(12);
        assertThatThrownBy(() -> new BookingWindow(Duration.ofDays(3), Duration.ofDays(2)))
                .isInstanceOf(AppointmentRefusedException.class);
    }

    @Test
    void aWantedStartIsCheckedWithTheReasonInFrench() {
        Duration twenty = PASSPORT.forPeople(1);
        List<TimeSpan> open = mornings.openBetween(LocalDate.of(2026, 10, 1), LocalDate.of(2027, 2, 1));
        List<TimeSpan> busy = List.of(new TimeSpan(paris(2026, 11, 7, 9, 0), paris(2026, 11, 7, 9, 20)));

        assertThat(check(paris(2026, 11, 7, 9, 20), open, busy, twenty).span())
                .isEqualTo(new TimeSpan(paris(2026, 11, 7, 9, 20), paris(2026, 11, 7, 9, 40)));
        assertThatThrownBy(() -> check(paris(2026, 10, 31, 9, 0), open, busy, twenty))
                .hasMessage("Ce créneau (samedi 31 octobre à 9h00) est passé : choisissez-en un autre.");
        assertThatThrownBy(() -> check(paris(2026, 11, 2, 9, 30), open, busy, twenty))
                .hasMessage("Ce créneau est trop proche : un rendez-vous se prend au moins 2 heures à l'avance.");
        assertThatThrownBy(() -> check(paris(2027, 1, 9, 9, 0), open, busy, twenty))
                .hasMessage("Ce créneau est trop lointain : un rendez-vous se prend au plus 60 jours à l'avance.");
        assertThatThrownBy(() -> check(paris(2026, 11, 7, 11, 50), open, busy, twenty))
                .hasMessage("Le guichet n'est pas ouvert samedi 7 novembre à 11h50 pour un rendez-vous de 20 minutes.");
        assertThatThrownBy(() -> check(paris(2026, 11, 4, 9, 0), open, busy, twenty))
                .hasMessageStartingWith("Le guichet n'est pas ouvert mercredi 4 novembre");
        assertThatThrownBy(() -> check(paris(2026, 11, 7, 9, 25), open, busy, twenty))
                .hasMessage("Les rendez-vous de ce guichet commencent toutes les 10 minutes : choisissez un créneau proposé.");
        assertThatThrownBy(() -> check(paris(2026, 11, 7, 9, 10), open, busy, twenty))
                .isInstanceOf(SlotTakenException.class)
                .hasMessage("Le créneau du samedi 7 novembre à 9h10 vient d'être réservé par quelqu'un d'autre : "
                        + "choisissez-en un autre.");
    }

    private static Slot check(Instant start, List<TimeSpan> open, List<TimeSpan> busy, Duration length) {
        return SlotFinder.check(1, start, open, busy, length, PASSPORT.step(), TWO_HOURS_TO_SIXTY_DAYS, MONDAY_MORNING, PARIS);
    }

    private static List<Slot> free(DeskCalendar calendar, List<TimeSpan> busy, Duration length, LocalDate first, LocalDate last) {
        return free(calendar, busy, length, first, last, MONDAY_MORNING);
    }

    private static List<Slot> free(DeskCalendar calendar, List<TimeSpan> busy, Duration length, LocalDate first,
            LocalDate last, Instant now) {
        return SlotFinder.free(7, calendar.openBetween(first, last), busy, length, PASSPORT.step(),
                TWO_HOURS_TO_SIXTY_DAYS.at(now));
    }

    private static List<LocalTime> startsOn(List<Slot> slots, LocalDate day) {
        return slots.stream().map(slot -> slot.start().atZone(PARIS)).filter(start -> start.toLocalDate().equals(day))
                .map(ZonedDateTime::toLocalTime).toList();
    }

    private static Instant paris(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(PARIS).toInstant();
    }
}
