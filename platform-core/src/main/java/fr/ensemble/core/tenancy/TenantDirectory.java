package fr.ensemble.core.tenancy;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the tenant registry. */
@Service
@Transactional(readOnly = true)
public class TenantDirectory {

    private final TenantRepository tenants;

    public TenantDirectory(TenantRepository tenants) {
        this.tenants = tenants;
    }

    /** The communes first, then the territory, each group sorted by name. */
    public List<Tenant> all() {
        return tenants.findAllByOrderByKindAscNameAsc();
    }

    public List<Tenant> communes() {
        return all().stream().filter(Tenant::isCommune).toList();
    }

    public Optional<Tenant> find(String slug) {
        return tenants.findById(slug);
    }
}
