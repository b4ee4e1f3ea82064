package fr.ensemble.core.tenancy.api;

import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantKind;
import fr.ensemble.core.tenancy.TenantRegistry;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tenants")
public class TenantController {

    private final TenantRegistry registry;

    public TenantController(TenantRegistry registry) {
        this.registry = registry;
    }

    @GetMapping
    public List<TenantResponse> list() {
        return registry.all().stream().map(TenantResponse::of).toList();
    }

    public record TenantResponse(String slug, String name, String inseeCode, TenantKind kind) {

        static TenantResponse of(Tenant tenant) {
            return new TenantResponse(tenant.slug(), tenant.name(), tenant.inseeCode(), tenant.kind());
        }
    }
}
