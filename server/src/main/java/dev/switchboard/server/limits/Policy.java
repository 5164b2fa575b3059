package dev.switchboard.server.limits;

import com.linecorp.armeria.common.annotation.Nullable;

/**
 * The limits of one subject as stored (table {@code limits}); 0 or null sets no limit.
 *
 * @param subject "all", a provider's name, "provider/model", a user's id or a key's id
 */
record Policy(Subject subject, long rpm, long tpm, int maxConcurrent, @Nullable Budget budget,
              @Nullable Quota quota, long updateTime) {
    /** Spend per period, in nano-dollars. */
    record Budget(long nanos, Period period, boolean soft) {}

    /** Requests and tokens per period; 0 leaves that count unlimited. */
    record Quota(long requests, long tokens, Period period, boolean soft) {}

    /** The same limits, whenever they were set: live buckets survive a reload that changed nothing. */
    boolean sameLimits(Policy o) {
        return rpm == o.rpm && tpm == o.tpm && maxConcurrent == o.maxConcurrent
               && java.util.Objects.equals(budget, o.budget) && java.util.Objects.equals(quota, o.quota);
    }
}
