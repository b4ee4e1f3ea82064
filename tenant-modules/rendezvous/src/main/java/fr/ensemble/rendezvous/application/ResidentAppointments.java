package fr.ensemble.rendezvous.application;

import fr.ensemble.core.identity.resident.ResidentActivity;
import fr.ensemble.core.identity.resident.ResidentActivitySource;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.rendezvous.domain.AppointmentRepository;
import fr.ensemble.rendezvous.domain.AppointmentType;
import fr.ensemble.rendezvous.domain.AppointmentTypeRepository;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Mon compte" lists a resident's appointments in every tenant through this port, for that resident only; an
 * account deletion anonymises them (the commune keeps its planning).
 */
@Component
class ResidentAppointments implements ResidentActivitySource {

    private static final String KIND = "Rendez-vous";

    private final TenantRegistry registry;
    private final AppointmentRepository appointments;
    private final AppointmentTypeRepository types;
    private final TransactionTemplate transaction;

    ResidentAppointments(TenantRegistry registry, AppointmentRepository appointments, AppointmentTypeRepository types,
            PlatformTransactionManager transactions) {
        this.registry = registry;
        this.appointments = appointments;
        this.types = types;
        // Each tenant in a transaction of its own: "Mon compte" calls in from a transaction bound to the shared schema.
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public List<ResidentActivity> activitiesOf(String subject) {
        List<ResidentActivity> activities = new ArrayList<>();
        for (Tenant tenant : registry.all()) {
            TenantContext.run(tenant.slug(), () -> transaction.executeWithoutResult(status ->
                    appointments.findByResidentSubjectOrderByStartsAtDesc(subject).forEach(appointment -> activities.add(
                            new ResidentActivity(tenant.slug(), KIND,
                                    types.findById(appointment.getTypeId()).map(AppointmentType::getLabel).orElse(KIND)
                                            + " — " + AppointmentMails.when(appointment.getStartsAt()),
                                    appointment.getStatus().label(), appointment.getReference(), appointment.getBookedAt(),
                                    "compte/rendez-vous/" + tenant.slug() + "/" + appointment.getReference())))));
        }
        return activities;
    }

    @Override
    public void forget(String subject) {
        for (Tenant tenant : registry.all()) {
            TenantContext.run(tenant.slug(), () -> transaction.executeWithoutResult(status -> appointments.anonymise(subject)));
        }
    }
}
