package fr.ensemble.core.tenancy;

import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * The tenant the current thread works for. Set from the URL for HTTP requests, explicitly by views and by
 * background jobs; copied to asynchronous tasks. Without one, database work runs in the shared context,
 * which can read no tenant's data. The tenant also appears in the logs (MDC key {@code tenant}).
 */
public final class TenantContext {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();
    private static final String MDC_KEY = "tenant";

    private TenantContext() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Works for that tenant until the returned scope is closed, then for the previous one again. */
    public static Scope enter(String slug) {
        if (!TenantSlug.isValid(slug)) {
            throw new UnknownTenantException(slug);
        }
        String previous = CURRENT.get();
        set(slug);
        return () -> set(previous);
    }

    public static void run(String slug, Runnable work) {
        try (Scope ignored = enter(slug)) {
            work.run();
        }
    }

    public static <T> T call(String slug, Supplier<T> work) {
        try (Scope ignored = enter(slug)) {
            return work.get();
        }
    }

    /** The same work, run later on another thread for the tenant current now. */
    public static Runnable propagate(Runnable work) {
        String slug = CURRENT.get();
        return slug == null ? work : () -> run(slug, work);
    }

    private static void set(String slug) {
        if (slug == null) {
            CURRENT.remove();
            MDC.remove(MDC_KEY);
        } else {
            CURRENT.set(slug);
            MDC.put(MDC_KEY, slug);
        }
    }

    /** The span of work done for one tenant. */
    public interface Scope extends AutoCloseable {

        @Override
        void close();
    }
}
