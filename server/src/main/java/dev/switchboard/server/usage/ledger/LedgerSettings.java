package dev.switchboard.server.usage.ledger;

import java.time.Duration;
import java.util.Locale;

/**
 * How the ledger writes: how often the queue is flushed (the most a {@code kill -9} loses), how many
 * rows it may hold while the database is slow, how long raw rows are kept (rollups are kept), and
 * whether requests are metered at all ({@code --usage off}: no ledger rows, no limits, no budgets —
 * for a benchmark of what metering costs, or a gateway accounted for elsewhere).
 */
public record LedgerSettings(Duration flushInterval, int queueSize, int retentionDays, boolean metering) {
    public static final Duration DEFAULT_FLUSH_INTERVAL = Duration.ofMillis(250);
    public static final int DEFAULT_QUEUE_SIZE = 65_536;
    public static final int DEFAULT_RETENTION_DAYS = 30;
    public static final LedgerSettings DEFAULT =
            new LedgerSettings(DEFAULT_FLUSH_INTERVAL, DEFAULT_QUEUE_SIZE, DEFAULT_RETENTION_DAYS, true);

    public LedgerSettings {
        if (flushInterval.isNegative() || flushInterval.isZero() || flushInterval.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("--usage-flush-interval: " + flushInterval.toMillis()
                                               + "ms (expected: > 0 and <= 1m)");
        }
        if (queueSize < 1) {
            throw new IllegalArgumentException("--usage-queue-size: " + queueSize + " (expected: >= 1)");
        }
        if (retentionDays < 0) {
            throw new IllegalArgumentException("--usage-retention-days: " + retentionDays
                                               + " (expected: >= 0; 0 keeps raw rows forever)");
        }
    }

    public LedgerSettings withFlushInterval(Duration flushInterval) {
        return new LedgerSettings(flushInterval, queueSize, retentionDays, metering);
    }

    public LedgerSettings withQueueSize(int queueSize) {
        return new LedgerSettings(flushInterval, queueSize, retentionDays, metering);
    }

    public LedgerSettings withRetentionDays(int retentionDays) {
        return new LedgerSettings(flushInterval, queueSize, retentionDays, metering);
    }

    public LedgerSettings withMetering(boolean metering) {
        return new LedgerSettings(flushInterval, queueSize, retentionDays, metering);
    }

    /** A flush interval as written on the command line: {@code 250ms}, {@code 1s}, {@code 2m}. */
    public static Duration parseInterval(String name, String value) {
        final String v = value.strip().toLowerCase(Locale.ROOT);
        final int split = firstNonDigit(v);
        final String unit = v.substring(split);
        try {
            final long n = Long.parseLong(v.substring(0, split));
            switch (unit) {
                case "ms": return Duration.ofMillis(n);
                case "s": return Duration.ofSeconds(n);
                case "m": return Duration.ofMinutes(n);
                default: break;
            }
        } catch (NumberFormatException e) {
            // Falls through to the one message below.
        }
        throw new IllegalArgumentException(name + ": '" + value + "' (expected: a number with ms, s or m, e.g. 250ms)");
    }

    private static int firstNonDigit(String v) {
        int i = 0;
        while (i < v.length() && Character.isDigit(v.charAt(i))) {
            i++;
        }
        return i;
    }
}
