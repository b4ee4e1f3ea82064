package fr.ensemble.rendezvous.application;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place's id at the ANTS hub: {@code <commune>-<place id>} (e.g. {@code pantin-1}), unique across the platform,
 * since the hub sees one publisher for every commune.
 */
public final class MeetingPointIds {

    private static final Pattern ID = Pattern.compile("^([a-z][a-z0-9-]*)-([0-9]{1,18})$");

    private MeetingPointIds() {
    }

    public static String of(String tenantSlug, long placeId) {
        return tenantSlug + "-" + placeId;
    }

    public static Optional<MeetingPointId> parse(String id) {
        Matcher matcher = ID.matcher(id == null ? "" : id);
        return matcher.matches() ? Optional.of(new MeetingPointId(id, matcher.group(1), Long.parseLong(matcher.group(2))))
                : Optional.empty();
    }

    /** A parsed id: the commune and its place. */
    public record MeetingPointId(String id, String tenantSlug, long placeId) {
    }
}
