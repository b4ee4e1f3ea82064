package fr.ensemble.demarches.application;

import fr.ensemble.core.identity.access.CommuneAccess;
import fr.ensemble.core.notification.MailOutbox;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.demarches.domain.Procedure;
import fr.ensemble.demarches.domain.ProcedureForm;
import fr.ensemble.demarches.domain.ProcedureFormRepository;
import fr.ensemble.demarches.domain.ProcedureRepository;
import fr.ensemble.demarches.domain.Request;
import fr.ensemble.demarches.domain.RequestEvent;
import fr.ensemble.demarches.domain.RequestEventRepository;
import fr.ensemble.demarches.domain.RequestMessage;
import fr.ensemble.demarches.domain.RequestMessageRepository;
import fr.ensemble.demarches.domain.RequestRepository;
import fr.ensemble.demarches.domain.RequestStatus;
import fr.ensemble.demarches.domain.form.FormDefinition;
import fr.ensemble.demarches.domain.form.FormDefinitions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office of the current tenant's requests, for its {@code instructeur} agents: the inbox, one request
 * with its history, and the moves along the workflow, each told to the resident by e-mail.
 */
@Service
@PreAuthorize("@communeAccess.canWorkInCurrentTenant(authentication, 'instructeur')")
public class Instruction {

    private final RequestRepository requests;
    private final RequestEventRepository events;
    private final ProcedureRepository procedures;
    private final ProcedureFormRepository forms;
    private final RequestMessageRepository messages;
    private final MailOutbox outbox;
    private final TenantRegistry registry;
    private final Clock clock;
    private final RequestIndexing indexing;

    Instruction(RequestRepository requests, RequestEventRepository events, ProcedureRepository procedures,
            ProcedureFormRepository forms, RequestMessageRepository messages, MailOutbox outbox, TenantRegistry registry,
            Clock clock, RequestIndexing indexing) {
        this.requests = requests;
        this.events = events;
        this.procedures = procedures;
        this.forms = forms;
        this.messages = messages;
        this.outbox = outbox;
        this.registry = registry;
        this.clock = clock;
        this.indexing = indexing;
    }

    /** Newest first; a null status or procedure means all. */
    @Transactional(readOnly = true)
    public List<InboxRow> inbox(RequestStatus status, Procedure procedure, int limit) {
        Map<Long, Procedure> byId = procedures.findAll().stream().collect(Collectors.toMap(Procedure::getId, Function.identity()));
        return requests.inbox(status, procedure == null ? null : procedure.getId(), PageRequest.of(0, limit)).stream()
                .map(request -> new InboxRow(request.getTrackingNumber(), byId.get(request.getProcedureId()).getTitle(),
                        request.getStatus(), request.getSubmittedAt(), request.getContactEmail()))
                .toList();
    }

    @Transactional(readOnly = true)
    public RequestFile open(String trackingNumber) {
        Request request = request(trackingNumber);
        FormDefinition form = FormDefinitions.fromJson(forms.findById(
                new ProcedureForm.Key(request.getProcedureId(), request.getFormNumber())).orElseThrow().getDefinition());
        return new RequestFile(request, procedures.findById(request.getProcedureId()).orElseThrow(), form,
                events.findByRequestIdOrderByOccurredAtAsc(request.getId()));
    }

    @Transactional
    public void move(String trackingNumber, RequestStatus next, String comment) {
        Request request = request(trackingNumber);
        Instant now = clock.instant();
        request.moveTo(next, now);
        String agent = CommuneAccess.usernameOf(SecurityContextHolder.getContext().getAuthentication());
        events.save(new RequestEvent(request.getId(), now, agent, next, comment, true));
        indexing.changed(request);
        Tenant tenant = registry.require(TenantContext.current().orElseThrow());
        Procedure procedure = procedures.findById(request.getProcedureId()).orElseThrow();
        outbox.queue(request.getContactEmail(), "Votre demande " + request.getTrackingNumber() + " : " + next.label(),
                RequestMails.statusChanged(tenant, procedure, request, next, comment));
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
        String agent = CommuneAccess.usernameOf(SecurityContextHolder.getContext().getAuthentication());
        messages.save(new RequestMessage(request.getId(), clock.instant(), true, agent, text, internal));
        indexing.changed(request);
        if (!internal) {
            Tenant tenant = registry.require(TenantContext.current().orElseThrow());
            Procedure procedure = procedures.findById(request.getProcedureId()).orElseThrow();
            outbox.queue(request.getContactEmail(), "Votre demande " + request.getTrackingNumber() + " : un message",
                    RequestMails.message(tenant, procedure, request, text));
        }
    }

    private Request request(String trackingNumber) {
        return requests.findByTrackingNumber(trackingNumber).orElseThrow(() -> RequestMessages.unknown(trackingNumber));
    }

    /** A line of the inbox. */
    public record InboxRow(String trackingNumber, String procedureTitle, RequestStatus status, Instant submittedAt,
            String contactEmail) {
    }

    /** A request with its procedure, the form version it was filed with, and its history. */
    public record RequestFile(Request request, Procedure procedure, FormDefinition form, List<RequestEvent> history) {
    }
}
