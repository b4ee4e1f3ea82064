package fr.ensemble.demarches.domain.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTextTest {

    @Test
    void placeholdersAreFilledAndUnknownOnesLeftAsTheyAre() {
        assertThat(MailText.fill("Demande {numero} à {commune} ({autre})", Map.of("numero", "PANTIN-2026-000001",
                "commune", "Pantin"))).isEqualTo("Demande PANTIN-2026-000001 à Pantin ({autre})");
        assertThat(MailText.fill("{message}", Map.of("message", "Coût : 5 $ et \\ retour"))).isEqualTo("Coût : 5 $ et \\ retour");
    }

    @Test
    void anAdminLearnsWhichPlaceholdersAMailMayUse() {
        assertThat(MailText.problems(MailKind.RECEIPT, "Demande {numero}", "Bonjour {prenom}, {statut}")).containsExactly(
                "{prenom} n'existe pas pour ce message ; possibles : {commune}, {demarche}, {numero}, {delai}, {lien}.",
                "{statut} n'existe pas pour ce message ; possibles : {commune}, {demarche}, {numero}, {delai}, {lien}.");
        assertThat(MailText.problems(MailKind.STATUS, " ", "")).containsExactly("L'objet est obligatoire.", "Le texte est obligatoire.");
    }

    @Test
    void everyDefaultWordingUsesOnlyItsOwnPlaceholders() {
        for (MailKind kind : MailKind.values()) {
            assertThat(MailText.problems(kind, kind.defaultSubject(), kind.defaultBody())).as(kind.name()).isEmpty();
        }
    }
}
