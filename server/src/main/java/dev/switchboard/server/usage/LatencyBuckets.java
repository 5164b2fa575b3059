package dev.switchboard.server.usage;

/**
 * The latency histogram of the usage rollups: 16 buckets (columns {@code lat_00}..{@code lat_15}),
 * bucket i counting requests of at most {@link #UPPER}[i] milliseconds (the last: everything
 * longer). Fixed bounds, so that rollups add up across batches, hours and replicas with plain SQL.
 */
public final class LatencyBuckets {
    public static final int COUNT = 16;
    /** Upper bounds in milliseconds; the last bucket is unbounded. */
    static final long[] UPPER = {50, 100, 200, 300, 500, 750, 1_000, 1_500, 2_000, 3_000, 5_000, 8_000, 13_000,
                                 20_000, 40_000, Long.MAX_VALUE};

    private LatencyBuckets() {}

    /** The bucket of a latency. */
    public static int index(long millis) {
        int i = 0;
        while (millis > UPPER[i]) {
            i++;
        }
        return i;
    }

    /** The column of bucket i. */
    public static String column(int i) {
        return i < 10 ? "lat_0" + i : "lat_" + i;
    }

    /**
     * The q-quantile (0 &lt; q &le; 1) of a histogram, as the upper bound of the bucket that holds
     * it (for the last bucket, the one before's bound); 0 for an empty histogram.
     */
    public static long quantile(long[] counts, double q) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        if (total == 0) {
            return 0;
        }
        final long rank = (long) Math.ceil(q * total);
        long seen = 0;
        for (int i = 0; i < COUNT; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return i == COUNT - 1 ? UPPER[COUNT - 2] : UPPER[i];
            }
        }
        return UPPER[COUNT - 2];
    }
}
