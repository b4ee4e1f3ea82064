package fr.ensemble.rendezvous.application;

import fr.ensemble.core.identity.resident.ResidentActivity;
import fr.ensemble.core.identity.resident.ResidentActivitySource;
import fr.ensemble.core.tenancy.EveryTenant;
import fr.ensemble.rendezvous.domain.Workshop;
import fr.ensemble.rendezvous.domain.WorkshopRegistrationRepository;
import fr.ensemble.rendezvous.domain.WorkshopRepository;
import java.util.List;
import org.springframework.stereotype.Component;

/** "Mon compte" lists a resident's workshop registrations in every tenant; an account deletion anonymises them. */
@Component
class ResidentWorkshops implements ResidentActivitySource {

    private static final String KIND = "Atelier";

    private final EveryTenant everyTenant;
    private final WorkshopRegistrationRepository registrations;
    private final WorkshopRepository workshops;

    ResidentWorkshops(EveryTenant everyTenant, WorkshopRegistrationRepository registrations, WorkshopRepository workshops) {
        this.everyTenant = everyTenant;
        this.registrations = registrations;
        this.workshops = workshops;
    }

    @Override
    public List<ResidentActivity> activitiesOf(String subject) {
        return everyTenant.collect(tenant -> registrations.findByResidentSubjectOrderByRegisteredAtDesc(subject).stream()
                .map(registration -> {
                    Workshop workshop = workshops.findById(registration.getWorkshopId()).orElseThrow();
                    return new ResidentActivity(tenant.slug(), KIND, workshop.getTitle() + " — "
                            + AppointmentMails.when(workshop.getStartsAt()), registration.getStatus().label(),
                            registration.getReference(), registration.getRegisteredAt(),
                            "compte/ateliers/" + tenant.slug() + "/" + registration.getReference());
                })
                .toList());
    }

    @Override
    public void forget(String subject) {
        everyTenant.run(tenant -> registrations.anonymise(subject));
    }
}
