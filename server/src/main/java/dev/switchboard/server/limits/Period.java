package dev.switchboard.server.limits;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.transcoder.error.GatewayException;

/** A budget's or quota's period: a calendar day or month in the gateway's time zone. */
enum Period {
    DAY,
    MONTH;

    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Epoch milliseconds of the start of the period that holds {@code now}. */
    long start(long nowMillis, ZoneId zone) {
        final LocalDate today = LocalDate.ofInstant(Instant.ofEpochMilli(nowMillis), zone);
        final LocalDate first = this == DAY ? today : today.withDayOfMonth(1);
        return first.atStartOfDay(zone).toInstant().toEpochMilli();
    }

    /** Epoch milliseconds of the end of the period that holds {@code now} (the next one's start). */
    long end(long nowMillis, ZoneId zone) {
        final LocalDate today = LocalDate.ofInstant(Instant.ofEpochMilli(nowMillis), zone);
        final LocalDate next = this == DAY ? today.plusDays(1) : today.withDayOfMonth(1).plusMonths(1);
        return next.atStartOfDay(zone).toInstant().toEpochMilli();
    }

    @Nullable
    static Period ofNullable(@Nullable String wire) {
        return wire == null ? null : of(wire);
    }

    static Period of(String wire) {
        for (Period p : values()) {
            if (p.wire().equals(wire)) {
                return p;
            }
        }
        throw GatewayException.invalid("period: '" + wire + "' (expected: day or month)");
    }
}
