package dev.switchboard.server.usage.ledger;

import static dev.switchboard.server.usage.ledger.LedgerChecks.assertRollupsEqualRawSums;
import static dev.switchboard.server.usage.ledger.LedgerChecks.one;
import static dev.switchboard.server.usage.ledger.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import dev.switchboard.server.storage.Storage;
import dev.switchboard.server.usage.Ingress;
import dev.switchboard.server.usage.Tokens;
import dev.switchboard.server.usage.UsageRecord;

class LedgerWriterTest {
    private static final long T0 = 1_780_000_000_000L;
    private static final LedgerSettings FAST = LedgerSettings.DEFAULT.withFlushInterval(Duration.ofMillis(20));

    @TempDir
    Path tmp;

    private Storage storage;

    @BeforeEach
    void open() {
        storage = Storage.open(tmp, null);
    }

    @AfterEach
    void closeStorage() {
        storage.close();
    }

    @Test
    void writesRowsInBatchesWithRollupsThatEqualTheRawSumsAcrossFlushes() {
        long expectedPrompt = 0;
        long expectedCost = 0;
        try (LedgerWriter writer = new LedgerWriter(storage.jdbi(), ZoneOffset.UTC, FAST)) {
            int n = 0;
            // Three waves, the first larger than a batch, over 30 hours (two days).
            for (int size : new int[] { LedgerWriter.BATCH + 1_234, 800, 3 }) {
                for (int i = 0; i < size; i++, n++) {
                    final UsageRecord r = row("req-" + n, T0 + n * 16_000L, n);
                    expectedPrompt += r.tokens().prompt();
                    expectedCost += r.costNanos() == null ? 0 : r.costNanos();
                    writer.offer(r);
                }
                final long target = n;
                await(() -> writer.rowsWritten() == target);
                assertThat(writer.queueDepth()).isZero();
            }
            assertThat(writer.lastFlushDuration()).isPositive();
            assertThat(writer.rowsDropped()).isZero();
        }
        assertThat(assertRollupsEqualRawSums(storage.jdbi())).isEqualTo(LedgerWriter.BATCH + 1_234 + 800 + 3);
        assertThat(one(storage.jdbi(), "SELECT SUM(prompt_tokens) FROM usage_hourly")).isEqualTo(expectedPrompt);
        assertThat(one(storage.jdbi(), "SELECT SUM(cost_nanos) FROM usage_daily")).isEqualTo(expectedCost);
        // Each hour's rollup holds exactly that hour's rows: T0 is 1,600 s into an hour and the last row
        // 7,036 x 16 s = 112,576 s later, so rows fall in floor((1,600 + 112,576) / 3,600) + 1 = 32 hours.
        assertThat(one(storage.jdbi(), "SELECT COUNT(*) FROM (SELECT bucket_start, SUM(requests) AS n FROM usage_hourly "
                                       + "GROUP BY bucket_start) h JOIN (SELECT time / 3600000 * 3600000 AS b, COUNT(*) AS n "
                                       + "FROM usage_records GROUP BY b) r ON r.b = h.bucket_start AND r.n = h.n"))
                .isEqualTo(one(storage.jdbi(), "SELECT COUNT(DISTINCT bucket_start) FROM usage_hourly"))
                .isEqualTo(32);
    }

    @Test
    void aBatchWhoseCommitTookEffectButReportedAFailureIsNotWrittenAgain() {
        // The commit reaches the file, then the driver reports an I/O error: the writer cannot tell
        // this from a commit that failed, and retries the batch.
        final AtomicBoolean failOnce = new AtomicBoolean(true);
        final Jdbi lying = Jdbi.create(() -> {
            final Connection real = storage.jdbi().open().getConnection();
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                                                       new Class<?>[] { Connection.class }, (proxy, m, args) -> {
                try {
                    final Object result = m.invoke(real, args);
                    if ("commit".equals(m.getName()) && failOnce.getAndSet(false)) {
                        throw new SQLException("[SQLITE_IOERR] disk I/O error (simulated, after the commit)");
                    }
                    return result;
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
        });
        try (LedgerWriter writer = new LedgerWriter(lying, ZoneOffset.UTC, FAST)) {
            for (int i = 0; i < LedgerSql.ROWS_PER_INSERT + 3; i++) {
                writer.offer(row("r-" + i, T0, "alice", 120));
            }
            await(() -> writer.rowsWritten() == LedgerSql.ROWS_PER_INSERT + 3);
            assertThat(writer.failedFlushes()).isOne();
            assertThat(failOnce).isFalse();
        }
        assertThat(one(storage.jdbi(), "SELECT COUNT(*) FROM usage_records")).isEqualTo(LedgerSql.ROWS_PER_INSERT + 3);
        assertThat(one(storage.jdbi(), "SELECT SUM(requests) FROM usage_hourly")).isEqualTo(LedgerSql.ROWS_PER_INSERT + 3);
        assertThat(one(storage.jdbi(), "SELECT SUM(prompt_tokens) FROM usage_daily"))
                .isEqualTo(100L * (LedgerSql.ROWS_PER_INSERT + 3));
        assertThat(one(storage.jdbi(), "SELECT COUNT(*) FROM usage_batches")).isOne();
        assertRollupsEqualRawSums(storage.jdbi());
    }

    @Test
    void theSameBatchIdIsWrittenOnlyOnce() {
        final List<UsageRecord> batch = List.of(row("a", T0, "alice", 120), row("b", T0, "alice", 120));
        final Jdbi jdbi = storage.jdbi();
        assertThat(write(jdbi, "batch-1", batch)).isTrue();
        assertThat(write(jdbi, "batch-1", batch)).isFalse();
        assertThat(write(jdbi, "batch-2", batch.subList(0, 1))).isTrue();
        assertThat(one(jdbi, "SELECT COUNT(*) FROM usage_records")).isEqualTo(3);
        assertThat(one(jdbi, "SELECT SUM(requests) FROM usage_hourly")).isEqualTo(3);
        assertRollupsEqualRawSums(jdbi);
    }

    private static boolean write(Jdbi jdbi, String batchId, List<UsageRecord> batch) {
        return jdbi.<Boolean, RuntimeException>inTransaction(
                h -> LedgerSql.write(h, batchId, T0, batch, new Rollups(ZoneOffset.UTC)));
    }

    @Test
    void aFullQueueNeverBlocksAndCountsDropsAndAFailedBatchIsRetriedUntilWritten() {
        final AtomicBoolean failing = new AtomicBoolean(true);
        final Jdbi flaky = Jdbi.create(() -> {
            if (failing.get()) {
                throw new SQLException("[SQLITE_IOERR] disk I/O error (simulated)");
            }
            return storage.jdbi().open().getConnection();
        });
        final LedgerWriter writer = new LedgerWriter(flaky, ZoneOffset.UTC, FAST.withQueueSize(10));
        writer.offer(row("first", T0, "alice", 10));
        await(() -> writer.queueDepth() == 0 && writer.failedFlushes() > 0);
        final long start = System.nanoTime();
        for (int i = 0; i < 1_000; i++) {
            writer.offer(row("r" + i, T0, "alice", 10));
        }
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.MILLISECONDS.toNanos(500));
        assertThat(writer.queueDepth()).isEqualTo(10);
        assertThat(writer.rowsDropped()).isEqualTo(990);
        failing.set(false);
        writer.close();
        assertThat(writer.rowsWritten()).isEqualTo(11);
        assertThat(one(storage.jdbi(), "SELECT COUNT(*) FROM usage_records")).isEqualTo(11);
        assertRollupsEqualRawSums(storage.jdbi());
        writer.offer(row("late", T0, "alice", 10));
        assertThat(writer.rowsDropped()).isEqualTo(991);
    }

    @Test
    void dropsAreLoggedAtMostOnceEveryTenSecondsWithTheirCount() {
        final Logger logger = (Logger) LoggerFactory.getLogger(LedgerWriter.class);
        final ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        final AtomicBoolean failing = new AtomicBoolean(true);
        final Jdbi flaky = Jdbi.create(() -> {
            if (failing.get()) {
                throw new SQLException("[SQLITE_BUSY] database is locked (simulated)");
            }
            return storage.jdbi().open().getConnection();
        });
        try (LedgerWriter writer = new LedgerWriter(flaky, ZoneOffset.UTC, FAST.withQueueSize(1))) {
            writer.offer(row("taken", T0, "alice", 10));
            await(() -> writer.queueDepth() == 0 && writer.failedFlushes() > 0);
            writer.offer(row("queued", T0, "alice", 10));
            for (int i = 0; i < 100; i++) {
                writer.offer(row("dropped-" + i, T0, "alice", 10));
            }
            assertThat(writer.rowsDropped()).isEqualTo(100);
            failing.set(false);
        } finally {
            logger.detachAppender(lines);
        }
        assertThat(lines.list).filteredOn(e -> e.getLevel() == Level.WARN
                                               && e.getFormattedMessage().contains("dropped since the last warning"))
                              .singleElement()
                              .satisfies(e -> assertThat(e.getFormattedMessage()).contains("1 row(s) dropped"));
        assertThat(one(storage.jdbi(), "SELECT COUNT(*) FROM usage_records")).isEqualTo(2);
    }

    @Test
    void closeWritesEverythingQueuedWithoutWaitingForTheInterval() {
        final LedgerWriter writer = new LedgerWriter(storage.jdbi(), ZoneOffset.UTC,
                                                     LedgerSettings.DEFAULT.withFlushInterval(Duration.ofMinutes(1)));
        for (int i = 0; i < 300; i++) {
            writer.offer(row("q" + i, T0 + i, i));
        }
        final long start = System.nanoTime();
        writer.close();
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(5));
        assertThat(one(storage.jdbi(), "SELECT COUNT(*) FROM usage_records")).isEqualTo(300);
        assertThat(assertRollupsEqualRawSums(storage.jdbi())).isEqualTo(300);
    }

    @Test
    void aRowTheDatabaseRefusesIsDroppedAndCountedWithoutLosingTheOthers() {
        try (LedgerWriter writer = new LedgerWriter(storage.jdbi(), ZoneOffset.UTC, FAST)) {
            writer.offer(row("good-1", T0, "alice", 10));
            // requested_model is NOT NULL: the database refuses this row, not the batch.
            writer.offer(new UsageRecord("bad", T0, null, null, null, null, null, Ingress.GRPC, null, null, null, null,
                                         false, 400, "INVALID_REQUEST", Tokens.NONE, null, "none", 1, null, 0, 0,
                                         "none", false));
            writer.offer(row("good-2", T0, "alice", 10));
            await(() -> writer.rowsWritten() == 2 && writer.rowsDropped() == 1);
        }
        final List<String> ids = storage.jdbi().withHandle(
                h -> h.createQuery("SELECT request_id FROM usage_records ORDER BY 1").mapTo(String.class).list());
        assertThat(ids).containsExactly("good-1", "good-2");
        assertRollupsEqualRawSums(storage.jdbi());
    }

    static void await(BooleanSupplier condition) {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }
}
