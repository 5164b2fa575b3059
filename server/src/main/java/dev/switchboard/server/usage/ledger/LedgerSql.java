package dev.switchboard.server.usage.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import dev.switchboard.server.usage.UsageRecord;

/**
 * The statements of one batch, run in the caller's transaction: the batch's id, the raw rows, then
 * their rollups. A batch whose id is already in usage_batches was committed by an earlier try (a
 * commit can fail after it took effect) and is skipped whole, so that no row is counted twice.
 */
final class LedgerSql {
    /**
     * Rows per INSERT: one statement for many rows costs SQLite less per row than a statement per
     * row (~0.4 us of ~3 us measured), and 32 x 28 parameters stay far below its limit.
     */
    static final int ROWS_PER_INSERT = 32;
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
        try (Statements statements = new Statements()) {
            return write(handle, statements, batchId, nowMillis, batch, rollups);
        }
    }

    /** The same, with the INSERTs prepared once for the connection's life in {@code statements}. */
    static boolean write(Handle handle, Statements statements, String batchId, long nowMillis,
                         List<UsageRecord> batch, Rollups rollups) {
        try {
            if (!claim(handle, batchId, nowMillis)) {
                return false;
            }
            insertRows(handle, statements, batch);
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

    /**
     * The rows grouped by {@link RowShape}: each shape's rows go through the INSERT that writes its
     * usual values as literals, {@link #ROWS_PER_INSERT} rows per statement, the rest one by one.
     */
    private static void insertRows(Handle handle, Statements statements, List<UsageRecord> batch)
            throws SQLException {
        final Map<Integer, List<UsageRecord>> byShape = new LinkedHashMap<>();
        for (UsageRecord r : batch) {
            byShape.computeIfAbsent(RowShape.of(r), k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<Integer, List<UsageRecord>> e : byShape.entrySet()) {
            insertRows(handle.getConnection(), statements, e.getKey(), e.getValue());
        }
    }

    private static void insertRows(Connection c, Statements statements, int shape, List<UsageRecord> rows)
            throws SQLException {
        final int whole = rows.size() / ROWS_PER_INSERT * ROWS_PER_INSERT;
        if (whole > 0) {
            final PreparedStatement many = statements.insert(c, shape, ROWS_PER_INSERT);
            for (int start = 0; start < whole; start += ROWS_PER_INSERT) {
                int at = 0;
                for (int i = 0; i < ROWS_PER_INSERT; i++) {
                    at = RowShape.bind(many, at, shape, rows.get(start + i));
                }
                many.executeUpdate();
            }
            statements.done(shape, ROWS_PER_INSERT, many);
        }
        if (whole < rows.size()) {
            final PreparedStatement one = statements.insert(c, shape, 1);
            for (int i = whole; i < rows.size(); i++) {
                RowShape.bind(one, 0, shape, rows.get(i));
                one.addBatch();
            }
            one.executeBatch();
            statements.done(shape, 1, one);
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
