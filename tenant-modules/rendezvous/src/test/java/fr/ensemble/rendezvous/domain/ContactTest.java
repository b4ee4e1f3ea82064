package fr.ensemble.rendezvous.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContactTest {

    @Test
    void aResidentAlwaysGivesAnEmailAddress() {
        assertThat(Contact.checked(" Alice Martin ", " alice@example.org ", " ")).isEqualTo(
                new Contact("Alice Martin", "alice@example.org", null));
        assertThatThrownBy(() -> Contact.checked("Alice Martin", null, "01 23 45 67 89"))
                .isInstanceOf(AppointmentRefusedException.class).hasMessageStartingWith("Indiquez une adresse e-mail valide");
    }

    @Test
    void atThePhoneAPhoneNumberMayStandInForTheEmailAddress() {
        assertThat(Contact.reachable("Paul Durand", "", "06 12 34 56 78")).isEqualTo(new Contact("Paul Durand", null, "06 12 34 56 78"));
        assertThat(Contact.reachable("Paul Durand", "paul@example.org", null)).isEqualTo(
                new Contact("Paul Durand", "paul@example.org", null));
        assertThatThrownBy(() -> Contact.reachable("Paul Durand", null, " "))
                .hasMessage("Indiquez l'adresse e-mail de l'usager (la confirmation y est envoyée) ou au moins son téléphone.");
        assertThatThrownBy(() -> Contact.reachable("Paul Durand", "paul@", "06 12 34 56 78"))
                .hasMessageStartingWith("Indiquez une adresse e-mail valide");
        assertThatThrownBy(() -> Contact.reachable("Paul Durand", null, "12"))
                .hasMessageStartingWith("Le numéro de téléphone n'est pas valide");
        assertThatThrownBy(() -> Contact.reachable(" ", null, "06 12 34 56 78"))
                .hasMessageStartingWith("Indiquez le nom et le prénom");
    }
}
