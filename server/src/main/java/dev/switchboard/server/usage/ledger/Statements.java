package dev.switchboard.server.usage.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import com.linecorp.armeria.common.annotation.Nullable;

/**
 * The ledger writer's prepared INSERTs, kept for its connection's life. Preparing one of 32 rows
 * costs SQLite ~0.1 ms (measured), and each row shape has its own ({@link RowShape}): prepared per
 * batch, ten shapes would cost as much as the values they no longer bind. Used by one thread.
 */
final class Statements implements AutoCloseable {
    /** More distinct statements than this are prepared per use (a workload of unusual rows). */
    static final int MAX = 128;

    @Nullable
    private Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    /** The statement for {@code sql} on {@code c}, not to be closed by the caller; see {@link #done}. */
    PreparedStatement get(Connection c, String sql) throws SQLException {
        if (c != connection) {
            close();
            connection = c;
        }
        final PreparedStatement known = prepared.get(sql);
        if (known != null) {
            return known;
        }
        final PreparedStatement made = c.prepareStatement(sql);
        if (prepared.size() < MAX) {
            prepared.put(sql, made);
        }
        return made;
    }

    /** The caller is done with {@code s}, got for {@code sql}: closed unless kept. */
    void done(String sql, PreparedStatement s) throws SQLException {
        if (prepared.get(sql) != s) {
            s.close();
        }
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
