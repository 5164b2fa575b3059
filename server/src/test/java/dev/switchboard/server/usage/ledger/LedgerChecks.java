package dev.switchboard.server.usage.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;

/** What must hold of a ledger whatever was written: rollups equal to the raw rows they summarise. */
public final class LedgerChecks {
    /** The raw expression of each rollup counter but the histogram. */
    private static final Map<String, String> RAW = Map.ofEntries(
            Map.entry("requests", "COUNT(*)"),
            Map.entry("errors", "SUM(CASE WHEN error_kind IS NULL THEN 0 ELSE 1 END)"),
            Map.entry("prompt_tokens", "SUM(prompt_tokens)"),
            Map.entry("completion_tokens", "SUM(completion_tokens)"),
            Map.entry("cached_tokens", "SUM(cached_tokens)"),
            Map.entry("cache_write_tokens", "SUM(cache_write_tokens)"),
            Map.entry("reasoning_tokens", "SUM(reasoning_tokens)"),
            Map.entry("cost_nanos", "COALESCE(SUM(cost_nanos), 0)"),
            Map.entry("unpriced", "SUM(CASE WHEN cost_nanos IS NULL THEN 1 ELSE 0 END)"),
            Map.entry("estimated", "SUM(CASE WHEN usage_source LIKE 'estimated%' THEN 1 ELSE 0 END)"),
            Map.entry("over_soft_limit", "SUM(CASE WHEN over_soft_limit THEN 1 ELSE 0 END)"),
            Map.entry("latency_ms_sum", "SUM(latency_ms)"));

    private LedgerChecks() {}

    /** Every counter of usage_hourly and of usage_daily sums to the same as the raw rows; returns the row count. */
    public static long assertRollupsEqualRawSums(Jdbi jdbi) {
        final long rows = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM usage_records")
                                                 .mapTo(Long.class).one());
        for (Map.Entry<String, String> e : RAW.entrySet()) {
            final long raw = one(jdbi, "SELECT COALESCE(" + e.getValue() + ", 0) FROM usage_records");
            assertThat(one(jdbi, "SELECT COALESCE(SUM(" + e.getKey() + "), 0) FROM usage_hourly"))
                    .as("usage_hourly.%s", e.getKey()).isEqualTo(raw);
            assertThat(one(jdbi, "SELECT COALESCE(SUM(" + e.getKey() + "), 0) FROM usage_daily"))
                    .as("usage_daily.%s", e.getKey()).isEqualTo(raw);
        }
        final String histogram = "SELECT COALESCE(SUM(lat_00 + lat_01 + lat_02 + lat_03 + lat_04 + lat_05 + lat_06 "
                                 + "+ lat_07 + lat_08 + lat_09 + lat_10 + lat_11 + lat_12 + lat_13 + lat_14 + lat_15), "
                                 + "0) FROM ";
        assertThat(one(jdbi, histogram + "usage_hourly")).isEqualTo(rows);
        assertThat(one(jdbi, histogram + "usage_daily")).isEqualTo(rows);
        return rows;
    }

    /** Request ids that are in usage_records more than once (none: each request is written once). */
    public static List<String> duplicateIds(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery(
                "SELECT request_id FROM usage_records GROUP BY request_id HAVING COUNT(*) > 1")
                                      .mapTo(String.class).list());
    }

    static long one(Jdbi jdbi, String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
