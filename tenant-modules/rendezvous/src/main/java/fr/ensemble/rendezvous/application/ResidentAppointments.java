package fr.ensemble.rendezvous.application;

import fr.ensemble.core.identity.resident.ResidentActivity;
import fr.ensemble.core.identity.resident.ResidentActivitySource;
import fr.ensemble.core.tenancy.EveryTenant;
import fr.ensemble.rendezvous.domain.AppointmentRepository;
import fr.ensemble.rendezvous.domain.AppointmentType;
import fr.ensemble.rendezvous.domain.AppointmentTypeRepository;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * "Mon compte" lists a resident's appointments in every tenant through this port, for that resident only; an
 * account deletion anonymises them (the commune keeps its planning).
 */
@Component
class ResidentAppointments implements ResidentActivitySource {

    private static final String KIND = "Rendez-vous";

    private final EveryTenant everyTenant;
    private final AppointmentRepository appointments;
    private final AppointmentTypeRepository types;

    ResidentAppointments(EveryTenant everyTenant, AppointmentRepository appointments, AppointmentTypeRepository types) {
        this.everyTenant = everyTenant;
        this.appointments = appointments;
        this.types = types;
    }

    @Override
    public List<ResidentActivity> activitiesOf(String subject) {
        return everyTenant.collect(tenant -> appointments.findByResidentSubjectOrderByStartsAtDesc(subject).stream()
                .map(appointment -> new ResidentActivity(tenant.slug(), KIND,
                        types.findById(appointment.getTypeId()).map(AppointmentType::getLabel).orElse(KIND)
                                + " — " + AppointmentMails.when(appointment.getStartsAt()),
                        appointment.getStatus().label(), appointment.getReference(), appointment.getBookedAt(),
                        "compte/rendez-vous/" + tenant.slug() + "/" + appointment.getReference()))
                .toList());
    }

    @Override
    public void forget(String subject) {
        everyTenant.run(tenant -> appointments.anonymise(subject));
    }
}
