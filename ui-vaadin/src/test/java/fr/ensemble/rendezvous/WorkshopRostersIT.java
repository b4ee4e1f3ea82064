package fr.ensemble.rendezvous;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.rendezvous.application.NewWorkshop;
import fr.ensemble.rendezvous.application.WorkshopRegistrations;
import fr.ensemble.rendezvous.application.WorkshopRosters;
import fr.ensemble.rendezvous.application.WorkshopRosters.FollowedWorkshop;
import fr.ensemble.rendezvous.application.WorkshopRosters.RosterEntry;
import fr.ensemble.rendezvous.application.Workshops;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.AppointmentTypeKind;
import fr.ensemble.rendezvous.domain.PlaceRepository;
import fr.ensemble.rendezvous.domain.Workshop;
import fr.ensemble.rendezvous.domain.WorkshopRegistrationStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * What Pantin's agents read of a workshop against the real database: seats and waiting parties in the list, the
 * registrations in arrival order with the waiting ranks; none of it for Bagnolet's agent or a resident.
 */
@IntegrationTest
class WorkshopRostersIT {

    private static final List<String> PANTIN_AGENT = List.of("pantin:agent");

    @Autowired
    Workshops workshops;

    @Autowired
    WorkshopRegistrations registrations;

    @Autowired
    WorkshopRosters rosters;

    @Autowired
    PlaceRepository places;

    @Test
    void pantinsAgentsSeeSeatsWaitingListsAndRegistrationsInOrder() {
        Workshop workshop = open("Atelier suivi " + UUID.randomUUID(), 3);
        String batch = "roster-" + workshop.getId();
        register(workshop, 2, batch + "-annie@example.org");
        register(workshop, 2, batch + "-bea@example.org");
        register(workshop, 1, batch + "-chloe@example.org");
        register(workshop, 1, batch + "-dom@example.org");

        FollowedWorkshop followed = asPantinsAgent(rosters::recentAndComing).stream()
                .filter(one -> one.listed().workshop().getId().equals(workshop.getId())).findFirst().orElseThrow();
        assertThat(followed.listed().workshop().getSeatsTaken()).isEqualTo(3);
        assertThat(followed.waitingParties()).isEqualTo(2);
        assertThat(followed.started()).isFalse();

        List<RosterEntry> roster = asPantinsAgent(() -> rosters.registrationsOf(workshop.getId()));
        assertThat(roster).extracting(entry -> entry.registration().contact().email()).containsExactly(
                batch + "-annie@example.org", batch + "-bea@example.org", batch + "-chloe@example.org",
                batch + "-dom@example.org");
        assertThat(roster).extracting(entry -> entry.registration().getStatus()).containsExactly(
                WorkshopRegistrationStatus.INSCRIT, WorkshopRegistrationStatus.ATTENTE, WorkshopRegistrationStatus.INSCRIT,
                WorkshopRegistrationStatus.ATTENTE);
        assertThat(roster).extracting(RosterEntry::rank).containsExactly(0, 1, 0, 2);
        assertThat(roster).extracting(entry -> entry.registration().getPeople()).containsExactly(2, 2, 1, 1);
    }

    @Test
    void aWorkshopWithoutRegistrationHasAnEmptyRosterAndAnUnknownOneIsRefusedInFrench() {
        Workshop workshop = open("Atelier vide " + UUID.randomUUID(), 5);
        assertThat(asPantinsAgent(() -> rosters.registrationsOf(workshop.getId()))).isEmpty();
        assertThatThrownBy(() -> asPantinsAgent(() -> rosters.registrationsOf(-1)))
                .isInstanceOf(AppointmentRefusedException.class).hasMessage("Cet atelier n'existe pas.");
    }

    @Test
    void bagnoletsAgentAndResidentsReadNoneOfIt() {
        Workshop workshop = open("Atelier gardé " + UUID.randomUUID(), 5);
        register(workshop, 1, "garde-" + workshop.getId() + "@example.org");

        assertThatThrownBy(() -> Acting.as("agent.bagnolet", List.of("bagnolet:agent"),
                () -> TenantContext.call("pantin", () -> rosters.registrationsOf(workshop.getId()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.as("agent.bagnolet", List.of("bagnolet:agent"),
                () -> TenantContext.call("pantin", rosters::recentAndComing))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.as("alice", List.of(), () -> TenantContext.call("pantin",
                () -> rosters.registrationsOf(workshop.getId())))).isInstanceOf(AccessDeniedException.class);

        List<FollowedWorkshop> bagnolets = Acting.as("agent.bagnolet", List.of("bagnolet:agent"),
                () -> TenantContext.call("bagnolet", rosters::recentAndComing));
        assertThat(bagnolets).noneMatch(one -> one.listed().workshop().getTitle().equals(workshop.getTitle()));
        List<RosterEntry> sameIdInBagnolet;
        try {
            sameIdInBagnolet = Acting.as("agent.bagnolet", List.of("bagnolet:agent"),
                    () -> TenantContext.call("bagnolet", () -> rosters.registrationsOf(workshop.getId())));
        } catch (AppointmentRefusedException noSuchWorkshopInBagnolet) {
            sameIdInBagnolet = List.of();
        }
        assertThat(sameIdInBagnolet).as("Pantin's workshop id read in Bagnolet's schema")
                .noneMatch(entry -> entry.registration().contact().email().equals("garde-" + workshop.getId() + "@example.org"));
    }

    private Workshop open(String title, int capacity) {
        long placeId = TenantContext.call("pantin", () -> places.findAll().getFirst().getId());
        Instant start = Instant.now().plus(Duration.ofDays(20));
        return asPantinsAgent(() -> workshops.create(new NewWorkshop(title, AppointmentTypeKind.AIDE_NUMERIQUE, placeId, start,
                start.plus(Duration.ofHours(2)), capacity, null)));
    }

    private void register(Workshop workshop, int people, String email) {
        Acting.asSubject(UUID.randomUUID().toString(), List.of(), () -> TenantContext.call("pantin",
                () -> registrations.register(workshop.getId(), people, "Résident Suivi", email, null)));
    }

    private static <T> T asPantinsAgent(java.util.function.Supplier<T> work) {
        return Acting.as("agent.pantin", PANTIN_AGENT, () -> TenantContext.call("pantin", work));
    }
}
