package dev.switchboard.server.access;

import java.time.Instant;
import java.util.List;

import com.linecorp.armeria.common.annotation.Nullable;

/**
 * A client API key as stored: never the key, only its keyed hash, its visible prefix and last four.
 */
public record KeyRecord(String id, String userId, String name, String prefix, String last4, String hash,
                        List<String> allowedModels, @Nullable Instant expireTime, @Nullable Instant lastUsedTime,
                        @Nullable Instant revokeTime, Instant createTime) {
    public KeyRecord {
        allowedModels = List.copyOf(allowedModels);
    }

    /** Whether the key works at {@code now}: not revoked, not expired. */
    public boolean activeAt(Instant now) {
        return revokeTime == null && (expireTime == null || now.isBefore(expireTime));
    }

    /** "active", "expired" or "revoked", as the API shows it. */
    public String state(Instant now) {
        if (revokeTime != null) {
            return "revoked";
        }
        if (expireTime != null && !now.isBefore(expireTime)) {
            return "expired";
        }
        return "active";
    }

    public String masked() {
        return "****" + last4;
    }
}
