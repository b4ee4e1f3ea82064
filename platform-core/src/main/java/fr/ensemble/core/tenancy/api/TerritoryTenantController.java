package fr.ensemble.core.tenancy.api;

import fr.ensemble.core.tenancy.NewTenant;
import fr.ensemble.core.tenancy.TenantKind;
import fr.ensemble.core.tenancy.TenantOnboarding;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Territory administration of tenants: onboarding a commune while the platform runs. */
@RestController
@RequestMapping("/api/v1/territory/tenants")
public class TerritoryTenantController {

    private final TenantOnboarding onboarding;

    public TerritoryTenantController(TenantOnboarding onboarding) {
        this.onboarding = onboarding;
    }

    /**
     * 201 with the new tenant, or 200 when it was already onboarded (nothing is done twice). Territory
     * administrators only: the security configuration requires {@code territoire:territoire-admin}.
     */
    @PostMapping
    public ResponseEntity<OnboardingResponse> onboard(@RequestBody NewTenant request) {
        TenantOnboarding.Result result = onboarding.onboard(request);
        var body = new OnboardingResponse(result.tenant().slug(), result.tenant().name(),
                result.tenant().inseeCode(), result.tenant().kind(), result.created(), result.duration().toMillis());
        if (!result.created()) {
            return ResponseEntity.ok(body);
        }
        return ResponseEntity.created(URI.create("/" + result.tenant().slug())).body(body);
    }

    public record OnboardingResponse(String slug, String name, String inseeCode, TenantKind kind, boolean created,
            long durationMillis) {
    }
}
