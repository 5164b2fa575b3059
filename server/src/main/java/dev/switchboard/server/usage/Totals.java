package dev.switchboard.server.usage;

import java.sql.ResultSet;
import java.sql.SQLException;

import dev.switchboard.v1.UsageTotals;

/**
 * The counters of the usage rollups, summed: read from a row of sums ({@link #SUMS}) and added up
 * across rows, so that percentiles come from the merged histogram, never from averaged percentiles.
 */
final class Totals {
    /** The rollups' counter columns, in the order {@link #counters} keeps them. */
    static final String[] COUNTERS = {
            "requests", "errors", "prompt_tokens", "completion_tokens", "cached_tokens", "cache_write_tokens",
            "reasoning_tokens", "cost_nanos", "unpriced", "estimated", "over_soft_limit", "latency_ms_sum"};
    /** The select list of every counter and histogram column summed, each named as its column. */
    static final String SUMS = sums();

    private final long[] counters = new long[COUNTERS.length];
    private final long[] histogram = new long[LatencyBuckets.COUNT];

    /** Adds a row selected with {@link #SUMS}. */
    Totals add(ResultSet rs) throws SQLException {
        for (int i = 0; i < counters.length; i++) {
            counters[i] = Math.addExact(counters[i], rs.getLong(COUNTERS[i]));
        }
        for (int i = 0; i < histogram.length; i++) {
            histogram[i] = Math.addExact(histogram[i], rs.getLong(LatencyBuckets.column(i)));
        }
        return this;
    }

    Totals add(Totals other) {
        for (int i = 0; i < counters.length; i++) {
            counters[i] = Math.addExact(counters[i], other.counters[i]);
        }
        for (int i = 0; i < histogram.length; i++) {
            histogram[i] = Math.addExact(histogram[i], other.histogram[i]);
        }
        return this;
    }

    UsageTotals toProto() {
        final long requests = counters[0];
        return UsageTotals.newBuilder()
                          .setRequests(requests)
                          .setErrors(counters[1])
                          .setPromptTokens(counters[2])
                          .setCompletionTokens(counters[3])
                          .setCachedTokens(counters[4])
                          .setCacheWriteTokens(counters[5])
                          .setReasoningTokens(counters[6])
                          .setCostNanos(counters[7])
                          .setCostUsd(Money.usd(counters[7]))
                          .setUnpricedRequests(counters[8])
                          .setEstimatedRequests(counters[9])
                          .setOverSoftLimit(counters[10])
                          .setLatencyP50Ms(LatencyBuckets.quantile(histogram, 0.50))
                          .setLatencyP95Ms(LatencyBuckets.quantile(histogram, 0.95))
                          // Whole milliseconds, rounded down.
                          .setLatencyMeanMs(requests == 0 ? 0 : counters[11] / requests)
                          .build();
    }

    private static String sums() {
        final StringBuilder sb = new StringBuilder();
        for (String c : COUNTERS) {
            sb.append("SUM(").append(c).append(") AS ").append(c).append(", ");
        }
        for (int i = 0; i < LatencyBuckets.COUNT; i++) {
            final String c = LatencyBuckets.column(i);
            sb.append("SUM(").append(c).append(") AS ").append(c).append(i + 1 < LatencyBuckets.COUNT ? ", " : "");
        }
        return sb.toString();
    }
}
