package fr.ensemble.core.module;

/**
 * Describes a tenant module to the platform: every module under {@code tenant-modules/} provides one
 * as a Spring bean, from which the back office builds its menus.
 */
public interface ModuleDescriptor {

    /** Stable identifier, used in URLs and permission names (e.g. {@code participation}). */
    String id();

    /** Name shown to people, in French. */
    String name();

    /** One sentence for the back-office menu, in French. */
    String description();

    /** The tenant role an agent needs to use the module (e.g. {@code animateur}). */
    String requiredRole();
}
