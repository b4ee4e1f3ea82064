package fr.ensemble.participation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A concertation's categories and area, and the comments dropped on its map: category, length, moderation. */
class ConcertationTest {

    private static Campaign draft() {
        return new Campaign(new CampaignDraft("coeur-de-ville", CampaignKind.CONCERTATION, "Cœur de ville",
                "Le projet du centre.", null, null, null, 0, false, List.of(new CampaignPhase(Phase.VOTE,
                        LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)))), "agent.pantin", Instant.EPOCH);
    }

    /** As saved: with its id. */
    private static Campaign described() {
        Campaign concertation = draft();
        concertation.describeConcertation(List.of(" Idée ", "Problème constaté", ""), new double[] {2.398, 48.889, 2.412, 48.898});
        try {
            Field id = Campaign.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(concertation, 7L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return concertation;
    }

    @Test
    void aConcertationNeedsItsDatesAndACategoryBeforePublication() {
        assertThatThrownBy(() -> new Campaign(new CampaignDraft("c", CampaignKind.CONCERTATION, "C", "D", null, null, null,
                0, false, List.of()), "a", Instant.EPOCH)).hasMessageContaining("dates de la concertation");
        assertThatThrownBy(draft()::publish).hasMessageContaining("au moins une catégorie");
        Campaign concertation = described();
        assertThat(concertation.getCommentCategories()).containsExactly("Idée", "Problème constaté");
        assertThat(concertation.getMapBounds()).hasValueSatisfying(bounds -> assertThat(bounds).containsExactly(
                2.398, 48.889, 2.412, 48.898));
        concertation.publish();
        assertThatThrownBy(() -> concertation.describeConcertation(List.of("Autre"), null)).hasMessageContaining("ne changent plus");
    }

    @Test
    void categoriesAreOneToTwelveDistinctAndTheAreaRunsWestToEastSouthToNorth() {
        assertThatThrownBy(() -> draft().describeConcertation(List.of(" "), null)).hasMessageContaining("de 1 à 12");
        assertThatThrownBy(() -> draft().describeConcertation(List.of("Idée", "Idée"), null)).hasMessageContaining("qu'une fois");
        assertThatThrownBy(() -> draft().describeConcertation(List.of("Idée"), new double[] {2.41, 48.88, 2.39, 48.89}))
                .hasMessageContaining("de l'ouest à l'est");
        assertThatThrownBy(() -> Campaigns.vote(0, false).describeConcertation(List.of("Idée"), null))
                .hasMessageContaining("Seule une concertation");
        Campaign wholeCommune = draft();
        wholeCommune.describeConcertation(List.of("Idée"), null);
        assertThat(wholeCommune.getMapBounds()).isEmpty();
    }

    @Test
    void aCommentHasOneOfTheCategoriesAndTenToAThousandCharacters() {
        Campaign concertation = described();
        assertThatThrownBy(() -> comment(concertation, "Autre", "Un commentaire assez long.")).hasMessageContaining("catégorie");
        assertThatThrownBy(() -> comment(concertation, "Idée", " court    ")).hasMessageContaining("de 10 à 1 000 caractères (5");
        assertThatThrownBy(() -> comment(concertation, "Idée", "x".repeat(1001))).hasMessageContaining("(1001 actuellement)");
        MapComment comment = comment(concertation, "Idée", "  Des arceaux à vélos devant la mairie.  ");
        assertThat(comment.getBody()).isEqualTo("Des arceaux à vélos devant la mairie.");
        assertThat(comment.isHidden()).isFalse();
    }

    @Test
    void moderationHidesWithAReason() {
        MapComment comment = comment(described(), "Idée", "Des arceaux à vélos devant la mairie.");
        assertThatThrownBy(() -> comment.hide("  ")).hasMessageContaining("son auteur le lira");
        comment.hide("Propos injurieux.");
        assertThat(comment.isHidden()).isTrue();
        assertThat(comment.getHiddenReason()).isEqualTo("Propos injurieux.");
    }

    private static MapComment comment(Campaign concertation, String category, String text) {
        return new MapComment(concertation, new MapCommentDraft(2.405, 48.894, category, text), "alice", "Alice Martin",
                Instant.EPOCH);
    }
}
