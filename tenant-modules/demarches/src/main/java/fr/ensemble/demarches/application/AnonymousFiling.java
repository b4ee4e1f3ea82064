package fr.ensemble.demarches.application;

import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.demarches.domain.PendingRequest;
import fr.ensemble.demarches.domain.PendingRequestRepository;
import fr.ensemble.demarches.domain.Procedure;
import fr.ensemble.demarches.domain.ProcedureRepository;
import fr.ensemble.demarches.domain.Request;
import fr.ensemble.demarches.domain.RequestRepository;
import fr.ensemble.demarches.domain.form.FieldError;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Filing without an account, where the procedure allows it: the answers wait until their author opens the link
 * e-mailed to them (48 hours), so that nobody files in someone else's name and robots file nothing. Opening the
 * link again shows the same request. Unconfirmed answers expire ({@link UnsentAnswersCleanup}).
 */
@Service
public class AnonymousFiling {

    static final Duration VALIDITY = Duration.ofHours(48);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() {
    };

    private final RequestFiling filing;
    private final PendingRequestRepository pending;
    private final ProcedureRepository procedures;
    private final RequestRepository requests;
    private final RequestMails mails;
    private final JsonMapper json;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AnonymousFiling(RequestFiling filing, PendingRequestRepository pending, ProcedureRepository procedures,
            RequestRepository requests, RequestMails mails, JsonMapper json,
            Clock clock) {
        this.filing = filing;
        this.pending = pending;
        this.procedures = procedures;
        this.requests = requests;
        this.mails = mails;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Checks the answers and e-mails the confirmation link; nothing is filed yet.
     *
     * @throws RequestRefusedException in French, per field ({@code email} for the address)
     */
    @Transactional
    public void askConfirmation(String procedureSlug, Map<String, Object> answers, String email) {
        if (email == null || !EMAIL.matcher(email.strip()).matches()) {
            throw new RequestRefusedException(List.of(new FieldError("email",
                    "Saisissez une adresse e-mail valide : le lien pour envoyer votre demande y sera envoyé.")));
        }
        RequestFiling.Checked checked = filing.check(procedureSlug, answers, true);
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        pending.save(new PendingRequest(hash(token), checked.procedure().getId(), email.strip(),
                json.writeValueAsString(checked.answers()), now, now.plus(VALIDITY)));
        String tenant = TenantContext.current().orElseThrow();
        mails.confirmEmail(checked.procedure(), email.strip(), tenant + "/demarches/confirmation/" + token);
    }

    /**
     * Files the request behind the link, once: the same link opened again gives the same request.
     *
     * @return empty when the link is unknown or expired
     */
    @Transactional
    public Optional<Request> confirm(String token) {
        Optional<PendingRequest> found = pending.findById(hash(token)).filter(waiting -> !waiting.isExpired(clock.instant()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PendingRequest waiting = found.get();
        if (waiting.getRequestId() != null) {
            return requests.findById(waiting.getRequestId());
        }
        Procedure procedure = procedures.findById(waiting.getProcedureId()).orElseThrow();
        Request request = filing.fileConfirmed(procedure.getSlug(), json.readValue(waiting.getAnswers(), ANSWERS),
                waiting.getContactEmail(), "confirmation:" + hash(token));
        waiting.filedAs(request.getId());
        return Optional.of(request);
    }


    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
