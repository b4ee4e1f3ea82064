package fr.ensemble.demarches.api;

import fr.ensemble.core.search.SearchUnavailableException;
import fr.ensemble.core.web.ApiProblems;
import fr.ensemble.demarches.application.Instruction.InboxRow;
import fr.ensemble.demarches.application.RequestSearch;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The search of a commune's requests for its agents' tools: {@code GET /api/v1/agent/{commune}/demandes?q=...}
 * with an optional {@code statut}. Only that commune's agents reach it, and it searches that commune only.
 */
@RestController
public class RequestSearchController {

    private static final int LIMIT = 50;

    private final RequestSearch search;

    private static final Pattern STATUS_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    RequestSearchController(RequestSearch search) {
        this.search = search;
    }

    @GetMapping("/api/v1/agent/{commune}/demandes")
    public List<InboxRow> find(@PathVariable String commune, @RequestParam(name = "q", defaultValue = "") String words,
            @RequestParam(name = "statut", required = false) String status) {
        return search.find(words, status == null || status.isBlank() ? null : checked(status), null, LIMIT);
    }

    private static String checked(String code) {
        if (!STATUS_CODE.matcher(code).matches()) {
            throw ApiProblems.error(HttpStatus.BAD_REQUEST, "statut-invalide", "Statut invalide",
                    "Le statut « " + code + " » n'est pas un code de statut (majuscules, chiffres et _, ex. EN_COURS).");
        }
        return code;
    }

    @ExceptionHandler(SearchUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(SearchUnavailableException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(ApiProblems.problem(HttpStatus.SERVICE_UNAVAILABLE,
                "recherche-indisponible", "Recherche indisponible", e.getMessage()));
    }
}
