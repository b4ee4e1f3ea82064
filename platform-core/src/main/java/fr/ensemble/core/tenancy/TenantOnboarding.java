package fr.ensemble.core.tenancy;

import jakarta.validation.Valid;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

/**
 * Welcomes a commune at runtime: registry row, database role, schema, migrations, defaults, then the
 * {@link TenantOnboarded} event. Safe to retry after a failure half-way: the tenant stays PROVISIONING (and
 * is served nowhere) until every step has succeeded; onboarding an active tenant again changes nothing.
 */
@Service
@Validated
public class TenantOnboarding {

    private static final Logger log = LoggerFactory.getLogger(TenantOnboarding.class);

    private final JdbcTemplate jdbc;
    private final TenantSchemas schemas;
    private final TenantRegistry registry;
    private final ApplicationEventPublisher events;

    public TenantOnboarding(JdbcTemplate jdbc, TenantSchemas schemas, TenantRegistry registry,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.schemas = schemas;
        this.registry = registry;
        this.events = events;
    }

    /** Territory administrators only. */
    @PreAuthorize("hasAuthority('territoire:territoire-admin')")
    public Result onboard(@Valid NewTenant request) {
        long start = System.nanoTime();
        Tenant tenant = request.toTenant();
        if (!register(tenant)) {
            return new Result(tenant, false, Duration.ofNanos(System.nanoTime() - start));
        }
        schemas.prepare(tenant);
        jdbc.update("UPDATE territoire.tenant SET status = 'ACTIVE' WHERE slug = ?", tenant.slug());
        registry.reload();
        events.publishEvent(new TenantOnboarded(tenant));
        var duration = Duration.ofNanos(System.nanoTime() - start);
        log.info("Tenant {} onboarded in {} ms", tenant.slug(), duration.toMillis());
        return new Result(tenant, true, duration);
    }

    /** Records the tenant as PROVISIONING; false when it is already active, as described. */
    private boolean register(Tenant tenant) {
        jdbc.update("""
                INSERT INTO territoire.tenant (slug, name, insee_code, kind, status)
                VALUES (?, ?, ?, ?, 'PROVISIONING')
                ON CONFLICT DO NOTHING""", tenant.slug(), tenant.name(), tenant.inseeCode(), tenant.kind().name());
        List<Registered> existing = jdbc.query(
                "SELECT slug, name, insee_code, kind, status FROM territoire.tenant WHERE slug = ? OR insee_code = ?",
                (row, number) -> new Registered(new Tenant(row.getString("slug"), row.getString("name"),
                        row.getString("insee_code"), TenantKind.valueOf(row.getString("kind"))),
                        "ACTIVE".equals(row.getString("status"))),
                tenant.slug(), tenant.inseeCode());
        for (Registered registered : existing) {
            if (!registered.tenant().equals(tenant)) {
                throw new TenantConflictException(conflict(tenant, registered.tenant()));
            }
        }
        return existing.stream().noneMatch(Registered::active);
    }

    private static String conflict(Tenant wanted, Tenant registered) {
        if (registered.slug().equals(wanted.slug())) {
            return "L'identifiant « " + wanted.slug() + " » est déjà celui de " + registered.name() + ".";
        }
        return "Le code INSEE " + wanted.inseeCode() + " est déjà celui de " + registered.name() + ".";
    }

    private record Registered(Tenant tenant, boolean active) {
    }

    /**
     * @param created false when the tenant was already active and nothing was done
     */
    public record Result(Tenant tenant, boolean created, Duration duration) {
    }
}
