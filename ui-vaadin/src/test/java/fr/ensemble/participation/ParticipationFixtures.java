package fr.ensemble.participation;

import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.participation.application.CampaignAdministration;
import fr.ensemble.participation.application.ConcertationModeration;
import fr.ensemble.participation.domain.BallotOption;
import fr.ensemble.participation.domain.BallotOptionRepository;
import fr.ensemble.participation.domain.BallotRule;
import fr.ensemble.participation.domain.Campaign;
import fr.ensemble.participation.domain.CampaignDraft;
import fr.ensemble.participation.domain.CampaignKind;
import fr.ensemble.participation.domain.CampaignPhase;
import fr.ensemble.participation.domain.CampaignRepository;
import fr.ensemble.participation.domain.DescribedImage;
import fr.ensemble.participation.domain.Phase;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.KeycloakRealm;
import fr.ensemble.platform.LocalStack;
import jakarta.mail.internet.MimeMessage;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Campaigns open today and residents with a profile, for the participation tests. */
@Component
public class ParticipationFixtures {

    public static final List<String> PANTIN_ANIMATEUR = List.of("pantin:agent", "pantin:animateur");
    /** Around Pantin's town hall, west, south, east, north: its middle is in Pantin. */
    public static final double[] PANTIN_TOWN_CENTRE = {2.3993, 48.8914, 2.4053, 48.8974};

    private final CampaignAdministration administration;
    private final ConcertationModeration concertations;
    private final CampaignRepository campaigns;
    private final BallotOptionRepository options;
    private final TransactionTemplate transaction;

    ParticipationFixtures(CampaignAdministration administration, ConcertationModeration concertations,
            CampaignRepository campaigns, BallotOptionRepository options, PlatformTransactionManager transactions) {
        this.concertations = concertations;
        this.administration = administration;
        this.campaigns = campaigns;
        this.options = options;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A participatory budget of Pantin taking projects today (its vote comes later), published by its animateur. */
    public String pantinSubmissions(long envelopeCents) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        var draft = new CampaignDraft("projets-" + UUID.randomUUID().toString().substring(0, 8), CampaignKind.BUDGET,
                "Budget d'essai", "Un budget participatif créé par les tests.", BallotRule.BUDGET, null, envelopeCents, 0,
                false, List.of(new CampaignPhase(Phase.SUBMISSION, today.minusDays(1), today.plusDays(1)),
                        new CampaignPhase(Phase.VOTE, today.plusDays(5), today.plusDays(10))));
        return Acting.as("agent.pantin", PANTIN_ANIMATEUR, () -> TenantContext.call("pantin", () -> {
            administration.create(draft);
            administration.publish(draft.slug());
            return draft.slug();
        }));
    }

    /** A council session of Pantin taking questions today, published by its animateur. */
    public String pantinQuestions() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        var draft = new CampaignDraft("seance-" + UUID.randomUUID().toString().substring(0, 8), CampaignKind.QUESTIONS,
                "Séance d'essai", "Une séance du conseil créée par les tests.", null, null, null, 0, false,
                List.of(new CampaignPhase(Phase.SUBMISSION, today.minusDays(1), today.plusDays(1))));
        return Acting.as("agent.pantin", PANTIN_ANIMATEUR, () -> TenantContext.call("pantin", () -> {
            administration.create(draft);
            administration.publish(draft.slug());
            return draft.slug();
        }));
    }

    /** A concertation map of Pantin's town centre open to comments today, published by its animateur. */
    public String pantinConcertation() {
        String slug = pantinConcertationDraft("Carte d'essai");
        return Acting.as("agent.pantin", PANTIN_ANIMATEUR, () -> TenantContext.call("pantin", () -> {
            concertations.describe(slug, List.of("Idée", "Problème constaté"), PANTIN_TOWN_CENTRE);
            administration.publish(slug);
            return slug;
        }));
    }

    /** A concertation of Pantin open today, not yet described nor published; its slug. */
    public String pantinConcertationDraft(String title) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        var draft = new CampaignDraft("carte-" + UUID.randomUUID().toString().substring(0, 8), CampaignKind.CONCERTATION,
                title, "Une concertation créée par les tests.", null, null, null, 0, false,
                List.of(new CampaignPhase(Phase.VOTE, today.minusDays(1), today.plusDays(1))));
        return Acting.as("agent.pantin", PANTIN_ANIMATEUR, () -> TenantContext.call("pantin", () -> {
            administration.create(draft);
            return draft.slug();
        }));
    }

    /** A campaign of Pantin whose vote is open today, created and published by Pantin's animateur. */
    public OpenCampaign pantin(CampaignKind kind, BallotRule rule, Integer maxChoices, Long envelopeCents, long... costs) {
        CampaignDraft draft = draft(kind, rule, maxChoices, envelopeCents);
        return Acting.as("agent.pantin", PANTIN_ANIMATEUR, () -> TenantContext.call("pantin", () -> {
            administration.create(draft);
            for (int i = 0; i < costs.length; i++) {
                administration.addOption(draft.slug(), "Projet " + (i + 1), "Description du projet " + (i + 1),
                        costs[i] == 0 ? null : costs[i], null);
            }
            administration.publish(draft.slug());
            return new OpenCampaign("pantin", draft.slug(), administration.options(draft.slug()).stream()
                    .map(BallotOption::getId).toList());
        }));
    }

    /** A citizen vote of Pantin open today whose first option carries an image with that alternative text. */
    public OpenCampaign pantinVoteWithImage(String alt) throws Exception {
        CampaignDraft draft = draft(CampaignKind.VOTE, BallotRule.SINGLE, null, null);
        DescribedImage image = DescribedImage.of("portrait.png", png(), alt);
        return Acting.as("agent.pantin", PANTIN_ANIMATEUR, () -> TenantContext.call("pantin", () -> {
            administration.create(draft);
            administration.addOption(draft.slug(), "Alice Milliat", "Pionnière du sport féminin.", null, image);
            administration.addOption(draft.slug(), "Nawal El Moutawakel", null, null, null);
            administration.publish(draft.slug());
            return new OpenCampaign("pantin", draft.slug(), administration.options(draft.slug()).stream()
                    .map(BallotOption::getId).toList());
        }));
    }

    /** A small real PNG (40 x 30, one colour). */
    public static byte[] png() throws IOException {
        var drawn = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        var graphics = drawn.createGraphics();
        graphics.setColor(new Color(0x00, 0x00, 0x91));
        graphics.fillRect(0, 0, 40, 30);
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(drawn, "png", out);
        return out.toByteArray();
    }

    /** A territory campaign (open to every commune) whose vote is open today, with that many options. */
    public OpenCampaign territory(int optionCount) {
        CampaignDraft draft = draft(CampaignKind.VOTE, BallotRule.SINGLE, null, null);
        return TenantContext.call("est-ensemble", () -> transaction.execute(status -> {
            Campaign campaign = new Campaign(draft, "test", Instant.now());
            campaign.publish();
            campaigns.save(campaign);
            List<Long> ids = new ArrayList<>();
            for (int i = 1; i <= optionCount; i++) {
                ids.add(options.save(new BallotOption(campaign.getId(), i, "Option " + i, null, null)).getId());
            }
            return new OpenCampaign("est-ensemble", draft.slug(), ids);
        }));
    }

    private static CampaignDraft draft(CampaignKind kind, BallotRule rule, Integer maxChoices, Long envelopeCents) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        return new CampaignDraft("essai-" + UUID.randomUUID().toString().substring(0, 8), kind, "Campagne d'essai",
                "Une campagne créée par les tests.", rule, maxChoices, envelopeCents, 0, false,
                List.of(new CampaignPhase(Phase.VOTE, today.minusDays(1), today.plusDays(1))));
    }

    /** Moves the campaign's vote to the past: it is over, its results public. */
    public static void close(OpenCampaign campaign) throws SQLException {
        execute("UPDATE " + schema(campaign.tenant()) + ".campaign_phase SET starts_on = current_date - 10, "
                + "ends_on = current_date - 5 WHERE campaign_id = (SELECT id FROM " + schema(campaign.tenant())
                + ".campaign WHERE slug = '" + campaign.slug() + "')");
    }

    /**
     * A resident's profile as "Mon compte" would hold it: made-up subjects get no e-mail address (no mail queued
     * for them), the demo accounts their own.
     */
    public static void resident(String subject, String commune, LocalDate birthDate, String givenName) throws SQLException {
        resident(subject, commune, birthDate, givenName, "Essai", null);
    }

    public static void resident(String subject, String commune, LocalDate birthDate, String givenName, String familyName,
            String email) throws SQLException {
        try (Connection superuser = LocalStack.superuser("ensemble"); var insert = superuser.prepareStatement("""
                INSERT INTO territoire.resident_profile (subject, given_name, family_name, email, birth_date, residence_commune)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (subject) DO UPDATE SET residence_commune = excluded.residence_commune,
                    birth_date = excluded.birth_date, given_name = excluded.given_name, family_name = excluded.family_name""")) {
            insert.setString(1, subject);
            insert.setString(2, givenName);
            insert.setString(3, familyName);
            insert.setString(4, email);
            insert.setObject(5, birthDate);
            insert.setString(6, commune);
            insert.executeUpdate();
        }
    }

    /** A given name of letters only, distinct per subject (names are folded to letters in identity hashes). */
    public static String nameOf(String subject) {
        var name = new StringBuilder("Votant");
        subject.chars().filter(Character::isLetterOrDigit).limit(24)
                .forEach(c -> name.append((char) (Character.isDigit(c) ? 'g' + (c - '0') : c)));
        return name.toString();
    }

    public static String demoResident(String username, String commune) throws SQLException {
        var user = KeycloakRealm.user(username);
        resident(user.getId(), commune, LocalDate.of(1985, 4, 12), user.getFirstName(), user.getLastName(), user.getEmail());
        String subject = user.getId();
        return subject;
    }

    /** The text of the first mail to that address containing the text, waiting up to 20 s. */
    public static String awaitMailContaining(String recipient, String text) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            var found = LocalStack.awaitMail(recipient).valueStream().map(mail -> textOf(mail.path("mimeMessage").asString()))
                    .filter(content -> content.contains(text)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no mail to " + recipient + " containing " + text);
    }

    private static String textOf(String rawMessage) {
        try {
            var message = new MimeMessage(null, new ByteArrayInputStream(rawMessage.getBytes(StandardCharsets.UTF_8)));
            return message.getSubject() + "\n" + message.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(String sql) throws SQLException {
        try (Connection superuser = LocalStack.superuser("ensemble"); var result = superuser.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    static void execute(String sql) throws SQLException {
        try (Connection superuser = LocalStack.superuser("ensemble")) {
            superuser.createStatement().execute(sql);
        }
    }

    static String schema(String tenant) {
        return "t_" + tenant.replace('-', '_');
    }

    /** A campaign open to votes, with its options' ids in their order. */
    public record OpenCampaign(String tenant, String slug, List<Long> options) {

        public long campaignId() throws SQLException {
            return count("SELECT id FROM " + schema(tenant) + ".campaign WHERE slug = '" + slug + "'");
        }
    }
}
