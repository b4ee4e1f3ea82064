package fr.ensemble.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ensemble.core.identity.resident.ConsentPurpose;
import fr.ensemble.core.identity.resident.InvalidProfileException;
import fr.ensemble.core.identity.resident.ProfileChange;
import fr.ensemble.core.identity.resident.ResidentIdentity;
import fr.ensemble.core.identity.resident.ResidentProfileService;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.KeycloakRealm;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** "Mon compte" against the real database and Keycloak: profile rules, consents with proof, export, erasure. */
@IntegrationTest
class ResidentAccountIT {

    @Autowired
    ResidentProfileService profiles;

    @Autowired
    TenantRegistry registry;

    private String subject;

    @BeforeEach
    void aResidentWhoJustSignedUp() {
        var user = new UserRepresentation();
        user.setUsername("habitant-" + UUID.randomUUID());
        user.setEmail(user.getUsername() + "@example.org");
        user.setEnabled(true);
        try (Response created = KeycloakRealm.realm().users().create(user)) {
            assertThat(created.getStatus()).isEqualTo(201);
            String path = created.getLocation().getPath();
            subject = path.substring(path.lastIndexOf('/') + 1);
        }
        profiles.signedIn(new ResidentIdentity(subject, "Camille", "Durand", user.getEmail(), LocalDate.of(1990, 1, 2)));
        Acting.become(subject, List.of());
    }

    @AfterEach
    void removeTheResident() {
        Acting.reset();
        KeycloakRealm.realm().users().delete(subject).close();
    }

    @Test
    void aResidentActsOnTheirOwnAccountOnly() {
        String someoneElse = KeycloakRealm.user("bruno").getId();

        assertThatThrownBy(() -> profiles.consent(someoneElse, ConsentPurpose.SMS, true))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> profiles.deleteAccount(someoneElse)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> profiles.export(someoneElse)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> profiles.find(someoneElse)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theProfileKeepsWhatTheResidentDeclaresAndExplainsMistakesInFrench() {
        profiles.update(subject, new ProfileChange("12 rue de Paris", "93500", "Pantin", "06 12 34 56 78", "pantin", true, false));

        var profile = profiles.find(subject).orElseThrow();
        assertThat(profile.getResidenceCommune()).isEqualTo("pantin");
        assertThat(profile.isResidenceConfirmed()).isFalse();
        assertThatThrownBy(() -> profiles.update(subject, new ProfileChange("", "9350", "", "abc", null, true, false)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Le code postal se compose de 5 chiffres.")
                .hasMessageContaining("Le numéro de téléphone n'est pas valide");
        assertThatThrownBy(() -> profiles.update(subject, new ProfileChange("", "", "", "", "est-ensemble", true, false)))
                .isInstanceOf(InvalidProfileException.class)
                .hasMessage("Choisissez une commune d'Est Ensemble.");
        assertThat(profiles.find(subject).orElseThrow().getPostalCode()).isEqualTo("93500");
    }

    @Test
    void aPositionInTheDeclaredCommuneConfirmsIt() {
        assertThatThrownBy(() -> profiles.confirmResidence(subject, 2.4093, 48.8944))
                .isInstanceOf(InvalidProfileException.class).hasMessageContaining("Déclarez d'abord");
        profiles.update(subject, new ProfileChange("", "", "", "", "pantin", true, false));

        assertThatThrownBy(() -> profiles.confirmResidence(subject, 2.4168, 48.8693))
                .isInstanceOf(InvalidProfileException.class).hasMessageContaining("à Bagnolet");
        assertThatThrownBy(() -> profiles.confirmResidence(subject, 2.3522, 48.8566))
                .isInstanceOf(InvalidProfileException.class).hasMessageContaining("aucune commune d'Est Ensemble");
        assertThat(profiles.find(subject).orElseThrow().isResidenceConfirmed()).isFalse();

        profiles.confirmResidence(subject, 2.4093, 48.8944);
        assertThat(profiles.find(subject).orElseThrow().isResidenceConfirmed()).isTrue();
        profiles.update(subject, new ProfileChange("", "", "", "", "bondy", true, false));
        assertThat(profiles.find(subject).orElseThrow().isResidenceConfirmed()).as("a new commune needs a new check").isFalse();
    }

    @Test
    void everyConsentIsKeptWithItsWordingAndDate() {
        var newsletter = ConsentPurpose.newsletterOf(registry.require("montreuil"));

        profiles.consent(subject, newsletter, true);
        profiles.consent(subject, newsletter, true);
        profiles.consent(subject, ConsentPurpose.SMS, true);
        profiles.consent(subject, newsletter, false);

        assertThat(profiles.currentConsents(subject)).containsExactlyInAnyOrderEntriesOf(
                Map.of("newsletter:montreuil", false, "sms", true));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> history = (List<Map<String, Object>>) profiles.export(subject).get("consentements");
        assertThat(history).hasSize(3);
        assertThat(history).extracting(consent -> consent.get("texte"))
                .contains("J'accepte de recevoir par e-mail la lettre d'information de Montreuil. "
                        + "Je peux me désinscrire à tout moment depuis Mon compte.");
    }

    @Test
    void theExportHoldsEverythingAndDeletionErasesTheAccountEverywhere() {
        profiles.consent(subject, ConsentPurpose.SMS, true);

        Map<String, Object> export = profiles.export(subject);
        assertThat(export).containsKeys("exporteLe", "profil", "consentements", "activites");
        @SuppressWarnings("unchecked")
        Map<String, Object> profile = (Map<String, Object>) export.get("profil");
        assertThat(profile).containsEntry("prenom", "Camille").containsEntry("dateDeNaissance", LocalDate.of(1990, 1, 2));

        profiles.deleteAccount(subject);

        assertThat(profiles.find(subject)).isEmpty();
        assertThat(profiles.currentConsents(subject)).isEmpty();
        assertThat(KeycloakRealm.realm().users().search(null, null, null, null, 0, 10).stream()
                .map(UserRepresentation::getId)).doesNotContain(subject);
    }
}
