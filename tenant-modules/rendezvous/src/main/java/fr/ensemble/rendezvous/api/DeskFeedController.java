package fr.ensemble.rendezvous.api;

import fr.ensemble.core.web.ApiProblems;
import fr.ensemble.rendezvous.application.CalendarFiles;
import fr.ensemble.rendezvous.application.DeskFeeds;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A desk's private iCalendar feed (no login: the secret in the URL is the key; any wrong secret is a 404), and,
 * for the commune's agents (bearer token), its URL and its regeneration.
 */
@RestController
public class DeskFeedController {

    static final MediaType CALENDAR = MediaType.parseMediaType(CalendarFiles.CONTENT_TYPE);

    private final DeskFeeds feeds;

    DeskFeedController(DeskFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/api/v1/{commune}/rendez-vous/flux/guichet/{token}.ics")
    public ResponseEntity<String> feed(@PathVariable String commune, @PathVariable String token) {
        return feeds.feed(token).map(ics -> ResponseEntity.ok().contentType(CALENDAR)
                        .cacheControl(CacheControl.noStore()).body(ics))
                .orElseThrow(() -> ApiProblems.error(HttpStatus.NOT_FOUND, "flux-inconnu", "Flux inconnu",
                        "Aucun agenda ne correspond à ce lien : il a peut-être été renouvelé."));
    }

    @GetMapping("/api/v1/agent/{commune}/rendez-vous/guichets/{deskId}/flux")
    public FeedLink feedUrl(@PathVariable String commune, @PathVariable long deskId) {
        return new FeedLink(feeds.feedUrl(deskId));
    }

    @PostMapping("/api/v1/agent/{commune}/rendez-vous/guichets/{deskId}/flux")
    public FeedLink regenerate(@PathVariable String commune, @PathVariable long deskId) {
        return new FeedLink(feeds.regenerate(deskId));
    }

    @ExceptionHandler(AppointmentRefusedException.class)
    ResponseEntity<ProblemDetail> unknownDesk(AppointmentRefusedException refusal) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiProblems.problem(HttpStatus.NOT_FOUND,
                "guichet-inconnu", "Guichet inconnu", refusal.getMessage()));
    }

    /** The URL a calendar application subscribes to. */
    public record FeedLink(String url) {
    }
}
