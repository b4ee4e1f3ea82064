package fr.ensemble.demarches.application;

import fr.ensemble.demarches.domain.form.FieldError;
import java.util.List;

/** A request that cannot be filed as sent; each reason is French and names its field (empty: the whole form). */
public class RequestRefusedException extends RuntimeException {

    private final List<FieldError> errors;

    public RequestRefusedException(List<FieldError> errors) {
        super(String.join(" ", errors.stream().map(FieldError::message).toList()));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
