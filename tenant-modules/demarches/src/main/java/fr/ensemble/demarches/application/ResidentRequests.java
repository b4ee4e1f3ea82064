package fr.ensemble.demarches.application;

import fr.ensemble.core.identity.resident.ResidentActivity;
import fr.ensemble.core.identity.resident.ResidentActivitySource;
import fr.ensemble.core.tenancy.EveryTenant;
import fr.ensemble.demarches.domain.Procedure;
import fr.ensemble.demarches.domain.ProcedureRepository;
import fr.ensemble.demarches.domain.RequestDraftRepository;
import fr.ensemble.demarches.domain.RequestRepository;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * "Mon compte" reads a resident's requests in every tenant through this port, on the resident's behalf and
 * for that resident only; an account deletion anonymises them (the commune keeps its records) and removes the drafts.
 */
@Component
class ResidentRequests implements ResidentActivitySource {

    private static final String KIND = "Démarche";

    private final EveryTenant everyTenant;
    private final RequestRepository requests;
    private final ProcedureRepository procedures;
    private final RequestDraftRepository drafts;
    private final RequestIndexing indexing;

    ResidentRequests(EveryTenant everyTenant, RequestRepository requests, ProcedureRepository procedures,
            RequestDraftRepository drafts, RequestIndexing indexing) {
        this.everyTenant = everyTenant;
        this.requests = requests;
        this.procedures = procedures;
        this.drafts = drafts;
        this.indexing = indexing;
    }

    @Override
    public List<ResidentActivity> activitiesOf(String subject) {
        return everyTenant.collect(tenant -> requests.findByResidentSubjectOrderBySubmittedAtDesc(subject).stream()
                .map(request -> new ResidentActivity(tenant.slug(), KIND,
                        procedures.findById(request.getProcedureId()).map(Procedure::getTitle).orElse(KIND),
                        request.getResidentStatus(), request.getTrackingNumber(), request.getSubmittedAt(),
                        "compte/demandes/" + tenant.slug() + "/" + request.getTrackingNumber()))
                .toList());
    }

    @Override
    public void forget(String subject) {
        everyTenant.run(tenant -> {
            requests.idsOf(subject).forEach(indexing::changed);
            requests.anonymise(subject);
            drafts.deleteByResident(subject);
        });
    }
}
