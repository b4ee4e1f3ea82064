package fr.ensemble.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ensemble.core.settings.CommuneSettingsChange;
import fr.ensemble.core.settings.CommuneSettingsService;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.LocalStack;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The documented export command produces a dump that the restore command loads into a new, empty database. */
@IntegrationTest
class TenantExportIT {

    private final String restoredDatabase = "restore_" + UUID.randomUUID().toString().replace("-", "");

    @Autowired
    CommuneSettingsService settings;

    @TempDir
    Path folder;

    @AfterEach
    void cleanUp() throws Exception {
        Acting.as("admin.pantin", Acting.PANTIN_ADMIN, () -> TenantContext.run("pantin", () -> settings.update(change("Pantin"))));
        try (Connection superuser = LocalStack.superuser("postgres")) {
            superuser.createStatement().execute("DROP DATABASE IF EXISTS " + restoredDatabase);
        }
    }

    @Test
    void exportOfOneTenantRestoresIntoAnEmptyDatabase() throws Exception {
        String marker = "Pantin " + UUID.randomUUID();
        Acting.as("admin.pantin", Acting.PANTIN_ADMIN, () -> TenantContext.run("pantin", () -> settings.update(change(marker))));
        Path dump = folder.resolve("pantin.dump");

        LocalStack.command("infra/tenant", "export", "pantin", dump.toString());

        LocalStack.command("infra/tenant", "restore", dump.toString(), restoredDatabase);

        try (Connection restored = LocalStack.superuser(restoredDatabase);
                var rows = restored.createStatement().executeQuery(
                        "SELECT display_name FROM t_pantin.commune_settings")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo(marker);
        }
        try (Connection restored = LocalStack.superuser(restoredDatabase);
                var rows = restored.createStatement().executeQuery(
                        "SELECT count(*) FROM pg_namespace WHERE nspname LIKE 't\\_%' AND nspname <> 't_pantin'")) {
            rows.next();
            assertThat(rows.getInt(1)).as("other tenants' schemas in the dump").isZero();
        }
    }

    private static CommuneSettingsChange change(String displayName) {
        return new CommuneSettingsChange(displayName, "#1d4e89", "#c8102e", null, null, null, null);
    }
}
