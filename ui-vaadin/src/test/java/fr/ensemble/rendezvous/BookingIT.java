package fr.ensemble.rendezvous;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.LocalStack;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.rendezvous.application.AppointmentLinks;
import fr.ensemble.rendezvous.application.AppointmentManagement;
import fr.ensemble.rendezvous.application.AppointmentRequest;
import fr.ensemble.rendezvous.application.Booking;
import fr.ensemble.rendezvous.application.OfferedSlot;
import fr.ensemble.rendezvous.application.SlotSearch;
import fr.ensemble.rendezvous.domain.Appointment;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.SlotTakenException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Booking against the real database: a hundred people racing for ten slots get exactly ten appointments and
 * nothing half-written; bad requests are refused in French with nothing written; cancelling frees the slot.
 */
@IntegrationTest
class BookingIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String PASSPORT = "passeport-cni";

    @Autowired
    SlotSearch search;

    @Autowired
    Booking booking;

    @Autowired
    AppointmentManagement management;

    @Autowired
    AppointmentLinks links;

    @Test
    void aHundredPeopleRacingForTenSlotsGetExactlyTenAppointments() throws Exception {
        List<OfferedSlot> slots = apart(freeSlots("pantin", 40, 200), 10);
        assertThat(slots).hasSize(10);
        String batch = UUID.randomUUID().toString().substring(0, 8);
        List<Callable<String>> racers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            OfferedSlot slot = slots.get(i % 10);
            String email = "course-" + batch + "-" + i + "@example.org";
            racers.add(() -> Acting.asSubject(UUID.randomUUID().toString(), List.of(), () -> TenantContext.call("pantin",
                    () -> booking.book(request(slot, email, "ABCDE" + String.format("%05d", i(email)))).getReference())));
        }

        int won = 0;
        int taken = 0;
        try (var pool = Executors.newFixedThreadPool(20)) {
            for (Future<String> outcome : pool.invokeAll(racers)) {
                try {
                    outcome.get();
                    won++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(SlotTakenException.class)
                            .hasMessageContaining("vient d'être réservé par quelqu'un d'autre");
                    taken++;
                }
            }
        }

        assertThat(won).isEqualTo(10);
        assertThat(taken).isEqualTo(90);
        assertThat(count("SELECT count(*) FROM t_pantin.appointment WHERE contact_email LIKE 'course-" + batch + "-%'"))
                .isEqualTo(10);
        assertThat(count("SELECT count(*) FROM t_pantin.outgoing_mail WHERE recipient LIKE 'course-" + batch + "-%'"))
                .as("a confirmation for each winner, none for the others").isEqualTo(10);
        assertThat(count("""
                SELECT count(*) FROM t_pantin.appointment a JOIN t_pantin.appointment b ON a.desk_id = b.desk_id AND a.id < b.id
                  AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
                WHERE a.status <> 'ANNULE' AND b.status <> 'ANNULE'""")).as("double bookings").isZero();
    }

    @Test
    void badRequestsAreRefusedInFrenchAndWriteNothing() throws Exception {
        OfferedSlot slot = freeSlots("pantin", 30, 1).getFirst();
        String email = "refus-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        assertThatThrownBy(() -> asResident("pantin", () -> booking.book(request(slot, email, "12345"))))
                .isInstanceOf(AppointmentRefusedException.class).hasMessageContaining("« 12345 » n'est pas valide");
        OfferedSlot past = new OfferedSlot(slot.placeId(), slot.placeName(), slot.deskId(), slot.deskName(),
                slot.start().minusSeconds(86_400L * 60), slot.end().minusSeconds(86_400L * 60));
        assertThatThrownBy(() -> asResident("pantin", () -> booking.book(request(past, email, "ABCDE12345"))))
                .isInstanceOf(AppointmentRefusedException.class).hasMessageContaining("est passé");
        OfferedSlot night = new OfferedSlot(slot.placeId(), slot.placeName(), slot.deskId(), slot.deskName(),
                slot.start().atZone(PARIS).withHour(22).withMinute(0).toInstant(), slot.end());
        assertThatThrownBy(() -> asResident("pantin", () -> booking.book(request(night, email, "ABCDE12345"))))
                .isInstanceOf(AppointmentRefusedException.class).hasMessageContaining("Le guichet n'est pas ouvert");
        assertThatThrownBy(() -> TenantContext.call("pantin", () -> booking.book(request(slot, email, "ABCDE12345"))))
                .isInstanceOf(AppointmentRefusedException.class).hasMessageStartingWith("Connectez-vous");
        assertThatThrownBy(() -> asResident("pantin", () -> booking.book(new AppointmentRequest(PASSPORT, slot.deskId(),
                slot.start(), 6, "Alice Martin", email, null, List.of()))))
                .hasMessage("Ce rendez-vous est pris pour 1 à 5 personnes.");

        assertThat(count("SELECT count(*) FROM t_pantin.appointment WHERE contact_email = '" + email + "'")).isZero();
        assertThat(count("SELECT count(*) FROM t_pantin.outgoing_mail WHERE recipient = '" + email + "'")).isZero();
    }

    @Test
    void cancellingFromTheMailsLinkFreesTheSlot() throws Exception {
        OfferedSlot slot = freeSlots("pantin", 35, 1).getFirst();
        String email = "annule-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Appointment booked = asResident("pantin", () -> booking.book(request(slot, email, "ZZ" + UUID.randomUUID()
                .toString().replace("-", "").substring(0, 8).toUpperCase())));
        assertThat(offered("pantin", slot)).as("taken once booked").isFalse();

        String token = links.token("pantin", booked.getReference());
        assertThatThrownBy(() -> TenantContext.run("pantin", () -> management.cancel(booked.getReference(), token + "x")))
                .isInstanceOf(AppointmentRefusedException.class).hasMessageStartingWith("Ce lien de rendez-vous n'est pas valide");
        assertThatThrownBy(() -> TenantContext.run("bagnolet", () -> management.cancel(booked.getReference(), token)))
                .as("a link signed for Pantin opens nothing in Bagnolet").isInstanceOf(AppointmentRefusedException.class);
        TenantContext.run("pantin", () -> management.cancel(booked.getReference(), token));

        assertThat(offered("pantin", slot)).as("free again once cancelled").isTrue();
        var mails = LocalStack.awaitMail(email);
        assertThat(mails.valueStream().map(mail -> mail.path("subject").asString()))
                .anyMatch(subject -> subject.startsWith("Rendez-vous confirmé"));
    }

    /** The search offers one desk per place and start, the first by name: this one while it is free. */
    private boolean offered(String commune, OfferedSlot slot) {
        LocalDate day = slot.start().atZone(PARIS).toLocalDate();
        return TenantContext.call(commune, () -> search.search(PASSPORT, 1, day, day, List.of(slot.placeId()), 500)).stream()
                .anyMatch(free -> free.start().equals(slot.start()) && free.deskId() == slot.deskId());
    }

    private List<OfferedSlot> freeSlots(String commune, int daysAhead, int count) {
        LocalDate from = LocalDate.now(PARIS).plusDays(daysAhead);
        return TenantContext.call(commune, () -> search.search(PASSPORT, 1, from, from.plusDays(14), null, count));
    }

    /** Slots none of which overlaps another of the same desk (consecutive offers of a desk do). */
    private static List<OfferedSlot> apart(List<OfferedSlot> offered, int count) {
        List<OfferedSlot> chosen = new ArrayList<>();
        for (OfferedSlot slot : offered) {
            if (chosen.size() < count && chosen.stream().noneMatch(other -> other.deskId() == slot.deskId()
                    && other.start().isBefore(slot.end()) && slot.start().isBefore(other.end()))) {
                chosen.add(slot);
            }
        }
        return chosen;
    }

    private static <T> T asResident(String commune, java.util.function.Supplier<T> work) {
        return Acting.asSubject(UUID.randomUUID().toString(), List.of(), () -> TenantContext.call(commune, work));
    }

    private static AppointmentRequest request(OfferedSlot slot, String email, String number) {
        return new AppointmentRequest(PASSPORT, slot.deskId(), slot.start(), 1, "Camille Test", email, "01 23 45 67 89",
                List.of(number));
    }

    private static int i(String email) {
        return Math.abs(email.hashCode()) % 100_000;
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = LocalStack.superuser("ensemble");
                var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
