package fr.ensemble.core.settings;

import org.springframework.data.jpa.repository.JpaRepository;

/** Reads and writes the settings row of the current tenant's schema. */
interface CommuneSettingsRepository extends JpaRepository<CommuneSettings, Short> {
}
