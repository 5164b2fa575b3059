package dev.switchboard.server.usage.ledger;

import java.sql.PreparedStatement;
import java.sql.SQLException;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.usage.Tokens;
import dev.switchboard.server.usage.UsageRecord;

/**
 * Which of a ledger row's values are the usual ones: absent (null), zero, a success's status, one
 * attempt, usage as reported, and both flags. A shape is a bit per such column; its INSERT writes
 * those values as SQL literals and binds only the rest. The SQLite driver makes one synchronized
 * native call per bound value, a third of the writer's CPU per row with all 28 bound; a typical
 * row binds 13.
 */
final class RowShape {
    static final String COLUMNS =
            "request_id, time, user_id, key_id, key_prefix, client_id, issuer, ingress, provider, model, "
            + "requested_model, alias, stream, status, error_kind, prompt_tokens, completion_tokens, cached_tokens, "
            + "cache_write_tokens, reasoning_tokens, cost_nanos, cost_note, latency_ms, ttft_ms, attempts, failovers, "
            + "usage_source, over_soft_limit";
    private static final int COUNT = 28;

    // Column indexes (0-based, in COLUMNS' order) of the values a shape can write as literals.
    private static final int USER = 2;
    private static final int KEY = 3;
    private static final int KEY_PREFIX = 4;
    private static final int CLIENT = 5;
    private static final int ISSUER = 6;
    private static final int PROVIDER = 8;
    private static final int MODEL = 9;
    private static final int ALIAS = 11;
    /** A flag is always a literal: its bit set writes TRUE. */
    private static final int STREAM = 12;
    private static final int STATUS = 13;
    private static final int ERROR_KIND = 14;
    private static final int PROMPT = 15;
    private static final int COMPLETION = 16;
    private static final int CACHED = 17;
    private static final int CACHE_WRITE = 18;
    private static final int REASONING = 19;
    private static final int COST = 20;
    private static final int COST_NOTE = 21;
    private static final int TTFT = 23;
    private static final int ATTEMPTS = 24;
    private static final int FAILOVERS = 25;
    private static final int SOURCE = 26;
    private static final int OVER_SOFT = 27;
    private static final int FLAGS = 1 << STREAM | 1 << OVER_SOFT;

    /** What a set bit writes, per column; null for a column always bound. */
    private static final String[] LITERAL = new String[COUNT];

    static {
        for (int c : new int[] { USER, KEY, KEY_PREFIX, CLIENT, ISSUER, PROVIDER, MODEL, ALIAS, ERROR_KIND, COST,
                                 COST_NOTE, TTFT }) {
            LITERAL[c] = "NULL";
        }
        for (int c : new int[] { PROMPT, COMPLETION, CACHED, CACHE_WRITE, REASONING, FAILOVERS }) {
            LITERAL[c] = "0";
        }
        LITERAL[STATUS] = "200";
        LITERAL[ATTEMPTS] = "1";
        // A constant of this class, never a value from a request: no quoting to get wrong.
        LITERAL[SOURCE] = '\'' + UsageRecord.REPORTED + '\'';
        LITERAL[STREAM] = "TRUE";
        LITERAL[OVER_SOFT] = "TRUE";
    }

    private RowShape() {}

    static int of(UsageRecord r) {
        int s = 0;
        s |= absent(r.userId(), USER) | absent(r.keyId(), KEY) | absent(r.keyPrefix(), KEY_PREFIX)
             | absent(r.clientId(), CLIENT) | absent(r.issuer(), ISSUER) | absent(r.provider(), PROVIDER)
             | absent(r.model(), MODEL) | absent(r.alias(), ALIAS) | absent(r.errorKind(), ERROR_KIND)
             | absent(r.costNanos(), COST) | absent(r.costNote(), COST_NOTE) | absent(r.ttftMs(), TTFT);
        s |= zero(r.tokens().prompt(), PROMPT) | zero(r.tokens().completion(), COMPLETION)
             | zero(r.tokens().cached(), CACHED) | zero(r.tokens().cacheWrite(), CACHE_WRITE)
             | zero(r.tokens().reasoning(), REASONING) | zero(r.failovers(), FAILOVERS);
        s |= (r.status() == 200 ? 1 << STATUS : 0) | (r.attempts() == 1 ? 1 << ATTEMPTS : 0)
             | (UsageRecord.REPORTED.equals(r.usageSource()) ? 1 << SOURCE : 0)
             | (r.stream() ? 1 << STREAM : 0) | (r.overSoftLimit() ? 1 << OVER_SOFT : 0);
        return s;
    }

    private static int absent(@Nullable Object v, int column) {
        return v == null ? 1 << column : 0;
    }

    private static int zero(long v, int column) {
        return v == 0 ? 1 << column : 0;
    }

    /** The INSERT of {@code rows} rows of {@code shape} (made once per connection: {@link Statements}). */
    static String insert(int shape, int rows) {
        final StringBuilder values = new StringBuilder("(");
        for (int c = 0; c < COUNT; c++) {
            values.append(c == 0 ? "" : ", ");
            final boolean set = (shape & 1 << c) != 0;
            if ((FLAGS & 1 << c) != 0) {
                values.append(set ? "TRUE" : "FALSE");
            } else {
                values.append(set ? LITERAL[c] : "?");
            }
        }
        values.append(')');
        final StringBuilder sql = new StringBuilder("INSERT INTO usage_records (").append(COLUMNS).append(") VALUES ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append(values);
        }
        return sql.toString();
    }

    /**
     * Binds the values of {@code r} that {@code shape} does not write as literals, from parameter
     * {@code at + 1} on; returns the last parameter bound. {@code shape} is {@link #of}{@code (r)}:
     * a value it leaves bound is never null.
     */
    static int bind(PreparedStatement s, int at, int shape, UsageRecord r) throws SQLException {
        int p = at;
        s.setString(++p, r.requestId());
        s.setLong(++p, r.time());
        if (bound(shape, USER)) {
            s.setString(++p, r.userId());
        }
        if (bound(shape, KEY)) {
            s.setString(++p, r.keyId());
        }
        if (bound(shape, KEY_PREFIX)) {
            s.setString(++p, r.keyPrefix());
        }
        if (bound(shape, CLIENT)) {
            s.setString(++p, r.clientId());
        }
        if (bound(shape, ISSUER)) {
            s.setString(++p, r.issuer());
        }
        s.setString(++p, r.ingress().wire());
        if (bound(shape, PROVIDER)) {
            s.setString(++p, r.provider());
        }
        if (bound(shape, MODEL)) {
            s.setString(++p, r.model());
        }
        s.setString(++p, r.requestedModel());
        if (bound(shape, ALIAS)) {
            s.setString(++p, r.alias());
        }
        if (bound(shape, STATUS)) {
            s.setInt(++p, r.status());
        }
        if (bound(shape, ERROR_KIND)) {
            s.setString(++p, r.errorKind());
        }
        final Tokens t = r.tokens();
        if (bound(shape, PROMPT)) {
            s.setLong(++p, t.prompt());
        }
        if (bound(shape, COMPLETION)) {
            s.setLong(++p, t.completion());
        }
        if (bound(shape, CACHED)) {
            s.setLong(++p, t.cached());
        }
        if (bound(shape, CACHE_WRITE)) {
            s.setLong(++p, t.cacheWrite());
        }
        if (bound(shape, REASONING)) {
            s.setLong(++p, t.reasoning());
        }
        if (bound(shape, COST)) {
            s.setLong(++p, r.costNanos());
        }
        if (bound(shape, COST_NOTE)) {
            s.setString(++p, r.costNote());
        }
        s.setLong(++p, r.latencyMs());
        if (bound(shape, TTFT)) {
            s.setLong(++p, r.ttftMs());
        }
        if (bound(shape, ATTEMPTS)) {
            s.setInt(++p, r.attempts());
        }
        if (bound(shape, FAILOVERS)) {
            s.setInt(++p, r.failovers());
        }
        if (bound(shape, SOURCE)) {
            s.setString(++p, r.usageSource());
        }
        return p;
    }

    private static boolean bound(int shape, int column) {
        return (shape & 1 << column) == 0;
    }
}
