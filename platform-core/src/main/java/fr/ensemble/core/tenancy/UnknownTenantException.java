package fr.ensemble.core.tenancy;

/** A slug that names no active tenant (or is not a slug at all). */
public class UnknownTenantException extends RuntimeException {

    public UnknownTenantException(String slug) {
        super("Unknown tenant: " + printable(slug));
    }

    private static String printable(String slug) {
        if (slug == null) {
            return "null";
        }
        String shortened = slug.length() > 60 ? slug.substring(0, 60) + "…" : slug;
        return '"' + shortened.replaceAll("\\p{Cntrl}", "?") + '"';
    }
}
