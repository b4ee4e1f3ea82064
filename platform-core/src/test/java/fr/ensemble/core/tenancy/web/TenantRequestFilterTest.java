package fr.ensemble.core.tenancy.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenantRequestFilterTest {

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
            "/api/v1/pantin/settings, pantin",
            "/api/v1/pantin, pantin",
            "/api/v1/agent/bagnolet/demarches, bagnolet",
            "/agent/les-lilas, les-lilas",
            "/agent/les-lilas/demarches/42, les-lilas",
            "/api/v1/tenants, none",
            "/api/v1/territory/tenants, none",
            "/api/v1/agent, none",
            "/pantin, none",
            "/actuator/health, none",
            "/, none"})
    void findsTheTenantNamedByTheUrl(String path, String tenant) {
        assertThat(TenantRequestFilter.tenantNamedBy(path).orElse(null)).isEqualTo(tenant);
    }
}
