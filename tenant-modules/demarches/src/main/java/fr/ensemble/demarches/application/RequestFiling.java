package fr.ensemble.demarches.application;

import fr.ensemble.core.identity.access.CommuneAccess;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.demarches.domain.Procedure;
import fr.ensemble.demarches.domain.ProcedureRepository;
import fr.ensemble.demarches.domain.Request;
import fr.ensemble.demarches.domain.RequestEvent;
import fr.ensemble.demarches.domain.RequestEventRepository;
import fr.ensemble.demarches.domain.RequestRepository;
import fr.ensemble.demarches.domain.RequestAction;
import fr.ensemble.demarches.domain.RequestDraft;
import fr.ensemble.demarches.domain.RequestDraftRepository;
import fr.ensemble.demarches.domain.RoutingRule;
import fr.ensemble.demarches.domain.RoutingRuleRepository;
import fr.ensemble.demarches.domain.workflow.Workflow;
import fr.ensemble.demarches.domain.form.FieldError;
import fr.ensemble.demarches.domain.form.FormValidator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Files a request in the current tenant: the answers checked against the form's current version, a
 * tracking number ({@code PANTIN-2026-000123}), the department the first matching routing rule names, the first
 * step of its history and the receipt e-mail, all in one transaction; the resident's draft goes. The same idempotency key files one request, however many times it is sent.
 */
@Service
public class RequestFiling {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Catalogue catalogue;
    private final ProcedureRepository procedures;
    private final RequestRepository requests;
    private final RequestEventRepository events;
    private final RoutingRuleRepository routing;
    private final RequestDraftRepository drafts;
    private final RequestMails mails;
    private final TenantRegistry registry;
    private final JsonMapper json;
    private final Clock clock;
    private final RequestIndexing indexing;

    RequestFiling(Catalogue catalogue, ProcedureRepository procedures, RequestRepository requests,
            RequestEventRepository events, RoutingRuleRepository routing, RequestDraftRepository drafts, RequestMails mails,
            TenantRegistry registry, JsonMapper json, Clock clock, RequestIndexing indexing) {
        this.catalogue = catalogue;
        this.procedures = procedures;
        this.requests = requests;
        this.events = events;
        this.routing = routing;
        this.drafts = drafts;
        this.mails = mails;
        this.registry = registry;
        this.json = json;
        this.clock = clock;
        this.indexing = indexing;
    }

    /**
     * Files the request of the signed-in resident (or of nobody, where the procedure allows it).
     *
     * @param contactEmail where the receipt and the news of the request go
     * @param idempotencyKey the client's key for this submission (a double click sends the same one), or null
     */
    @Transactional
    public Request file(String procedureSlug, Map<String, Object> answers, String contactEmail, String idempotencyKey) {
        return file(procedureSlug, answers, contactEmail, idempotencyKey, residentSubject().orElse(null));
    }

    /** Files, without an account, a request whose author has just confirmed their e-mail address. */
    Request fileConfirmed(String procedureSlug, Map<String, Object> answers, String contactEmail, String idempotencyKey) {
        return file(procedureSlug, answers, contactEmail, idempotencyKey, null);
    }

    /**
     * The procedure, its current form and the answers it keeps, or the refusal in French.
     *
     * @param anonymous whether nobody is signed in
     */
    Checked check(String procedureSlug, Map<String, Object> answers, boolean anonymous) {
        Procedure procedure = catalogue.find(procedureSlug).filter(Procedure::isOnline)
                .orElseThrow(() -> new RequestRefusedException(List.of(new FieldError("",
                        "Cette démarche n'existe pas ou ne se fait pas en ligne."))));
        if (anonymous && !procedure.isAnonymousAllowed()) {
            throw new RequestRefusedException(List.of(new FieldError("", "Connectez-vous pour faire cette démarche.")));
        }
        var form = catalogue.currentForm(procedure).orElseThrow(() -> new RequestRefusedException(List.of(
                new FieldError("", "Cette démarche n'a pas encore de formulaire publié."))));
        List<FieldError> errors = FormValidator.validate(form.definition(), answers);
        if (!errors.isEmpty()) {
            throw new RequestRefusedException(errors);
        }
        return new Checked(procedure, form.number(), FormValidator.visibleAnswers(form.definition(), answers));
    }

    private Request file(String procedureSlug, Map<String, Object> answers, String contactEmail, String idempotencyKey,
            String subject) {
        if (idempotencyKey != null) {
            Optional<Request> already = requests.findByIdempotencyKey(idempotencyKey);
            if (already.isPresent()) {
                return already.get();
            }
        }
        if (contactEmail == null || contactEmail.isBlank()) {
            throw new RequestRefusedException(List.of(new FieldError("", "Une adresse e-mail est nécessaire pour vous "
                    + "envoyer l'accusé de réception : ajoutez-en une à votre compte.")));
        }
        Checked checked = check(procedureSlug, answers, subject == null);
        Procedure procedure = checked.procedure();
        Instant now = clock.instant();
        Tenant tenant = registry.require(TenantContext.current().orElseThrow());
        Workflow.Status initial = procedure.workflow().initial();
        Request request = new Request(trackingNumber(tenant, now), procedure.getId(), checked.formNumber(), subject,
                contactEmail, json.writeValueAsString(checked.answers()), idempotencyKey, initial, now);
        routing.findAllByOrderByPositionAscIdAsc().stream().filter(rule -> rule.matches(procedure.getId(), checked.answers()))
                .findFirst().map(RoutingRule::getDepartmentId).ifPresent(department -> request.routeTo(department, now));
        requests.save(request);
        events.save(new RequestEvent(request.getId(), now, subject == null ? contactEmail : "usager", RequestAction.FILED,
                initial.code(), null, true));
        procedures.findById(procedure.getId()).orElseThrow().countRequest();
        if (subject != null) {
            drafts.deleteById(new RequestDraft.Key(subject, procedure.getId()));
        }
        indexing.changed(request);
        mails.receipt(procedure, request);
        return request;
    }

    /** The request already filed with that idempotency key, if any (after a concurrent submission won the race). */
    @Transactional(readOnly = true)
    public Optional<Request> filedWith(String idempotencyKey) {
        return requests.findByIdempotencyKey(idempotencyKey);
    }

    private String trackingNumber(Tenant tenant, Instant now) {
        int year = now.atZone(PARIS).getYear();
        return String.format(Locale.ROOT, "%s-%d-%06d", tenant.slug().toUpperCase(Locale.ROOT), year,
                requests.nextTrackingValue(year));
    }

    /** A request as it will be filed: the procedure, the form version and the answers kept. */
    record Checked(Procedure procedure, int formNumber, Map<String, Object> answers) {
    }

    private static Optional<String> residentSubject() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? Optional.empty() : CommuneAccess.subjectOf(authentication);
    }
}
