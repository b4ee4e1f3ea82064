package fr.ensemble.rendezvous;

import fr.ensemble.platform.LocalStack;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A place of its own in Pantin for one test (one desk, one type served by it), written as the database superuser so
 * that past appointments with chosen dates and outcomes can exist: nothing another test or run writes meets it.
 * Closing it removes the place with everything written for it, so that residents' pages never offer it.
 */
public final class AgendaFixtures implements AutoCloseable {

    public final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    public final long placeId;
    public final long deskId;
    public final long typeId;
    public final String placeName = "Lieu test " + suffix;
    public final String typeLabel = "Type test " + suffix;
    public final String typeSlug = "type-test-" + suffix;

    public AgendaFixtures() throws SQLException {
        placeId = insert("INSERT INTO t_pantin.place (slug, name, address, postal_code, city) VALUES (?, ?, '1 rue du Test', "
                + "'93500', 'Pantin') RETURNING id", "lieu-test-" + suffix, placeName);
        deskId = insert("INSERT INTO t_pantin.desk (place_id, name, feed_token) VALUES (?, 'Guichet test', ?) RETURNING id",
                placeId, "jeton-" + suffix);
        typeId = insert("INSERT INTO t_pantin.appointment_type (slug, label, kind, first_person_minutes, extra_person_minutes, "
                + "max_people, minimum_notice_minutes, maximum_advance_days) VALUES (?, ?, 'AUTRE', 20, 10, 5, 0, 60) RETURNING id",
                typeSlug, typeLabel);
        insert("INSERT INTO t_pantin.desk_type (desk_id, type_id) VALUES (?, ?) RETURNING desk_id", deskId, typeId);
    }

    /** An appointment of the test's type and desk, with its dates and outcome as given. */
    public String appointment(Instant start, Duration bookedBefore, String status, String cancelledBy, String cancelReason,
            String email) throws SQLException {
        String reference = "RDV-T" + UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase();
        insert("""
                INSERT INTO t_pantin.appointment (reference, desk_id, type_id, kind, starts_at, ends_at, people, status,
                    contact_name, contact_email, booked_by, booked_at, cancelled_at, cancelled_by, cancel_reason)
                VALUES (?, ?, ?, 'RDV', ?, ?, 1, ?, 'Camille Test', ?, 'usager', ?, ?, ?, ?) RETURNING id""",
                reference, deskId, typeId, Timestamp.from(start), Timestamp.from(start.plus(Duration.ofMinutes(20))), status,
                email, Timestamp.from(start.minus(bookedBefore)),
                cancelledBy == null ? null : Timestamp.from(start.minus(Duration.ofHours(1))), cancelledBy, cancelReason);
        return reference;
    }

    public void block(Instant start) throws SQLException {
        insert("""
                INSERT INTO t_pantin.appointment (reference, desk_id, kind, starts_at, ends_at, status, note, booked_by,
                    booked_at) VALUES (?, ?, 'BLOCAGE', ?, ?, 'RESERVE', 'Réunion', 'agent.pantin', ?) RETURNING id""",
                "RDV-B" + UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase(), deskId,
                Timestamp.from(start), Timestamp.from(start.plus(Duration.ofHours(1))), Timestamp.from(start.minus(Duration.ofDays(3))));
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = LocalStack.superuser("ensemble"); var statement = connection.createStatement()) {
            statement.execute("DELETE FROM t_pantin.appointment WHERE desk_id = " + deskId);
            statement.execute("DELETE FROM t_pantin.desk WHERE id = " + deskId);
            statement.execute("DELETE FROM t_pantin.appointment_type WHERE id = " + typeId);
            statement.execute("DELETE FROM t_pantin.place WHERE id = " + placeId);
        }
    }

    public String status(String reference) throws SQLException {
        try (Connection connection = LocalStack.superuser("ensemble");
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT status || '/' || coalesce(cancelled_by, '') FROM t_pantin.appointment WHERE reference = ?")) {
            statement.setString(1, reference);
            try (var result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }

    public static long count(String sql) throws SQLException {
        try (Connection connection = LocalStack.superuser("ensemble");
                var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static long insert(String sql, Object... parameters) throws SQLException {
        try (Connection connection = LocalStack.superuser("ensemble");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
