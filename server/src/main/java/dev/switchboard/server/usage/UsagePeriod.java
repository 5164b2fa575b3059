package dev.switchboard.server.usage;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import com.google.protobuf.Timestamp;
import com.google.protobuf.util.Timestamps;

import dev.switchboard.transcoder.error.GatewayException;

/**
 * The buckets a usage report covers: the rollup table of its granularity, and the bucket starts
 * from {@code from} (rounded down to its bucket) up to {@code to} (exclusive).
 */
record UsagePeriod(String table, long fromMillis, long toMillis) {
    static final Duration DEFAULT_HOURS = Duration.ofHours(24);
    static final Duration DEFAULT_DAYS = Duration.ofDays(30);
    /** Hourly buckets are for short periods; a year's report reads the daily rollup. */
    static final Duration MAX_HOURS = Duration.ofDays(400);

    /**
     * The period of a request: granularity "hour" (default) or "day", days in {@code zone};
     * INVALID_ARGUMENT for anything else, an empty or reversed period, or too many hours.
     */
    static UsagePeriod of(String granularity, Timestamp from, boolean hasFrom, Timestamp to, boolean hasTo,
                          Instant now, ZoneId zone) {
        final boolean daily;
        switch (granularity) {
            case "", "hour" -> daily = false;
            case "day" -> daily = true;
            default -> throw GatewayException.invalid("granularity: '" + granularity + "' (expected: hour or day)");
        }
        final Instant end = hasTo ? instant(to, "to") : now;
        final Instant start = hasFrom ? instant(from, "from") : end.minus(daily ? DEFAULT_DAYS : DEFAULT_HOURS);
        if (!end.isAfter(start)) {
            throw GatewayException.invalid("to: " + end + " (expected: after from, " + start + ")");
        }
        if (!daily && Duration.between(start, end).compareTo(MAX_HOURS) > 0) {
            throw GatewayException.invalid("from, to: " + Duration.between(start, end).toDays()
                                           + " days of hours (expected: at most " + MAX_HOURS.toDays()
                                           + "; use granularity=day)");
        }
        // As the ledger writer starts its buckets (usage.ledger.Rollups): a day where midnight falls
        // in a DST gap starts at the first instant of that date.
        final Instant first = daily ? start.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant()
                                    : start.truncatedTo(ChronoUnit.HOURS);
        return new UsagePeriod(daily ? "usage_daily" : "usage_hourly", first.toEpochMilli(), end.toEpochMilli());
    }

    static Instant instant(Timestamp t, String field) {
        if (!Timestamps.isValid(t)) {
            throw GatewayException.invalid(field + ": not a valid time (expected: years 0001 to 9999)");
        }
        return Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
    }
}
