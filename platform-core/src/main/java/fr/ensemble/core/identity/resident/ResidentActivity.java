package fr.ensemble.core.identity.resident;

import java.time.Instant;

/**
 * One thing a resident did in a commune, as a module reports it to "Mon compte" (a request filed, a vote
 * cast...).
 *
 * @param kind the module's French label, e.g. "Démarche" or "Participation"
 * @param reference a tracking number or receipt code the resident can quote
 * @param path where the resident follows it in the portal (relative, e.g. {@code compte/demandes/pantin/...}),
 *        or {@code null}
 */
public record ResidentActivity(String tenantSlug, String kind, String title, String status, String reference,
        Instant at, String path) {
}
