package fr.ensemble.core.tenancy;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

/**
 * The active tenants, read from {@code territoire.tenant} and kept in memory: every connection taken for a
 * tenant is checked here first. Read with plain JDBC because Hibernate itself depends on it.
 */
@Service
public class TenantRegistry {

    private static final RowMapper<Tenant> TENANT = (row, number) -> new Tenant(row.getString("slug"),
            row.getString("name"), row.getString("insee_code"), TenantKind.valueOf(row.getString("kind")));
    private static final Comparator<Tenant> COMMUNES_FIRST_BY_NAME =
            Comparator.comparing(Tenant::kind).thenComparing(Tenant::name);

    /** An unknown slug reloads the registry (another node may have onboarded it), at most this often. */
    private static final Duration RELOAD_ON_MISS_INTERVAL = Duration.ofSeconds(5);

    private final JdbcTemplate jdbc;
    private volatile Map<String, Tenant> active;
    private volatile Instant loadedAt = Instant.EPOCH;

    public TenantRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The communes first, then the territory, each group sorted by name. */
    public List<Tenant> all() {
        return active().values().stream().sorted(COMMUNES_FIRST_BY_NAME).toList();
    }

    public List<Tenant> communes() {
        return all().stream().filter(Tenant::isCommune).toList();
    }

    /** The active tenant of that slug; an unknown but well-formed slug may look the database up again. */
    public Optional<Tenant> find(String slug) {
        if (!TenantSlug.isValid(slug)) {
            return Optional.empty();
        }
        Tenant tenant = active().get(slug);
        if (tenant == null && Instant.now().isAfter(loadedAt.plus(RELOAD_ON_MISS_INTERVAL))) {
            tenant = reload().get(slug);
        }
        return Optional.ofNullable(tenant);
    }

    public Tenant require(String slug) {
        return find(slug).orElseThrow(() -> new UnknownTenantException(slug));
    }

    /** Every tenant of the registry, active or still being provisioned. */
    public List<Tenant> registered() {
        return jdbc.query("select slug, name, insee_code, kind from territoire.tenant order by slug", TENANT);
    }

    public Map<String, Tenant> reload() {
        Map<String, Tenant> fresh = jdbc.query(
                        "select slug, name, insee_code, kind from territoire.tenant where status = 'ACTIVE'", TENANT)
                .stream().collect(Collectors.toUnmodifiableMap(Tenant::slug, Function.identity()));
        active = fresh;
        loadedAt = Instant.now();
        return fresh;
    }

    private Map<String, Tenant> active() {
        Map<String, Tenant> current = active;
        return current != null ? current : reload();
    }
}
