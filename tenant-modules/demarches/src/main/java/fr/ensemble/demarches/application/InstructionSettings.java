package fr.ensemble.demarches.application;

import fr.ensemble.demarches.domain.Department;
import fr.ensemble.demarches.domain.DepartmentRepository;
import fr.ensemble.demarches.domain.Procedure;
import fr.ensemble.demarches.domain.ProcedureRepository;
import fr.ensemble.demarches.domain.RequestRepository;
import fr.ensemble.demarches.domain.RoutingRule;
import fr.ensemble.demarches.domain.RoutingRuleRepository;
import fr.ensemble.demarches.domain.form.FieldError;
import fr.ensemble.demarches.domain.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the current commune's {@code admin} agents organise instruction: its departments, the rules that route
 * new requests to them, and each procedure's workflow. Every refusal is in French.
 */
@Service
@PreAuthorize("@communeAccess.canWorkInCurrentTenant(authentication, 'admin')")
public class InstructionSettings {

    private final DepartmentRepository departments;
    private final RoutingRuleRepository rules;
    private final ProcedureRepository procedures;
    private final RequestRepository requests;

    InstructionSettings(DepartmentRepository departments, RoutingRuleRepository rules, ProcedureRepository procedures,
            RequestRepository requests) {
        this.departments = departments;
        this.rules = rules;
        this.procedures = procedures;
        this.requests = requests;
    }

    @Transactional(readOnly = true)
    public List<Department> departments() {
        return departments.findAllByOrderByNameAsc();
    }

    @Transactional
    public Department addDepartment(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw refused("service", "Donnez un nom de service (120 caractères au plus).");
        }
        if (departments.findByNameIgnoreCase(name.strip()).isPresent()) {
            throw refused("service", "Le service « " + name.strip() + " » existe déjà.");
        }
        return departments.save(new Department(name));
    }

    /** Removes the department and its rules; its requests wait in the inbox without a department. */
    @Transactional
    public void removeDepartment(long departmentId) {
        departments.deleteById(departmentId);
    }

    @Transactional(readOnly = true)
    public List<RoutingRule> rules() {
        return rules.findAllByOrderByPositionAscIdAsc();
    }

    /**
     * Adds a rule after the others: requests of that procedure (null: any), whose field (null: any) has that
     * value, go to the department.
     */
    @Transactional
    public RoutingRule addRule(Long procedureId, String fieldId, String fieldValue, long departmentId) {
        List<FieldError> errors = new ArrayList<>();
        boolean byField = fieldId != null && !fieldId.isBlank();
        if (procedureId == null && !byField) {
            errors.add(new FieldError("demarche", "Choisissez une démarche, un champ, ou les deux."));
        }
        if (byField && (fieldValue == null || fieldValue.isBlank())) {
            errors.add(new FieldError("valeur", "Donnez la valeur du champ qui envoie la demande à ce service."));
        }
        if (departments.findById(departmentId).isEmpty()) {
            errors.add(new FieldError("service", "Ce service n'existe plus."));
        }
        if (!errors.isEmpty()) {
            throw new RequestRefusedException(errors);
        }
        int position = rules.findAllByOrderByPositionAscIdAsc().stream().mapToInt(RoutingRule::getPosition).max().orElse(0) + 1;
        return rules.save(new RoutingRule(position, procedureId, byField ? fieldId.strip() : null,
                byField ? fieldValue.strip() : null, departmentId));
    }

    @Transactional
    public void removeRule(long ruleId) {
        rules.deleteById(ruleId);
    }

    /**
     * Gives the procedure its own workflow. A status that requests are in cannot be removed: they would be lost
     * to the workflow.
     */
    @Transactional
    public void changeWorkflow(long procedureId, Workflow workflow) {
        Procedure procedure = procedures.findById(procedureId).orElseThrow(() -> refused("", "Cette démarche n'existe plus."));
        List<FieldError> errors = new ArrayList<>(workflow.problems().stream().map(problem -> new FieldError("", problem)).toList());
        for (Workflow.Status kept : procedure.workflow().statuses()) {
            boolean removed = workflow.statuses().stream().noneMatch(status -> status.code().equals(kept.code()));
            long inIt = removed ? requests.countByProcedureIdAndStatus(procedureId, kept.code()) : 0;
            if (inIt > 0) {
                errors.add(new FieldError("", inIt + " demande(s) sont au statut « " + kept.label() + " » : gardez-le."));
            }
        }
        if (!errors.isEmpty()) {
            throw new RequestRefusedException(errors);
        }
        procedure.changeWorkflow(workflow);
    }

    private static RequestRefusedException refused(String field, String message) {
        return new RequestRefusedException(List.of(new FieldError(field, message)));
    }
}
