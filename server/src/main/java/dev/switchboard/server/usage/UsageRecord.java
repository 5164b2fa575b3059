package dev.switchboard.server.usage;

import com.linecorp.armeria.common.annotation.Nullable;

/**
 * One routed request as the ledger keeps it (table {@code usage_records}).
 *
 * @param time when the request was admitted, epoch milliseconds
 * @param provider the provider of the last try, or null when routing failed
 * @param model the upstream model of the last try, or null when routing failed
 * @param alias the alias the request named, or null
 * @param status the HTTP status the client got (the error kind's; 499 when the client left)
 * @param errorKind the error kind's name, or null on success
 * @param costNanos null when unpriced; {@code costNote} says why
 * @param ttftMs time to the first token, or null when none came
 * @param usageSource "reported", or "estimated:&lt;how&gt;"
 */
public record UsageRecord(String requestId, long time, @Nullable String userId, @Nullable String keyId,
                          @Nullable String keyPrefix, @Nullable String clientId, @Nullable String issuer,
                          Ingress ingress, @Nullable String provider, @Nullable String model,
                          String requestedModel, @Nullable String alias, boolean stream, int status,
                          @Nullable String errorKind, Tokens tokens, @Nullable Long costNanos,
                          @Nullable String costNote, long latencyMs, @Nullable Long ttftMs, int attempts,
                          int failovers, String usageSource, boolean overSoftLimit) {
    public static final String REPORTED = "reported";

    public boolean failed() {
        return errorKind != null;
    }
}
