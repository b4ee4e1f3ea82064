package fr.ensemble.demarches.application;

import fr.ensemble.core.identity.resident.ResidentActivity;
import fr.ensemble.core.identity.resident.ResidentActivitySource;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.demarches.domain.Procedure;
import fr.ensemble.demarches.domain.ProcedureRepository;
import fr.ensemble.demarches.domain.RequestDraftRepository;
import fr.ensemble.demarches.domain.RequestRepository;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Mon compte" reads a resident's requests in every tenant through this port, on the resident's behalf and
 * for that resident only; an account deletion anonymises them (the commune keeps its records) and removes the drafts.
 */
@Component
class ResidentRequests implements ResidentActivitySource {

    private static final String KIND = "Démarche";

    private final TenantRegistry registry;
    private final RequestRepository requests;
    private final ProcedureRepository procedures;
    private final RequestDraftRepository drafts;
    private final TransactionTemplate transaction;
    private final RequestIndexing indexing;

    ResidentRequests(TenantRegistry registry, RequestRepository requests, ProcedureRepository procedures,
            RequestDraftRepository drafts, PlatformTransactionManager transactions, RequestIndexing indexing) {
        this.registry = registry;
        this.requests = requests;
        this.procedures = procedures;
        this.drafts = drafts;
        this.indexing = indexing;
        // Each tenant in a transaction of its own: "Mon compte" calls in from a transaction bound to the shared schema.
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public List<ResidentActivity> activitiesOf(String subject) {
        List<ResidentActivity> activities = new ArrayList<>();
        for (Tenant tenant : registry.all()) {
            TenantContext.run(tenant.slug(), () -> transaction.executeWithoutResult(status ->
                    requests.findByResidentSubjectOrderBySubmittedAtDesc(subject).forEach(request -> activities.add(
                            new ResidentActivity(tenant.slug(), KIND,
                                    procedures.findById(request.getProcedureId()).map(Procedure::getTitle).orElse(KIND),
                                    request.getResidentStatus(), request.getTrackingNumber(), request.getSubmittedAt(),
                                    "compte/demandes/" + tenant.slug() + "/" + request.getTrackingNumber())))));
        }
        return activities;
    }

    @Override
    public void forget(String subject) {
        for (Tenant tenant : registry.all()) {
            TenantContext.run(tenant.slug(), () -> transaction.executeWithoutResult(status -> {
                requests.idsOf(subject).forEach(indexing::changed);
                requests.anonymise(subject);
                drafts.deleteByResident(subject);
            }));
        }
    }
}
