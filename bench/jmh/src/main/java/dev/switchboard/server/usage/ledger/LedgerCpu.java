package dev.switchboard.server.usage.ledger;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

import dev.switchboard.server.storage.Storage;
import dev.switchboard.server.usage.Ingress;
import dev.switchboard.server.usage.Tokens;
import dev.switchboard.server.usage.UsageRecord;

/**
 * The ledger writer's CPU per row, the number the gateway pays per request on some core, where
 * {@link LedgerBench} gives the rate (which the writer's waits and the offering thread also set).
 * Offers ROWS rows shaped like the load harness's traffic (a member's key, one priced model, a
 * whole answer) to a {@link LedgerWriter} with the production settings, twice, and prints the
 * writer thread's CPU time per row for each round (the second is the warm one). SHAPES (1 to 16,
 * default 1) varies the rows over that many {@link RowShape}s: streamed, with an alias, with
 * cached tokens, failed.
 *
 * <pre>java -cp bench/jmh/target/benchmarks.jar dev.switchboard.server.usage.ledger.LedgerCpu 200000 [SHAPES]</pre>
 */
public final class LedgerCpu {
    private LedgerCpu() {}

    public static void main(String[] args) throws Exception {
        final int rows = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        final int shapes = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        final Path dir = Files.createTempDirectory("ledger-cpu");
        final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (Storage storage = Storage.open(dir, null);
             LedgerWriter writer = new LedgerWriter(storage.jdbi(), ZoneId.of("UTC"), LedgerSettings.DEFAULT)) {
            final Thread thread = Thread.getAllStackTraces().keySet().stream()
                                        .filter(t -> "usage-ledger-writer".equals(t.getName())).findFirst()
                                        .orElseThrow();
            final long now = System.currentTimeMillis();
            long n = 0;
            for (int round = 1; round <= 2; round++) {
                final long cpu0 = threads.getThreadCpuTime(thread.getId());
                final long target = writer.rowsWritten() + rows;
                for (int i = 0; i < rows; i++, n++) {
                    while (writer.queueDepth() > LedgerSettings.DEFAULT.queueSize() / 2) {
                        Thread.sleep(1);
                    }
                    writer.offer(row(now, n, (int) (n % shapes)));
                }
                while (writer.rowsWritten() < target) {
                    Thread.sleep(5);
                }
                final long cpu = threads.getThreadCpuTime(thread.getId()) - cpu0;
                System.out.printf("round %d: %d rows, writer CPU %.2f us per row, %d dropped%n", round, rows,
                                  cpu / 1000.0 / rows, writer.rowsDropped());
            }
        }
    }

    /** Row n; {@code variant}'s bits make it streamed, aliased, with cached tokens, failed. */
    private static UsageRecord row(long now, long n, int variant) {
        final boolean stream = (variant & 1) != 0;
        final boolean alias = (variant & 2) != 0;
        final boolean cached = (variant & 4) != 0;
        final boolean failed = (variant & 8) != 0;
        return new UsageRecord(Long.toHexString(now + n) + "0123456789abcdef", now + n, "u-0001", "k-0001", "sb-abcd",
                               null, null, Ingress.CHAT, "mock", "gpt-4o-mini", "gpt-4o-mini", alias ? "fast" : null,
                               stream, failed ? 502 : 200, failed ? "UPSTREAM_UNAVAILABLE" : null,
                               new Tokens(12, failed ? 0 : 8, cached ? 6 : 0, 0, 0), failed ? null : 4_200L,
                               failed ? "no usage known" : null, 1L, stream ? 3L : null, 1, 0, UsageRecord.REPORTED,
                               false);
    }
}
