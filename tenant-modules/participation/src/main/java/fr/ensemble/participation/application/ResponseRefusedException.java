package fr.ensemble.participation.application;

import java.util.Map;

/** A consultation response refused question by question, with French messages; nothing written. */
public class ResponseRefusedException extends RuntimeException {

    private final Map<Long, String> errors;

    public ResponseRefusedException(Map<Long, String> errors) {
        super("Votre réponse n'est pas encore enregistrée : complétez les questions signalées.");
        this.errors = Map.copyOf(errors);
    }

    /** French messages by question id. */
    public Map<Long, String> errors() {
        return errors;
    }
}
