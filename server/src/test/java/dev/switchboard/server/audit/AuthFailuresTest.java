package dev.switchboard.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.protobuf.util.Timestamps;

import dev.switchboard.server.storage.Storage;
import dev.switchboard.server.testing.MutableClock;
import dev.switchboard.v1.AuditEntry;
import dev.switchboard.v1.ListAuditEntriesRequest;

class AuthFailuresTest {
    /** 12:34:00.000 UTC: the start of a minute. */
    private static final Instant MINUTE = Instant.parse("2026-05-06T12:34:00Z");

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(MINUTE.plusSeconds(5));
    private Storage storage;
    private AuditLog log;
    private AuthFailures failures;

    @BeforeEach
    void open() {
        storage = Storage.open(dataDir, null);
        log = new AuditLog(storage.jdbi());
        failures = new AuthFailures(log, clock, AuthFailures.MAX_TRACKED);
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void limitsAnAddressAfterTwentyFailuresInAMinute() throws Exception {
        final InetAddress attacker = InetAddress.getByName("203.0.113.7");
        final InetAddress bystander = InetAddress.getByName("203.0.113.8");
        for (int i = 0; i < AuthFailures.MAX_PER_MINUTE; i++) {
            assertThat(failures.limited(attacker)).as("after %d failures", i).isFalse();
            failures.failed(attacker);
        }
        assertThat(failures.limited(attacker)).as("after 20 failures").isFalse();
        failures.failed(attacker);
        assertThat(failures.limited(attacker)).as("after 21 failures").isTrue();
        assertThat(failures.limited(bystander)).isFalse();

        clock.set(MINUTE.plusSeconds(60));
        assertThat(failures.limited(attacker)).as("in the next minute").isFalse();
    }

    @Test
    void writesOneEntryPerAddressAndMinute() throws Exception {
        final InetAddress attacker = InetAddress.getByName("203.0.113.7");
        for (int i = 0; i < 30; i++) {
            failures.failed(attacker);
        }
        failures.failed(InetAddress.getByName("192.0.2.1"));

        failures.flushClosedMinutes();
        assertThat(entries()).as("the minute has not closed").isEmpty();

        clock.set(MINUTE.plusSeconds(61));
        failures.failed(attacker);
        failures.flushClosedMinutes();

        final List<AuditEntry> entries = entries();
        assertThat(entries).hasSize(2);
        final AuditEntry attack = entries.stream().filter(e -> e.getSourceAddress().equals("203.0.113.7"))
                                         .findFirst().orElseThrow();
        assertThat(attack.getAction()).isEqualTo("auth.failure");
        assertThat(attack.getActor()).isEqualTo("anonymous");
        assertThat(attack.getOutcome()).isEqualTo("unauthenticated");
        assertThat(attack.getResource()).isEqualTo("sources/203.0.113.7");
        assertThat(attack.getChangesMap()).containsOnly(Map.entry("count", "30"));
        assertThat(Timestamps.toMillis(attack.getTime())).isEqualTo(MINUTE.toEpochMilli());

        // The failure of the new minute is written on close.
        failures.close();
        assertThat(entries()).hasSize(3);
        assertThat(entries().get(0).getChangesMap()).containsEntry("count", "1");
        assertThat(log.verify().getOk()).isTrue();
    }

    @Test
    void countsAnIpv6NetworkAsOneSource() throws Exception {
        for (int i = 0; i < 21; i++) {
            failures.failed(InetAddress.getByName("2001:db8:1:2::" + Integer.toHexString(i + 1)));
        }
        assertThat(failures.limited(InetAddress.getByName("2001:db8:1:2:ffff::1"))).isTrue();
        assertThat(failures.limited(InetAddress.getByName("2001:db8:1:3::1"))).isFalse();

        failures.close();
        assertThat(entries()).singleElement().satisfies(e -> {
            assertThat(e.getSourceAddress()).isEqualTo("2001:db8:1:2:0:0:0:0/64");
            assertThat(e.getChangesMap()).containsEntry("count", "21");
        });
    }

    @Test
    void tracksABoundedNumberOfAddressesWithoutLosingCounts() throws Exception {
        failures = new AuthFailures(log, clock, 10);
        for (int i = 0; i < 50; i++) {
            final InetAddress a = InetAddress.getByName("198.51.100." + i);
            failures.failed(a);
            failures.failed(a);
        }
        failures.close();

        final List<AuditEntry> entries = entries();
        assertThat(entries.size()).isLessThanOrEqualTo(11);
        assertThat(entries).anySatisfy(e -> assertThat(e.getSourceAddress()).isEqualTo("*"));
        assertThat(entries.stream().mapToInt(e -> Integer.parseInt(e.getChangesOrThrow("count"))).sum())
                .isEqualTo(100);
    }

    @Test
    void flushesOnAScheduleOffTheCallersThread() throws Exception {
        final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try (AuthFailures scheduled = AuthFailures.start(log, executor, AuthFailures.MAX_PER_MINUTE)) {
            scheduled.failed(InetAddress.getByName("203.0.113.9"));
            assertThat(entries()).isEmpty();
        } finally {
            executor.shutdownNow();
        }
        assertThat(entries()).singleElement()
                             .satisfies(e -> assertThat(e.getSourceAddress()).isEqualTo("203.0.113.9"));
    }

    @Test
    void countsWithoutTheDatabaseAndKeepsCountsAWriteFailedFor() throws Exception {
        final AtomicBoolean down = new AtomicBoolean(true);
        final Path db = dataDir.resolve("switchboard.db");
        final Jdbi flaky = Jdbi.create(() -> {
            if (down.get()) {
                throw new SQLException("the database is down");
            }
            return DriverManager.getConnection("jdbc:sqlite:" + db);
        });
        failures = new AuthFailures(new AuditLog(flaky), clock, AuthFailures.MAX_TRACKED);
        final InetAddress attacker = InetAddress.getByName("203.0.113.7");
        for (int i = 0; i < 25; i++) {
            failures.failed(attacker);
        }
        assertThat(failures.limited(attacker)).isTrue();

        clock.set(MINUTE.plusSeconds(60));
        failures.flushClosedMinutes();
        assertThat(entries()).isEmpty();

        down.set(false);
        failures.flushClosedMinutes();
        assertThat(entries()).singleElement()
                             .satisfies(e -> assertThat(e.getChangesMap()).containsEntry("count", "25"));
    }

    private List<AuditEntry> entries() {
        return log.list(ListAuditEntriesRequest.getDefaultInstance()).getEntriesList();
    }
}
