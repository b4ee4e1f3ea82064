package fr.ensemble.ui.demarches;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.demarches.application.FormBuilder;
import fr.ensemble.demarches.application.InstructionSettings;
import fr.ensemble.demarches.application.RequestRefusedException;
import fr.ensemble.demarches.domain.Procedure;
import fr.ensemble.demarches.domain.workflow.Workflow;
import fr.ensemble.demarches.domain.workflow.Workflow.Status;
import fr.ensemble.demarches.domain.workflow.Workflow.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A procedure's workflow, edited as two lists (statuses, allowed moves) and saved as a whole once sound: the
 * first status is where new requests start; a status without a label for the resident is internal.
 */
class WorkflowEditor extends Section {

    private static final Set<String> ROLES = Set.of("instructeur", "admin");

    private final String tenant;
    private final InstructionSettings settings;
    private final Select<Procedure> procedure = new Select<>();
    private final Grid<Status> statusGrid = new Grid<>();
    private final Grid<Transition> moveGrid = new Grid<>();
    private final Select<String> from = new Select<>();
    private final Select<String> to = new Select<>();
    private final Paragraph problems = new Paragraph();
    private final List<Status> statuses = new ArrayList<>();
    private final List<Transition> moves = new ArrayList<>();

    WorkflowEditor(String tenant, InstructionSettings settings, FormBuilder builder) {
        this.tenant = tenant;
        this.settings = settings;
        procedure.setLabel("Démarche");
        procedure.setId("circuit-demarche");
        procedure.setItems(TenantContext.call(tenant, builder::procedures));
        procedure.setItemLabelGenerator(value -> value == null ? "" : value.getTitle());
        procedure.addValueChangeListener(change -> load(change.getValue()));
        statusGrid.setAriaLabel("Statuts du circuit");
        statusGrid.addColumn(Status::code).setHeader("Code");
        statusGrid.addColumn(Status::label).setHeader("Libellé (agents)");
        statusGrid.addColumn(status -> status.visibleToResident() ? status.residentLabel() : "— interne —").setHeader("Libellé (usager)");
        statusGrid.addColumn(status -> status.closing() ? "oui" : "non").setHeader("Clôt la demande");
        statusGrid.addComponentColumn(status -> new Button("Retirer", click -> {
            statuses.remove(status);
            show();
        })).setHeader("Action");
        statusGrid.setAllRowsVisible(true);
        moveGrid.setAriaLabel("Passages autorisés");
        moveGrid.addColumn(move -> move.from() + " → " + move.to()).setHeader("Passage");
        moveGrid.addColumn(move -> String.join(", ", move.roles())).setHeader("Rôles");
        moveGrid.addColumn(move -> (move.commentRequired() ? "message " : "") + (move.documentRequired() ? "document" : ""))
                .setHeader("Obligatoire");
        moveGrid.addComponentColumn(move -> new Button("Retirer", click -> {
            moves.remove(move);
            show();
        })).setHeader("Action");
        moveGrid.setAllRowsVisible(true);
        problems.getElement().setAttribute("role", "alert");
        var save = new Button("Enregistrer le circuit", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("enregistrer-circuit");
        add(new H2("Circuits des démarches"), new Paragraph("Le premier statut est celui d'une demande reçue. Un statut "
                + "sans libellé pour l'usager est interne : l'usager garde le dernier statut qu'on lui a annoncé."),
                procedure, new H3("Statuts"), statusGrid, statusForm(), new H3("Passages autorisés"), moveGrid, moveForm(),
                problems, save);
    }

    private HorizontalLayout statusForm() {
        var code = new TextField("Code");
        code.setHelperText("Majuscules, ex. A_SIGNER");
        var label = new TextField("Libellé (agents)");
        var residentLabel = new TextField("Libellé (usager)");
        residentLabel.setHelperText("Vide : statut interne");
        var closing = new Checkbox("Clôt la demande");
        var add = new Button("Ajouter le statut", click -> {
            statuses.add(new Status(code.getValue().strip().toUpperCase(Locale.ROOT), label.getValue().strip(),
                    residentLabel.getValue().isBlank() ? null : residentLabel.getValue().strip(), closing.getValue()));
            code.clear();
            label.clear();
            residentLabel.clear();
            closing.clear();
            show();
        });
        return row(code, label, residentLabel, closing, add);
    }

    private HorizontalLayout moveForm() {
        from.setLabel("De");
        to.setLabel("Vers");
        var roles = new CheckboxGroup<String>("Rôles autorisés");
        roles.setItems(ROLES);
        roles.setValue(Set.of("instructeur"));
        var comment = new Checkbox("Message obligatoire");
        var document = new Checkbox("Document obligatoire");
        var add = new Button("Ajouter le passage", click -> {
            if (from.getValue() == null || to.getValue() == null) {
                problems.setText("Choisissez les deux statuts du passage.");
                return;
            }
            moves.add(new Transition(from.getValue(), to.getValue(), roles.getValue(), comment.getValue(), document.getValue()));
            show();
        });
        return row(from, to, roles, comment, document, add);
    }

    private void load(Procedure chosen) {
        statuses.clear();
        moves.clear();
        if (chosen != null) {
            Workflow workflow = chosen.workflow();
            statuses.addAll(workflow.statuses());
            moves.addAll(workflow.transitions());
        }
        problems.setText("");
        show();
    }

    private void show() {
        statusGrid.setItems(statuses);
        moveGrid.setItems(moves);
        List<String> codes = statuses.stream().map(Status::code).toList();
        from.setItems(codes);
        to.setItems(codes);
    }

    private void save() {
        if (procedure.getValue() == null) {
            problems.setText("Choisissez d'abord la démarche.");
            return;
        }
        try {
            TenantContext.run(tenant, () -> settings.changeWorkflow(procedure.getValue().getId(), new Workflow(statuses, moves)));
            problems.setText("");
            Notification.show("Circuit enregistré : il s'applique dès maintenant.", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RequestRefusedException e) {
            problems.setText(e.getMessage());
        }
    }

    private static HorizontalLayout row(Component... components) {
        var row = new HorizontalLayout(components);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }
}
