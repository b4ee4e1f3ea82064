package fr.ensemble.demarches.application;

import fr.ensemble.core.identity.access.CommuneAccess;
import fr.ensemble.demarches.domain.Procedure;
import fr.ensemble.demarches.domain.ProcedureRepository;
import fr.ensemble.demarches.domain.Request;
import fr.ensemble.demarches.application.Instruction.DocumentContent;
import fr.ensemble.demarches.domain.RequestAction;
import fr.ensemble.demarches.domain.RequestDocument;
import fr.ensemble.demarches.domain.RequestDocumentRepository;
import fr.ensemble.demarches.domain.RequestEvent;
import fr.ensemble.demarches.domain.RequestEventRepository;
import fr.ensemble.demarches.domain.RequestMessage;
import fr.ensemble.demarches.domain.RequestMessageRepository;
import fr.ensemble.demarches.domain.RequestRepository;
import fr.ensemble.demarches.domain.workflow.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resident's own request in the current tenant, as "Mon compte" shows it: its status, the steps they may see,
 * the documents the service shared, the messages (never the agents' internal notes) and their replies. Another person's request is not found.
 */
@Service
public class MyRequests {

    private final RequestRepository requests;
    private final ProcedureRepository procedures;
    private final RequestEventRepository events;
    private final RequestMessageRepository messages;
    private final RequestDocumentRepository documents;
    private final RequestFiles files;
    private final Clock clock;
    private final RequestIndexing indexing;

    MyRequests(RequestRepository requests, ProcedureRepository procedures, RequestEventRepository events,
            RequestMessageRepository messages, RequestDocumentRepository documents, RequestFiles files, Clock clock,
            RequestIndexing indexing) {
        this.requests = requests;
        this.procedures = procedures;
        this.events = events;
        this.messages = messages;
        this.documents = documents;
        this.files = files;
        this.clock = clock;
        this.indexing = indexing;
    }

    @Transactional(readOnly = true)
    public Optional<MyRequest> open(String trackingNumber) {
        return own(trackingNumber).map(request -> {
            Procedure procedure = procedures.findById(request.getProcedureId()).orElseThrow();
            Workflow workflow = procedure.workflow();
            List<Step> steps = events.findByRequestIdOrderByOccurredAtAsc(request.getId()).stream()
                    .filter(RequestEvent::isVisibleToResident)
                    .map(event -> new Step(event.getOccurredAt(), event.getAction() == RequestAction.DOCUMENT
                            ? "Document ajouté : " + event.getComment()
                            : workflow.status(event.getStatus()).residentLabel(),
                            event.getAction() == RequestAction.DOCUMENT ? null : event.getComment()))
                    .toList();
            return new MyRequest(request, procedure, steps,
                    messages.findByRequestIdAndInternalFalseOrderBySentAtAsc(request.getId()),
                    documents.findByRequestIdAndVisibleToResidentTrueOrderByAddedAtAsc(request.getId()));
        });
    }

    /** A document of the request that the service shared with its author, with its content. */
    @Transactional(readOnly = true)
    public Optional<DocumentContent> document(String trackingNumber, long documentId) {
        return own(trackingNumber).flatMap(request -> documents.findById(documentId)
                .filter(document -> document.getRequestId() == request.getId() && document.isVisibleToResident())
                .map(document -> new DocumentContent(document, files.read(document.getStorageKey()))));
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
    public record MyRequest(Request request, Procedure procedure, List<Step> steps, List<RequestMessage> messages,
            List<RequestDocument> documents) {
    }

    /** A step of the request as its author reads it. */
    public record Step(Instant at, String label, String comment) {
    }
}
