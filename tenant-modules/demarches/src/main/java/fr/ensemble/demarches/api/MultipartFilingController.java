package fr.ensemble.demarches.api;

import fr.ensemble.core.web.ApiProblems;
import fr.ensemble.demarches.api.DemarchesController.FiledRequest;
import fr.ensemble.demarches.application.AttachmentFiling;
import fr.ensemble.demarches.application.AttachmentFiling.Attachment;
import fr.ensemble.demarches.application.RequestRefusedException;
import fr.ensemble.demarches.domain.Request;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Filing with files over HTTP: the same address as the JSON filing, as {@code multipart/form-data} with a part
 * {@code answers} (the answers as a JSON object) and one part per file, named after its field ({@code photo},
 * {@code enfants[0].justificatif}). Same answers, errors and idempotency as {@link DemarchesController}.
 */
@RestController
public class MultipartFilingController {

    static final String ANSWERS = "answers";
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final AttachmentFiling filing;
    private final JsonMapper json;

    MultipartFilingController(AttachmentFiling filing, JsonMapper json) {
        this.filing = filing;
        this.json = json;
    }

    @PostMapping(path = "/api/v1/{commune}/demarches/{procedure}/demandes", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<FiledRequest> file(@PathVariable String commune, @PathVariable String procedure,
            @RequestPart(name = ANSWERS, required = false) String answersJson, MultipartHttpServletRequest parts,
            @AuthenticationPrincipal Jwt resident,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        if (resident == null) {
            throw ApiProblems.error(HttpStatus.UNAUTHORIZED, "authentification-requise", "Authentification requise",
                    "Connectez-vous (jeton d'accès) pour faire une démarche.");
        }
        Map<String, Attachment> attachments = new LinkedHashMap<>();
        parts.getMultiFileMap().forEach((name, files) -> {
            if (!ANSWERS.equals(name)) {
                MultipartFile file = files.getFirst();
                attachments.put(name, new Attachment(file.getOriginalFilename() == null ? name : file.getOriginalFilename(),
                        bytes(file)));
            }
        });
        String key = idempotencyKey == null ? null : resident.getSubject() + ":" + idempotencyKey;
        Request request = filing.file(procedure, answers(answersJson), attachments, resident.getClaimAsString("email"), key);
        return ResponseEntity.created(URI.create("/api/v1/" + commune + "/demandes/" + request.getTrackingNumber()))
                .body(FiledRequest.of(request));
    }

    private Map<String, Object> answers(String answersJson) {
        if (answersJson == null || answersJson.isBlank()) {
            return Map.of();
        }
        try {
            return json.readValue(answersJson, OBJECT);
        } catch (JacksonException e) {
            throw ApiProblems.error(HttpStatus.BAD_REQUEST, "reponses-illisibles", "Réponses illisibles",
                    "La partie « answers » doit être un objet JSON, par exemple {\"objet\": \"...\"}.");
        }
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each refused field (or file) with its French reason, as the JSON filing answers. */
    @ExceptionHandler(RequestRefusedException.class)
    ResponseEntity<ProblemDetail> refused(RequestRefusedException refusal) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.BAD_REQUEST, "demande-invalide", "Demande invalide",
                "La demande n'a pas été enregistrée : corrigez les champs indiqués.");
        problem.setProperty("errors", refusal.errors());
        return ResponseEntity.badRequest().body(problem);
    }
}
