package fr.ensemble.ui.demarches;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.demarches.application.FormBuilder;
import fr.ensemble.demarches.application.InstructionSettings;
import fr.ensemble.demarches.application.RequestRefusedException;
import fr.ensemble.demarches.domain.Department;
import fr.ensemble.demarches.domain.Procedure;
import fr.ensemble.demarches.domain.RoutingRule;
import java.util.Map;
import java.util.stream.Collectors;

/** The commune's departments and the rules that route each new request to one of them. */
class DepartmentsEditor extends Section {

    private final String tenant;
    private final InstructionSettings settings;
    private final FormBuilder builder;
    private final Grid<Department> departments = new Grid<>();
    private final Grid<RoutingRule> rules = new Grid<>();
    private final Select<Department> ruleDepartment = new Select<>();
    private Map<Long, String> procedureTitles = Map.of();
    private Map<Long, String> departmentNames = Map.of();

    DepartmentsEditor(String tenant, InstructionSettings settings, FormBuilder builder) {
        this.tenant = tenant;
        this.settings = settings;
        this.builder = builder;
        var name = new TextField("Nouveau service");
        name.setId("nouveau-service");
        var add = new Button("Ajouter le service", click -> {
            try {
                TenantContext.run(tenant, () -> settings.addDepartment(name.getValue()));
                name.clear();
                name.setInvalid(false);
                refresh();
            } catch (RequestRefusedException e) {
                name.setErrorMessage(e.getMessage());
                name.setInvalid(true);
            }
        });
        departments.setId("services");
        departments.setAriaLabel("Services");
        departments.addColumn(Department::getName).setHeader("Service");
        departments.addComponentColumn(department -> new Button("Supprimer", click -> {
            TenantContext.run(tenant, () -> settings.removeDepartment(department.getId()));
            refresh();
        })).setHeader("Action");
        departments.setAllRowsVisible(true);
        add(new H2("Services"), new Paragraph("Une demande reçue va au service de la première règle qui lui correspond ; "
                + "sans règle, elle attend dans la boîte sans service."), departments, row(name, add));
        add(new H2("Règles d'orientation"), rules, ruleForm());
        rules.setId("regles");
        rules.setAriaLabel("Règles d'orientation, dans l'ordre où elles sont essayées");
        rules.addColumn(RoutingRule::getPosition).setHeader("Ordre").setAutoWidth(true);
        rules.addColumn(rule -> rule.getProcedureId() == null ? "Toutes" : procedureTitles.get(rule.getProcedureId())).setHeader("Démarche");
        rules.addColumn(rule -> rule.getFieldId() == null ? "—" : rule.getFieldId() + " = " + rule.getFieldValue()).setHeader("Réponse");
        rules.addColumn(rule -> departmentNames.get(rule.getDepartmentId())).setHeader("Service");
        rules.addComponentColumn(rule -> new Button("Supprimer", click -> {
            TenantContext.run(tenant, () -> settings.removeRule(rule.getId()));
            refresh();
        })).setHeader("Action");
        rules.setAllRowsVisible(true);
        refresh();
    }

    private HorizontalLayout ruleForm() {
        var procedure = new Select<Procedure>();
        procedure.setLabel("Démarche");
        procedure.setItems(TenantContext.call(tenant, builder::procedures));
        procedure.setItemLabelGenerator(value -> value == null ? "Toutes" : value.getTitle());
        procedure.setEmptySelectionAllowed(true);
        procedure.setEmptySelectionCaption("Toutes");
        var field = new TextField("Identifiant du champ (facultatif)");
        field.setHelperText("ex. nature");
        var value = new TextField("Valeur de la réponse");
        ruleDepartment.setLabel("Service");
        ruleDepartment.setItemLabelGenerator(Department::getName);
        var add = new Button("Ajouter la règle", click -> {
            if (ruleDepartment.getValue() == null) {
                ruleDepartment.setErrorMessage("Choisissez le service.");
                ruleDepartment.setInvalid(true);
                return;
            }
            try {
                TenantContext.run(tenant, () -> settings.addRule(procedure.getValue() == null ? null : procedure.getValue().getId(),
                        field.getValue(), value.getValue(), ruleDepartment.getValue().getId()));
                field.clear();
                value.clear();
                value.setInvalid(false);
                refresh();
            } catch (RequestRefusedException e) {
                value.setErrorMessage(e.getMessage());
                value.setInvalid(true);
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return row(procedure, field, value, ruleDepartment, add);
    }

    private void refresh() {
        var all = TenantContext.call(tenant, settings::departments);
        departmentNames = all.stream().collect(Collectors.toMap(Department::getId, Department::getName));
        procedureTitles = TenantContext.call(tenant, builder::procedures).stream()
                .collect(Collectors.toMap(Procedure::getId, Procedure::getTitle));
        departments.setItems(all);
        ruleDepartment.setItems(all);
        rules.setItems(TenantContext.call(tenant, settings::rules));
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... components) {
        var row = new HorizontalLayout(components);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }
}
