package dev.switchboard.server.usage.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import com.linecorp.armeria.common.annotation.Nullable;

/**
 * The ledger writer's prepared INSERTs by row shape and row count, kept for its connection's life. Preparing one of 32 rows
 * costs SQLite ~0.1 ms (measured), and each row shape has its own ({@link RowShape}): prepared per
 * batch, ten shapes would cost as much as the values they no longer bind. Used by one thread.
 */
final class Statements implements AutoCloseable {
    /** More distinct statements than this are prepared per use (a workload of unusual rows). */
    static final int MAX = 128;

    @Nullable
    private Connection connection;
    /** By shape, then row count in the low byte. */
    private final Map<Long, PreparedStatement> prepared = new HashMap<>();

    /**
     * The INSERT of {@code rows} rows (at most 255) of {@code shape} on {@code c}, not to be closed
     * by the caller; see {@link #done}.
     */
    PreparedStatement insert(Connection c, int shape, int rows) throws SQLException {
        if (c != connection) {
            close();
            connection = c;
        }
        final long key = key(shape, rows);
        final PreparedStatement known = prepared.get(key);
        if (known != null) {
            return known;
        }
        final PreparedStatement made = c.prepareStatement(RowShape.insert(shape, rows));
        if (prepared.size() < MAX) {
            prepared.put(key, made);
        }
        return made;
    }

    /** The caller is done with {@code s}, got for {@code shape} and {@code rows}: closed unless kept. */
    void done(int shape, int rows, PreparedStatement s) throws SQLException {
        if (prepared.get(key(shape, rows)) != s) {
            s.close();
        }
    }

    private static long key(int shape, int rows) {
        return (long) shape << 8 | rows;
    }

    int size() {
        return prepared.size();
    }

    /** Closes every statement kept (the connection is failing or closing). */
    @Override
    public void close() {
        for (PreparedStatement s : prepared.values()) {
            try {
                s.close();
            } catch (SQLException e) {
                // The connection is going away with them.
            }
        }
        prepared.clear();
        connection = null;
    }
}
