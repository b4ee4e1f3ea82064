package fr.ensemble.rendezvous.application;

import fr.ensemble.core.identity.resident.ResidentActivity;
import fr.ensemble.core.identity.resident.ResidentActivitySource;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.rendezvous.domain.Workshop;
import fr.ensemble.rendezvous.domain.WorkshopRegistrationRepository;
import fr.ensemble.rendezvous.domain.WorkshopRepository;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** "Mon compte" lists a resident's workshop registrations in every tenant; an account deletion anonymises them. */
@Component
class ResidentWorkshops implements ResidentActivitySource {

    private static final String KIND = "Atelier";

    private final TenantRegistry registry;
    private final WorkshopRegistrationRepository registrations;
    private final WorkshopRepository workshops;
    private final TransactionTemplate transaction;

    ResidentWorkshops(TenantRegistry registry, WorkshopRegistrationRepository registrations, WorkshopRepository workshops,
            PlatformTransactionManager transactions) {
        this.registry = registry;
        this.registrations = registrations;
        this.workshops = workshops;
        // Each tenant in a transaction of its own: "Mon compte" calls in from a transaction bound to the shared schema.
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public List<ResidentActivity> activitiesOf(String subject) {
        List<ResidentActivity> activities = new ArrayList<>();
        for (Tenant tenant : registry.all()) {
            TenantContext.run(tenant.slug(), () -> transaction.executeWithoutResult(status ->
                    registrations.findByResidentSubjectOrderByRegisteredAtDesc(subject).forEach(registration -> {
                        Workshop workshop = workshops.findById(registration.getWorkshopId()).orElseThrow();
                        activities.add(new ResidentActivity(tenant.slug(), KIND, workshop.getTitle() + " — "
                                + AppointmentMails.when(workshop.getStartsAt()), registration.getStatus().label(),
                                registration.getReference(), registration.getRegisteredAt(),
                                "compte/ateliers/" + tenant.slug() + "/" + registration.getReference()));
                    })));
        }
        return activities;
    }

    @Override
    public void forget(String subject) {
        for (Tenant tenant : registry.all()) {
            TenantContext.run(tenant.slug(), () -> transaction.executeWithoutResult(status -> registrations.anonymise(subject)));
        }
    }
}
