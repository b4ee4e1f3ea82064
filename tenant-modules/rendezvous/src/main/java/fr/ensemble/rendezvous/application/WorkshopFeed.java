package fr.ensemble.rendezvous.application;

import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.rendezvous.domain.Place;
import fr.ensemble.rendezvous.domain.Workshop;
import fr.ensemble.rendezvous.domain.WorkshopRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public iCalendar feed of a commune's workshops (30 days back to a year ahead): no personal data. */
@Service
public class WorkshopFeed {

    private static final Duration PAST = Duration.ofDays(30);
    private static final Duration AHEAD = Duration.ofDays(366);

    private final WorkshopRepository workshops;
    private final Workshops listing;
    private final TenantRegistry registry;
    private final AppointmentLinks links;
    private final Clock clock;

    WorkshopFeed(WorkshopRepository workshops, Workshops listing, TenantRegistry registry, AppointmentLinks links,
            Clock clock) {
        this.workshops = workshops;
        this.listing = listing;
        this.registry = registry;
        this.links = links;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public String feed() {
        Tenant tenant = registry.require(TenantContext.current().orElseThrow());
        Instant now = clock.instant();
        String bookingPage = links.bookingPageUrl(tenant.slug());
        return CalendarFiles.write(listing.listed(workshops.between(now.minus(PAST), now.plus(AHEAD))).stream()
                .map(listed -> event(tenant, listed.workshop(), listed.place(), bookingPage)).toList());
    }

    static CalendarFiles.Event event(Tenant tenant, Workshop workshop, Place place, String bookingPage) {
        return new CalendarFiles.Event("atelier-" + workshop.getId() + "@" + tenant.slug() + ".ensemble",
                workshop.getStartsAt(), workshop.getEndsAt(), workshop.getTitle() + " — " + tenant.name(),
                place.getName() + ", " + place.fullAddress(),
                (workshop.getDescription() == null ? "" : workshop.getDescription() + "\n\n")
                        + "Inscription sur Ensemble : " + bookingPage, false);
    }
}
