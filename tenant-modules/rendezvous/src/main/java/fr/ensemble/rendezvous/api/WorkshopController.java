package fr.ensemble.rendezvous.api;

import fr.ensemble.core.web.ApiProblems;
import fr.ensemble.rendezvous.application.NewWorkshop;
import fr.ensemble.rendezvous.application.WorkshopFeed;
import fr.ensemble.rendezvous.application.Workshops;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.Workshop;
import java.net.URI;
import java.time.Instant;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Workshops over HTTP: the commune's public iCalendar feed, and their creation by the commune's agents (bearer
 * token); a refused workshop is a 400 problem with the French reason, nothing written.
 */
@RestController
public class WorkshopController {

    private final Workshops workshops;
    private final WorkshopFeed feed;

    WorkshopController(Workshops workshops, WorkshopFeed feed) {
        this.workshops = workshops;
        this.feed = feed;
    }

    @GetMapping("/api/v1/{commune}/rendez-vous/ateliers.ics")
    public ResponseEntity<String> feed(@PathVariable String commune) {
        return ResponseEntity.ok().contentType(DeskFeedController.CALENDAR).cacheControl(CacheControl.noCache())
                .body(feed.feed());
    }

    @PostMapping("/api/v1/agent/{commune}/rendez-vous/ateliers")
    public ResponseEntity<CreatedWorkshop> create(@PathVariable String commune, @RequestBody NewWorkshop wanted) {
        Workshop created = workshops.create(wanted);
        return ResponseEntity.created(URI.create("/api/v1/agent/" + commune + "/rendez-vous/ateliers/" + created.getId()))
                .body(CreatedWorkshop.of(created));
    }

    @ExceptionHandler(AppointmentRefusedException.class)
    ResponseEntity<ProblemDetail> refused(AppointmentRefusedException refusal) {
        return ResponseEntity.badRequest().body(ApiProblems.problem(HttpStatus.BAD_REQUEST, "atelier-invalide",
                "Atelier refusé", refusal.getMessage()));
    }

    /** A workshop as created. */
    public record CreatedWorkshop(long id, String title, String kind, long placeId, Instant start, Instant end,
            int capacity, String description) {

        static CreatedWorkshop of(Workshop workshop) {
            return new CreatedWorkshop(workshop.getId(), workshop.getTitle(), workshop.getKind().name(),
                    workshop.getPlaceId(), workshop.getStartsAt(), workshop.getEndsAt(), workshop.getCapacity(),
                    workshop.getDescription());
        }
    }
}
