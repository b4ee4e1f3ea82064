package fr.ensemble.demarches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.demarches.application.Catalogue;
import fr.ensemble.demarches.application.Instruction;
import fr.ensemble.demarches.application.Instruction.Assignment;
import fr.ensemble.demarches.application.Instruction.InboxFilter;
import fr.ensemble.demarches.application.Instruction.InboxRow;
import fr.ensemble.demarches.application.Instruction.NewDocument;
import fr.ensemble.demarches.application.InstructionSettings;
import fr.ensemble.demarches.application.MailTemplates;
import fr.ensemble.demarches.application.MyRequests;
import fr.ensemble.demarches.application.RequestFiling;
import fr.ensemble.demarches.application.RequestRefusedException;
import fr.ensemble.demarches.domain.Department;
import fr.ensemble.demarches.domain.mail.MailKind;
import fr.ensemble.demarches.domain.workflow.Workflow;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.IntegrationTest;
import fr.ensemble.platform.LocalStack;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * How a commune organises instruction: requests routed to departments by procedure and by an answer, assigned,
 * moved along their procedure's own workflow (internal statuses, required comment or document, roles), documents
 * for the resident, e-mails in the commune's wording — and none of it crossing into another commune.
 */
@IntegrationTest
class InstructionOrganisationIT {

    private static final List<String> PANTIN_INSTRUCTOR = List.of("pantin:agent", "pantin:instructeur");
    private static final List<String> BAGNOLET_INSTRUCTOR = List.of("bagnolet:agent", "bagnolet:instructeur");
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    RequestFiling filing;

    @Autowired
    Instruction instruction;

    @Autowired
    InstructionSettings settings;

    @Autowired
    MailTemplates templates;

    @Autowired
    MyRequests myRequests;

    @Autowired
    Catalogue catalogue;

    @Test
    void schoolRequestsGoToTheDepartmentTheirAnswerNamesAndStayInTheirCommune() {
        String computers = file("pantin", "intervention-ecole", school("Informatique"));
        String works = file("pantin", "intervention-ecole", school("Travaux"));
        String inBagnolet = file("bagnolet", "intervention-ecole", school("Informatique"));

        Acting.as("agent.pantin", PANTIN_INSTRUCTOR, () -> TenantContext.run("pantin", () -> {
            assertThat(instruction.open(computers).department()).isEqualTo("Informatique des écoles");
            assertThat(instruction.open(works).department()).as("no rule on Travaux: the procedure's rule")
                    .isEqualTo("Services techniques");
            Department it = department("Informatique des écoles");
            assertThat(instruction.inbox(new InboxFilter(null, null, it.getId(), Assignment.ANYONE, 0), 500))
                    .extracting(InboxRow::trackingNumber).contains(computers).doesNotContain(works, inBagnolet);
        }));
        Acting.as("agent.bagnolet", BAGNOLET_INSTRUCTOR, () -> TenantContext.run("bagnolet", () -> {
            assertThat(instruction.open(inBagnolet).department()).isEqualTo("Informatique des écoles");
            assertThat(instruction.inbox(InboxFilter.ALL, 500)).extracting(InboxRow::trackingNumber)
                    .contains(inBagnolet).doesNotContain(computers, works);
        }));
        assertThatThrownBy(() -> Acting.as("agent.bagnolet", BAGNOLET_INSTRUCTOR,
                () -> TenantContext.call("pantin", () -> instruction.departments()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRequestIsAssignedTransferredAndItsHistoryTellsWhoDidWhat() {
        String tracking = file("pantin", "intervention-ecole", school("Entretien"));

        Acting.as("agent.pantin", PANTIN_INSTRUCTOR, () -> TenantContext.run("pantin", () -> {
            assertThat(unassigned()).contains(tracking);
            instruction.assignToMe(tracking);
            assertThat(instruction.inbox(new InboxFilter(null, null, null, Assignment.MINE, 0), 500))
                    .extracting(InboxRow::trackingNumber).contains(tracking);
            assertThat(unassigned()).doesNotContain(tracking);
            instruction.transfer(tracking, department("Services techniques").getId());
            var file = instruction.open(tracking);
            assertThat(file.department()).isEqualTo("Services techniques");
            assertThat(file.request().getAssignee()).isEqualTo("agent.pantin");
            assertThat(file.history()).extracting(event -> event.getAction().name() + " " + event.getActor() + " " + event.getComment())
                    .containsExactly("FILED usager null", "ASSIGNED agent.pantin Attribuée à agent.pantin",
                            "DEPARTMENT agent.pantin Transmise à Services techniques");
            assertThat(file.history()).filteredOn(event -> event.getAction().name().equals("ASSIGNED"))
                    .allSatisfy(event -> assertThat(event.isVisibleToResident()).isFalse());
        }));
    }

    @Test
    void aCivilRegistryRequestFollowsItsOwnWorkflowWithAnInternalCheckAndTheActAsDocument() throws Exception {
        String tracking = file("pantin", "acte-etat-civil", Map.of("acte", "Naissance", "type_copie", "Extrait avec filiation",
                "nom_acte", "Martin", "prenom_acte", "Alice", "date_evenement", "1990-05-12",
                "adresse_envoi", Map.of("street", "12 rue Hoche", "postalCode", "93500", "city", "Pantin"),
                "email", "alice.acte@example.org"));

        Acting.as("agent.pantin", PANTIN_INSTRUCTOR, () -> TenantContext.run("pantin", () -> {
            assertThat(instruction.open(tracking).nextStatuses()).extracting(Workflow.Status::code).containsExactly("EN_COURS");
            instruction.move(tracking, "EN_COURS", null, null);
            instruction.move(tracking, "VERIFICATION", null, null);
            assertThatThrownBy(() -> instruction.move(tracking, "DELIVREE", null, null))
                    .isInstanceOf(RequestRefusedException.class).hasMessage("Un document est obligatoire pour passer à « Acte délivré ».");
            assertThatThrownBy(() -> instruction.move(tracking, "REFUSEE", " ", null))
                    .isInstanceOf(RequestRefusedException.class).hasMessageContaining("Un message à l'usager est obligatoire");
            assertThatThrownBy(() -> instruction.move(tracking, "RECUE", null, null))
                    .isInstanceOf(RequestRefusedException.class).hasMessageContaining("ne peut pas passer à « Reçue »");
        }));
        assertThat(residentStatus(tracking)).as("the internal check is not shown").isEqualTo("En cours de traitement");

        Acting.as("agent.pantin", PANTIN_INSTRUCTOR, () -> TenantContext.run("pantin",
                () -> instruction.move(tracking, "DELIVREE", "Voici votre acte.", new NewDocument("acte-naissance.pdf", PDF, true))));

        assertThat(LocalStack.awaitMailAbout("alice.acte@example.org", tracking + " : Acte délivré").text()).contains("Voici votre acte.");
        assertThat(LocalStack.awaitMail("alice.acte@example.org")).as("receipt, in progress, delivered: not the internal check")
                .hasSize(3);
        var seen = Acting.as("alice", List.of(), () -> TenantContext.call("pantin", () -> myRequests.open(tracking))).orElseThrow();
        assertThat(seen.request().getResidentStatus()).isEqualTo("Acte délivré");
        assertThat(seen.request().getClosedAt()).isNotNull();
        assertThat(seen.steps()).extracting(MyRequests.Step::label)
                .containsExactly("Reçue", "En cours de traitement", "Document ajouté : acte-naissance.pdf", "Acte délivré");
        long documentId = seen.documents().getFirst().getId();
        assertThat(Acting.as("alice", List.of(), () -> TenantContext.call("pantin",
                () -> myRequests.document(tracking, documentId))).orElseThrow().content()).isEqualTo(PDF);
        assertThat(Acting.as("bruno", List.of(), () -> TenantContext.call("pantin",
                () -> myRequests.document(tracking, documentId)))).as("another resident").isEmpty();
    }

    @Test
    void aWorkflowChangeKeepsTheStatusesRequestsAreInAndMovesAreLimitedToTheirRoles() throws Exception {
        String tracking = file("pantin", "permis-vegetaliser", Map.of("type_projet", "Pied d'arbre",
                "adresse", Map.of("street", "3 rue Hoche", "postalCode", "93500", "city", "Pantin"),
                "description", "Des capucines au pied du platane.", "engagement", "oui", "email", "alice.vegetal@example.org"));
        long procedure = TenantContext.call("pantin", () -> catalogue.find("permis-vegetaliser").orElseThrow().getId());
        var onlyAdminsAccept = new Workflow(List.of(new Workflow.Status("RECUE", "Reçue", "Reçue", false),
                new Workflow.Status("ACCORDE", "Permis accordé", "Permis accordé", true)),
                List.of(new Workflow.Transition("RECUE", "ACCORDE", Set.of("admin"), false, false)));
        var dropsReceived = new Workflow(List.of(new Workflow.Status("NOUVELLE", "Nouvelle", "Nouvelle", false),
                new Workflow.Status("ACCORDE", "Permis accordé", "Permis accordé", true)), List.of());
        try {
            Acting.as("admin.pantin", Acting.PANTIN_ADMIN, () -> TenantContext.run("pantin", () -> {
                assertThatThrownBy(() -> settings.changeWorkflow(procedure, dropsReceived)).isInstanceOf(RequestRefusedException.class)
                        .hasMessageContaining("sont au statut « Reçue » : gardez-le");
                settings.changeWorkflow(procedure, onlyAdminsAccept);
            }));
            assertThatThrownBy(() -> Acting.as("agent.pantin", PANTIN_INSTRUCTOR, () -> TenantContext.run("pantin",
                    () -> instruction.move(tracking, "ACCORDE", null, null)))).isInstanceOf(RequestRefusedException.class)
                    .hasMessageContaining("Votre rôle ne permet pas");
            Acting.as("agent.pantin", List.of("pantin:agent", "pantin:instructeur", "pantin:admin"), () -> TenantContext.run("pantin",
                    () -> instruction.move(tracking, "ACCORDE", null, null)));
            assertThat(residentStatus(tracking)).isEqualTo("Permis accordé");
        } finally {
            try (Connection superuser = LocalStack.superuser("ensemble");
                    var delete = superuser.prepareStatement("DELETE FROM t_pantin.request WHERE tracking_number = ?")) {
                delete.setString(1, tracking);
                delete.executeUpdate();
            }
            Acting.as("admin.pantin", Acting.PANTIN_ADMIN, () -> TenantContext.run("pantin",
                    () -> settings.changeWorkflow(procedure, Workflow.DEFAULT)));
        }
    }

    @Test
    void eMailsSpeakTheCommunesWordsAndOnlyItsOwn() throws Exception {
        assertThatThrownBy(() -> Acting.as("admin.pantin", Acting.PANTIN_ADMIN, () -> TenantContext.run("pantin",
                () -> templates.change(MailKind.RECEIPT, "Demande {numero}", "Bonjour {prenom}"))))
                .isInstanceOf(RequestRefusedException.class).hasMessageContaining("{prenom} n'existe pas pour ce message");
        assertThatThrownBy(() -> Acting.as("agent.pantin", PANTIN_INSTRUCTOR, () -> TenantContext.run("pantin",
                () -> templates.change(MailKind.RECEIPT, "Demande {numero}", "Bonjour"))))
                .as("an instructor is not an admin").isInstanceOf(AccessDeniedException.class);
        try {
            Acting.as("admin.pantin", Acting.PANTIN_ADMIN, () -> TenantContext.run("pantin", () -> templates.change(
                    MailKind.RECEIPT, "Pantin a reçu votre demande {numero}",
                    "Bonjour,\n\nLa mairie de {commune} a bien reçu « {demarche} » ({numero}). Suivi : {lien}")));
            String inPantin = file("pantin", "intervention-ecole", school("Sécurité"), "directrice.pantin@example.org");
            String inBagnolet = file("bagnolet", "intervention-ecole", school("Sécurité"), "directrice.bagnolet@example.org");

            var pantinMail = LocalStack.awaitMailAbout("directrice.pantin@example.org", inPantin);
            assertThat(pantinMail.subject()).isEqualTo("Pantin a reçu votre demande " + inPantin);
            assertThat(pantinMail.text()).contains("La mairie de Pantin a bien reçu « Demande d'intervention dans une école »")
                    .contains("/compte/demandes/pantin/" + inPantin);
            assertThat(LocalStack.awaitMailAbout("directrice.bagnolet@example.org", inBagnolet).subject())
                    .as("Bagnolet keeps the default wording").isEqualTo("Votre demande " + inBagnolet + " est bien reçue");
        } finally {
            Acting.as("admin.pantin", Acting.PANTIN_ADMIN, () -> TenantContext.run("pantin", () -> templates.reset(MailKind.RECEIPT)));
        }
    }

    private List<String> unassigned() {
        return instruction.inbox(new InboxFilter(null, null, null, Assignment.NOBODY, 0), 500).stream()
                .map(InboxRow::trackingNumber).toList();
    }

    private Department department(String name) {
        return instruction.departments().stream().filter(department -> department.getName().equals(name)).findFirst().orElseThrow();
    }

    private String file(String tenant, String procedure, Map<String, Object> answers) {
        return file(tenant, procedure, answers, (String) answers.getOrDefault("email", "alice@example.org"));
    }

    private String file(String tenant, String procedure, Map<String, Object> answers, String email) {
        return Acting.as("alice", List.of(), () -> TenantContext.call(tenant,
                () -> filing.file(procedure, answers, email, UUID.randomUUID().toString()).getTrackingNumber()));
    }

    private static Map<String, Object> school(String nature) {
        return Map.of("ecole", "École Jean-Jaurès", "nature", nature, "urgence", "non",
                "description", "Le tableau numérique de la classe 3 ne s'allume plus.", "email", "directrice@example.org");
    }

    private static String residentStatus(String tracking) throws SQLException {
        try (Connection superuser = LocalStack.superuser("ensemble");
                var query = superuser.prepareStatement("SELECT resident_status FROM t_pantin.request WHERE tracking_number = ?")) {
            query.setString(1, tracking);
            try (var result = query.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }
}
