package dev.switchboard.server.usage.ledger;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.usage.Ingress;
import dev.switchboard.server.usage.Tokens;
import dev.switchboard.server.usage.UsageRecord;

/** Ledger rows for tests, varied by their number so that every counter and dimension is exercised. */
final class Rows {
    private Rows() {}

    static UsageRecord row(String id, long time) {
        return row(id, time, Math.abs(id.hashCode()));
    }

    /** Row {@code n}: its tokens, cost, latency and outcome follow from n. */
    static UsageRecord row(String id, long time, int n) {
        final boolean failed = n % 7 == 0;
        @Nullable final Long cost = n % 5 == 0 ? null : 1_000L * n;
        return new UsageRecord(id, time, "u" + n % 3, n % 4 == 0 ? null : "k" + n % 4, "sb-k", null, null,
                               Ingress.CHAT, failed ? null : "p" + n % 2, failed ? null : "m" + n % 2, "alias-or-model",
                               n % 6 == 0 ? "fast" : null, n % 2 == 0, failed ? 502 : 200,
                               failed ? "UPSTREAM_UNAVAILABLE" : null,
                               new Tokens(10 + n % 50, 5 + n % 30, n % 10, n % 3, n % 4), cost,
                               cost == null ? "no price" : null, (n * 37L) % 45_000, failed ? null : 20L, 1 + n % 2,
                               n % 2, n % 3 == 0 ? "estimated:chars" : UsageRecord.REPORTED, n % 11 == 0);
    }

    /** A successful row with the given latency and the given dimensions. */
    static UsageRecord row(String id, long time, String user, long latencyMs) {
        return new UsageRecord(id, time, user, "k1", "sb-k", null, null, Ingress.MESSAGES, "p", "m", "m", null,
                               false, 200, null, new Tokens(100, 20, 0, 0, 0), 1_500L, null, latencyMs, 10L, 1, 0,
                               UsageRecord.REPORTED, false);
    }
}
