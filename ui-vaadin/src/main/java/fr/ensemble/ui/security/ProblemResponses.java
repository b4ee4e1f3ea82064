package fr.ensemble.ui.security;

import fr.ensemble.core.web.ApiProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** The API's refusals as RFC 7807 problem details in French. */
final class ProblemResponses {

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    AuthenticationEntryPoint unauthorized() {
        return new Unauthorized();
    }

    AccessDeniedHandler forbidden() {
        return new Forbidden();
    }

    private final class Unauthorized implements AuthenticationEntryPoint {

        @Override
        public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
                throws IOException {
            response.setHeader("WWW-Authenticate", "Bearer");
            write(response, ApiProblems.problem(HttpStatus.UNAUTHORIZED, "authentification-requise",
                    "Authentification requise", "Présentez un jeton d'accès valide (en-tête Authorization: Bearer)."));
        }
    }

    private final class Forbidden implements AccessDeniedHandler {

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
                throws IOException {
            write(response, ApiProblems.problem(HttpStatus.FORBIDDEN, "acces-refuse", "Accès refusé",
                    "Votre compte n'a pas accès à cette ressource."));
        }
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
