package dev.switchboard.server.usage.ledger;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

import dev.switchboard.server.usage.UsageRecord;

/**
 * The statements of one batch, run in the caller's transaction: the raw rows (a row already there
 * is skipped), then the rollups of exactly the rows that were inserted, so that a batch retried
 * after an unclear failure never counts a row twice.
 */
final class LedgerSql {
    private static final String INSERT_RECORD =
            "INSERT INTO usage_records (request_id, time, user_id, key_id, key_prefix, client_id, issuer, ingress, "
            + "provider, model, requested_model, alias, stream, status, error_kind, prompt_tokens, completion_tokens, "
            + "cached_tokens, cache_write_tokens, reasoning_tokens, cost_nanos, cost_note, latency_ms, ttft_ms, "
            + "attempts, failovers, usage_source, over_soft_limit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (request_id) DO NOTHING";
    private static final String UPSERT_HOURLY = upsert("usage_hourly");
    private static final String UPSERT_DAILY = upsert("usage_daily");

    private LedgerSql() {}

    /** Writes {@code batch}; returns how many of its rows were new (and so rolled up). */
    static int write(Handle handle, List<UsageRecord> batch, Rollups rollups) {
        final PreparedBatch insert = handle.prepareBatch(INSERT_RECORD);
        for (UsageRecord r : batch) {
            bind(insert, r).add();
        }
        final int[] counts = insert.execute();
        int inserted = 0;
        for (int i = 0; i < counts.length; i++) {
            // 0: the request id was already written (by this batch's earlier try, or a duplicate).
            if (counts[i] > 0) {
                rollups.add(batch.get(i));
                inserted++;
            }
        }
        upsert(handle, UPSERT_HOURLY, rollups.hourly());
        upsert(handle, UPSERT_DAILY, rollups.daily());
        return inserted;
    }

    private static PreparedBatch bind(PreparedBatch b, UsageRecord r) {
        return b.bind(0, r.requestId()).bind(1, r.time()).bind(2, r.userId()).bind(3, r.keyId())
                .bind(4, r.keyPrefix()).bind(5, r.clientId()).bind(6, r.issuer()).bind(7, r.ingress().wire())
                .bind(8, r.provider()).bind(9, r.model()).bind(10, r.requestedModel()).bind(11, r.alias())
                .bind(12, r.stream()).bind(13, r.status()).bind(14, r.errorKind())
                .bind(15, r.tokens().prompt()).bind(16, r.tokens().completion()).bind(17, r.tokens().cached())
                .bind(18, r.tokens().cacheWrite()).bind(19, r.tokens().reasoning()).bind(20, r.costNanos())
                .bind(21, r.costNote()).bind(22, r.latencyMs()).bind(23, r.ttftMs()).bind(24, r.attempts())
                .bind(25, r.failovers()).bind(26, r.usageSource()).bind(27, r.overSoftLimit());
    }

    private static void upsert(Handle handle, String sql, Map<Rollups.Group, long[]> groups) {
        if (groups.isEmpty()) {
            return;
        }
        final PreparedBatch b = handle.prepareBatch(sql);
        for (Map.Entry<Rollups.Group, long[]> e : groups.entrySet()) {
            final Rollups.Group g = e.getKey();
            b.bind(0, g.bucketStart()).bind(1, g.userId()).bind(2, g.keyId()).bind(3, g.provider())
             .bind(4, g.model()).bind(5, g.alias());
            final long[] c = e.getValue();
            for (int i = 0; i < c.length; i++) {
                b.bind(6 + i, c[i]);
            }
            b.add();
        }
        b.execute();
    }

    /** value = value + excluded.value for every counter: the SQL both SQLite and PostgreSQL take. */
    private static String upsert(String table) {
        final String[] counters = Rollups.COUNTERS;
        final String columns = String.join(", ", Rollups.DIMENSIONS) + ", " + String.join(", ", counters);
        final String params = String.join(", ", Collections.nCopies(Rollups.DIMENSIONS.length + counters.length, "?"));
        final String sets = Arrays.stream(counters)
                                  .map(c -> c + " = " + table + '.' + c + " + excluded." + c)
                                  .collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + columns + ") VALUES (" + params + ") ON CONFLICT ("
               + String.join(", ", Rollups.DIMENSIONS) + ") DO UPDATE SET " + sets;
    }
}
