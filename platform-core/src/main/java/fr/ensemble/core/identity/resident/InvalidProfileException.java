package fr.ensemble.core.identity.resident;

/** A profile change refused for a reason the resident can fix; the message is French. */
public class InvalidProfileException extends RuntimeException {

    private final String field;

    public InvalidProfileException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
