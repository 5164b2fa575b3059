package dev.switchboard.server.usage.ledger;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import com.linecorp.armeria.common.annotation.Nullable;

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
        final int[] counts;
        // Plain JDBC with positional setters: Jdbi's per-argument binding cost more than SQLite's
        // insert itself, and this runs for every request the gateway serves.
        try (PreparedStatement insert = handle.getConnection().prepareStatement(INSERT_RECORD)) {
            for (UsageRecord r : batch) {
                bind(insert, r);
                insert.addBatch();
            }
            counts = insert.executeBatch();
        } catch (SQLException e) {
            // As Jdbi would throw it: the writer tells a refused row from a locked database by the cause.
            throw new UnableToExecuteStatementException(e, null);
        }
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

    private static void bind(PreparedStatement s, UsageRecord r) throws SQLException {
        s.setString(1, r.requestId());
        s.setLong(2, r.time());
        text(s, 3, r.userId());
        text(s, 4, r.keyId());
        text(s, 5, r.keyPrefix());
        text(s, 6, r.clientId());
        text(s, 7, r.issuer());
        s.setString(8, r.ingress().wire());
        text(s, 9, r.provider());
        text(s, 10, r.model());
        s.setString(11, r.requestedModel());
        text(s, 12, r.alias());
        s.setBoolean(13, r.stream());
        s.setInt(14, r.status());
        text(s, 15, r.errorKind());
        s.setLong(16, r.tokens().prompt());
        s.setLong(17, r.tokens().completion());
        s.setLong(18, r.tokens().cached());
        s.setLong(19, r.tokens().cacheWrite());
        s.setLong(20, r.tokens().reasoning());
        number(s, 21, r.costNanos());
        text(s, 22, r.costNote());
        s.setLong(23, r.latencyMs());
        number(s, 24, r.ttftMs());
        s.setInt(25, r.attempts());
        s.setInt(26, r.failovers());
        s.setString(27, r.usageSource());
        s.setBoolean(28, r.overSoftLimit());
    }

    private static void text(PreparedStatement s, int i, @Nullable String v) throws SQLException {
        if (v == null) {
            s.setNull(i, Types.VARCHAR);
        } else {
            s.setString(i, v);
        }
    }

    private static void number(PreparedStatement s, int i, @Nullable Long v) throws SQLException {
        if (v == null) {
            s.setNull(i, Types.BIGINT);
        } else {
            s.setLong(i, v);
        }
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
