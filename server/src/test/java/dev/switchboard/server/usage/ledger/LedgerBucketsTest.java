package dev.switchboard.server.usage.ledger;

import static dev.switchboard.server.usage.ledger.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.switchboard.server.storage.Storage;

/** Hours are UTC hours; days are the gateway's calendar days, 23 or 25 hours long across DST. */
class LedgerBucketsTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @TempDir
    Path tmp;

    @Test
    void dailyBucketsAreCalendarDaysInTheGatewaysZoneAcrossDaylightSavingTime() {
        try (Storage storage = Storage.open(tmp, null)) {
            try (LedgerWriter writer = new LedgerWriter(storage.jdbi(), NEW_YORK, LedgerSettings.DEFAULT)) {
                // 2026-03-08: clocks go from 02:00 EST to 03:00 EDT, a 23-hour day from 05:00Z to 04:00Z.
                writer.offer(row("sat-late", ms("2026-03-08T04:59:59Z"), "u", 10));  // 23:59:59 EST, March 7
                writer.offer(row("sun-first", ms("2026-03-08T05:00:00Z"), "u", 10)); // 00:00 EST, March 8
                writer.offer(row("sun-late", ms("2026-03-09T03:59:59Z"), "u", 10));  // 23:59:59 EDT, March 8
                writer.offer(row("mon-first", ms("2026-03-09T04:00:00Z"), "u", 10)); // 00:00 EDT, March 9
                // 2026-11-01: 02:00 EDT becomes 01:00 EST, a 25-hour day from 04:00Z to 05:00Z.
                writer.offer(row("nov-1-first", ms("2026-11-01T04:00:00Z"), "u", 10)); // 00:00 EDT
                writer.offer(row("nov-1-late", ms("2026-11-02T04:30:00Z"), "u", 10));  // 23:30 EST
                writer.offer(row("nov-2-first", ms("2026-11-02T05:00:00Z"), "u", 10)); // 00:00 EST
            }
            final List<Map<String, Object>> days = storage.jdbi().withHandle(h -> h.createQuery(
                    "SELECT bucket_start, requests FROM usage_daily ORDER BY bucket_start").mapToMap().list());
            assertThat(days).extracting(d -> ((Number) d.get("bucket_start")).longValue(),
                                        d -> ((Number) d.get("requests")).longValue())
                            .containsExactly(tuple(ms("2026-03-07T05:00:00Z"), 1L),
                                             tuple(ms("2026-03-08T05:00:00Z"), 2L),
                                             tuple(ms("2026-03-09T04:00:00Z"), 1L),
                                             tuple(ms("2026-11-01T04:00:00Z"), 2L),
                                             tuple(ms("2026-11-02T05:00:00Z"), 1L));
            final List<Long> hours = storage.jdbi().withHandle(h -> h.createQuery(
                    "SELECT bucket_start FROM usage_hourly ORDER BY bucket_start").mapTo(Long.class).list());
            assertThat(hours).containsExactly(ms("2026-03-08T04:00:00Z"), ms("2026-03-08T05:00:00Z"),
                                              ms("2026-03-09T03:00:00Z"), ms("2026-03-09T04:00:00Z"),
                                              ms("2026-11-01T04:00:00Z"), ms("2026-11-02T04:00:00Z"),
                                              ms("2026-11-02T05:00:00Z"));
        }
    }

    @Test
    void aDayWhoseMidnightDoesNotExistStartsAtItsFirstInstant() {
        // Chile (America/Santiago) skipped 2026-09-06 00:00-01:00 local: that day began at 01:00 -03 = 04:00Z.
        assertThat(Rollups.dayStart(ms("2026-09-06T12:00:00Z"), ZoneId.of("America/Santiago")))
                .isEqualTo(ms("2026-09-06T04:00:00Z"));
        assertThat(Rollups.hourStart(ms("1969-12-31T23:30:00Z"))).isEqualTo(ms("1969-12-31T23:00:00Z"));
    }

    private static long ms(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }
}
