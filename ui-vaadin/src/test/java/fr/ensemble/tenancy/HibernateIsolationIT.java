package fr.ensemble.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ensemble.core.settings.CommuneSettingsChange;
import fr.ensemble.core.settings.CommuneSettingsService;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.UnknownTenantException;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.LocalStack;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.support.TransactionTemplate;

/** Data written for one tenant through Hibernate is invisible to another, whatever the query. */
@IntegrationTest
class HibernateIsolationIT {

    @Autowired
    CommuneSettingsService settings;

    @Autowired
    EntityManager entityManager;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    TransactionTemplate transaction;

    private final String marker = "Pantin " + UUID.randomUUID();

    @AfterEach
    void restorePantin() {
        Acting.as("admin.pantin", Acting.PANTIN_ADMIN, () -> TenantContext.run("pantin", () -> settings.update(change("Pantin"))));
    }

    @Test
    void aRepositoryWriteForOneTenantIsInvisibleToAnother() {
        Acting.as("admin.pantin", Acting.PANTIN_ADMIN, () -> TenantContext.run("pantin", () -> settings.update(change(marker))));

        assertThat(TenantContext.call("pantin", settings::current).getDisplayName()).isEqualTo(marker);
        assertThat(TenantContext.call("bagnolet", settings::current).getDisplayName()).isEqualTo("Bagnolet");
    }

    @Test
    void nativeQueriesSeeOnlyTheCurrentTenant() {
        Acting.as("admin.pantin", Acting.PANTIN_ADMIN, () -> TenantContext.run("pantin", () -> settings.update(change(marker))));

        Object seenFromBagnolet = TenantContext.call("bagnolet", () -> transaction.execute(status ->
                entityManager.createNativeQuery("SELECT display_name FROM commune_settings").getSingleResult()));
        assertThat(seenFromBagnolet).isEqualTo("Bagnolet");

        assertThatThrownBy(() -> TenantContext.run("bagnolet", () -> transaction.executeWithoutResult(status ->
                entityManager.createNativeQuery("SELECT display_name FROM t_pantin.commune_settings").getSingleResult())))
                .hasStackTraceContaining("permission denied for schema t_pantin");
    }

    @Test
    void withoutATenantNoTenantTableIsReachable() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status ->
                entityManager.createNativeQuery("SELECT display_name FROM t_pantin.commune_settings").getSingleResult()))
                .hasStackTraceContaining("permission denied for schema t_pantin");
        assertThatThrownBy(settings::current).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyTheCommuneAdminChangesItsSettingsWhateverTheCaller() {
        assertThatThrownBy(() -> Acting.as("agent.pantin", List.of("pantin:agent"),
                () -> TenantContext.run("pantin", () -> settings.update(change(marker)))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.as("admin.pantin", Acting.PANTIN_ADMIN,
                () -> TenantContext.run("bagnolet", () -> settings.update(change(marker)))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TenantContext.run("pantin", () -> settings.update(change(marker))))
                .hasRootCauseInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(TenantContext.call("pantin", settings::current).getDisplayName()).isEqualTo("Pantin");
    }

    @Test
    void noSharedCacheCanMixTenants() {
        // Neither the second-level nor the query cache is enabled; enabling one must come with a test here.
        var options = entityManagerFactory.unwrap(SessionFactory.class).getSessionFactoryOptions();
        assertThat(options.isSecondLevelCacheEnabled()).isFalse();
        assertThat(options.isQueryCacheEnabled()).isFalse();
    }

    @Test
    void aMaliciousSlugIsRefusedBeforeAnySql() throws Exception {
        assertThatThrownBy(() -> TenantContext.run("pantin; drop schema t_bagnolet cascade", settings::current))
                .isInstanceOf(UnknownTenantException.class);
        assertThatThrownBy(() -> TenantContext.run("../bagnolet", settings::current))
                .isInstanceOf(UnknownTenantException.class);
        assertThatThrownBy(() -> TenantContext.run("atlantis", settings::current))
                .hasStackTraceContaining("Unknown tenant: \"atlantis\"");

        try (Connection superuser = LocalStack.superuser("ensemble");
                var rows = superuser.createStatement().executeQuery(
                        "SELECT count(*) FROM pg_namespace WHERE nspname = 't_bagnolet'")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
    }

    private static CommuneSettingsChange change(String displayName) {
        return new CommuneSettingsChange(displayName, "#1d4e89", "#c8102e", null, null, null, null);
    }
}
