package fr.ensemble.participation.api;

import fr.ensemble.core.web.ApiProblems;
import fr.ensemble.participation.application.Campaigns;
import fr.ensemble.participation.application.ProjectSubmissions;
import fr.ensemble.participation.application.Receipt;
import fr.ensemble.participation.application.UnknownCampaignException;
import fr.ensemble.participation.application.Voting;
import fr.ensemble.participation.domain.BallotOption;
import fr.ensemble.participation.domain.Campaign;
import fr.ensemble.participation.domain.CampaignKind;
import fr.ensemble.participation.domain.CampaignPhase;
import fr.ensemble.participation.domain.CampaignStatus;
import fr.ensemble.participation.domain.Refusal;
import fr.ensemble.participation.domain.Tally;
import fr.ensemble.participation.domain.VoteRefusedException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Participation over HTTP, for the mobile app and the benchmark: a commune's published campaigns, one campaign
 * with its options, its results once the vote is over, casting a ballot (bearer token, {@code Idempotency-Key})
 * and checking a receipt code. Refusals are RFC 7807 problems whose type names the reason.
 */
@RestController
public class ParticipationController {

    private static final String BASE = "/api/v1/{commune}/participation/campaigns";

    private final Campaigns campaigns;
    private final Voting voting;
    private final ProjectSubmissions projects;

    ParticipationController(Campaigns campaigns, Voting voting, ProjectSubmissions projects) {
        this.campaigns = campaigns;
        this.voting = voting;
        this.projects = projects;
    }

    /** An image of a project not hidden by moderation. */
    @GetMapping("/api/v1/{commune}/participation/projects/{project}/images/{position}")
    public ResponseEntity<byte[]> image(@PathVariable String commune, @PathVariable long project, @PathVariable int position) {
        return projects.image(project, position)
                .map(image -> ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType(image.contentType()))
                        .body(image.data()))
                .orElseThrow(() -> ApiProblems.error(HttpStatus.NOT_FOUND, "image-inconnue", "Image inconnue",
                        "Aucune image de projet à cette adresse."));
    }

    /** The image of an option put to the vote, once its campaign is published. */
    @GetMapping("/api/v1/{commune}/participation/options/{option}/image")
    public ResponseEntity<byte[]> optionImage(@PathVariable String commune, @PathVariable long option) {
        return campaigns.optionImage(option)
                .map(image -> ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType(image.contentType()))
                        .body(image.data()))
                .orElseThrow(() -> ApiProblems.error(HttpStatus.NOT_FOUND, "image-inconnue", "Image inconnue",
                        "Aucune image de choix à cette adresse."));
    }

    @GetMapping(BASE)
    public List<CampaignSummary> campaigns(@PathVariable String commune,
            @RequestParam(required = false) CampaignKind kind, @RequestParam(required = false) CampaignStatus status) {
        return campaigns.published(kind, status).stream().map(CampaignSummary::of).toList();
    }

    @GetMapping(BASE + "/{campaign}")
    public CampaignDetails campaign(@PathVariable String commune, @PathVariable String campaign) {
        Campaign found = campaigns.find(campaign).orElseThrow(() -> new UnknownCampaignException(campaign));
        return new CampaignDetails(CampaignSummary.of(found), found.getDescription(),
                found.getBallotRule() == null ? null : found.getBallotRule().name(), found.getMaxChoices(),
                found.getEnvelopeCents(), found.getMinimumAge(), found.isConfirmedResidenceOnly(),
                found.getPhases().stream().map(PhaseDates::of).toList(),
                campaigns.options(found).stream().map(option -> OptionDetails.of(commune, option)).toList());
    }

    @GetMapping(BASE + "/{campaign}/results")
    public Results results(@PathVariable String commune, @PathVariable String campaign) {
        Tally tally = campaigns.results(campaign).orElseThrow(ParticipationController::notPublished);
        return new Results(tally.ballots(), tally.onlineBallots(), tally.paperBallots(), tally.options().stream()
                .map(result -> new OptionResult(result.option().getId(), result.option().getTitle(), result.votes(),
                        result.online(), result.paper(), result.winner())).toList(),
                campaigns.participationPerCommune(campaign));
    }

    /** Open data: the results as CSV (option, votes, online, paper, winner). */
    @GetMapping(value = BASE + "/{campaign}/results.csv", produces = "text/csv;charset=UTF-8")
    public String resultsCsv(@PathVariable String commune, @PathVariable String campaign) {
        var csv = new StringBuilder("option_id;titre;voix;en_ligne;papier;retenu\n");
        results(commune, campaign).options().forEach(option -> csv.append(option.id()).append(';')
                .append(csvText(option.title())).append(';').append(option.votes()).append(';').append(option.online())
                .append(';').append(option.paper()).append(';').append(option.winner() ? "oui" : "non").append('\n'));
        return csv.toString();
    }

    /** Open data: every anonymous ballot of a vote that is over, as JSON. */
    @GetMapping(BASE + "/{campaign}/ballots")
    public List<PublicBallot> ballots(@PathVariable String commune, @PathVariable String campaign) {
        return campaigns.ballots(campaign).orElseThrow(ParticipationController::notPublished).stream()
                .map(PublicBallot::of).toList();
    }

    /** Open data: the same ballots as CSV, one line per ballot, choices separated by commas. */
    @GetMapping(value = BASE + "/{campaign}/ballots.csv", produces = "text/csv;charset=UTF-8")
    public String ballotsCsv(@PathVariable String commune, @PathVariable String campaign) {
        var csv = new StringBuilder("bulletin;jour;canal;choix\n");
        ballots(commune, campaign).forEach(ballot -> csv.append(ballot.id()).append(';').append(ballot.castOn()).append(';')
                .append(ballot.channel()).append(';').append(ballot.choices().stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(","))).append('\n'));
        return csv.toString();
    }

    private static String csvText(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static org.springframework.web.ErrorResponseException notPublished() {
        return ApiProblems.error(HttpStatus.CONFLICT, "resultats-non-publies", "Résultats non publiés",
                "Les résultats et les bulletins sont publiés à la fin du vote.");
    }

    @PostMapping(BASE + "/{campaign}/ballots")
    public ResponseEntity<ReceiptBody> cast(@PathVariable String commune, @PathVariable String campaign,
            @RequestBody BallotBody ballot, @AuthenticationPrincipal Jwt resident,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        if (resident == null) {
            throw ApiProblems.error(HttpStatus.UNAUTHORIZED, "authentification-requise", "Authentification requise",
                    "Connectez-vous (jeton d'accès) pour voter.");
        }
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw ApiProblems.error(HttpStatus.BAD_REQUEST, "cle-idempotence-requise", "Clé d'idempotence requise",
                    "Envoyez l'en-tête Idempotency-Key (une valeur unique par bulletin, répétée à chaque nouvel essai).");
        }
        Receipt receipt = voting.cast(campaign, ballot.choices() == null ? List.of() : ballot.choices(), idempotencyKey);
        return ResponseEntity.created(URI.create("/api/v1/" + commune + "/participation/campaigns/" + campaign
                + "/receipts/" + receipt.code())).body(new ReceiptBody(receipt.code(), receipt.campaignSlug(), receipt.castOn()));
    }

    @GetMapping(BASE + "/{campaign}/receipts/{code}")
    public ReceiptCheck receipt(@PathVariable String commune, @PathVariable String campaign, @PathVariable String code) {
        return new ReceiptCheck(code, campaigns.isCounted(campaign, code));
    }

    @ExceptionHandler(VoteRefusedException.class)
    ResponseEntity<ProblemDetail> refused(VoteRefusedException refusal) {
        HttpStatus status = statusOf(refusal.refusal());
        return ResponseEntity.status(status).body(ApiProblems.problem(status, refusal.refusal().type(),
                refusal.refusal().title(), refusal.getMessage()));
    }

    @ExceptionHandler(UnknownCampaignException.class)
    ResponseEntity<ProblemDetail> unknown(UnknownCampaignException unknown) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiProblems.problem(HttpStatus.NOT_FOUND,
                "consultation-inconnue", "Consultation inconnue", unknown.getMessage()));
    }

    private static HttpStatus statusOf(Refusal refusal) {
        return switch (refusal) {
            case NOT_ELIGIBLE -> HttpStatus.FORBIDDEN;
            case ALREADY_VOTED, CLOSED -> HttpStatus.CONFLICT;
            case TOO_MANY, OVER_BUDGET, UNKNOWN_OPTION, NO_CHOICE -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
    }

    /** The options chosen, by id. */
    public record BallotBody(List<Long> choices) {
    }

    /** The receipt code of a ballot counted. */
    public record ReceiptBody(String receipt, String campaign, LocalDate castOn) {
    }

    /** Whether a ballot with that code is counted. */
    public record ReceiptCheck(String receipt, boolean counted) {
    }

    /** An anonymous ballot, for open data. */
    public record PublicBallot(java.util.UUID id, LocalDate castOn, String channel, List<Long> choices) {

        static PublicBallot of(fr.ensemble.participation.domain.Ballot ballot) {
            return new PublicBallot(ballot.getId(), ballot.getCastOn(), ballot.getChannel().name(),
                    List.of(ballot.getChoices()));
        }
    }

    /** A campaign in a list. */
    public record CampaignSummary(String id, String kind, String kindLabel, String title, String status,
            String statusLabel, String currentPhase) {

        static CampaignSummary of(Campaign campaign) {
            LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
            CampaignStatus status = campaign.status(today);
            return new CampaignSummary(campaign.getSlug(), campaign.getKind().name(), campaign.getKind().label(),
                    campaign.getTitle(), status.name(), status.label(),
                    campaign.currentPhase(today).map(Enum::name).orElse(null));
        }
    }

    /** A campaign with its rules, phases and options. */
    public record CampaignDetails(CampaignSummary campaign, String description, String ballotRule, Integer maxChoices,
            Long envelopeCents, int minimumAge, boolean confirmedResidenceOnly, List<PhaseDates> phases,
            List<OptionDetails> options) {
    }

    /** A phase and its days, both included. */
    public record PhaseDates(String phase, String label, LocalDate startsOn, LocalDate endsOn) {

        static PhaseDates of(CampaignPhase phase) {
            return new PhaseDates(phase.getPhase().name(), phase.getPhase().label(), phase.getStartsOn(), phase.getEndsOn());
        }
    }

    /** An option put to the vote, with the path of its image and the image's alternative text when it has one. */
    public record OptionDetails(long id, String title, String description, Long costCents, String imageUrl,
            String imageAlt) {

        static OptionDetails of(String commune, BallotOption option) {
            return new OptionDetails(option.getId(), option.getTitle(), option.getDescription(), option.getCostCents(),
                    option.getImageAlt().map(alt -> optionImagePath(commune, option)).orElse(null),
                    option.getImageAlt().orElse(null));
        }
    }

    /** Where an option's image is served. */
    public static String optionImagePath(String commune, BallotOption option) {
        return "/api/v1/" + commune + "/participation/options/" + option.getId() + "/image";
    }

    /**
     * The published results: ballots counted (online, paper), each option's votes and, for a territory campaign, how
     * many took part from each commune (from the register; empty for a commune's campaign).
     */
    public record Results(long ballots, long online, long paper, List<OptionResult> options,
            List<Campaigns.CommuneParticipation> participationPerCommune) {
    }

    /** One option's votes. */
    public record OptionResult(long id, String title, long votes, long online, long paper, boolean winner) {
    }
}
