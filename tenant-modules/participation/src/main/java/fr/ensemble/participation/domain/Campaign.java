package fr.ensemble.participation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A participatory budget, a citizen vote or another campaign of the tenant that owns it (a commune, or the
 * territory for all nine communes), with its phases, who may take part and, for ballots, the rule they follow.
 */
@Entity
@Table(name = "campaign")
public class Campaign {

    public static final int MAX_CATEGORIES = 12;
    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CampaignKind kind;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "ballot_rule")
    private BallotRule ballotRule;

    @Column(name = "max_choices")
    private Integer maxChoices;

    @Column(name = "envelope_cents")
    private Long envelopeCents;

    @Column(name = "minimum_age", nullable = false)
    private int minimumAge;

    @Column(name = "confirmed_residence_only", nullable = false)
    private boolean confirmedResidenceOnly;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "anonymous_responses", nullable = false)
    private boolean anonymousResponses;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** A concertation's map area: west, south, east, north in degrees; null for the owner's whole extent. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "map_bounds", columnDefinition = "double precision[]")
    private Double[] mapBounds;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "comment_categories", nullable = false, columnDefinition = "text[]")
    private String[] commentCategories = new String[0];

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_phase", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderBy("startsOn")
    private List<CampaignPhase> phases = new ArrayList<>();

    protected Campaign() {
    }

    public Campaign(CampaignDraft draft, String createdBy, Instant now) {
        if (draft.slug() == null || !SLUG.matcher(draft.slug()).matches() || draft.slug().length() > 80) {
            throw new CampaignRefusedException("L'identifiant s'écrit en minuscules, chiffres et tirets (par exemple "
                    + "budget-participatif-2026).");
        }
        if (draft.title() == null || draft.title().isBlank() || draft.description() == null || draft.description().isBlank()) {
            throw new CampaignRefusedException("Donnez un titre et une description en français.");
        }
        if (draft.minimumAge() < 0 || draft.minimumAge() > 120) {
            throw new CampaignRefusedException("L'âge minimum est compris entre 0 et 120 ans.");
        }
        checkRule(draft);
        this.slug = draft.slug();
        this.kind = draft.kind();
        this.title = draft.title().strip();
        this.description = draft.description().strip();
        this.ballotRule = draft.kind().hasBallots() ? draft.ballotRule() : null;
        this.maxChoices = ballotRule == BallotRule.APPROVAL ? draft.maxChoices() : null;
        this.envelopeCents = draft.kind() == CampaignKind.BUDGET ? draft.envelopeCents() : null;
        this.minimumAge = draft.minimumAge();
        this.confirmedResidenceOnly = draft.confirmedResidenceOnly();
        this.createdBy = createdBy;
        this.createdAt = now;
        schedule(draft.phases());
    }

    private static void checkRule(CampaignDraft draft) {
        if (!draft.kind().hasBallots()) {
            return;
        }
        if (draft.ballotRule() == null) {
            throw new CampaignRefusedException("Choisissez la règle du vote.");
        }
        if (draft.kind() == CampaignKind.VOTE && draft.ballotRule() != BallotRule.SINGLE) {
            throw new CampaignRefusedException("Une votation se fait à choix unique.");
        }
        if (draft.kind() == CampaignKind.BUDGET && draft.ballotRule() == BallotRule.SINGLE) {
            throw new CampaignRefusedException("Un budget participatif se vote par approbation ou sous enveloppe.");
        }
        if (draft.ballotRule() == BallotRule.APPROVAL && (draft.maxChoices() == null || draft.maxChoices() < 1)) {
            throw new CampaignRefusedException("Indiquez combien de projets chaque votant peut choisir au plus.");
        }
        if (draft.kind() == CampaignKind.BUDGET && (draft.envelopeCents() == null || draft.envelopeCents() <= 0)) {
            throw new CampaignRefusedException("Indiquez le montant de l'enveloppe.");
        }
    }

    /** Replaces the phases; they follow one another without overlapping. */
    public void schedule(List<CampaignPhase> newPhases) {
        List<CampaignPhase> sorted = newPhases.stream().sorted(Comparator.comparing(CampaignPhase::getPhase)).toList();
        if (sorted.stream().map(CampaignPhase::getPhase).distinct().count() != sorted.size()) {
            throw new CampaignRefusedException("Chaque phase n'apparaît qu'une fois.");
        }
        for (int i = 1; i < sorted.size(); i++) {
            if (!sorted.get(i).getStartsOn().isAfter(sorted.get(i - 1).getEndsOn())) {
                throw new CampaignRefusedException("La phase « " + sorted.get(i).getPhase().label()
                        + " » commence après la fin de la phase « " + sorted.get(i - 1).getPhase().label() + " ».");
            }
        }
        if (kind.hasBallots() && sorted.stream().noneMatch(phase -> phase.getPhase() == Phase.VOTE)) {
            throw new CampaignRefusedException("Indiquez les dates du vote.");
        }
        if (kind == CampaignKind.CONSULTATION && sorted.stream().noneMatch(phase -> phase.getPhase() == Phase.VOTE)) {
            throw new CampaignRefusedException("Indiquez les dates de la consultation.");
        }
        if (kind == CampaignKind.CONCERTATION && sorted.stream().noneMatch(phase -> phase.getPhase() == Phase.VOTE)) {
            throw new CampaignRefusedException("Indiquez les dates de la concertation.");
        }
        if (kind == CampaignKind.QUESTIONS && sorted.stream().noneMatch(phase -> phase.getPhase() == Phase.SUBMISSION)) {
            throw new CampaignRefusedException("Indiquez jusqu'à quand les habitants peuvent poser leurs questions.");
        }
        phases.clear();
        phases.addAll(sorted);
    }

    public void publish() {
        if (kind == CampaignKind.CONCERTATION && commentCategories.length == 0) {
            throw new CampaignRefusedException("Définissez au moins une catégorie de commentaires avant de publier.");
        }
        published = true;
    }

    /**
     * The categories residents file their map comments under, and the area the map shows first.
     *
     * @param bounds west, south, east, north in degrees, or null for the owner's whole extent
     */
    public void describeConcertation(List<String> categories, double[] bounds) {
        if (kind != CampaignKind.CONCERTATION) {
            throw new CampaignRefusedException("Seule une concertation a une carte à commenter.");
        }
        if (published) {
            throw new CampaignRefusedException("La concertation est publiée : ses catégories et sa carte ne changent plus.");
        }
        List<String> cleaned = categories == null ? List.of()
                : categories.stream().map(String::strip).filter(category -> !category.isEmpty()).toList();
        if (cleaned.isEmpty() || cleaned.size() > MAX_CATEGORIES) {
            throw new CampaignRefusedException("Donnez de 1 à " + MAX_CATEGORIES + " catégories de commentaires.");
        }
        if (Set.copyOf(cleaned).size() != cleaned.size()) {
            throw new CampaignRefusedException("Chaque catégorie n'apparaît qu'une fois.");
        }
        if (cleaned.stream().anyMatch(category -> category.length() > 80)) {
            throw new CampaignRefusedException("Une catégorie compte 80 caractères au plus.");
        }
        if (bounds != null && (bounds.length != 4 || bounds[0] >= bounds[2] || bounds[1] >= bounds[3]
                || bounds[0] < -180 || bounds[2] > 180 || bounds[1] < -90 || bounds[3] > 90)) {
            throw new CampaignRefusedException("La zone du projet va de l'ouest à l'est et du sud au nord, en degrés.");
        }
        commentCategories = cleaned.toArray(String[]::new);
        mapBounds = bounds == null ? null : new Double[] {bounds[0], bounds[1], bounds[2], bounds[3]};
    }

    public List<String> getCommentCategories() {
        return List.of(commentCategories);
    }

    /** The concertation's map area (west, south, east, north in degrees), empty for the owner's whole extent. */
    public Optional<double[]> getMapBounds() {
        return mapBounds == null ? Optional.empty()
                : Optional.of(new double[] {mapBounds[0], mapBounds[1], mapBounds[2], mapBounds[3]});
    }

    /** A consultation answered without an account, once per browser (a weaker guard than one per resident). */
    public void acceptAnonymousResponses() {
        if (kind != CampaignKind.CONSULTATION) {
            throw new CampaignRefusedException("Seule une consultation peut recevoir des réponses anonymes.");
        }
        anonymousResponses = true;
    }

    public boolean isAnonymousResponses() {
        return anonymousResponses;
    }

    public Optional<CampaignPhase> phase(Phase wanted) {
        return phases.stream().filter(phase -> phase.getPhase() == wanted).findFirst();
    }

    public Optional<Phase> currentPhase(LocalDate today) {
        return phases.stream().filter(phase -> phase.contains(today)).map(CampaignPhase::getPhase).findFirst();
    }

    public CampaignStatus status(LocalDate today) {
        if (phases.isEmpty() || today.isBefore(phases.getFirst().getStartsOn())) {
            return CampaignStatus.UPCOMING;
        }
        return today.isAfter(phases.getLast().getEndsOn()) ? CampaignStatus.CLOSED : CampaignStatus.OPEN;
    }

    public boolean isVoteOpen(LocalDate today) {
        return published && phase(Phase.VOTE).filter(vote -> vote.contains(today)).isPresent();
    }

    /** Results of a vote are published once it is over, never before. */
    public boolean areResultsPublic(LocalDate today) {
        return phase(Phase.VOTE).filter(vote -> today.isAfter(vote.getEndsOn())).isPresent();
    }

    /** Throws with the reason when these choices break the campaign's rule. */
    public void checkBallot(List<Long> chosen, List<BallotOption> options) {
        if (chosen == null || chosen.isEmpty()) {
            throw new VoteRefusedException(Refusal.NO_CHOICE, "Choisissez au moins une option avant de voter.");
        }
        if (chosen.stream().distinct().count() != chosen.size()) {
            throw new VoteRefusedException(Refusal.UNKNOWN_OPTION, "Une même option ne peut être choisie qu'une fois.");
        }
        List<BallotOption> picked = new ArrayList<>();
        for (Long choice : chosen) {
            picked.add(options.stream().filter(option -> option.getId().equals(choice)).findFirst()
                    .orElseThrow(() -> new VoteRefusedException(Refusal.UNKNOWN_OPTION,
                            "Le choix n° " + choice + " ne fait pas partie de ce vote.")));
        }
        switch (ballotRule) {
            case SINGLE -> {
                if (picked.size() > 1) {
                    throw new VoteRefusedException(Refusal.TOO_MANY, "Ce vote se fait à choix unique : choisissez une seule option.");
                }
            }
            case APPROVAL -> {
                if (picked.size() > maxChoices) {
                    throw new VoteRefusedException(Refusal.TOO_MANY, "Vous pouvez choisir au plus " + maxChoices
                            + " projets ; vous en avez choisi " + picked.size() + ".");
                }
            }
            case BUDGET -> {
                long total = picked.stream().mapToLong(option -> option.getCostCents() == null ? 0 : option.getCostCents()).sum();
                if (total > envelopeCents) {
                    throw new VoteRefusedException(Refusal.OVER_BUDGET, "Vos projets coûtent " + Money.format(total)
                            + ", plus que l'enveloppe de " + Money.format(envelopeCents) + " : retirez-en un.");
                }
            }
        }
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public CampaignKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public BallotRule getBallotRule() {
        return ballotRule;
    }

    public Integer getMaxChoices() {
        return maxChoices;
    }

    public Long getEnvelopeCents() {
        return envelopeCents;
    }

    public int getMinimumAge() {
        return minimumAge;
    }

    public boolean isConfirmedResidenceOnly() {
        return confirmedResidenceOnly;
    }

    public boolean isPublished() {
        return published;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<CampaignPhase> getPhases() {
        return List.copyOf(phases);
    }
}
