package dev.switchboard.server.limits;

import com.google.protobuf.util.Timestamps;

import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.Budget;
import dev.switchboard.v1.LimitPolicy;
import dev.switchboard.v1.LimitStatus;
import dev.switchboard.v1.Quota;

/** Policies between the API's messages and the stored records, and where a subject stands now. */
final class LimitViews {
    /** Bucket4j refills at most one token a nanosecond; far above any real limit. */
    static final long MAX_PER_MINUTE = 10_000_000_000L;
    /** Counts and amounts stay far from overflowing when added up over a period. */
    static final long MAX_COUNT = 1_000_000_000_000_000L;

    private LimitViews() {}

    /** Validates what a caller set; {@code subject} is already resolved (a user's id, not name). */
    static Policy policy(Subject subject, LimitPolicy in, long now) {
        inRange("requests_per_minute", in.getRequestsPerMinute(), MAX_PER_MINUTE);
        inRange("tokens_per_minute", in.getTokensPerMinute(), MAX_PER_MINUTE);
        inRange("max_concurrent", in.getMaxConcurrent(), Integer.MAX_VALUE);
        Policy.Budget budget = null;
        if (in.hasBudget() && !in.getBudget().equals(Budget.getDefaultInstance())) {
            final Budget b = in.getBudget();
            spends(subject, "budget");
            final long nanos = Money.nanos(b.getAmountUsd().isEmpty() ? "0" : b.getAmountUsd());
            if (nanos > MAX_COUNT) {
                throw GatewayException.invalid("amount_usd: " + b.getAmountUsd() + " (expected: <= 1000000000)");
            }
            budget = nanos == 0 ? null : new Policy.Budget(nanos, Period.of(b.getPeriod()), b.getSoft());
        }
        Policy.Quota quota = null;
        if (in.hasQuota() && !in.getQuota().equals(Quota.getDefaultInstance())) {
            final Quota q = in.getQuota();
            spends(subject, "quota");
            inRange("quota.requests", q.getRequests(), MAX_COUNT);
            inRange("quota.tokens", q.getTokens(), MAX_COUNT);
            quota = q.getRequests() == 0 && q.getTokens() == 0 ? null
                    : new Policy.Quota(q.getRequests(), q.getTokens(), Period.of(q.getPeriod()), q.getSoft());
        }
        return new Policy(subject, in.getRequestsPerMinute(), in.getTokensPerMinute(), in.getMaxConcurrent(), budget,
                          quota, now);
    }

    /** @param shown the subject as the API names it (a user by name) */
    static LimitPolicy view(Policy p, String shown, LimitStatus status) {
        final LimitPolicy.Builder b = LimitPolicy.newBuilder()
                                                 .setScope(p.subject().scope().wire())
                                                 .setSubject(shown)
                                                 .setRequestsPerMinute(p.rpm())
                                                 .setTokensPerMinute(p.tpm())
                                                 .setMaxConcurrent(p.maxConcurrent())
                                                 .setStatus(status)
                                                 .setUpdateTime(Timestamps.fromMillis(p.updateTime()));
        if (p.budget() != null) {
            b.setBudget(Budget.newBuilder().setAmountUsd(Money.decimal(p.budget().nanos()))
                              .setPeriod(p.budget().period().wire()).setSoft(p.budget().soft()));
        }
        if (p.quota() != null) {
            b.setQuota(Quota.newBuilder().setRequests(p.quota().requests()).setTokens(p.quota().tokens())
                            .setPeriod(p.quota().period().wire()).setSoft(p.quota().soft()));
        }
        return b.build();
    }

    /** Where a subject stands in its current minute and period, read from its live buckets and tallies. */
    static LimitStatus status(Live live, long now) {
        final Policy p = live.policy;
        final LimitStatus.Builder s = LimitStatus.newBuilder().setInFlight(Math.max(0, live.inFlight.get()));
        if (live.requests != null) {
            s.setRequestsThisMinute(p.rpm() - live.requests.getAvailableTokens());
        }
        if (live.tokens != null) {
            s.setTokensThisMinute(p.tpm() - live.tokens.getAvailableTokens());
        }
        long end = 0;
        if (live.spend != null) {
            final long spent = live.spend.used(now);
            s.setSpentNanos(spent).setSpentUsd(Money.decimal(spent));
            end = live.spend.end(now);
        }
        if (live.quotaRequests != null) {
            s.setRequestsThisPeriod(live.quotaRequests.used(now));
            end = end == 0 ? live.quotaRequests.end(now) : Math.min(end, live.quotaRequests.end(now));
        }
        if (live.quotaTokens != null) {
            s.setTokensThisPeriod(live.quotaTokens.used(now));
            end = end == 0 ? live.quotaTokens.end(now) : Math.min(end, live.quotaTokens.end(now));
        }
        if (end > 0) {
            s.setPeriodEnd(Timestamps.fromMillis(end));
        }
        return s.build();
    }

    private static void spends(Subject s, String what) {
        if (!s.scope().spends()) {
            throw GatewayException.invalid(what + ": only global, user and key limits have one (not "
                                           + s.scope().wire() + ')');
        }
    }

    private static void inRange(String field, long value, long max) {
        if (value < 0) {
            throw GatewayException.invalid(field + ": " + value + " (expected: >= 0)");
        }
        if (value > max) {
            throw GatewayException.invalid(field + ": " + value + " (expected: <= " + max + ')');
        }
    }
}
