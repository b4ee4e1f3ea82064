package fr.ensemble.demarches.application;

import fr.ensemble.core.identity.access.CommuneAccess;
import fr.ensemble.core.notification.MailOutbox;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.demarches.domain.Procedure;
import fr.ensemble.demarches.domain.ProcedureRepository;
import fr.ensemble.demarches.domain.Request;
import fr.ensemble.demarches.domain.RequestEvent;
import fr.ensemble.demarches.domain.RequestEventRepository;
import fr.ensemble.demarches.domain.RequestRepository;
import fr.ensemble.demarches.domain.RequestStatus;
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
 * tracking number ({@code PANTIN-2026-000123}), the first step of its history and the receipt e-mail, all in
 * one transaction. The same idempotency key files one request, however many times it is sent.
 */
@Service
public class RequestFiling {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Catalogue catalogue;
    private final ProcedureRepository procedures;
    private final RequestRepository requests;
    private final RequestEventRepository events;
    private final MailOutbox outbox;
    private final TenantRegistry registry;
    private final JsonMapper json;
    private final Clock clock;
    private final RequestIndexing indexing;

    RequestFiling(Catalogue catalogue, ProcedureRepository procedures, RequestRepository requests,
            RequestEventRepository events, MailOutbox outbox, TenantRegistry registry, JsonMapper json, Clock clock,
            RequestIndexing indexing) {
        this.catalogue = catalogue;
        this.procedures = procedures;
        this.requests = requests;
        this.events = events;
        this.outbox = outbox;
        this.registry = registry;
        this.json = json;
        this.clock = clock;
        this.indexing = indexing;
    }

    /**
     * @param contactEmail where the receipt and the news of the request go
     * @param idempotencyKey the client's key for this submission (a double click sends the same one), or null
     */
    @Transactional
    public Request file(String procedureSlug, Map<String, Object> answers, String contactEmail, String idempotencyKey) {
        if (idempotencyKey != null) {
            Optional<Request> already = requests.findByIdempotencyKey(idempotencyKey);
            if (already.isPresent()) {
                return already.get();
            }
        }
        Procedure procedure = catalogue.find(procedureSlug).filter(Procedure::isOnline)
                .orElseThrow(() -> new RequestRefusedException(List.of(new FieldError("",
                        "Cette démarche n'existe pas ou ne se fait pas en ligne."))));
        if (contactEmail == null || contactEmail.isBlank()) {
            throw new RequestRefusedException(List.of(new FieldError("", "Une adresse e-mail est nécessaire pour vous "
                    + "envoyer l'accusé de réception : ajoutez-en une à votre compte.")));
        }
        String subject = residentSubject().orElse(null);
        if (subject == null && !procedure.isAnonymousAllowed()) {
            throw new RequestRefusedException(List.of(new FieldError("", "Connectez-vous pour faire cette démarche.")));
        }
        var form = catalogue.currentForm(procedure).orElseThrow(() -> new RequestRefusedException(List.of(
                new FieldError("", "Cette démarche n'a pas encore de formulaire publié."))));
        List<FieldError> errors = FormValidator.validate(form.definition(), answers);
        if (!errors.isEmpty()) {
            throw new RequestRefusedException(errors);
        }
        Instant now = clock.instant();
        Tenant tenant = registry.require(TenantContext.current().orElseThrow());
        Request request = requests.save(new Request(trackingNumber(tenant, now), procedure.getId(), form.number(),
                subject, contactEmail, json.writeValueAsString(FormValidator.visibleAnswers(form.definition(), answers)),
                idempotencyKey, now));
        events.save(new RequestEvent(request.getId(), now, subject == null ? contactEmail : "usager", RequestStatus.RECUE,
                null, true));
        procedures.findById(procedure.getId()).orElseThrow().countRequest();
        indexing.changed(request);
        outbox.queue(contactEmail, "Votre demande " + request.getTrackingNumber() + " est bien reçue",
                RequestMails.receipt(tenant, procedure, request));
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

    private static Optional<String> residentSubject() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? Optional.empty() : CommuneAccess.subjectOf(authentication);
    }
}
