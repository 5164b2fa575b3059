package dev.switchboard.server.limits;

import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.linecorp.armeria.common.annotation.Nullable;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.SynchronizationStrategy;

/**
 * Where one subject stands now: token buckets for requests and tokens per minute (Bucket4j,
 * refilled continuously over the minute, as OpenAI's limits replenish), the requests in flight,
 * and the period tallies of its budget and quota. Rebuilt when its policy changes, keeping what
 * the new policy still counts (the in-flight counter, tallies of an unchanged period).
 */
final class Live {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    final Policy policy;
    @Nullable
    final Bucket requests;
    @Nullable
    final Bucket tokens;
    final AtomicInteger inFlight;
    @Nullable
    final Tally spend;
    @Nullable
    final Tally quotaRequests;
    @Nullable
    final Tally quotaTokens;
    /** The largest cost of the subject's recent requests, decaying: the next one's budget reservation. */
    final AtomicLong recentCost;
    /** The per-minute limits as the rate-limit headers show them, made once rather than per answer. */
    final String rpmText;
    final String tpmText;

    private Live(Policy policy, @Nullable Bucket requests, @Nullable Bucket tokens, AtomicInteger inFlight,
                 @Nullable Tally spend, @Nullable Tally quotaRequests, @Nullable Tally quotaTokens,
                 AtomicLong recentCost) {
        this.policy = policy;
        this.requests = requests;
        this.tokens = tokens;
        this.inFlight = inFlight;
        this.spend = spend;
        this.quotaRequests = quotaRequests;
        this.quotaTokens = quotaTokens;
        this.recentCost = recentCost;
        rpmText = Long.toString(policy.rpm());
        tpmText = Long.toString(policy.tpm());
    }

    /**
     * @param old the subject's state under its previous policy, or null
     * @param used what the ledger said the subject used in its periods at the last refresh
     */
    static Live of(Policy p, @Nullable Live old, TimeMeter time, ZoneId zone, long nowMillis, Usage used) {
        final Policy.Budget b = p.budget();
        final Policy.Quota q = p.quota();
        final Policy was = old == null ? null : old.policy;
        final Bucket requests = old != null && was.rpm() == p.rpm() ? old.requests : perMinute(p.rpm(), time);
        final Bucket tokens = old != null && was.tpm() == p.tpm() ? old.tokens : perMinute(p.tpm(), time);
        final Tally spend = b == null ? null
                : old != null && old.spend != null && was.budget().period() == b.period() ? old.spend
                : new Tally(b.period(), zone, nowMillis, used.of(b.period()).nanos());
        final boolean sameQuotaPeriod = old != null && was.quota() != null && q != null
                                        && was.quota().period() == q.period();
        final Tally quotaRequests = q == null || q.requests() == 0 ? null
                : sameQuotaPeriod && old.quotaRequests != null ? old.quotaRequests
                : new Tally(q.period(), zone, nowMillis, used.of(q.period()).requests());
        final Tally quotaTokens = q == null || q.tokens() == 0 ? null
                : sameQuotaPeriod && old.quotaTokens != null ? old.quotaTokens
                : new Tally(q.period(), zone, nowMillis, used.of(q.period()).tokens());
        return new Live(p, requests, tokens, old == null ? new AtomicInteger() : old.inFlight, spend, quotaRequests,
                        quotaTokens, old == null ? new AtomicLong() : old.recentCost);
    }

    @Nullable
    private static Bucket perMinute(long limit, TimeMeter time) {
        if (limit <= 0) {
            return null;
        }
        // The API refuses more; a row written by hand must not break every request of its subject.
        final long capped = Math.min(limit, LimitViews.MAX_PER_MINUTE);
        // Synchronized, not lock-free: a lock-free bucket copies its state on every request; a few
        // event loops rarely contend for one subject's lock.
        return Bucket.builder()
                     .addLimit(l -> l.capacity(capped).refillGreedy(capped, MINUTE))
                     .withCustomTimePrecision(time)
                     .withSynchronizationStrategy(SynchronizationStrategy.SYNCHRONIZED)
                     .build();
    }

    /** A request of this subject cost {@code nanos}: the reservation follows its recent largest cost. */
    void observeCost(long nanos) {
        // Decays by an eighth per request, so one expensive request does not inflate reservations for long.
        recentCost.updateAndGet(prev -> Math.max(nanos, prev - prev / 8));
    }
}
