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
 * The statements of one batch, run in the caller's transaction: the batch's id, the raw rows, then
 * their rollups. A batch whose id is already in usage_batches was committed by an earlier try (a
 * commit can fail after it took effect) and is skipped whole, so that no row is counted twice.
 */
final class LedgerSql {
    private static final String COLUMNS =
            "request_id, time, user_id, key_id, key_prefix, client_id, issuer, ingress, provider, model, "
            + "requested_model, alias, stream, status, error_kind, prompt_tokens, completion_tokens, cached_tokens, "
            + "cache_write_tokens, reasoning_tokens, cost_nanos, cost_note, latency_ms, ttft_ms, attempts, failovers, "
            + "usage_source, over_soft_limit";
    private static final int PARAMS = 28;
    /**
     * Rows per INSERT: one statement for many rows costs SQLite less per row than a statement per
     * row (~0.4 us of ~3 us measured), and 32 x 28 parameters stay far below its limit.
     */
    static final int ROWS_PER_INSERT = 32;
    private static final String INSERT_ONE = insert(1);
    private static final String INSERT_MANY = insert(ROWS_PER_INSERT);
    private static final String INSERT_BATCH =
            "INSERT INTO usage_batches (batch_id, written_at) VALUES (?, ?) ON CONFLICT (batch_id) DO NOTHING";
    private static final String UPSERT_HOURLY = upsert("usage_hourly");
    private static final String UPSERT_DAILY = upsert("usage_daily");

    private LedgerSql() {}

    /**
     * Writes {@code batch} as batch {@code batchId}, rows and rollups; false when an earlier try
     * already wrote it (then nothing is written again).
     */
    static boolean write(Handle handle, String batchId, long nowMillis, List<UsageRecord> batch, Rollups rollups) {
        try {
            if (!claim(handle, batchId, nowMillis)) {
                return false;
            }
            insertRows(handle, batch);
        } catch (SQLException e) {
            // As Jdbi would throw it: the writer tells a refused row from a locked database by the cause.
            throw new UnableToExecuteStatementException(e, null);
        }
        for (UsageRecord r : batch) {
            rollups.add(r);
        }
        upsert(handle, UPSERT_HOURLY, rollups.hourly());
        upsert(handle, UPSERT_DAILY, rollups.daily());
        return true;
    }

    /** Records the batch's id; false when an earlier try already did (and so wrote the batch). */
    private static boolean claim(Handle handle, String batchId, long nowMillis) throws SQLException {
        try (PreparedStatement s = handle.getConnection().prepareStatement(INSERT_BATCH)) {
            s.setString(1, batchId);
            s.setLong(2, nowMillis);
            return s.executeUpdate() == 1;
        }
    }

    private static void insertRows(Handle handle, List<UsageRecord> batch) throws SQLException {
        final int whole = batch.size() / ROWS_PER_INSERT * ROWS_PER_INSERT;
        if (whole > 0) {
            try (PreparedStatement many = handle.getConnection().prepareStatement(INSERT_MANY)) {
                for (int start = 0; start < whole; start += ROWS_PER_INSERT) {
                    for (int i = 0; i < ROWS_PER_INSERT; i++) {
                        bind(many, i * PARAMS, batch.get(start + i));
                    }
                    many.executeUpdate();
                }
            }
        }
        if (whole < batch.size()) {
            try (PreparedStatement one = handle.getConnection().prepareStatement(INSERT_ONE)) {
                for (int i = whole; i < batch.size(); i++) {
                    bind(one, 0, batch.get(i));
                    one.addBatch();
                }
                one.executeBatch();
            }
        }
    }

    private static String insert(int rows) {
        final String values = '(' + String.join(", ", Collections.nCopies(PARAMS, "?")) + ')';
        return "INSERT INTO usage_records (" + COLUMNS + ") VALUES "
               + String.join(", ", Collections.nCopies(rows, values));
    }

    /** Binds {@code r} to parameters {@code at + 1} to {@code at + 28}. */
    private static void bind(PreparedStatement s, int at, UsageRecord r) throws SQLException {
        s.setString(at + 1, r.requestId());
        s.setLong(at + 2, r.time());
        text(s, at + 3, r.userId());
        text(s, at + 4, r.keyId());
        text(s, at + 5, r.keyPrefix());
        text(s, at + 6, r.clientId());
        text(s, at + 7, r.issuer());
        s.setString(at + 8, r.ingress().wire());
        text(s, at + 9, r.provider());
        text(s, at + 10, r.model());
        s.setString(at + 11, r.requestedModel());
        text(s, at + 12, r.alias());
        s.setBoolean(at + 13, r.stream());
        s.setInt(at + 14, r.status());
        text(s, at + 15, r.errorKind());
        s.setLong(at + 16, r.tokens().prompt());
        s.setLong(at + 17, r.tokens().completion());
        s.setLong(at + 18, r.tokens().cached());
        s.setLong(at + 19, r.tokens().cacheWrite());
        s.setLong(at + 20, r.tokens().reasoning());
        number(s, at + 21, r.costNanos());
        text(s, at + 22, r.costNote());
        s.setLong(at + 23, r.latencyMs());
        number(s, at + 24, r.ttftMs());
        s.setInt(at + 25, r.attempts());
        s.setInt(at + 26, r.failovers());
        s.setString(at + 27, r.usageSource());
        s.setBoolean(at + 28, r.overSoftLimit());
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
