package fr.ensemble.rendezvous.ants;

/** The anti-duplicate API did not answer, or refused the call (its status and body are in the message). */
public class AntsUnavailableException extends RuntimeException {

    public AntsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public AntsUnavailableException(String message) {
        super(message);
    }
}
