package fr.ensemble.core.tenancy;

import java.util.regex.Pattern;

/**
 * The rules of a tenant slug and the database names derived from it. A slug that passes {@link #isValid} is
 * made of lower-case letters, digits and single hyphens only, so the names below are safe SQL identifiers.
 */
public final class TenantSlug {

    private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final int MAX_LENGTH = 40;

    private TenantSlug() {
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
    }

    /** The schema holding the tenant's data, e.g. {@code t_le_pre_saint_gervais}. */
    public static String schemaOf(String slug) {
        return "t_" + identifierPart(slug);
    }

    /** The database role owning that schema, e.g. {@code tenant_pantin}. */
    public static String roleOf(String slug) {
        return "tenant_" + identifierPart(slug);
    }

    private static String identifierPart(String slug) {
        if (!isValid(slug)) {
            throw new UnknownTenantException(slug);
        }
        return slug.replace('-', '_');
    }
}
