package fr.ensemble.rendezvous.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PreApplicationNumbersTest {

    @Test
    void tenLettersOrDigitsPerPersonInCanonicalForm() {
        assertThat(PreApplicationNumbers.checked(List.of("abcde 12345", "12345-67890"), 2))
                .containsExactly("ABCDE12345", "1234567890");
        assertThat(PreApplicationNumbers.isWellFormed("1234567890")).isTrue();
        assertThat(PreApplicationNumbers.isWellFormed("123456789")).isFalse();
    }

    @Test
    void aBadNumberIsNamedInTheRefusal() {
        assertThatThrownBy(() -> PreApplicationNumbers.checked(List.of("12345678901"), 1))
                .isInstanceOf(AppointmentRefusedException.class)
                .hasMessageStartingWith("Le numéro de pré-demande « 12345678901 » n'est pas valide : il compte 10 lettres ou chiffres");
        assertThatThrownBy(() -> PreApplicationNumbers.checked(List.of("ABCDE_1234"), 1))
                .isInstanceOf(AppointmentRefusedException.class);
    }

    @Test
    void onePerPersonAllDifferent() {
        assertThatThrownBy(() -> PreApplicationNumbers.checked(List.of("1234567890", " "), 2))
                .hasMessage("Indiquez un numéro de pré-demande ANTS pour chacune des 2 personnes (1 donné).");
        assertThatThrownBy(() -> PreApplicationNumbers.checked(List.of(), 1))
                .hasMessage("Indiquez le numéro de pré-demande ANTS de la personne.");
        assertThatThrownBy(() -> PreApplicationNumbers.checked(List.of("1234567890", "12345 67890"), 2))
                .hasMessage("Chaque personne a son propre numéro de pré-demande : un numéro est donné deux fois.");
    }
}
