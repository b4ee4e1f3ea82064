package fr.ensemble.core.tenancy.api;

import fr.ensemble.core.web.ApiProblems;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Until territory staff log in through Keycloak (identity issue), the territory API accepts one shared
 * bearer token from the configuration ({@code ENSEMBLE_TERRITORY_ADMIN_TOKEN}); without it, the API is closed.
 */
@Component
class TerritoryAdminGuard {

    private final byte[] token;

    TerritoryAdminGuard(@Value("${ensemble.territory.admin-token:}") String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    private static ErrorResponseException refusal(HttpStatus status, String title, String detail) {
        return new ErrorResponseException(status, ApiProblems.problem(status, "acces-refuse", title, detail), null);
    }

    void check(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            throw refusal(HttpStatus.UNAUTHORIZED, "Authentification requise",
                    "Présentez le jeton d'administration du territoire (en-tête Authorization: Bearer).");
        }
        byte[] presented = authorization.substring("Bearer ".length()).getBytes(StandardCharsets.UTF_8);
        if (token.length == 0 || !MessageDigest.isEqual(token, presented)) {
            throw refusal(HttpStatus.FORBIDDEN, "Accès refusé", "Ce jeton ne donne pas accès à l'administration du territoire.");
        }
    }
}
