package fr.ensemble.rendezvous;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.LocalStack;
import fr.ensemble.rendezvous.application.AgentAppointments;
import fr.ensemble.rendezvous.application.AgentPlanning;
import fr.ensemble.rendezvous.application.AgentPlanning.PlanningEntry;
import fr.ensemble.rendezvous.application.AppointmentRequest;
import fr.ensemble.rendezvous.application.Booking;
import fr.ensemble.rendezvous.application.OfferedSlot;
import fr.ensemble.rendezvous.application.SlotSearch;
import fr.ensemble.rendezvous.domain.Appointment;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.AppointmentStatus;
import fr.ensemble.rendezvous.domain.Desk;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The agents' actions on Pantin's planning against the real stack: booking at the phone with the resident's
 * confirmation mail, cancelling with a message the resident receives (the slot freed), attendance only once the
 * appointment has started, blocks refused over a booking; Bagnolet's agent does none of it in Pantin.
 */
@IntegrationTest
class AgentAppointmentsIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String PASSPORT = "passeport-cni";
    private static final List<String> PANTIN_AGENT = List.of("pantin:agent");
    private static final List<String> BAGNOLET_AGENT = List.of("bagnolet:agent");

    @Autowired
    SlotSearch search;

    @Autowired
    Booking booking;

    @Autowired
    AgentAppointments actions;

    @Autowired
    AgentPlanning planning;

    @Test
    void anAgentBooksAtThePhoneThenCancelsWithAMessageTheResidentReceives() throws Exception {
        OfferedSlot slot = freeSlot(30);
        String email = "telephone-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Appointment booked = asPantinAgent(() -> booking.bookFor(new AppointmentRequest(PASSPORT, slot.deskId(), slot.start(),
                1, "Paul Téléphone", email, "06 12 34 56 78", List.of(number()))));
        assertThat(booked.getBookedBy()).isEqualTo("agent.pantin");
        assertThat(booked.getResidentSubject()).isNull();
        assertThat(LocalStack.awaitMailAbout(email, "Rendez-vous confirmé").text()).contains(booked.getReference());

        LocalDate day = slot.start().atZone(PARIS).toLocalDate();
        List<PlanningEntry> entries = asPantinAgent(() -> planning.entries(slot.placeId(), null, day, day));
        assertThat(entries).filteredOn(entry -> entry.appointment().getReference().equals(booked.getReference()))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.deskName()).isEqualTo(slot.deskName());
                    assertThat(entry.typeLabel()).isNotBlank();
                    assertThat(entry.appointment().getPreApplicationNumbers()).hasSize(1);
                });
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        assertThat(asPantinAgent(() -> planning.entries(slot.placeId(), slot.deskId(), monday, monday.plusDays(6))))
                .as("its desk's week").extracting(entry -> entry.appointment().getReference()).contains(booked.getReference());
        long otherDesk = asPantinAgent(() -> planning.desks(slot.placeId())).stream().map(Desk::getId)
                .filter(id -> id != slot.deskId()).findFirst().orElseThrow();
        assertThat(asPantinAgent(() -> planning.entries(slot.placeId(), otherDesk, monday, monday.plusDays(6))))
                .as("another desk's week").extracting(entry -> entry.appointment().getReference())
                .doesNotContain(booked.getReference());

        assertThatThrownBy(() -> asPantinAgent(() -> actions.cancel(booked.getReference(), "  ")))
                .isInstanceOf(AppointmentRefusedException.class).hasMessageContaining("raison de l'annulation");
        assertThatThrownBy(() -> asPantinAgent(() -> actions.markAttendance(booked.getReference(), false)))
                .hasMessage("Ce rendez-vous n'a pas encore eu lieu.");
        assertThatThrownBy(() -> Acting.as("agent.bagnolet", BAGNOLET_AGENT, () -> TenantContext.call("pantin",
                () -> actions.cancel(booked.getReference(), "Fermeture")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.as("agent.bagnolet", BAGNOLET_AGENT, () -> TenantContext.call("bagnolet",
                () -> actions.cancel(booked.getReference(), "Fermeture")))).hasMessageContaining("n'existe pas dans cette commune");
        assertThat(offered(slot)).as("still booked after the refusals").isFalse();

        asPantinAgent(() -> actions.cancel(booked.getReference(), "Le guichet ferme exceptionnellement ce jour-là."));

        assertThat(offered(slot)).as("free again once cancelled").isTrue();
        var mail = LocalStack.awaitMailAbout(email, "Rendez-vous annulé");
        assertThat(mail.text()).contains(booked.getReference(), "Message du service", "Le guichet ferme exceptionnellement ce jour-là.");
        assertThat(AgendaFixtures.count("SELECT count(*) FROM t_pantin.appointment WHERE reference = '" + booked.getReference()
                + "' AND status = 'ANNULE' AND cancelled_by = 'agent.pantin'")).isEqualTo(1);
    }

    @Test
    void atThePhoneAPhoneNumberMayStandInForTheEmailAddress() throws Exception {
        OfferedSlot slot = freeSlot(46);
        String name = "Sans Courriel " + UUID.randomUUID().toString().substring(0, 6);
        assertThatThrownBy(() -> asPantinAgent(() -> booking.bookFor(new AppointmentRequest(PASSPORT, slot.deskId(),
                slot.start(), 1, name, " ", null, List.of(number()))))).isInstanceOf(AppointmentRefusedException.class)
                .hasMessageContaining("ou au moins son téléphone");
        assertThatThrownBy(() -> Acting.asSubject(UUID.randomUUID().toString(), List.of(), () -> TenantContext.call("pantin",
                () -> booking.book(new AppointmentRequest(PASSPORT, slot.deskId(), slot.start(), 1, name, null,
                        "01 23 45 67 89", List.of(number())))))).hasMessageStartingWith("Indiquez une adresse e-mail valide");
        assertThat(AgendaFixtures.count("SELECT count(*) FROM t_pantin.appointment WHERE contact_name = '" + name + "'")).isZero();

        Appointment booked = asPantinAgent(() -> booking.bookFor(new AppointmentRequest(PASSPORT, slot.deskId(), slot.start(),
                1, name, "", "01 23 45 67 89", List.of(number()))));
        assertThat(booked.contact().email()).isNull();
        assertThat(booked.contact().phone()).isEqualTo("01 23 45 67 89");
        asPantinAgent(() -> actions.cancel(booked.getReference(), "Prévenu par téléphone."));
        assertThat(AgendaFixtures.count("SELECT count(*) FROM t_pantin.outgoing_mail WHERE body LIKE '%"
                + booked.getReference() + "%'")).as("no e-mail without an address").isZero();
        assertThat(offered(slot)).isTrue();
    }

    @Test
    void attendanceIsNotedOnceTheAppointmentHasStarted() throws Exception {
        try (var fixtures = new AgendaFixtures()) {
            Instant earlier = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES);
            String absent = fixtures.appointment(earlier, Duration.ofDays(3), "RESERVE", null, null, "absent@example.org");
            String came = fixtures.appointment(earlier.plus(Duration.ofMinutes(30)), Duration.ofDays(3), "RESERVE", null, null,
                    "venu@example.org");

            assertThat(asPantinAgent(() -> actions.markAttendance(absent, false)).getStatus()).isEqualTo(AppointmentStatus.ABSENT);
            assertThat(asPantinAgent(() -> actions.markAttendance(came, true)).getStatus()).isEqualTo(AppointmentStatus.HONORE);
            assertThat(fixtures.status(absent)).isEqualTo("ABSENT/");
            assertThat(fixtures.status(came)).isEqualTo("HONORE/");
            assertThatThrownBy(() -> asPantinAgent(() -> actions.cancel(came, "Trop tard")))
                    .isInstanceOf(AppointmentRefusedException.class).hasMessageContaining("déjà honoré");
        }
    }

    @Test
    void aBlockIsRefusedOverABookingAndHoldsItsSpanOtherwise() throws Exception {
        OfferedSlot slot = freeSlot(38);
        Appointment booked = asPantinAgent(() -> booking.bookFor(new AppointmentRequest(PASSPORT, slot.deskId(), slot.start(),
                1, "Bloc Test", "bloc-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org", null, List.of(number()))));
        long before = AgendaFixtures.count("SELECT count(*) FROM t_pantin.appointment WHERE kind = 'BLOCAGE'");

        assertThatThrownBy(() -> asPantinAgent(() -> actions.block(slot.deskId(), slot.start().minus(Duration.ofMinutes(30)),
                slot.start().plus(Duration.ofMinutes(10)), "Réunion de service")))
                .isInstanceOf(AppointmentRefusedException.class).hasMessageContaining("chevauche un rendez-vous");
        assertThatThrownBy(() -> asPantinAgent(() -> actions.block(slot.deskId(), slot.end(), slot.end().plusSeconds(3600), " ")))
                .hasMessageContaining("raison du blocage");
        assertThat(AgendaFixtures.count("SELECT count(*) FROM t_pantin.appointment WHERE kind = 'BLOCAGE'")).isEqualTo(before);

        asPantinAgent(() -> actions.cancel(booked.getReference(), "Remplacé par une réunion."));
        Appointment block = asPantinAgent(() -> actions.block(slot.deskId(), slot.start(), slot.end(), "Réunion de service"));
        assertThat(block.isBlock()).isTrue();
        assertThat(offered(slot)).as("a blocked span is not offered").isFalse();
        asPantinAgent(() -> {
            actions.release(block.getReference());
            return null;
        });
        assertThat(offered(slot)).as("offered again once released").isTrue();
    }

    @Test
    void bagnoletsAgentReadsNoneOfPantinsPlanning() {
        assertThatThrownBy(() -> Acting.as("agent.bagnolet", BAGNOLET_AGENT, () -> TenantContext.call("pantin",
                planning::places))).isInstanceOf(AccessDeniedException.class);
        assertThat(Acting.as("agent.bagnolet", BAGNOLET_AGENT, () -> TenantContext.call("bagnolet", planning::places)))
                .allSatisfy(place -> assertThat(place.getName()).doesNotContain("Pantin"));
    }

    /** One of the free slots some days ahead, drawn at random so that reruns and other tests rarely meet it. */
    private OfferedSlot freeSlot(int daysAhead) {
        LocalDate from = LocalDate.now(PARIS).plusDays(daysAhead);
        List<OfferedSlot> free = TenantContext.call("pantin", () -> search.search(PASSPORT, 1, from, from.plusDays(7), null, 200));
        assertThat(free).as("free slots from %s", from).isNotEmpty();
        return free.get(new Random().nextInt(free.size()));
    }

    /** The search offers one desk per place and start, the first by name: this one while it is free. */
    private boolean offered(OfferedSlot slot) {
        LocalDate day = slot.start().atZone(PARIS).toLocalDate();
        return TenantContext.call("pantin", () -> search.search(PASSPORT, 1, day, day, List.of(slot.placeId()), 500)).stream()
                .anyMatch(free -> free.start().equals(slot.start()) && free.deskId() == slot.deskId());
    }

    private static String number() {
        return "AG" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    private static <T> T asPantinAgent(Supplier<T> work) {
        return Acting.as("agent.pantin", PANTIN_AGENT, () -> TenantContext.call("pantin", work));
    }
}
