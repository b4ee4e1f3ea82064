package fr.ensemble.rendezvous.application;

import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.rendezvous.domain.Appointment;
import fr.ensemble.rendezvous.domain.AppointmentRepository;
import fr.ensemble.rendezvous.domain.DeskRepository;
import fr.ensemble.rendezvous.domain.PlaceRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The day before: a reminder e-mail for each appointment, and each workshop seat, starting within 24 hours that was
 * booked earlier than that (a last-minute booking has its confirmation fresh in mind). Each tenant in its own
 * transaction; rows are locked, so two instances never remind twice.
 */
@Service
public class AppointmentReminders {

    private static final Logger log = LoggerFactory.getLogger(AppointmentReminders.class);
    private static final Duration HORIZON = Duration.ofHours(24);

    private final TenantRegistry registry;
    private final AppointmentRepository appointments;
    private final SlotSearch search;
    private final DeskRepository desks;
    private final PlaceRepository places;
    private final AppointmentMails mails;
    private final WorkshopRegistrations workshopRegistrations;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AppointmentReminders(TenantRegistry registry, AppointmentRepository appointments, SlotSearch search, DeskRepository desks,
            PlaceRepository places, AppointmentMails mails, WorkshopRegistrations workshopRegistrations,
            PlatformTransactionManager transactions, Clock clock) {
        this.registry = registry;
        this.appointments = appointments;
        this.search = search;
        this.desks = desks;
        this.places = places;
        this.mails = mails;
        this.workshopRegistrations = workshopRegistrations;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${ensemble.rendezvous.reminder-interval:10m}")
    public void sendDue() {
        for (Tenant tenant : registry.all()) {
            try {
                TenantContext.run(tenant.slug(), () -> transaction.executeWithoutResult(status -> remind(tenant)));
            } catch (RuntimeException e) {
                log.error("Reminders of {}: this round failed, the next one tries again", tenant.slug(), e);
            }
        }
    }

    private void remind(Tenant tenant) {
        Instant now = clock.instant();
        for (Appointment appointment : appointments.dueForReminder(now, now.plus(HORIZON))) {
            mails.reminder(tenant, appointment, search.typeOf(appointment),
                    places.findById(desks.findById(appointment.getDeskId()).orElseThrow().getPlaceId()).orElseThrow());
            appointment.reminded(now);
        }
        workshopRegistrations.remindDue(tenant, now, now.plus(HORIZON));
    }
}
