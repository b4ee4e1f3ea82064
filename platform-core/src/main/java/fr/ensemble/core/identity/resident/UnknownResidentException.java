package fr.ensemble.core.identity.resident;

/** No profile for that subject (the resident never logged in, or deleted their account). */
public class UnknownResidentException extends RuntimeException {

    public UnknownResidentException(String subject) {
        super("No resident profile for subject " + subject);
    }
}
