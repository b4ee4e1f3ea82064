package fr.ensemble.rendezvous;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.rendezvous.application.AgentAgenda;
import fr.ensemble.rendezvous.application.AppointmentManagement;
import fr.ensemble.rendezvous.application.AppointmentRequest;
import fr.ensemble.rendezvous.application.Booking;
import fr.ensemble.rendezvous.application.OfferedSlot;
import fr.ensemble.rendezvous.application.SlotSearch;
import fr.ensemble.rendezvous.domain.Appointment;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Pantin's agenda stays Pantin's: Bagnolet's agent reads nothing of it, whatever the door tried. */
@IntegrationTest
class AgendaIsolationIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final List<String> PANTIN_AGENT = List.of("pantin:agent");
    private static final List<String> BAGNOLET_AGENT = List.of("bagnolet:agent");

    @Autowired
    SlotSearch search;

    @Autowired
    Booking booking;

    @Autowired
    AgentAgenda agenda;

    @Autowired
    AppointmentManagement management;

    @Test
    void bagnoletsAgentSeesNothingOfPantinsAgenda() {
        LocalDate day = LocalDate.now(PARIS).plusDays(20);
        OfferedSlot slot = TenantContext.call("pantin", () -> search.search("passeport-cni", 1, day, day.plusDays(10), null, 1))
                .getFirst();
        Appointment booked = Acting.asSubject(UUID.randomUUID().toString(), List.of(), () -> TenantContext.call("pantin",
                () -> booking.book(new AppointmentRequest("passeport-cni", slot.deskId(), slot.start(), 1, "Iso Lation",
                        "isolation@example.org", null, List.of("IS" + UUID.randomUUID().toString().substring(0, 8)
                                .toUpperCase().replace("-", "0"))))));
        LocalDate bookedDay = slot.start().atZone(PARIS).toLocalDate();

        assertThat(Acting.as("agent.pantin", PANTIN_AGENT, () -> TenantContext.call("pantin",
                () -> agenda.planning(null, bookedDay, bookedDay)))).extracting(Appointment::getReference)
                .contains(booked.getReference());
        assertThatThrownBy(() -> Acting.as("agent.bagnolet", BAGNOLET_AGENT, () -> TenantContext.call("pantin",
                () -> agenda.planning(null, bookedDay, bookedDay)))).isInstanceOf(AccessDeniedException.class);
        assertThat(Acting.as("agent.bagnolet", BAGNOLET_AGENT, () -> TenantContext.call("bagnolet",
                () -> agenda.planning(null, bookedDay, bookedDay)))).extracting(Appointment::getReference)
                .doesNotContain(booked.getReference());
        assertThatThrownBy(() -> TenantContext.call("bagnolet", () -> management.open(booked.getReference(), "forged")))
                .isInstanceOf(AppointmentRefusedException.class);
        assertThat(TenantContext.call("bagnolet", () -> search.search("passeport-cni", 1, bookedDay, bookedDay, null, 500)))
                .as("Bagnolet's slots are Bagnolet's places").allSatisfy(free -> assertThat(free.placeName()).contains("Bagnolet"));
    }
}
