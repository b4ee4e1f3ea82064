package fr.ensemble.participation.api;

import fr.ensemble.core.web.ApiProblems;
import fr.ensemble.participation.application.ConcertationMaps;
import fr.ensemble.participation.application.UnknownCampaignException;
import fr.ensemble.participation.domain.MapComment;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published comments of a concertation map as a GeoJSON FeatureCollection (RFC 7946, CRS84), for the map of
 * the campaign's page and for outside tools. The tenant is the commune of the URL: another commune's concertation
 * is unknown here. Answered as {@code application/json} too, the type MapLibre asks for.
 */
@RestController
public class ConcertationController {

    private final ConcertationMaps maps;

    ConcertationController(ConcertationMaps maps) {
        this.maps = maps;
    }

    @GetMapping(value = "/api/v1/{commune}/participation/campaigns/{campaign}/comments.geojson",
            produces = {"application/geo+json", "application/json"})
    public FeatureCollection comments(@PathVariable String commune, @PathVariable String campaign) {
        try {
            return new FeatureCollection("FeatureCollection", maps.published(campaign).stream().map(Feature::of).toList());
        } catch (UnknownCampaignException unknown) {
            throw ApiProblems.error(HttpStatus.NOT_FOUND, "concertation-inconnue", "Concertation inconnue",
                    unknown.getMessage());
        }
    }

    /** A GeoJSON FeatureCollection. */
    public record FeatureCollection(String type, List<Feature> features) {
    }

    /** One comment: its point and what the map's popup shows. */
    public record Feature(String type, long id, Point geometry, Properties properties) {

        static Feature of(MapComment comment) {
            return new Feature("Feature", comment.getId(), new Point("Point",
                    List.of(comment.getLongitude(), comment.getLatitude())),
                    new Properties(comment.getCategory(), comment.getBody(), comment.getAuthorName(), comment.getCreatedAt()));
        }
    }

    /** A GeoJSON point: longitude, latitude. */
    public record Point(String type, List<Double> coordinates) {
    }

    /** What a comment says, by whom and when. */
    public record Properties(String categorie, String texte, String auteur, Instant date) {
    }
}
