package fr.ensemble.participation.application;

import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.core.tenancy.persistence.TenantJdbc;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Erases what PostgreSQL itself would tell of who cast which ballot. A ballot and its register entry are written
 * by one transaction, so at first they carry the same hidden transaction id ({@code xmin}) and ballots lie in the
 * table in the order they were cast. Every few minutes, in one transaction, this rewrites the ballots of today and
 * yesterday in random order and rewrites the register entries of the same days: afterwards every ballot of a day
 * carries the same transaction id as every entry of that day, and their physical order is random. The dead row
 * versions go with the next (auto)vacuum.
 */
@Component
public class BallotMixing {

    private static final Logger log = LoggerFactory.getLogger(BallotMixing.class);

    private final TenantRegistry registry;
    private final TenantJdbc jdbc;
    private final Clock clock;

    BallotMixing(TenantRegistry registry, TenantJdbc jdbc, Clock clock) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${ensemble.participation.mixing-interval:10m}",
            initialDelayString = "${ensemble.participation.mixing-interval:10m}")
    public void mixAll() {
        for (Tenant tenant : registry.all()) {
            try {
                mix(tenant);
            } catch (RuntimeException e) {
                log.error("Ballots of {}: mixing failed, tried again at the next round", tenant.slug(), e);
            }
        }
    }

    /** @return how many ballots were rewritten */
    public int mix(Tenant tenant) {
        LocalDate since = LocalDate.now(clock.withZone(Voting.PARIS)).minusDays(1);
        return jdbc.write(tenant, sql -> {
            int ballots = sql.update("""
                    WITH taken AS (DELETE FROM ballot WHERE cast_on >= ? RETURNING *)
                    INSERT INTO ballot SELECT * FROM taken ORDER BY random()""", since);
            sql.update("UPDATE participation SET voted_on = voted_on WHERE voted_on >= ?", since);
            return ballots;
        });
    }
}
