package fr.ensemble.demarches.api;

import fr.ensemble.core.web.ApiProblems;
import fr.ensemble.demarches.application.Catalogue;
import fr.ensemble.demarches.application.RequestFiling;
import fr.ensemble.demarches.application.RequestRefusedException;
import fr.ensemble.demarches.domain.Procedure;
import fr.ensemble.demarches.domain.Request;
import fr.ensemble.demarches.domain.RequestRepository;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mes Démarches over HTTP, for a mobile app and integrations: the published procedures of a commune, filing a
 * request (bearer token, {@code Idempotency-Key}), the caller's requests in that commune. The commune in the
 * path is the tenant ({@code TenantRequestFilter}).
 */
@RestController
public class DemarchesController {

    private final Catalogue catalogue;
    private final RequestFiling filing;
    private final RequestRepository requests;

    DemarchesController(Catalogue catalogue, RequestFiling filing, RequestRepository requests) {
        this.catalogue = catalogue;
        this.filing = filing;
        this.requests = requests;
    }

    @GetMapping("/api/v1/{commune}/demarches")
    public List<PublishedProcedure> procedures(@PathVariable String commune) {
        return catalogue.published(null).stream().map(PublishedProcedure::of).toList();
    }

    @PostMapping("/api/v1/{commune}/demarches/{procedure}/demandes")
    public ResponseEntity<FiledRequest> file(@PathVariable String commune, @PathVariable String procedure,
            @RequestBody Map<String, Object> answers, @AuthenticationPrincipal Jwt resident,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        if (resident == null) {
            throw ApiProblems.error(HttpStatus.UNAUTHORIZED, "authentification-requise", "Authentification requise",
                    "Connectez-vous (jeton d'accès) pour faire une démarche.");
        }
        String key = idempotencyKey == null ? null : resident.getSubject() + ":" + idempotencyKey;
        Request request;
        try {
            request = filing.file(procedure, answers, resident.getClaimAsString("email"), key);
        } catch (DataIntegrityViolationException raced) {
            // The same key sent twice at once: the other submission filed it.
            request = key == null ? null : filing.filedWith(key).orElse(null);
            if (request == null) {
                throw raced;
            }
        }
        return ResponseEntity.created(URI.create("/api/v1/" + commune + "/demandes/" + request.getTrackingNumber()))
                .body(FiledRequest.of(request));
    }

    @GetMapping("/api/v1/{commune}/demandes")
    @Transactional(readOnly = true)
    public List<FiledRequest> myRequests(@PathVariable String commune, @AuthenticationPrincipal Jwt resident) {
        if (resident == null) {
            throw ApiProblems.error(HttpStatus.UNAUTHORIZED, "authentification-requise", "Authentification requise",
                    "Connectez-vous (jeton d'accès) pour voir vos demandes.");
        }
        return requests.findByResidentSubjectOrderBySubmittedAtDesc(resident.getSubject()).stream().map(FiledRequest::of).toList();
    }

    /** Each refused field with its French reason, in an RFC 7807 problem ({@code errors}: field and message). */
    @ExceptionHandler(RequestRefusedException.class)
    ResponseEntity<ProblemDetail> refused(RequestRefusedException refusal) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.BAD_REQUEST, "demande-invalide", "Demande invalide",
                "La demande n'a pas été enregistrée : corrigez les champs indiqués.");
        problem.setProperty("errors", refusal.errors());
        return ResponseEntity.badRequest().body(problem);
    }

    /** A procedure of the catalogue. */
    public record PublishedProcedure(String slug, String title, String category, String categoryLabel, String summary,
            String requiredDocuments, String expectedDelay, String channel, long requestsFiled) {

        static PublishedProcedure of(Procedure procedure) {
            return new PublishedProcedure(procedure.getSlug(), procedure.getTitle(), procedure.getCategory().name(),
                    procedure.getCategory().label(), procedure.getSummary(), procedure.getRequiredDocuments(),
                    procedure.getExpectedDelay(), procedure.getChannel().label(), procedure.getRequestsFiled());
        }
    }

    /** A filed request as its author sees it: {@code status} is the code of the procedure's workflow. */
    public record FiledRequest(String trackingNumber, String status, String statusLabel, Instant submittedAt) {

        static FiledRequest of(Request request) {
            return new FiledRequest(request.getTrackingNumber(), request.getStatus(), request.getResidentStatus(),
                    request.getSubmittedAt());
        }
    }
}
