package fr.ensemble.participation;

import static fr.ensemble.participation.ParticipationFixtures.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.participation.ParticipationFixtures.OpenCampaign;
import fr.ensemble.participation.application.BallotMixing;
import fr.ensemble.participation.application.Receipt;
import fr.ensemble.participation.application.Voting;
import fr.ensemble.participation.domain.BallotRule;
import fr.ensemble.participation.domain.CampaignKind;
import fr.ensemble.participation.domain.Refusal;
import fr.ensemble.participation.domain.VoteRefusedException;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.LocalStack;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Exactly once and secret: concurrent double submissions count once per voter, the database itself refuses a
 * second participation, and from the database alone no ballot leads back to its voter.
 */
@IntegrationTest
class BallotIntegrityIT {

    @Autowired
    ParticipationFixtures fixtures;

    @Autowired
    Voting voting;

    @Autowired
    BallotMixing mixing;

    @Autowired
    TenantRegistry registry;

    @Test
    void twoHundredVotersSendingTwiceAndFiftyTryingTwoKeysCountOnceEach() throws Exception {
        OpenCampaign campaign = fixtures.pantin(CampaignKind.BUDGET, BallotRule.APPROVAL, 2, 1_000_000_00L,
                10_000_00L, 20_000_00L, 30_000_00L);
        List<String> retrying = voters(200);
        List<String> twoKeys = voters(50);
        var start = new CountDownLatch(1);
        List<Future<Object>> sameKey = new ArrayList<>();
        List<Future<Object>> otherKey = new ArrayList<>();
        try (var threads = Executors.newFixedThreadPool(50)) {
            for (String voter : retrying) {
                String key = UUID.randomUUID().toString();
                sameKey.add(threads.submit(cast(start, voter, campaign, key)));
                sameKey.add(threads.submit(cast(start, voter, campaign, key)));
            }
            for (String voter : twoKeys) {
                otherKey.add(threads.submit(cast(start, voter, campaign, UUID.randomUUID().toString())));
                otherKey.add(threads.submit(cast(start, voter, campaign, UUID.randomUUID().toString())));
            }
            start.countDown();
        }

        for (int i = 0; i < sameKey.size(); i += 2) {
            assertThat(sameKey.get(i).get()).as("both submissions of one key succeed").isInstanceOf(Receipt.class);
            assertThat(sameKey.get(i).get()).as("with the same receipt").isEqualTo(sameKey.get(i + 1).get());
        }
        for (int i = 0; i < otherKey.size(); i += 2) {
            List<Object> outcomes = List.of(otherKey.get(i).get(), otherKey.get(i + 1).get());
            assertThat(outcomes).filteredOn(Receipt.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(outcome -> outcome == Refusal.ALREADY_VOTED).hasSize(1);
        }
        long id = campaign.campaignId();
        assertThat(count("SELECT count(*) FROM t_pantin.ballot WHERE campaign_id = " + id)).isEqualTo(250);
        assertThat(count("SELECT count(*) FROM t_pantin.participation WHERE campaign_id = " + id)).isEqualTo(250);
        assertThat(count("SELECT count(DISTINCT receipt_hash) FROM t_pantin.ballot WHERE campaign_id = " + id)).isEqualTo(250);
    }

    @Test
    void theDatabaseRefusesASecondParticipationEvenWithoutTheApplication() throws Exception {
        OpenCampaign campaign = fixtures.pantin(CampaignKind.VOTE, BallotRule.SINGLE, null, null, 0, 0);
        long id = campaign.campaignId();
        String insert = "INSERT INTO t_pantin.participation (campaign_id, voter, channel, voted_on) VALUES (" + id
                + ", 'meme-votant', 'ONLINE', current_date)";
        try (Connection asTenant = LocalStack.superuser("ensemble")) {
            asTenant.createStatement().execute("SET ROLE tenant_pantin");
            asTenant.createStatement().execute(insert);
            assertThatThrownBy(() -> asTenant.createStatement().execute(insert.replace("'ONLINE'", "'PAPER'")))
                    .isInstanceOf(SQLException.class).hasMessageContaining("participation_pkey");
        }
    }

    @Test
    void fromTheDatabaseAloneNoBallotLeadsBackToItsVoter() throws Exception {
        OpenCampaign campaign = fixtures.pantin(CampaignKind.BUDGET, BallotRule.APPROVAL, 5, 1_000_000_00L,
                10_00L, 20_00L, 30_00L, 40_00L, 50_00L);
        long id = campaign.campaignId();
        List<String> voters = voters(20);
        List<String> castOrder = new ArrayList<>();
        for (int i = 0; i < voters.size(); i++) {
            List<Long> choices = subset(campaign.options(), i + 1);
            Acting.asSubject(voters.get(i), List.of(), () -> TenantContext.call("pantin",
                    () -> voting.cast(campaign.slug(), choices, UUID.randomUUID().toString())));
            castOrder.add(choices.toString().replace(" ", "").replace("[", "{").replace("]", "}"));
        }

        Set<String> shared = new HashSet<>(columns("ballot"));
        shared.retainAll(columns("participation"));
        assertThat(shared).as("only the campaign and the channel are common").containsExactlyInAnyOrder("campaign_id", "channel");
        assertThat(columnTypes("ballot") + columnTypes("participation")).as("nothing finer than the day")
                .doesNotContain("timestamp", "time ");
        assertThat(count("SELECT count(*) FROM information_schema.columns WHERE table_schema = 't_pantin' "
                + "AND table_name IN ('ballot', 'participation') AND (is_identity = 'YES' OR column_default LIKE 'nextval%')"))
                .as("no sequence numbers the ballots or the register").isZero();

        int mixed = mixing.mix(registry.require("pantin"));

        assertThat(mixed).isGreaterThanOrEqualTo(voters.size());
        String today = "'" + LocalDate.now(java.time.ZoneId.of("Europe/Paris")) + "'";
        assertThat(count("SELECT count(DISTINCT xmin::text) FROM t_pantin.ballot WHERE campaign_id = " + id))
                .as("one transaction id for all the ballots of the day").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM t_pantin.participation p, t_pantin.ballot b WHERE p.campaign_id = " + id
                + " AND b.campaign_id = " + id + " AND p.xmin::text <> b.xmin::text AND p.voted_on = " + today))
                .as("register entries and ballots of the day share that transaction id, all of them alike").isZero();
        assertThat(choicesOrderedBy(id, "ctid")).as("physical order is not the order of voting")
                .containsExactlyInAnyOrderElementsOf(castOrder).isNotEqualTo(castOrder);
        assertThat(choicesOrderedBy(id, "id")).as("nor is the order of the ids").isNotEqualTo(castOrder);
    }

    private Callable<Object> cast(CountDownLatch start, String voter, OpenCampaign campaign, String key) {
        return () -> {
            start.await();
            try {
                return Acting.asSubject(voter, List.of(), () -> TenantContext.call("pantin",
                        () -> voting.cast(campaign.slug(), List.of(campaign.options().getFirst()), key)));
            } catch (VoteRefusedException refused) {
                return refused.refusal();
            }
        };
    }

    /** Made-up residents of Pantin with a profile (no Keycloak account is needed to call the service as them). */
    private static List<String> voters(int count) throws SQLException {
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String subject = "votant-" + UUID.randomUUID();
            ParticipationFixtures.resident(subject, "pantin", LocalDate.of(1980, 1, 1), ParticipationFixtures.nameOf(subject));
            subjects.add(subject);
        }
        return subjects;
    }

    /** A distinct set of options per number (its bits). */
    private static List<Long> subset(List<Long> options, int bits) {
        List<Long> chosen = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            if ((bits & (1 << i)) != 0) {
                chosen.add(options.get(i));
            }
        }
        return chosen;
    }

    private static List<String> choicesOrderedBy(long campaignId, String order) throws SQLException {
        List<String> choices = new ArrayList<>();
        try (Connection superuser = LocalStack.superuser("ensemble"); var rows = superuser.createStatement().executeQuery(
                "SELECT choices::text FROM t_pantin.ballot WHERE campaign_id = " + campaignId + " ORDER BY " + order)) {
            while (rows.next()) {
                choices.add(rows.getString(1));
            }
        }
        return choices;
    }

    private static Set<String> columns(String table) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Connection superuser = LocalStack.superuser("ensemble"); var rows = superuser.createStatement().executeQuery(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 't_pantin' AND table_name = '" + table + "'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static String columnTypes(String table) throws SQLException {
        var types = new StringBuilder();
        try (Connection superuser = LocalStack.superuser("ensemble"); var rows = superuser.createStatement().executeQuery(
                "SELECT data_type FROM information_schema.columns WHERE table_schema = 't_pantin' AND table_name = '" + table + "'")) {
            while (rows.next()) {
                types.append(rows.getString(1)).append(", ");
            }
        }
        return types.toString();
    }
}
