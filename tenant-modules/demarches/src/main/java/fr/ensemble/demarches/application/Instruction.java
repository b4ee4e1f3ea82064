package fr.ensemble.demarches.application;

import fr.ensemble.core.identity.access.CommuneAccess;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.demarches.domain.Department;
import fr.ensemble.demarches.domain.DepartmentRepository;
import fr.ensemble.demarches.domain.Procedure;
import fr.ensemble.demarches.domain.ProcedureForm;
import fr.ensemble.demarches.domain.ProcedureFormRepository;
import fr.ensemble.demarches.domain.ProcedureRepository;
import fr.ensemble.demarches.domain.Request;
import fr.ensemble.demarches.domain.RequestAction;
import fr.ensemble.demarches.domain.RequestDocument;
import fr.ensemble.demarches.domain.RequestDocumentRepository;
import fr.ensemble.demarches.domain.RequestEvent;
import fr.ensemble.demarches.domain.RequestEventRepository;
import fr.ensemble.demarches.domain.RequestMessage;
import fr.ensemble.demarches.domain.RequestMessageRepository;
import fr.ensemble.demarches.domain.RequestRepository;
import fr.ensemble.demarches.domain.form.FieldError;
import fr.ensemble.demarches.domain.form.FormDefinition;
import fr.ensemble.demarches.domain.form.FormDefinitions;
import fr.ensemble.demarches.domain.workflow.Workflow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office of the current tenant's requests, for its {@code instructeur} agents: the inbox, one request
 * with its history, the moves along the procedure's workflow (told to the resident by e-mail when the new
 * status is one they see), assignment, departments, documents and messages. Every action goes into the history.
 */
@Service
@PreAuthorize("@communeAccess.canWorkInCurrentTenant(authentication, 'instructeur')")
public class Instruction {

    /** Agents' documents: the same types and size as the residents' files. */
    public static final long MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;

    private final RequestRepository requests;
    private final RequestEventRepository events;
    private final ProcedureRepository procedures;
    private final ProcedureFormRepository forms;
    private final RequestMessageRepository messages;
    private final RequestDocumentRepository documents;
    private final DepartmentRepository departments;
    private final RequestFiles files;
    private final RequestMails mails;
    private final Clock clock;
    private final RequestIndexing indexing;

    Instruction(RequestRepository requests, RequestEventRepository events, ProcedureRepository procedures,
            ProcedureFormRepository forms, RequestMessageRepository messages, RequestDocumentRepository documents,
            DepartmentRepository departments, RequestFiles files, RequestMails mails, Clock clock,
            RequestIndexing indexing) {
        this.requests = requests;
        this.events = events;
        this.procedures = procedures;
        this.forms = forms;
        this.messages = messages;
        this.documents = documents;
        this.departments = departments;
        this.files = files;
        this.mails = mails;
        this.clock = clock;
        this.indexing = indexing;
    }

    /** Newest first, as the filter says. */
    @Transactional(readOnly = true)
    public List<InboxRow> inbox(InboxFilter filter, int limit) {
        Map<Long, Procedure> byId = procedures.findAll().stream().collect(Collectors.toMap(Procedure::getId, Function.identity()));
        Map<Long, String> departmentNames = departments.findAll().stream()
                .collect(Collectors.toMap(Department::getId, Department::getName));
        Instant now = clock.instant();
        Instant before = filter.minAgeDays() > 0 ? now.minus(Duration.ofDays(filter.minAgeDays())) : now.plus(Duration.ofDays(1));
        String assignee = filter.assignment() == Assignment.MINE ? agent() : null;
        return requests.inbox(filter.status(), filter.procedureId(), filter.departmentId(), assignee,
                        filter.assignment() == Assignment.NOBODY, before, PageRequest.of(0, limit)).stream()
                .map(request -> {
                    Procedure procedure = byId.get(request.getProcedureId());
                    return new InboxRow(request.getTrackingNumber(), procedure.getTitle(),
                            procedure.workflow().status(request.getStatus()).label(), request.getSubmittedAt(),
                            request.getContactEmail(), departmentNames.get(request.getDepartmentId()), request.getAssignee());
                })
                .toList();
    }

    /** Every status code of the commune's workflows with its label, for the inbox's filter. */
    @Transactional(readOnly = true)
    public Map<String, String> statuses() {
        return procedures.findAll().stream().flatMap(procedure -> procedure.workflow().statuses().stream())
                .collect(Collectors.toMap(Workflow.Status::code, Workflow.Status::label, (first, other) -> first,
                        java.util.LinkedHashMap::new));
    }

    @Transactional(readOnly = true)
    public RequestFile open(String trackingNumber) {
        Request request = request(trackingNumber);
        Procedure procedure = procedures.findById(request.getProcedureId()).orElseThrow();
        FormDefinition form = FormDefinitions.fromJson(forms.findById(
                new ProcedureForm.Key(request.getProcedureId(), request.getFormNumber())).orElseThrow().getDefinition());
        Workflow workflow = procedure.workflow();
        List<Workflow.Status> next = workflow.allowedFrom(request.getStatus(), roles()).stream()
                .map(move -> workflow.status(move.to())).toList();
        return new RequestFile(request, procedure, form, workflow, next,
                request.getDepartmentId() == null ? null : departments.findById(request.getDepartmentId()).map(Department::getName).orElse(null),
                events.findByRequestIdOrderByOccurredAtAsc(request.getId()),
                documents.findByRequestIdOrderByAddedAtAsc(request.getId()));
    }

    /**
     * Moves the request to the next status, with a comment and a document when given (or required by the move).
     *
     * @throws RequestRefusedException when the workflow does not allow the move, in French
     */
    @Transactional
    public void move(String trackingNumber, String next, String comment, NewDocument document) {
        Request request = request(trackingNumber);
        Procedure procedure = procedures.findById(request.getProcedureId()).orElseThrow();
        Workflow workflow = procedure.workflow();
        String message = comment == null || comment.isBlank() ? null : comment.strip();
        workflow.refusal(request.getStatus(), next, roles(), message, document != null).ifPresent(reason -> {
            throw new RequestRefusedException(List.of(new FieldError("statut", reason)));
        });
        Instant now = clock.instant();
        if (document != null) {
            attach(request, document, now);
        }
        request.moveTo(workflow, next, roles(), message, document != null, now);
        Workflow.Status reached = workflow.status(next);
        events.save(new RequestEvent(request.getId(), now, agent(), RequestAction.STATUS, next, message,
                reached.visibleToResident()));
        indexing.changed(request);
        if (reached.visibleToResident()) {
            mails.statusChanged(procedure, request, reached.residentLabel(), message);
        }
    }

    /** @param agent a login name; null puts the request back in its department's pile */
    @Transactional
    public void assign(String trackingNumber, String agent) {
        Request request = request(trackingNumber);
        String assignee = agent == null || agent.isBlank() ? null : agent.strip();
        Instant now = clock.instant();
        request.assignTo(assignee, now);
        events.save(new RequestEvent(request.getId(), now, agent(), RequestAction.ASSIGNED, request.getStatus(),
                assignee == null ? "Remise au service" : "Attribuée à " + assignee, false));
    }

    @Transactional
    public void assignToMe(String trackingNumber) {
        assign(trackingNumber, agent());
    }

    /** Hands the request to another department (null: none), which then has it in its inbox. */
    @Transactional
    public void transfer(String trackingNumber, Long departmentId) {
        Request request = request(trackingNumber);
        String name = departmentId == null ? "aucun service" : departments.findById(departmentId)
                .orElseThrow(() -> new RequestRefusedException(List.of(new FieldError("service", "Ce service n'existe plus."))))
                .getName();
        Instant now = clock.instant();
        request.routeTo(departmentId, now);
        events.save(new RequestEvent(request.getId(), now, agent(), RequestAction.DEPARTMENT, request.getStatus(),
                "Transmise à " + name, false));
    }

    /** Attaches a document; one the resident may see is announced to them by e-mail. */
    @Transactional
    public void attach(String trackingNumber, NewDocument document) {
        Request request = request(trackingNumber);
        attach(request, document, clock.instant());
        if (document.visibleToResident()) {
            mails.documentAdded(procedures.findById(request.getProcedureId()).orElseThrow(), request, document.name());
        }
    }

    /** A document of the request with its content, for download. */
    @Transactional(readOnly = true)
    public DocumentContent document(String trackingNumber, long documentId) {
        Request request = request(trackingNumber);
        RequestDocument document = documents.findById(documentId).filter(found -> found.getRequestId() == request.getId())
                .orElseThrow(() -> new RequestRefusedException(List.of(new FieldError("", "Ce document n'existe pas."))));
        return new DocumentContent(document, files.read(document.getStorageKey()));
    }

    /** The departments a request can be handed to. */
    @Transactional(readOnly = true)
    public List<Department> departments() {
        return departments.findAllByOrderByNameAsc();
    }

    /** The login names of the agents who already acted on the commune's requests, to assign to one of them. */
    @Transactional(readOnly = true)
    public List<String> knownAgents() {
        return events.agentsWhoActed();
    }

    /** Everything said about the request, internal notes included. */
    @Transactional(readOnly = true)
    public List<RequestMessage> messages(String trackingNumber) {
        return messages.findByRequestIdOrderBySentAtAsc(request(trackingNumber).getId());
    }

    /** A message to the resident (e-mailed) or, when internal, a note for the commune's agents only. */
    @Transactional
    public void write(String trackingNumber, String body, boolean internal) {
        Request request = request(trackingNumber);
        String text = RequestMessages.checked(body);
        messages.save(new RequestMessage(request.getId(), clock.instant(), true, agent(), text, internal));
        indexing.changed(request);
        if (!internal) {
            mails.message(procedures.findById(request.getProcedureId()).orElseThrow(), request, text);
        }
    }

    private void attach(Request request, NewDocument document, Instant now) {
        var stored = files.storeWithTransaction(document.name(), document.content(), MAX_DOCUMENT_BYTES);
        documents.save(new RequestDocument(request.getId(), now, agent(), stored, document.visibleToResident()));
        events.save(new RequestEvent(request.getId(), now, agent(), RequestAction.DOCUMENT, request.getStatus(),
                document.name(), document.visibleToResident()));
    }

    private Request request(String trackingNumber) {
        return requests.findByTrackingNumber(trackingNumber).orElseThrow(() -> RequestMessages.unknown(trackingNumber));
    }

    private static String agent() {
        return CommuneAccess.usernameOf(SecurityContextHolder.getContext().getAuthentication());
    }

    private static Set<String> roles() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return CommuneAccess.rolesIn(authentication, TenantContext.current().orElseThrow());
    }

    /** Whose requests the inbox shows. */
    public enum Assignment {
        ANYONE, MINE, NOBODY
    }

    /**
     * What the inbox shows; null status, procedure or department mean all.
     *
     * @param minAgeDays only requests filed at least that many days ago (0: all)
     */
    public record InboxFilter(String status, Long procedureId, Long departmentId, Assignment assignment, int minAgeDays) {

        public static final InboxFilter ALL = new InboxFilter(null, null, null, Assignment.ANYONE, 0);
    }

    /** A line of the inbox. */
    public record InboxRow(String trackingNumber, String procedureTitle, String statusLabel, Instant submittedAt,
            String contactEmail, String department, String assignee) {
    }

    /** A document an agent adds, with whether the resident may read it. */
    public record NewDocument(String name, byte[] content, boolean visibleToResident) {
    }

    public record DocumentContent(RequestDocument document, byte[] content) {
    }

    /**
     * A request with its procedure, the form version it was filed with, the statuses the agent may move it to,
     * its department, history and documents.
     */
    public record RequestFile(Request request, Procedure procedure, FormDefinition form, Workflow workflow,
            List<Workflow.Status> nextStatuses, String department, List<RequestEvent> history, List<RequestDocument> documents) {

        public String statusLabel() {
            return workflow.status(request.getStatus()).label();
        }
    }
}
