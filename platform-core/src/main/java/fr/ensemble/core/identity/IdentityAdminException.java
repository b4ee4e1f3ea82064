package fr.ensemble.core.identity;

/** The identity provider's administration refused or failed an operation. */
public class IdentityAdminException extends RuntimeException {

    public IdentityAdminException(String message) {
        super(message);
    }
}
