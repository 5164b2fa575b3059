package dev.switchboard.server.limits;

import java.time.Duration;
import java.time.Instant;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import io.github.bucket4j.ConsumptionProbe;

/**
 * What one request holds of one subject's limits: a concurrency slot, a request and its estimated
 * tokens from the per-minute buckets, and reservations in the period tallies. Taken all or
 * nothing; given back or reconciled with the real use exactly once. Used on the request's event loop.
 */
final class Hold {
    /** How long a caller refused for concurrency is told to wait: a request in flight rarely ends sooner. */
    static final Duration CONCURRENCY_RETRY = Duration.ofSeconds(1);

    final Live live;
    private boolean slot;
    private boolean request;
    private long tokens;
    private long spendPeriod = -1;
    private long spendHeld;
    private long requestsPeriod = -1;
    private long requestsHeld;
    private long tokensPeriod = -1;
    private long tokensHeld;
    @Nullable
    ConsumptionProbe requestsProbe;
    @Nullable
    ConsumptionProbe tokensProbe;

    Hold(Live live) {
        this.live = live;
    }

    /** Takes every limit of the subject for one request, or none of them: null when taken, else why not. */
    @Nullable
    GatewayException take(long estimateTokens, long reserveNanos, long nowMillis) {
        final Policy p = live.policy;
        if (p.maxConcurrent() > 0) {
            if (live.inFlight.incrementAndGet() > p.maxConcurrent()) {
                live.inFlight.decrementAndGet();
                return refused(ErrorKind.RATE_LIMITED, "rate_limit_exceeded", "concurrency limit of "
                               + name() + " reached: " + p.maxConcurrent() + " requests at a time", CONCURRENCY_RETRY);
            }
            slot = true;
        }
        if (live.requests != null) {
            requestsProbe = live.requests.tryConsumeAndReturnRemaining(1);
            if (!requestsProbe.isConsumed()) {
                giveBack();
                return refused(ErrorKind.RATE_LIMITED, "rate_limit_exceeded", "rate limit of " + name()
                               + " reached: " + p.rpm() + " requests per minute",
                               Duration.ofNanos(requestsProbe.getNanosToWaitForRefill()));
            }
            request = true;
        }
        if (live.tokens != null) {
            // Never more than the whole minute: a request larger than the limit runs when the bucket is full.
            final long want = Math.min(estimateTokens, p.tpm());
            tokensProbe = live.tokens.tryConsumeAndReturnRemaining(want);
            if (!tokensProbe.isConsumed()) {
                giveBack();
                return refused(ErrorKind.RATE_LIMITED, "rate_limit_exceeded", "rate limit of " + name()
                               + " reached: " + p.tpm() + " tokens per minute",
                               Duration.ofNanos(tokensProbe.getNanosToWaitForRefill()));
            }
            tokens = want;
        }
        final Policy.Quota q = p.quota();
        if (live.quotaRequests != null) {
            requestsHeld = Tally.held(1, q.requests());
            requestsPeriod = live.quotaRequests.reserve(1, q.requests(), q.soft(), nowMillis);
            if (requestsPeriod < 0) {
                giveBack();
                return spent("quota_exceeded", "request quota of " + name() + " spent: " + q.requests()
                             + " requests per " + q.period().wire(), live.quotaRequests, nowMillis);
            }
        }
        if (live.quotaTokens != null) {
            tokensHeld = Tally.held(estimateTokens, q.tokens());
            tokensPeriod = live.quotaTokens.reserve(estimateTokens, q.tokens(), q.soft(), nowMillis);
            if (tokensPeriod < 0) {
                giveBack();
                return spent("quota_exceeded", "token quota of " + name() + " spent: " + q.tokens()
                             + " tokens per " + q.period().wire(), live.quotaTokens, nowMillis);
            }
        }
        final Policy.Budget b = p.budget();
        if (live.spend != null) {
            final long want = Math.max(reserveNanos, live.recentCost.get());
            spendHeld = Tally.held(want, b.nanos());
            spendPeriod = live.spend.reserve(want, b.nanos(), b.soft(), nowMillis);
            if (spendPeriod < 0) {
                giveBack();
                return spent("budget_exceeded", "budget of " + name() + " spent: " + Money.usd(b.nanos())
                             + " per " + b.period().wire(), live.spend, nowMillis);
            }
        }
        return null;
    }

    /** The request's concurrency slot is free (its try ended, or it was refused). */
    void releaseSlot() {
        if (slot) {
            slot = false;
            live.inFlight.decrementAndGet();
        }
    }

    /** Everything held goes back, as if the request never came (refused elsewhere). */
    void giveBack() {
        releaseSlot();
        if (request) {
            request = false;
            live.requests.addTokens(1);
        }
        settle(0, null, -1);
    }

    /**
     * Reconciles with what the request really used: tokens per minute refunded or, for an
     * overshoot, taken beyond the limit so the next requests pay for it; the tallies count the
     * real use. True when the subject is now over a soft budget or quota.
     *
     * @param costNanos null when the request has no price: it counts nothing against a budget
     */
    boolean settle(long actualTokens, @Nullable Long costNanos, long nowMillis) {
        releaseSlot();
        if (tokens > 0 || actualTokens > 0 && live.tokens != null) {
            final long diff = actualTokens - tokens;
            if (diff < 0) {
                live.tokens.addTokens(-diff);
            } else if (diff > 0) {
                live.tokens.consumeIgnoringRateLimits(diff);
            }
            tokens = 0;
        }
        final boolean counted = nowMillis >= 0;
        boolean over = false;
        final Policy p = live.policy;
        if (requestsPeriod >= 0) {
            live.quotaRequests.settle(requestsPeriod, requestsHeld, counted ? 1 : 0);
            requestsPeriod = -1;
            over |= counted && p.quota().soft() && live.quotaRequests.used(nowMillis) > p.quota().requests();
        }
        if (tokensPeriod >= 0) {
            live.quotaTokens.settle(tokensPeriod, tokensHeld, counted ? actualTokens : 0);
            tokensPeriod = -1;
            over |= counted && p.quota().soft() && live.quotaTokens.used(nowMillis) > p.quota().tokens();
        }
        if (spendPeriod >= 0) {
            final long cost = counted && costNanos != null ? costNanos : 0;
            live.spend.settle(spendPeriod, spendHeld, cost);
            spendPeriod = -1;
            if (counted && costNanos != null) {
                live.observeCost(costNanos);
            }
            over |= counted && p.budget().soft() && live.spend.used(nowMillis) > p.budget().nanos();
        }
        return over;
    }

    private String name() {
        final Subject s = live.policy.subject();
        return s.scope() == Scope.GLOBAL ? "the gateway" : s.scope().wire() + " '" + s.id() + '\'';
    }

    private static GatewayException refused(ErrorKind kind, String code, String message, Duration retryAfter) {
        return new GatewayException(kind, code, message, retryAfter.isNegative() ? Duration.ZERO : retryAfter, null);
    }

    private static GatewayException spent(String code, String message, Tally tally, long nowMillis) {
        final long end = tally.end(nowMillis);
        return refused(ErrorKind.BUDGET_EXCEEDED, code, message + "; resets at " + Instant.ofEpochMilli(end),
                       Duration.ofMillis(end - nowMillis));
    }
}
