package fr.ensemble.core.tenancy;

/** The slug or INSEE code of a new tenant is already used by a different tenant. */
public class TenantConflictException extends RuntimeException {

    public TenantConflictException(String message) {
        super(message);
    }
}
