package fr.ensemble.rendezvous.application;

import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.rendezvous.domain.Appointment;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.AppointmentRepository;
import fr.ensemble.rendezvous.domain.AppointmentStatus;
import fr.ensemble.rendezvous.domain.AppointmentType;
import fr.ensemble.rendezvous.domain.AppointmentTypeRepository;
import fr.ensemble.rendezvous.domain.Desk;
import fr.ensemble.rendezvous.domain.DeskRepository;
import fr.ensemble.rendezvous.domain.Place;
import fr.ensemble.rendezvous.domain.PlaceRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The private iCalendar feed of a desk's planning, read by whoever holds its secret link (an agent's calendar
 * application subscribes to it): the desk's appointments from 30 days ago to 90 days ahead, cancelled ones kept
 * with STATUS:CANCELLED so that subscribed calendars drop them. Agents of the commune get and regenerate the link.
 */
@Service
public class DeskFeeds {

    static final Duration PAST = Duration.ofDays(30);
    static final Duration AHEAD = Duration.ofDays(90);

    private final DeskRepository desks;
    private final PlaceRepository places;
    private final AppointmentRepository appointments;
    private final AppointmentTypeRepository types;
    private final TenantRegistry registry;
    private final String publicUrl;
    private final Clock clock;

    DeskFeeds(DeskRepository desks, PlaceRepository places, AppointmentRepository appointments,
            AppointmentTypeRepository types, TenantRegistry registry, @Value("${ensemble.public-url}") String publicUrl,
            Clock clock) {
        this.desks = desks;
        this.places = places;
        this.appointments = appointments;
        this.types = types;
        this.registry = registry;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.clock = clock;
    }

    /** The feed of the current tenant's desk holding this secret, or empty when none does. */
    @Transactional(readOnly = true)
    public Optional<String> feed(String token) {
        return desks.findByFeedToken(token).map(this::feedOf);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@communeAccess.canWorkInCurrentTenant(authentication, 'agent')")
    public String feedUrl(long deskId) {
        return urlOf(desk(deskId));
    }

    /** A new secret for the desk: the old link answers 404 from now on. */
    @Transactional
    @PreAuthorize("@communeAccess.canWorkInCurrentTenant(authentication, 'agent')")
    public String regenerate(long deskId) {
        Desk desk = desk(deskId);
        desk.replaceFeedToken(FeedTokens.next());
        return urlOf(desks.saveAndFlush(desk));
    }

    private String feedOf(Desk desk) {
        Tenant tenant = tenant();
        Place place = places.findById(desk.getPlaceId()).orElseThrow();
        Instant now = clock.instant();
        List<Appointment> booked = appointments.planning(List.of(desk.getId()), now.minus(PAST), now.plus(AHEAD)).stream()
                .filter(appointment -> !appointment.isBlock()).toList();
        Map<Long, AppointmentType> typesById = types.findAllById(booked.stream().map(Appointment::getTypeId).distinct().toList())
                .stream().collect(Collectors.toMap(AppointmentType::getId, Function.identity()));
        return CalendarFiles.write(booked.stream().map(appointment -> event(tenant, appointment,
                typesById.get(appointment.getTypeId()), place)).toList());
    }

    private static CalendarFiles.Event event(Tenant tenant, Appointment appointment, AppointmentType type, Place place) {
        int people = appointment.getPeople();
        return new CalendarFiles.Event(appointment.getReference() + "@" + tenant.slug() + ".ensemble",
                appointment.getStartsAt(), appointment.getEndsAt(),
                type.getLabel() + " — " + people + (people > 1 ? " personnes" : " personne") + " — "
                        + appointment.contact().name(),
                place.getName(),
                "Référence " + appointment.getReference()
                        + (appointment.contact().phone() == null ? "" : ". Téléphone : " + appointment.contact().phone()),
                appointment.getStatus() == AppointmentStatus.ANNULE);
    }

    private Desk desk(long deskId) {
        return desks.findById(deskId).orElseThrow(() -> new AppointmentRefusedException("Ce guichet n'existe pas."));
    }

    private String urlOf(Desk desk) {
        return publicUrl + "/api/v1/" + tenant().slug() + "/rendez-vous/flux/guichet/" + desk.getFeedToken() + ".ics";
    }

    private Tenant tenant() {
        return registry.require(TenantContext.current().orElseThrow());
    }
}
