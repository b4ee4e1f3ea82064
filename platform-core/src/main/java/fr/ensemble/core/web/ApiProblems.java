package fr.ensemble.core.web;

import fr.ensemble.core.tenancy.TenantConflictException;
import fr.ensemble.core.tenancy.UnknownTenantException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Errors of the HTTP API as RFC 7807 problem details, with French titles and details for people. */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

    public static final URI TYPE_BASE = URI.create("https://ensemble.est-ensemble.fr/problemes/");

    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(TYPE_BASE.resolve(type));
        problem.setTitle(title);
        return problem;
    }

    /** A problem to throw from a controller: Spring answers it as is. */
    public static ErrorResponseException error(HttpStatus status, String type, String title, String detail) {
        return new ErrorResponseException(status, problem(status, type, title, detail), null);
    }

    public static ProblemDetail unknownTenant() {
        return problem(HttpStatus.NOT_FOUND, "commune-inconnue", "Commune inconnue",
                "Aucune commune d'Ensemble ne porte cet identifiant.");
    }

    @ExceptionHandler(UnknownTenantException.class)
    ProblemDetail unknownTenant(UnknownTenantException e) {
        return unknownTenant();
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied() {
        return problem(HttpStatus.FORBIDDEN, "acces-refuse", "Accès refusé", "Votre compte n'a pas accès à cette ressource.");
    }

    @ExceptionHandler(TenantConflictException.class)
    ProblemDetail conflict(TenantConflictException e) {
        return problem(HttpStatus.CONFLICT, "conflit", "Conflit avec une commune existante", e.getMessage());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalid(ConstraintViolationException e) {
        List<Map<String, String>> errors = e.getConstraintViolations().stream()
                .map(violation -> Map.of("champ", leaf(violation.getPropertyPath().toString()),
                        "message", violation.getMessage()))
                .sorted(Comparator.comparing(error -> error.get("champ")))
                .toList();
        return invalidRequest(errors);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getAllErrors().stream()
                .map(error -> Map.of("champ", leaf(error instanceof FieldError field
                        ? field.getField() : error.getObjectName()), "message", String.valueOf(error.getDefaultMessage())))
                .sorted(Comparator.comparing(error -> error.get("champ")))
                .toList();
        return ResponseEntity.badRequest().body(invalidRequest(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "requete-illisible",
                "Requête illisible", "Le corps de la requête n'est pas un document JSON valide pour cette opération."));
    }

    private static ProblemDetail invalidRequest(List<Map<String, String>> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "requete-invalide", "Requête invalide",
                errors.stream().map(error -> error.get("message")).distinct().reduce((a, b) -> a + " " + b).orElse(""));
        problem.setProperty("erreurs", errors);
        return problem;
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
