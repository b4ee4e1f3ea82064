package fr.ensemble.demarches.application;

import fr.ensemble.core.identity.access.CommuneAccess;
import fr.ensemble.demarches.domain.Procedure;
import fr.ensemble.demarches.domain.ProcedureRepository;
import fr.ensemble.demarches.domain.Request;
import fr.ensemble.demarches.domain.RequestEvent;
import fr.ensemble.demarches.domain.RequestEventRepository;
import fr.ensemble.demarches.domain.RequestMessage;
import fr.ensemble.demarches.domain.RequestMessageRepository;
import fr.ensemble.demarches.domain.RequestRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resident's own request in the current tenant, as "Mon compte" shows it: its status, the steps they may see,
 * the messages (never the agents' internal notes) and their replies. Another person's request is not found.
 */
@Service
public class MyRequests {

    private final RequestRepository requests;
    private final ProcedureRepository procedures;
    private final RequestEventRepository events;
    private final RequestMessageRepository messages;
    private final Clock clock;
    private final RequestIndexing indexing;

    MyRequests(RequestRepository requests, ProcedureRepository procedures, RequestEventRepository events,
            RequestMessageRepository messages, Clock clock, RequestIndexing indexing) {
        this.requests = requests;
        this.procedures = procedures;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
        this.indexing = indexing;
    }

    @Transactional(readOnly = true)
    public Optional<MyRequest> open(String trackingNumber) {
        return own(trackingNumber).map(request -> new MyRequest(request,
                procedures.findById(request.getProcedureId()).orElseThrow(),
                events.findByRequestIdOrderByOccurredAtAsc(request.getId()).stream().filter(RequestEvent::isVisibleToResident).toList(),
                messages.findByRequestIdAndInternalFalseOrderBySentAtAsc(request.getId())));
    }

    @Transactional
    public void reply(String trackingNumber, String body) {
        Request request = own(trackingNumber).orElseThrow(() -> RequestMessages.unknown(trackingNumber));
        messages.save(new RequestMessage(request.getId(), clock.instant(), false, "usager", RequestMessages.checked(body), false));
        indexing.changed(request);
    }

    private Optional<Request> own(String trackingNumber) {
        Optional<String> caller = CommuneAccess.subjectOf(SecurityContextHolder.getContext().getAuthentication());
        return requests.findByTrackingNumber(trackingNumber)
                .filter(request -> caller.isPresent() && caller.get().equals(request.getResidentSubject()));
    }

    /** A request with what its author may read of it. */
    public record MyRequest(Request request, Procedure procedure, List<RequestEvent> steps, List<RequestMessage> messages) {
    }
}
