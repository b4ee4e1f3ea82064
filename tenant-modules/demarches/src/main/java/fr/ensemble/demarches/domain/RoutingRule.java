package fr.ensemble.demarches.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.Map;

/**
 * Sends a new request to a department when its procedure is the rule's (if the rule names one) and the answer to
 * a field is the rule's value (if it names a field; for a multiple choice, one of the chosen options).
 */
@Entity
@Table(name = "routing_rule")
public class RoutingRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int position;

    @Column(name = "procedure_id")
    private Long procedureId;

    @Column(name = "field_id")
    private String fieldId;

    @Column(name = "field_value")
    private String fieldValue;

    @Column(name = "department_id", nullable = false)
    private long departmentId;

    protected RoutingRule() {
    }

    public RoutingRule(int position, Long procedureId, String fieldId, String fieldValue, long departmentId) {
        this.position = position;
        this.procedureId = procedureId;
        this.fieldId = fieldId;
        this.fieldValue = fieldValue;
        this.departmentId = departmentId;
    }

    public boolean matches(long procedure, Map<String, Object> answers) {
        if (procedureId != null && procedureId != procedure) {
            return false;
        }
        if (fieldId == null) {
            return true;
        }
        return switch (answers.get(fieldId)) {
            case null -> false;
            case Collection<?> chosen -> chosen.stream().anyMatch(value -> fieldValue.equals(String.valueOf(value)));
            case Object value -> fieldValue.equals(String.valueOf(value));
        };
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public Long getProcedureId() {
        return procedureId;
    }

    public String getFieldId() {
        return fieldId;
    }

    public String getFieldValue() {
        return fieldValue;
    }

    public long getDepartmentId() {
        return departmentId;
    }
}
