package fr.ensemble.ui.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** A page load refused by the browser chain: HTTP 403 and the French "accès refusé" page. */
final class AccessDeniedPage implements AccessDeniedHandler {

    private static final ClassPathResource PAGE = new ClassPathResource("static/acces-refuse.html");

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html;charset=UTF-8");
        try (InputStream page = PAGE.getInputStream()) {
            page.transferTo(response.getOutputStream());
        }
    }
}
