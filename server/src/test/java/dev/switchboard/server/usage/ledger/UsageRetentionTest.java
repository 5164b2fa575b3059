package dev.switchboard.server.usage.ledger;

import static dev.switchboard.server.usage.ledger.LedgerChecks.one;
import static dev.switchboard.server.usage.ledger.LedgerWriterTest.await;
import static dev.switchboard.server.usage.ledger.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.switchboard.server.storage.Storage;
import dev.switchboard.server.testing.MutableClock;

class UsageRetentionTest {
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    @TempDir
    Path tmp;

    @Test
    void deletesRawRowsOlderThanTheRetentionAtStartAndKeepsTheRollups() {
        final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try (Storage storage = Storage.open(tmp, null)) {
            final long old = NOW.minus(Duration.ofDays(31)).toEpochMilli();
            final long recent = NOW.minus(Duration.ofDays(29)).toEpochMilli();
            try (LedgerWriter writer = new LedgerWriter(storage.jdbi(), ZoneOffset.UTC, LedgerSettings.DEFAULT)) {
                // More than one delete's worth of old rows, more than a delete's worth of them in one
                // millisecond (rows have no key but their time).
                for (int i = 0; i < UsageRetention.CHUNK + 5; i++) {
                    writer.offer(row("old-" + i, i <= UsageRetention.CHUNK + 1 ? old : old + i, "u", 10));
                }
                writer.offer(row("recent", recent, "u", 10));
            }
            assertThat(one(storage.jdbi(), "SELECT COUNT(*) FROM usage_records")).isEqualTo(UsageRetention.CHUNK + 6);

            try (UsageRetention unused = UsageRetention.start(storage.jdbi(), 30, new MutableClock(NOW), executor)) {
                await(() -> one(storage.jdbi(), "SELECT COUNT(*) FROM usage_records") == 1);
            }
            final String kept = storage.jdbi().withHandle(
                    h -> h.createQuery("SELECT request_id FROM usage_records").mapTo(String.class).one());
            assertThat(kept).isEqualTo("recent");
            assertThat(one(storage.jdbi(), "SELECT SUM(requests) FROM usage_hourly")).isEqualTo(UsageRetention.CHUNK + 6);
            assertThat(one(storage.jdbi(), "SELECT SUM(requests) FROM usage_daily")).isEqualTo(UsageRetention.CHUNK + 6);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void zeroDaysKeepsRawRowsForever() {
        final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try (Storage storage = Storage.open(tmp, null)) {
            try (LedgerWriter writer = new LedgerWriter(storage.jdbi(), ZoneOffset.UTC, LedgerSettings.DEFAULT)) {
                writer.offer(row("ancient", 0, "u", 10));
            }
            try (UsageRetention unused = UsageRetention.start(storage.jdbi(), 0, new MutableClock(NOW), executor)) {
                assertThat(UsageRetention.purge(storage.jdbi(), 0)).isZero();
            }
            executor.shutdown();
            assertThat(executor.shutdownNow()).isEmpty();
            assertThat(one(storage.jdbi(), "SELECT COUNT(*) FROM usage_records")).isOne();
        }
    }
}
