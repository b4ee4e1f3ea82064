package fr.ensemble.rendezvous.application;

import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.rendezvous.application.MeetingPointIds.MeetingPointId;
import fr.ensemble.rendezvous.domain.Appointment;
import fr.ensemble.rendezvous.domain.AppointmentRepository;
import fr.ensemble.rendezvous.domain.AppointmentType;
import fr.ensemble.rendezvous.domain.AppointmentTypeRepository;
import fr.ensemble.rendezvous.domain.DeskRepository;
import fr.ensemble.rendezvous.domain.Place;
import fr.ensemble.rendezvous.domain.PlaceRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the ANTS booking hub reads from the platform, one publisher for every commune: the places each commune
 * publishes, their free slots for the types it publishes, and the appointments made with pre-application numbers.
 * Each commune is read in its own read-only transaction as its own tenant.
 */
@Service
public class AntsMeetingPoints {

    /** Slot times as the hub reads them: local time with its offset, shown to residents as is. */
    static final DateTimeFormatter HUB_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private final TenantRegistry registry;
    private final PlaceRepository places;
    private final AppointmentTypeRepository types;
    private final DeskRepository desks;
    private final AppointmentRepository appointments;
    private final SlotSearch search;
    private final AppointmentLinks links;
    private final TransactionTemplate readOnly;
    private final String publicUrl;

    AntsMeetingPoints(TenantRegistry registry, PlaceRepository places, AppointmentTypeRepository types, DeskRepository desks,
            AppointmentRepository appointments, SlotSearch search, AppointmentLinks links,
            PlatformTransactionManager transactions, @Value("${ensemble.public-url}") String publicUrl) {
        this.registry = registry;
        this.places = places;
        this.types = types;
        this.desks = desks;
        this.appointments = appointments;
        this.search = search;
        this.links = links;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public List<MeetingPoint> managed() {
        List<MeetingPoint> managed = new ArrayList<>();
        for (Tenant commune : registry.communes()) {
            managed.addAll(inTenant(commune.slug(), () -> places.findAllByOrderByName().stream()
                    .filter(Place::isAntsPublished).map(place -> MeetingPoint.of(commune.slug(), place, publicUrl)).toList()));
        }
        return managed;
    }

    /** The ids the hub sent that name no published place of a commune. */
    public List<String> unknown(Collection<String> meetingPointIds) {
        return meetingPointIds.stream().filter(id -> published(id).isEmpty()).toList();
    }

    /**
     * The free slots of each meeting point between two days (both included) for a party, soonest first: those of
     * every type the commune publishes to the hub, one per start.
     */
    public Map<String, List<TimeSlot>> slots(Collection<String> meetingPointIds, LocalDate first, LocalDate last, int people) {
        Map<String, List<TimeSlot>> slots = new LinkedHashMap<>();
        Map<String, List<MeetingPointId>> byCommune = meetingPointIds.stream().distinct().map(this::published)
                .flatMap(Optional::stream).collect(Collectors.groupingBy(MeetingPointId::tenantSlug, LinkedHashMap::new,
                        Collectors.toList()));
        byCommune.forEach((slug, ids) -> slots.putAll(inTenant(slug, () -> slotsIn(slug, ids, first, last, people))));
        return slots;
    }

    /** Each number with the live appointments made with it in any commune (an empty list when none). */
    public Map<String, List<BookedWithNumber>> withNumbers(Collection<String> applicationIds) {
        Map<String, List<BookedWithNumber>> found = new LinkedHashMap<>();
        applicationIds.forEach(id -> found.put(id, new ArrayList<>()));
        String[] numbers = applicationIds.stream().map(id -> id.toUpperCase(java.util.Locale.ROOT)).distinct()
                .toArray(String[]::new);
        for (Tenant commune : registry.communes()) {
            inTenant(commune.slug(), () -> {
                for (Appointment appointment : appointments.withApplicationIds(numbers)) {
                    Place place = places.findById(desks.findById(appointment.getDeskId()).orElseThrow().getPlaceId()).orElseThrow();
                    String url = links.manageUrl(commune.slug(), appointment.getReference());
                    BookedWithNumber booked = new BookedWithNumber(place.getName(), hubTime(appointment.getStartsAt()), url, url);
                    applicationIds.stream().filter(id -> appointment.getPreApplicationNumbers()
                            .contains(id.toUpperCase(java.util.Locale.ROOT))).forEach(id -> found.get(id).add(booked));
                }
                return null;
            });
        }
        return found;
    }

    private Map<String, List<TimeSlot>> slotsIn(String slug, List<MeetingPointId> ids, LocalDate first, LocalDate last,
            int people) {
        List<Long> placeIds = ids.stream().map(MeetingPointId::placeId).toList();
        Map<Long, TreeMap<Instant, TimeSlot>> byPlace = new LinkedHashMap<>();
        placeIds.forEach(id -> byPlace.put(id, new TreeMap<>()));
        for (AppointmentType type : types.findByActiveTrueOrderByLabel()) {
            if (!type.isAntsPublished() || people > type.durations().maxPeople()) {
                continue;
            }
            for (OfferedSlot slot : search.search(type.getSlug(), people, first, last, placeIds, Integer.MAX_VALUE)) {
                byPlace.get(slot.placeId()).putIfAbsent(slot.start(), new TimeSlot(hubTime(slot.start()),
                        callbackUrl(slug, type, people, slot)));
            }
        }
        Map<String, List<TimeSlot>> slots = new LinkedHashMap<>();
        byPlace.forEach((placeId, found) -> slots.put(MeetingPointIds.of(slug, placeId), List.copyOf(found.values())));
        return slots;
    }

    private String callbackUrl(String slug, AppointmentType type, int people, OfferedSlot slot) {
        return publicUrl + "/" + slug + "/rendez-vous?type=" + type.getSlug() + "&personnes=" + people + "&lieu="
                + slot.placeId() + "&jour=" + slot.start().atZone(Agendas.ZONE).toLocalDate();
    }

    private Optional<MeetingPointId> published(String id) {
        return MeetingPointIds.parse(id).filter(parsed -> registry.find(parsed.tenantSlug()).filter(Tenant::isCommune)
                .isPresent() && inTenant(parsed.tenantSlug(), () -> places.findById(parsed.placeId())
                .filter(Place::isAntsPublished).isPresent()));
    }

    private <T> T inTenant(String slug, java.util.function.Supplier<T> work) {
        return TenantContext.call(slug, () -> readOnly.execute(status -> work.get()));
    }

    static String hubTime(Instant instant) {
        return HUB_DATE_TIME.format(instant.atZone(Agendas.ZONE));
    }

    /** A place as the hub lists it. */
    public record MeetingPoint(String id, String name, Double longitude, Double latitude, String publicEntryAddress,
            String zipCode, String cityName, String website) {

        static MeetingPoint of(String slug, Place place, String publicUrl) {
            return new MeetingPoint(MeetingPointIds.of(slug, place.getId()), place.getName(), place.getLongitude(),
                    place.getLatitude(), place.getAddress(), place.getPostalCode(), place.getCity(),
                    publicUrl + "/" + slug + "/rendez-vous");
        }
    }

    /** A free slot as the hub shows it, with the page where the resident books it. */
    public record TimeSlot(String datetime, String callbackUrl) {
    }

    /** An appointment made with a pre-application number, as the hub shows it. */
    public record BookedWithNumber(String meetingPoint, String datetime, String managementUrl, String cancelUrl) {
    }
}
