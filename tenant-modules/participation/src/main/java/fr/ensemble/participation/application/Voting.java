package fr.ensemble.participation.application;

import fr.ensemble.core.identity.access.CommuneAccess;
import fr.ensemble.core.notification.MailOutbox;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantKind;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.participation.application.BallotForms.BallotForm;
import fr.ensemble.participation.domain.Campaign;
import fr.ensemble.participation.domain.CampaignRepository;
import fr.ensemble.participation.domain.Eligibility;
import fr.ensemble.participation.domain.OnlineBallotBox;
import fr.ensemble.participation.domain.Participation;
import fr.ensemble.participation.domain.ParticipationRepository;
import fr.ensemble.participation.domain.Phase;
import fr.ensemble.participation.domain.Refusal;
import fr.ensemble.participation.domain.VoteRefusedException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Casts the signed-in resident's ballot in a campaign of the current tenant, exactly once: the register entry,
 * the ballot and the confirmation mail in one transaction; the database refuses a second register entry. A
 * retried submission (same idempotency key) gets the same receipt back; another one is refused as already voted.
 */
@Service
public class Voting {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.FRENCH);

    private final CampaignRepository campaigns;
    private final BallotForms forms;
    private final ParticipationRepository register;
    private final OnlineBallotBox ballotBox;
    private final ResidentFacts residents;
    private final ReceiptCodes receipts;
    private final MailOutbox outbox;
    private final TenantRegistry registry;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Voting(CampaignRepository campaigns, BallotForms forms, ParticipationRepository register,
            OnlineBallotBox ballotBox, ResidentFacts residents, ReceiptCodes receipts, MailOutbox outbox,
            TenantRegistry registry, PlatformTransactionManager transactions, Clock clock) {
        this.campaigns = campaigns;
        this.forms = forms;
        this.register = register;
        this.ballotBox = ballotBox;
        this.residents = residents;
        this.receipts = receipts;
        this.outbox = outbox;
        this.registry = registry;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * @param idempotencyKey the client's key for this submission (a double click or a retry sends the same one)
     * @throws VoteRefusedException with the reason, nothing written
     */
    public Receipt cast(String campaignSlug, List<Long> choices, String idempotencyKey) {
        String voter = currentVoter();
        String idempotencyHash = ReceiptCodes.sha256(voter + "\n" + idempotencyKey);
        Tenant tenant = currentTenant();
        BallotForm form = forms.of(tenant.slug(), campaignSlug).orElseThrow(() -> new UnknownCampaignException(campaignSlug));
        LocalDate today = today();
        if (form.campaign().isVoteOpen(today)) {
            Optional<Receipt> written = transaction.execute(status -> castOnce(tenant, form, choices, voter, idempotencyHash, today));
            if (written.isPresent()) {
                return written.get();
            }
        }
        // Nothing written: a retry, another submission of the same voter, or the vote not open (any more).
        return transaction.execute(status -> alreadyRegistered(form.campaign(), voter, idempotencyHash));
    }

    /** Whether the signed-in resident could vote now, and if not why (before showing them the ballot). */
    public void checkCanVote(String campaignSlug) {
        String voter = currentVoter();
        transaction.executeWithoutResult(status -> {
            Campaign campaign = published(campaignSlug);
            if (register.existsById(new Participation.Key(campaign.getId(), voter))) {
                throw alreadyVoted();
            }
            if (!campaign.isVoteOpen(today())) {
                throw closed(campaign, today());
            }
            checkEligible(campaign, voter, today());
        });
    }

    /**
     * Three round trips and the commit when all goes well: the voter's profile, the register entry with the ballot
     * (one statement, which also checks that the vote is open), the confirmation mail.
     *
     * @return the receipt, or nothing when the register already holds the voter or the vote is not open
     */
    private Optional<Receipt> castOnce(Tenant tenant, BallotForm form, List<Long> choices, String voter, String idempotencyHash,
            LocalDate today) {
        Campaign campaign = form.campaign();
        ResidentFacts.Voter resident = checkEligible(campaign, voter, today);
        campaign.checkBallot(choices, form.options());
        String code = receipts.code(tenant.slug(), campaign.getId(), voter);
        if (!ballotBox.cast(campaign.getId(), voter, resident.identityHash(), resident.facts().residenceCommune(), today,
                idempotencyHash, ReceiptCodes.hash(code), choices)) {
            return Optional.empty();
        }
        if (resident.email() != null) {
            outbox.queueConfidential(resident.email(), "Votre vote est enregistré : " + campaign.getTitle(),
                    ParticipationMails.receipt(tenant, campaign, code, today));
        }
        return Optional.of(new Receipt(campaign.getSlug(), campaign.getTitle(), code, today));
    }

    /** The receipt again for the same submission; otherwise why nothing was written. */
    private Receipt alreadyRegistered(Campaign kept, String voter, String idempotencyHash) {
        return register.findById(new Participation.Key(kept.getId(), voter))
                .map(entry -> replay(kept, entry, idempotencyHash))
                .orElseThrow(() -> {
                    // The vote's dates as the database holds them now, not as kept.
                    Campaign campaign = published(kept.getSlug());
                    LocalDate today = today();
                    return campaign.isVoteOpen(today) ? alreadyVotedOnPaper() : closed(campaign, today);
                });
    }

    private ResidentFacts.Voter checkEligible(Campaign campaign, String voter, LocalDate today) {
        ResidentFacts.Voter resident = residents.of(voter).orElseThrow(() -> new VoteRefusedException(Refusal.NOT_ELIGIBLE,
                "Ouvrez d'abord « Mon compte » et indiquez votre commune de résidence."));
        Tenant owner = currentTenant();
        Eligibility.check(campaign, owner.slug(), owner.kind() == TenantKind.TERRITORY, resident.facts(), today,
                slug -> registry.find(slug).map(Tenant::name).orElse(slug));
        return resident;
    }

    private Receipt replay(Campaign campaign, Participation entry, String idempotencyHash) {
        if (!idempotencyHash.equals(entry.getIdempotencyHash())) {
            throw alreadyVoted();
        }
        return new Receipt(campaign.getSlug(), campaign.getTitle(),
                receipts.code(currentTenant().slug(), campaign.getId(), entry.getVoter()), entry.getVotedOn());
    }

    private Campaign published(String slug) {
        return campaigns.findBySlug(slug).filter(Campaign::isPublished).filter(campaign -> campaign.getKind().hasBallots())
                .orElseThrow(() -> new UnknownCampaignException(slug));
    }

    private static VoteRefusedException closed(Campaign campaign, LocalDate today) {
        var vote = campaign.phase(Phase.VOTE).orElseThrow();
        return new VoteRefusedException(Refusal.CLOSED, today.isBefore(vote.getStartsOn())
                ? "Le vote ouvre le " + DAY.format(vote.getStartsOn()) + "."
                : "Le vote s'est terminé le " + DAY.format(vote.getEndsOn()) + ".");
    }

    private static VoteRefusedException alreadyVoted() {
        return new VoteRefusedException(Refusal.ALREADY_VOTED, "Vous avez déjà voté à cette consultation : "
                + "votre bulletin est compté. Votre code de vérification est dans « Mon compte ».");
    }

    private static VoteRefusedException alreadyVotedOnPaper() {
        return new VoteRefusedException(Refusal.ALREADY_VOTED, "Vous avez déjà voté à cette consultation, "
                + "au bureau de vote : un seul vote par personne.");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PARIS));
    }

    private Tenant currentTenant() {
        return registry.require(TenantContext.current().orElseThrow(() -> new IllegalStateException("A vote is cast in a tenant")));
    }

    private static String currentVoter() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return (authentication == null ? Optional.<String>empty() : CommuneAccess.subjectOf(authentication))
                .orElseThrow(() -> new VoteRefusedException(Refusal.NOT_ELIGIBLE, "Connectez-vous pour voter."));
    }
}
