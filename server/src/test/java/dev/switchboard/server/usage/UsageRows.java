package dev.switchboard.server.usage;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;

/**
 * Rows for the usage tables, written by a test as the ledger writer would leave them: a rollup
 * row of counters and histogram, or a raw row. Every value the test does not set is 0 or empty.
 */
final class UsageRows {
    private UsageRows() {}

    /** A row of usage_hourly or usage_daily. */
    static Rollup rollup(Instant bucket, String user, String key, String provider, String model, String alias) {
        return new Rollup(bucket, user, key, provider, model, alias);
    }

    /** A row of usage_records. */
    static Raw raw(String requestId, Instant time) {
        return new Raw(requestId, time);
    }

    static void user(Jdbi jdbi, String id, String name, String role) {
        jdbi.useHandle(h -> h.execute("INSERT INTO users (id, name, email, role, disabled, create_time, update_time)"
                                      + " VALUES (?, ?, NULL, ?, FALSE, 0, 0)", id, name, role));
    }

    static void key(Jdbi jdbi, String id, String userId, String prefix) {
        jdbi.useHandle(h -> h.execute("INSERT INTO api_keys (id, user_id, name, prefix, last4, hash, allowed_models,"
                                      + " create_time) VALUES (?, ?, 'k', ?, 'abcd', ?, '[]', 0)",
                                      id, userId, prefix, "hash-" + id));
    }

    static final class Rollup {
        private final Map<String, Object> values = new LinkedHashMap<>();

        private Rollup(Instant bucket, String user, String key, String provider, String model, String alias) {
            values.put("bucket_start", bucket.toEpochMilli());
            values.put("user_id", user);
            values.put("key_id", key);
            values.put("provider", provider);
            values.put("model", model);
            values.put("alias", alias);
        }

        /** Sets a counter column (requests, errors, prompt_tokens, ..., latency_ms_sum). */
        Rollup set(String column, long value) {
            values.put(column, value);
            return this;
        }

        /** {@code count} requests in latency bucket {@code i}. */
        Rollup latency(int i, long count) {
            values.put(LatencyBuckets.column(i), count);
            return this;
        }

        void insertInto(Jdbi jdbi, String table) {
            insert(jdbi, table, values);
        }
    }

    static final class Raw {
        private final Map<String, Object> values = new LinkedHashMap<>();

        private Raw(String requestId, Instant time) {
            values.put("request_id", requestId);
            values.put("time", time.toEpochMilli());
            values.put("ingress", "chat");
            values.put("requested_model", "m");
            values.put("stream", false);
            values.put("status", 200);
            for (String c : new String[] {"prompt_tokens", "completion_tokens", "cached_tokens", "cache_write_tokens",
                                          "reasoning_tokens", "latency_ms", "attempts", "failovers"}) {
                values.put(c, 0L);
            }
            values.put("usage_source", "reported");
            values.put("over_soft_limit", false);
        }

        Raw set(String column, Object value) {
            values.put(column, value);
            return this;
        }

        void insert(Jdbi jdbi) {
            UsageRows.insert(jdbi, "usage_records", values);
        }
    }

    private static void insert(Jdbi jdbi, String table, Map<String, Object> values) {
        final String columns = String.join(", ", values.keySet());
        final String params = ":" + String.join(", :", values.keySet());
        jdbi.useHandle(h -> {
            final Update u = h.createUpdate("INSERT INTO " + table + " (" + columns + ") VALUES (" + params + ")");
            values.forEach(u::bind);
            u.execute();
        });
    }
}
