package fr.ensemble.core.tenancy.web;

import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.core.web.ApiProblems;
import io.micrometer.common.KeyValue;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sets the tenant of HTTP requests whose URL names one: {@code /api/v1/{commune}/...},
 * {@code /api/v1/agent/{commune}/...} and {@code /agent/{commune}/...}. An unknown commune in an API URL is
 * answered 404 before any controller runs; pages leave it to the router's French "page introuvable".
 */
@Component
public class TenantRequestFilter extends OncePerRequestFilter {

    private static final Pattern API = Pattern.compile("^/api/v1/(?:agent/)?([^/]+)(?:/.*)?$");
    private static final Pattern AGENT_PAGES = Pattern.compile("^/agent/([^/]+)(?:/.*)?$");
    /** API paths that name no tenant. */
    private static final Set<String> SHARED_API = Set.of("tenants", "territory", "agent");

    private final TenantRegistry registry;
    private final JsonMapper json;

    public TenantRequestFilter(TenantRegistry registry, JsonMapper json) {
        this.registry = registry;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<String> named = tenantNamedBy(path);
        if (named.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Tenant> tenant = registry.find(named.get());
        if (tenant.isEmpty()) {
            if (path.startsWith("/api/")) {
                writeUnknownTenant(response);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        String slug = tenant.get().slug();
        ServerHttpObservationFilter.findObservationContext(request)
                .ifPresent(context -> context.addLowCardinalityKeyValue(KeyValue.of("tenant", slug)));
        try (TenantContext.Scope ignored = TenantContext.enter(slug)) {
            chain.doFilter(request, response);
        }
    }

    static Optional<String> tenantNamedBy(String path) {
        Matcher api = API.matcher(path);
        if (api.matches()) {
            return SHARED_API.contains(api.group(1)) ? Optional.empty() : Optional.of(api.group(1));
        }
        Matcher agent = AGENT_PAGES.matcher(path);
        return agent.matches() ? Optional.of(agent.group(1)) : Optional.empty();
    }

    private void writeUnknownTenant(HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), ApiProblems.unknownTenant());
    }
}
