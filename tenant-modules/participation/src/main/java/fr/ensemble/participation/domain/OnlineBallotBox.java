package fr.ensemble.participation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The online vote's write, in plain SQL because it is the closing-hour hot path: the register entry and the ballot
 * in one statement. It runs in the caller's transaction, whose connection already acts as the tenant.
 */
@Repository
public class OnlineBallotBox {

    private final JdbcTemplate jdbc;

    OnlineBallotBox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes the register entry and the ballot, only while the campaign is published and its vote open that day.
     *
     * @return true when both were written; false when nothing was, because the voter (or someone of the same
     *         identity) is already in the register, or the vote is not open
     */
    public boolean cast(long campaignId, String voter, String identityHash, String commune, LocalDate castOn,
            String idempotencyHash, String receiptHash, List<Long> choices) {
        return jdbc.update("""
                WITH entry AS (
                    INSERT INTO participation (campaign_id, voter, identity_hash, channel, voted_on, idempotency_hash, commune)
                    SELECT campaign.id, ?, ?, 'ONLINE', ?, ?, ?
                    FROM campaign JOIN campaign_phase vote ON vote.campaign_id = campaign.id AND vote.phase = 'VOTE'
                    WHERE campaign.id = ? AND campaign.published AND ? BETWEEN vote.starts_on AND vote.ends_on
                    ON CONFLICT DO NOTHING
                    RETURNING campaign_id)
                INSERT INTO ballot (id, campaign_id, channel, cast_on, receipt_hash, choices)
                SELECT ?, campaign_id, 'ONLINE', ?, ?, CAST(? AS bigint[]) FROM entry""",
                voter, identityHash, castOn, idempotencyHash, commune, campaignId, castOn,
                UUID.randomUUID(), castOn, receiptHash,
                choices.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"))) == 1;
    }
}
