package fr.ensemble.participation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A project's path: moderated with a reason, studied, selected only when feasible; images by their content. */
class ProjectTest {

    private static Project project() {
        return new Project(1, new ProjectProposal("Bancs au parc", "Des bancs à l'ombre.", ProjectCategory.CADRE_DE_VIE,
                12_000_00L, 2.40, 48.89, "Léa Martin"), "alice", "Alice Martin", Instant.EPOCH);
    }

    @Test
    void aProjectNeedsATitleADescriptionACostAndBothCoordinatesOrNone() {
        assertThatThrownBy(() -> new Project(1, new ProjectProposal(" ", "x", ProjectCategory.SPORT, 1L, null, null, null),
                "a", "A", Instant.EPOCH)).hasMessageContaining("titre");
        assertThatThrownBy(() -> new Project(1, new ProjectProposal("T", "x", ProjectCategory.SPORT, null, null, null, null),
                "a", "A", Instant.EPOCH)).hasMessageContaining("coût");
        assertThatThrownBy(() -> new Project(1, new ProjectProposal("T", "x", ProjectCategory.SPORT, 1L, 2.4, null, null),
                "a", "A", Instant.EPOCH)).hasMessageContaining("longitude et la latitude");
    }

    @Test
    void moderationHidesWithAReasonTheAuthorSees() {
        Project project = project();
        assertThatThrownBy(() -> project.hide(" ")).hasMessageContaining("raison");
        project.hide("Projet hors du champ du budget participatif (fonctionnement).");
        assertThat(project.getStatus()).isEqualTo(ProjectStatus.HIDDEN);
        assertThat(project.getStatus().isPublic()).isFalse();
        assertThat(project.getStatusReason()).startsWith("Projet hors du champ");
        assertThatThrownBy(() -> project.studied(true, null, 1L)).hasMessageContaining("ne change plus");
    }

    @Test
    void onlyAFeasibleProjectIsSelectedAndAStudyGivesItsReasonOrCost() {
        Project project = project();
        assertThatThrownBy(() -> project.selected(5)).hasMessageContaining("faisable");
        assertThatThrownBy(() -> project.studied(false, "", null)).hasMessageContaining("pourquoi");
        assertThatThrownBy(() -> project.studied(true, null, null)).hasMessageContaining("coût retenu");
        project.studied(true, null, 15_000_00L);
        project.selected(5);
        assertThat(project.getStatus()).isEqualTo(ProjectStatus.SELECTED);
        assertThat(project.getOptionId()).isEqualTo(5);
        assertThatThrownBy(() -> project.hide("trop tard")).hasMessageContaining("soumis au vote");
    }

    @Test
    void imagesAreRecognisedByTheirContent() {
        assertThat(ProjectImage.of("photo.png", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0x00}).contentType())
                .isEqualTo("image/jpeg");
        assertThat(ProjectImage.of("x", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0}).contentType())
                .isEqualTo("image/png");
        assertThatThrownBy(() -> ProjectImage.of("photo.jpg", "%PDF-1.7".getBytes())).hasMessageContaining("n'est pas une image");
        assertThatThrownBy(() -> ProjectImage.of("grande.jpg", new byte[ProjectImage.MAX_BYTES + 1])).hasMessageContaining("2 Mo");
    }

    @Test
    void anImageSaysWhatItShowsInOneLine() {
        byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0x00};
        assertThat(DescribedImage.of("photo.jpg", jpeg, "  Le square avant travaux ").alternativeText())
                .isEqualTo("Le square avant travaux");
        assertThatThrownBy(() -> DescribedImage.of("photo.jpg", jpeg, " ")).hasMessageContaining("Décrivez l'image");
        assertThatThrownBy(() -> DescribedImage.of("photo.jpg", jpeg, "Le square\navant travaux")).hasMessageContaining("une ligne");
        assertThatThrownBy(() -> DescribedImage.of("photo.jpg", jpeg, "x".repeat(DescribedImage.MAX_ALT_LENGTH + 1)))
                .hasMessageContaining("300 caractères");
    }
}
