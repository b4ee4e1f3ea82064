package fr.ensemble.rendezvous.application;

import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.AppointmentType;
import fr.ensemble.rendezvous.domain.AppointmentTypeRepository;
import fr.ensemble.rendezvous.domain.Desk;
import fr.ensemble.rendezvous.domain.DeskRepository;
import fr.ensemble.rendezvous.domain.Place;
import fr.ensemble.rendezvous.domain.PlaceRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's places, desks and appointment types, as its admins set them up. Nothing is ever deleted
 * here: a desk or a type that people booked keeps its appointments and is deactivated instead, which takes it out
 * of the slots offered.
 */
@Service
@PreAuthorize("@communeAccess.canWorkInCurrentTenant(authentication, 'admin')")
public class AgendaSetup {

    private final PlaceRepository places;
    private final DeskRepository desks;
    private final AppointmentTypeRepository types;

    AgendaSetup(PlaceRepository places, DeskRepository desks, AppointmentTypeRepository types) {
        this.places = places;
        this.desks = desks;
        this.types = types;
    }

    @Transactional(readOnly = true)
    public List<Place> places() {
        return places.findAllByOrderByName();
    }

    @Transactional
    public Place createPlace(PlaceForm form) {
        var place = new Place(uniqueSlug(Texts.slugOf(form.name(), "lieu"), slug -> places.findBySlug(slug).isPresent()),
                form.name(), form.address(), form.postalCode(), form.city(), form.longitude(), form.latitude(),
                form.accessibility(), null, form.antsPublished());
        return places.save(place);
    }

    @Transactional
    public Place editPlace(long placeId, PlaceForm form) {
        Place place = place(placeId);
        place.describe(form.name(), form.address(), form.postalCode(), form.city(), form.longitude(), form.latitude(),
                form.accessibility(), form.antsPublished());
        return place;
    }

    /** Every desk of the place, inactive ones included. */
    @Transactional(readOnly = true)
    public List<Desk> desks(long placeId) {
        return desks.findByPlaceIdOrderByName(placeId);
    }

    @Transactional
    public Desk createDesk(long placeId, String name, Set<Long> typeIds) {
        place(placeId);
        String deskName = deskName(placeId, null, name);
        return desks.save(new Desk(placeId, deskName, FeedTokens.next(), knownTypes(typeIds)));
    }

    @Transactional
    public Desk editDesk(long deskId, String name, boolean active, Set<Long> typeIds) {
        Desk desk = desks.findById(deskId).orElseThrow(() -> new AppointmentRefusedException("Ce guichet n'existe pas."));
        desk.rename(deskName(desk.getPlaceId(), deskId, name));
        desk.serve(knownTypes(typeIds));
        desk.setActive(active);
        return desk;
    }

    /** Every type, inactive ones included, by label. */
    @Transactional(readOnly = true)
    public List<AppointmentType> types() {
        return types.findAll().stream().sorted(Comparator.comparing(AppointmentType::getLabel)).toList();
    }

    @Transactional
    public AppointmentType createType(TypeForm form) {
        var type = new AppointmentType(uniqueSlug(Texts.slugOf(form.label(), "rendez-vous"),
                slug -> types.findBySlug(slug).isPresent()), form.label(), form.kind(), form.durations(), form.window(),
                form.documents());
        type.describe(form.label(), form.kind(), form.documents(), form.antsPublished(), form.active());
        return types.save(type);
    }

    @Transactional
    public AppointmentType editType(long typeId, TypeForm form) {
        AppointmentType type = types.findById(typeId)
                .orElseThrow(() -> new AppointmentRefusedException("Ce type de rendez-vous n'existe pas."));
        type.change(form.durations(), form.window());
        type.describe(form.label(), form.kind(), form.documents(), form.antsPublished(), form.active());
        return type;
    }

    private Place place(long placeId) {
        return places.findById(placeId).orElseThrow(() -> new AppointmentRefusedException("Ce lieu n'existe pas."));
    }

    private String deskName(long placeId, Long deskId, String name) {
        String deskName = Texts.required(name, 100, "Indiquez le nom du guichet (100 caractères au plus).");
        boolean taken = desks.findByPlaceIdOrderByName(placeId).stream()
                .anyMatch(other -> !other.getId().equals(deskId) && other.getName().equalsIgnoreCase(deskName));
        if (taken) {
            throw new AppointmentRefusedException("Ce lieu a déjà un guichet nommé « " + deskName + " ».");
        }
        return deskName;
    }

    private Set<Long> knownTypes(Set<Long> typeIds) {
        if (types.findAllById(typeIds).size() != typeIds.size()) {
            throw new AppointmentRefusedException("Un des types de rendez-vous choisis n'existe pas.");
        }
        return Set.copyOf(typeIds);
    }

    private static String uniqueSlug(String base, Predicate<String> taken) {
        String slug = base;
        for (int rank = 2; taken.test(slug); rank++) {
            slug = base + "-" + rank;
        }
        return slug;
    }
}
