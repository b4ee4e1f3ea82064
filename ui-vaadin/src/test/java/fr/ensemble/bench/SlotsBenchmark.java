package fr.ensemble.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import fr.ensemble.core.tenancy.NewTenant;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantKind;
import fr.ensemble.core.tenancy.TenantOnboarding;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.platform.Acting;
import fr.ensemble.platform.KeycloakRealm;
import fr.ensemble.rendezvous.application.AppointmentRequest;
import fr.ensemble.rendezvous.application.Booking;
import fr.ensemble.rendezvous.application.OfferedSlot;
import fr.ensemble.rendezvous.application.SlotSearch;
import fr.ensemble.rendezvous.domain.SlotTakenException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The appointments' slot engine and booking under load, in a commune onboarded for the run (removed at its end):
 * 3 places with 4 desks each, open Monday to Saturday, one type bookable 60 days ahead. (1) Free-slot searches as
 * the booking page makes them, through {@link SlotSearch} in the application's process (a chosen day, a party of
 * 1-3, the 12 soonest slots from that day to the end of the window). (2) Bookings under contention: many clients
 * racing, ten for each of a few slots, through {@link Booking#book} (checks, advisory lock, exclusion constraint,
 * confirmation mail queued), next to the same rows inserted over plain JDBC against the same constraint, on as many
 * connections as the application's pool. (3) A recount of overlapping live appointments from the database.
 */
class SlotsBenchmark implements Benchmarks.Benchmark {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String TYPE = "banc-guichet";
    private static final int SEARCH_THREADS = 8;
    private static final int WARM_UP_SEARCHES = 100;
    private static final int SEARCHES = 400;
    private static final int RACERS = 32;
    private static final int SLOTS_RACED = 24;
    private static final int CLIENTS_PER_SLOT = 10;
    private static final int ROUNDS = 3;

    @Override
    public void run(ConfigurableApplicationContext application) throws Exception {
        int number = (int) (System.currentTimeMillis() % 90_000) + 10_000;
        String slug = "bench-rdv-" + number;
        Acting.as("admin.territoire", Acting.TERRITORY_ADMIN, () -> application.getBean(TenantOnboarding.class)
                .onboard(new NewTenant(slug, "Banc rendez-vous " + number, "96" + (number % 900 + 100), TenantKind.COMMUNE)));
        Tenant tenant = application.getBean(TenantRegistry.class).require(slug);
        var properties = application.getBean(DataSourceProperties.class);
        int poolSize = application.getBean(DataSource.class) instanceof HikariDataSource hikari ? hikari.getMaximumPoolSize() : 10;
        try (HikariDataSource plain = plainPool(properties.getUrl(), poolSize)) {
            addAgendas(plain, tenant.schema());
            searches(application, slug);
            bookings(application, slug, plain, tenant.schema());
            Benchmarks.print("double_bookings", doubleBookings(plain, tenant.schema()));
        } finally {
            Process removal = new ProcessBuilder("infra/tenant", "remove", slug, "--confirm", slug).inheritIO().start();
            if (removal.waitFor() != 0) {
                System.err.println("could not remove the benchmark commune " + slug);
            }
            application.getBean(TenantRegistry.class).reload();
            if (KeycloakRealm.hasOrganization(slug)) {
                KeycloakRealm.realm().organizations().get(KeycloakRealm.organization(slug).getId()).delete().close();
            }
        }
    }

    private static void searches(ConfigurableApplicationContext application, String slug) throws Exception {
        SlotSearch search = application.getBean(SlotSearch.class);
        Random random = new Random(8);
        LocalDate today = LocalDate.now(PARIS);
        List<int[]> queries = new ArrayList<>();
        for (int i = 0; i < WARM_UP_SEARCHES + SEARCHES; i++) {
            queries.add(new int[] {random.nextInt(60), 1 + random.nextInt(3)});
        }
        AtomicInteger empty = new AtomicInteger();
        Throughput.ItemOperation<int[]> searching = query -> {
            LocalDate day = today.plusDays(query[0]);
            if (TenantContext.call(slug, () -> search.search(TYPE, query[1], day, day.plusYears(1), null, 12)).isEmpty()) {
                empty.incrementAndGet();
            }
        };
        Throughput.timeEach(SEARCH_THREADS, queries.subList(0, WARM_UP_SEARCHES), searching);
        empty.set(0);
        Throughput.Latencies measured = Throughput.timeEach(SEARCH_THREADS, queries.subList(WARM_UP_SEARCHES, queries.size()),
                searching);
        Benchmarks.print("slot_search_threads", SEARCH_THREADS);
        Benchmarks.print("slot_search_per_s", measured.perSecond());
        Benchmarks.print("slot_search_p50_ms", measured.percentileMs(50));
        Benchmarks.print("slot_search_p95_ms", measured.percentileMs(95));
        Benchmarks.print("slot_search_empty_answers", empty.get());
        // One client alone: the latency of a search without other searches queueing for the same two cores.
        Throughput.Latencies alone = Throughput.timeEach(1, queries.subList(WARM_UP_SEARCHES, WARM_UP_SEARCHES + 100), searching);
        Benchmarks.print("slot_search_one_client_p50_ms", alone.percentileMs(50));
        Benchmarks.print("slot_search_one_client_p95_ms", alone.percentileMs(95));
    }

    private static void bookings(ConfigurableApplicationContext application, String slug, HikariDataSource plain,
            String schema) throws Exception {
        SlotSearch search = application.getBean(SlotSearch.class);
        Booking booking = application.getBean(Booking.class);
        AtomicInteger booked = new AtomicInteger();
        AtomicInteger taken = new AtomicInteger();
        AtomicInteger rawBooked = new AtomicInteger();
        AtomicInteger rawTaken = new AtomicInteger();
        List<Throughput.Latencies> app = new ArrayList<>();
        List<Throughput.Latencies> raw = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            List<OfferedSlot> forApp = contested(apart(freeSlots(search, slug, 8 + round * 16), SLOTS_RACED));
            List<OfferedSlot> forRaw = contested(apart(freeSlots(search, slug, 16 + round * 16), SLOTS_RACED));
            app.add(Throughput.timeEach(RACERS, forApp, slot -> {
                try {
                    Acting.asSubject(UUID.randomUUID().toString(), List.of(), () -> TenantContext.call(slug,
                            () -> booking.book(new AppointmentRequest(TYPE, slot.deskId(), slot.start(), 1, "Banc Essai",
                                    "banc-rdv@example.org", null, List.of()))));
                    booked.incrementAndGet();
                } catch (SlotTakenException e) {
                    taken.incrementAndGet();
                }
            }));
            raw.add(Throughput.timeEach(RACERS, forRaw, slot -> {
                if (insertOverJdbc(plain, schema, slot)) {
                    rawBooked.incrementAndGet();
                } else {
                    rawTaken.incrementAndGet();
                }
            }));
        }
        Throughput.Latencies appAll = Throughput.Latencies.of(app);
        Throughput.Latencies rawAll = Throughput.Latencies.of(raw);
        Benchmarks.print("booking_clients", RACERS);
        Benchmarks.print("booking_attempts", appAll.nanos().length);
        Benchmarks.print("bookings_won", booked.get());
        Benchmarks.print("bookings_refused_taken", taken.get());
        Benchmarks.print("bookings_per_s", appAll.perSecond());
        Benchmarks.print("bookings_p95_ms", appAll.percentileMs(95));
        Benchmarks.print("raw_postgres_bookings_won", rawBooked.get());
        Benchmarks.print("raw_postgres_bookings_per_s", rawAll.perSecond());
        Benchmarks.print("raw_postgres_bookings_p95_ms", rawAll.percentileMs(95));
        Benchmarks.print("ratio_vs_postgres", appAll.perSecond() / rawAll.perSecond());
    }

    /** The same row a booking writes, straight into the table: true when inserted, false when the constraint refused it. */
    private static boolean insertOverJdbc(HikariDataSource plain, String schema, OfferedSlot slot) throws SQLException {
        try (Connection connection = plain.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO %1$s.appointment (reference, desk_id, type_id, kind, starts_at, ends_at, people, status,
                            resident_subject, contact_name, contact_email, booked_by, booked_at)
                        SELECT ?, ?, id, 'RDV', ?, ?, 1, 'RESERVE', ?, 'Banc Essai', 'banc-rdv@example.org', 'usager', now()
                        FROM %1$s.appointment_type WHERE slug = '%2$s'""".formatted(schema, TYPE))) {
            insert.setString(1, "RAW-" + UUID.randomUUID().toString().substring(0, 12));
            insert.setLong(2, slot.deskId());
            insert.setTimestamp(3, Timestamp.from(slot.start()));
            insert.setTimestamp(4, Timestamp.from(slot.end()));
            insert.setString(5, UUID.randomUUID().toString());
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if ("23P01".equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private static List<OfferedSlot> freeSlots(SlotSearch search, String slug, int daysAhead) {
        LocalDate from = LocalDate.now(PARIS).plusDays(daysAhead);
        return TenantContext.call(slug, () -> search.search(TYPE, 1, from, from.plusDays(6), null, 400));
    }

    /** Slots none of which overlaps another of the same desk (consecutive offers of a desk do). */
    private static List<OfferedSlot> apart(List<OfferedSlot> offered, int count) {
        List<OfferedSlot> chosen = new ArrayList<>();
        for (OfferedSlot slot : offered) {
            if (chosen.size() < count && chosen.stream().noneMatch(other -> other.deskId() == slot.deskId()
                    && other.start().isBefore(slot.end()) && slot.start().isBefore(other.end()))) {
                chosen.add(slot);
            }
        }
        if (chosen.size() < count) {
            throw new IllegalStateException("only " + chosen.size() + " free slots to race for");
        }
        return chosen;
    }

    /** Each slot as many times as clients race for it, shuffled. */
    private static List<OfferedSlot> contested(List<OfferedSlot> slots) {
        List<OfferedSlot> attempts = new ArrayList<>();
        for (int i = 0; i < CLIENTS_PER_SLOT; i++) {
            attempts.addAll(slots);
        }
        Collections.shuffle(attempts, new Random(attempts.size()));
        return attempts;
    }

    private static long doubleBookings(HikariDataSource plain, String schema) throws SQLException {
        try (Connection connection = plain.getConnection(); ResultSet result = connection.createStatement().executeQuery("""
                SELECT count(*) FROM %1$s.appointment a JOIN %1$s.appointment b ON a.desk_id = b.desk_id AND a.id < b.id
                  AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
                WHERE a.status <> 'ANNULE' AND b.status <> 'ANNULE'""".formatted(schema))) {
            result.next();
            return result.getLong(1);
        }
    }

    /** 3 places of 4 desks, Monday to Friday 9:00-12:00 and 13:30-17:00, Saturday 9:00-12:00. */
    private static void addAgendas(HikariDataSource plain, String schema) throws SQLException {
        try (Connection connection = plain.getConnection()) {
            connection.createStatement().execute("SET search_path TO " + schema);
            long type = insert(connection, """
                    INSERT INTO appointment_type (slug, label, kind, first_person_minutes, extra_person_minutes, max_people,
                        minimum_notice_minutes, maximum_advance_days)
                    VALUES ('%s', 'Banc d''essai', 'AUTRE', 15, 10, 5, 0, 60) RETURNING id""".formatted(TYPE));
            for (int place = 1; place <= 3; place++) {
                long placeId = insert(connection, """
                        INSERT INTO place (slug, name, address, postal_code, city)
                        VALUES ('lieu-%d', 'Lieu %d', '%d rue du Banc', '93000', 'Banc') RETURNING id""".formatted(place, place, place));
                for (int desk = 1; desk <= 4; desk++) {
                    long deskId = insert(connection, "INSERT INTO desk (place_id, name, feed_token) VALUES (%d, 'Guichet %d', '%s') RETURNING id"
                            .formatted(placeId, desk, UUID.randomUUID()));
                    connection.createStatement().execute("INSERT INTO desk_type (desk_id, type_id) VALUES (%d, %d)".formatted(deskId, type));
                    connection.createStatement().execute("""
                            INSERT INTO desk_hours (desk_id, day_of_week, opens_at, closes_at)
                            SELECT %d, day, opens, closes FROM (VALUES
                              (1, time '09:00', time '12:00'), (1, '13:30', '17:00'), (2, '09:00', '12:00'), (2, '13:30', '17:00'),
                              (3, '09:00', '12:00'), (3, '13:30', '17:00'), (4, '09:00', '12:00'), (4, '13:30', '17:00'),
                              (5, '09:00', '12:00'), (5, '13:30', '17:00'), (6, '09:00', '12:00')) AS hours (day, opens, closes)"""
                            .formatted(deskId));
                }
            }
        }
    }

    private static long insert(Connection connection, String sql) throws SQLException {
        try (ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static HikariDataSource plainPool(String url, int size) {
        var config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("postgres");
        config.setMaximumPoolSize(size);
        return new HikariDataSource(config);
    }
}
