package dev.switchboard.server.usage.ledger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import dev.switchboard.server.storage.Storage;
import dev.switchboard.server.usage.Ingress;
import dev.switchboard.server.usage.Tokens;
import dev.switchboard.server.usage.UsageRecord;

/**
 * The ledger's sustained write rate on SQLite (the target: 20,000 rows/s): each invocation
 * offers {@link #ROWS} rows to a {@link LedgerWriter} with the production settings and waits until
 * they are written, raw rows and rollups; the score is rows per second. With {@code spread=wide}
 * the rows spread over 50 users, 200 keys and 8 models, so each batch updates many rollup groups,
 * as a busy gateway would; {@code spread=one}: one user, key and model (the load harness's traffic).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class LedgerBench {
    private static final int ROWS = 20_000;

    @Param({ "wide", "one" })
    public String spread;

    private Path dir;
    private Storage storage;
    private LedgerWriter writer;
    private long next;

    @Setup
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("ledger-bench");
        storage = Storage.open(dir, null);
        writer = new LedgerWriter(storage.jdbi(), ZoneId.of("UTC"), LedgerSettings.DEFAULT);
    }

    @TearDown
    public void tearDown() {
        writer.close();
        storage.close();
        if (writer.rowsDropped() > 0) {
            throw new IllegalStateException(writer.rowsDropped() + " row(s) dropped: the rate measured is not the "
                                            + "rate written");
        }
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public long write() throws InterruptedException {
        final long target = writer.rowsWritten() + ROWS;
        final long now = System.currentTimeMillis();
        for (int i = 0; i < ROWS; i++) {
            writer.offer(row(next++, now + i, "one".equals(spread)));
        }
        while (writer.rowsWritten() < target) {
            if (writer.rowsDropped() > 0) {
                throw new IllegalStateException("the queue overflowed");
            }
            Thread.sleep(1);
        }
        return writer.rowsWritten();
    }

    private static UsageRecord row(long n, long time, boolean one) {
        final int i = one ? 0 : (int) (n % 1_000_003);
        // Time first, as the gateway's request ids are (inference/Caller).
        return new UsageRecord(Long.toHexString(time) + "-" + n, time, "user-" + i % 50, "key-" + i % 200, "sb-abcdef", null, null,
                               Ingress.CHAT, "provider-" + i % 4, "model-" + i % 8, "model-" + i % 8,
                               i % 3 == 0 ? "fast" : null, i % 2 == 0, 200, null,
                               new Tokens(200 + i % 1000, 50 + i % 400, i % 100, 0, 0), 1_000L * (i % 5000), null,
                               100 + i % 3000, 40L, 1, 0, UsageRecord.REPORTED, false);
    }
}
