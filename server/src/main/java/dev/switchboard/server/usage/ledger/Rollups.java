package dev.switchboard.server.usage.ledger;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.usage.LatencyBuckets;
import dev.switchboard.server.usage.UsageRecord;

/**
 * One batch's rows summed per rollup group in memory, so that each group costs one upsert however
 * many rows it has. Hours are UTC hours; days are calendar days in the gateway's time zone.
 */
final class Rollups {
    /** The counters of usage_hourly and usage_daily, in this order (the histogram last). */
    static final String[] COUNTERS = counters();
    static final String[] DIMENSIONS = { "bucket_start", "user_id", "key_id", "provider", "model", "alias" };
    private static final long HOUR_MS = TimeUnit.HOURS.toMillis(1);
    private static final int LATENCY = 12;

    /** A rollup group; '' for an absent dimension, as the tables keep it. */
    record Group(long bucketStart, String userId, String keyId, String provider, String model, String alias) {}

    private final ZoneId zone;
    private final Map<Group, long[]> hourly = new LinkedHashMap<>();
    private final Map<Group, long[]> daily = new LinkedHashMap<>();
    /** The day of the last row seen, [dayFrom, dayTo): a batch's rows almost all fall on one day. */
    private long dayFrom = 1;
    private long dayTo;
    private int rows;

    Rollups(ZoneId zone) {
        this.zone = zone;
    }

    static long hourStart(long epochMillis) {
        return Math.floorDiv(epochMillis, HOUR_MS) * HOUR_MS;
    }

    /** Midnight of the day {@code epochMillis} falls on in {@code zone} (the day's first instant on a DST day). */
    static long dayStart(long epochMillis, ZoneId zone) {
        return Instant.ofEpochMilli(epochMillis).atZone(zone).toLocalDate().atStartOfDay(zone).toInstant()
                      .toEpochMilli();
    }

    void add(UsageRecord r) {
        add(hourly, group(hourStart(r.time()), r), r);
        add(daily, group(dayStart(r.time()), r), r);
        rows++;
    }

    /** How many rows were added. */
    int rows() {
        return rows;
    }

    private long dayStart(long epochMillis) {
        if (epochMillis < dayFrom || epochMillis >= dayTo) {
            final var day = Instant.ofEpochMilli(epochMillis).atZone(zone).toLocalDate();
            dayFrom = day.atStartOfDay(zone).toInstant().toEpochMilli();
            dayTo = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        }
        return dayFrom;
    }

    Map<Group, long[]> hourly() {
        return hourly;
    }

    Map<Group, long[]> daily() {
        return daily;
    }

    private static Group group(long bucketStart, UsageRecord r) {
        return new Group(bucketStart, orEmpty(r.userId()), orEmpty(r.keyId()), orEmpty(r.provider()),
                         orEmpty(r.model()), orEmpty(r.alias()));
    }

    private static void add(Map<Group, long[]> groups, Group g, UsageRecord r) {
        final long[] c = groups.computeIfAbsent(g, unused -> new long[COUNTERS.length]);
        c[0]++;
        c[1] += r.failed() ? 1 : 0;
        c[2] += r.tokens().prompt();
        c[3] += r.tokens().completion();
        c[4] += r.tokens().cached();
        c[5] += r.tokens().cacheWrite();
        c[6] += r.tokens().reasoning();
        c[7] += r.costNanos() == null ? 0 : r.costNanos();
        c[8] += r.costNanos() == null ? 1 : 0;
        c[9] += r.usageSource().startsWith("estimated") ? 1 : 0;
        c[10] += r.overSoftLimit() ? 1 : 0;
        c[11] += r.latencyMs();
        c[LATENCY + LatencyBuckets.index(r.latencyMs())]++;
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static String[] counters() {
        final String[] names = new String[LATENCY + LatencyBuckets.COUNT];
        final String[] scalars = { "requests", "errors", "prompt_tokens", "completion_tokens", "cached_tokens",
                                   "cache_write_tokens", "reasoning_tokens", "cost_nanos", "unpriced", "estimated",
                                   "over_soft_limit", "latency_ms_sum" };
        System.arraycopy(scalars, 0, names, 0, LATENCY);
        for (int i = 0; i < LatencyBuckets.COUNT; i++) {
            names[LATENCY + i] = LatencyBuckets.column(i);
        }
        return names;
    }
}
