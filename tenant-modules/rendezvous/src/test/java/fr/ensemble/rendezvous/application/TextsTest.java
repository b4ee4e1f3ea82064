package fr.ensemble.rendezvous.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void slugsAreLowerCaseWordsWithoutAccentsStartingWithALetter() {
        assertThat(Texts.slugOf("Passeport & CNI (mairie)", "rendez-vous")).isEqualTo("passeport-cni-mairie");
        assertThat(Texts.slugOf("  Carte d'identité — Été ", "rendez-vous")).isEqualTo("carte-d-identite-ete");
        assertThat(Texts.slugOf("3e étage", "lieu")).isEqualTo("lieu-3e-etage");
        assertThat(Texts.slugOf("!!!", "lieu")).isEqualTo("lieu");
        assertThat(Texts.slugOf("a ".repeat(50), "lieu")).hasSize(59).matches("[a-z]+(-[a-z0-9]+)*");
    }

    @Test
    void requiredTextIsTrimmedAndBounded() {
        assertThat(Texts.required("  Guichet 1 ", 100, "refus")).isEqualTo("Guichet 1");
        assertThatThrownBy(() -> Texts.required("   ", 100, "Indiquez le nom.")).isInstanceOf(AppointmentRefusedException.class)
                .hasMessage("Indiquez le nom.");
        assertThatThrownBy(() -> Texts.required("x".repeat(101), 100, "Trop long.")).hasMessage("Trop long.");
        assertThat(Texts.optional("  ")).isNull();
    }
}
