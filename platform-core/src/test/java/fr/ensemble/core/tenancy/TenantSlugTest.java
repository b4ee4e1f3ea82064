package fr.ensemble.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TenantSlugTest {

    @ParameterizedTest
    @ValueSource(strings = {"pantin", "le-pre-saint-gervais", "noisy-le-sec", "est-ensemble", "commune93"})
    void acceptsTheSlugsOfTheRegistry(String slug) {
        assertThat(TenantSlug.isValid(slug)).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "pantin; drop schema t_bagnolet", "../bagnolet", "Pantin", "pantin--bis", "-pantin",
            "pantin-", "93pantin", "pré-saint-gervais", "pantin\"", "pantin\u0000", "t_pantin",
            "a-very-long-slug-that-goes-beyond-forty-characters"})
    void refusesAnythingElse(String slug) {
        assertThat(TenantSlug.isValid(slug)).isFalse();
    }

    @Test
    void derivesSchemaAndRoleNames() {
        assertThat(TenantSlug.schemaOf("le-pre-saint-gervais")).isEqualTo("t_le_pre_saint_gervais");
        assertThat(TenantSlug.roleOf("pantin")).isEqualTo("tenant_pantin");
    }

    @Test
    void neverDerivesANameFromAnInvalidSlug() {
        assertThatThrownBy(() -> TenantSlug.schemaOf("pantin; drop schema t_bagnolet"))
                .isInstanceOf(UnknownTenantException.class);
        assertThatThrownBy(() -> TenantSlug.roleOf("../bagnolet")).isInstanceOf(UnknownTenantException.class);
    }

    @Test
    void contextRefusesAnInvalidSlugAndRestoresThePreviousTenant() {
        assertThatThrownBy(() -> TenantContext.run("../bagnolet", () -> { }))
                .isInstanceOf(UnknownTenantException.class);

        String inner = TenantContext.call("pantin", () -> TenantContext.call("bagnolet",
                () -> TenantContext.current().orElseThrow()));

        assertThat(inner).isEqualTo("bagnolet");
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void asynchronousWorkKeepsTheSubmittingTenant() throws InterruptedException {
        String[] seen = new String[1];
        Runnable task = TenantContext.call("pantin",
                () -> TenantContext.propagate(() -> seen[0] = TenantContext.current().orElse(null)));

        Thread thread = Thread.ofVirtual().start(task);
        thread.join();

        assertThat(seen[0]).isEqualTo("pantin");
    }
}
