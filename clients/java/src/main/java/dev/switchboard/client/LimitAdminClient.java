package dev.switchboard.client;

import static dev.switchboard.client.Stubs.call;

import java.util.List;

import dev.switchboard.v1.DeleteLimitsRequest;
import dev.switchboard.v1.GetLimitsRequest;
import dev.switchboard.v1.LimitPolicy;
import dev.switchboard.v1.ListLimitsRequest;
import dev.switchboard.v1.SetLimitsRequest;

/**
 * The {@code switchboard.v1.LimitAdmin} RPCs, from {@link SwitchboardClient#limits()}: rate limits,
 * budgets and quotas of one subject. {@code scope} is one of global (subject "all"), provider (its
 * name), model ("provider/model"), user (their name) and key (its id). Admins and operators change
 * limits; every role reads them (a member: their own). Failures are thrown as {@link SwitchboardException}.
 */
public final class LimitAdminClient {
    private final Stubs stubs;

    LimitAdminClient(Stubs stubs) {
        this.stubs = stubs;
    }

    /** Replaces the subject's limits with {@code policy}; returns them with where the subject stands. */
    public LimitPolicy setLimits(String scope, String subject, LimitPolicy policy) {
        return call(() -> stubs.limits().setLimits(SetLimitsRequest.newBuilder().setScope(scope).setSubject(subject)
                                                                   .setPolicy(policy).build()));
    }

    /** The subject's limits and its use in the current minute and period; NOT_FOUND when it has none. */
    public LimitPolicy getLimits(String scope, String subject) {
        return call(() -> stubs.limits().getLimits(GetLimitsRequest.newBuilder().setScope(scope).setSubject(subject)
                                                                   .build()));
    }

    /** Every subject's limits ({@code scope} empty) or one scope's, ordered by scope and subject. */
    public List<LimitPolicy> listLimits(String scope) {
        return call(() -> stubs.limits().listLimits(ListLimitsRequest.newBuilder().setScope(scope).build())
                               .getPoliciesList());
    }

    public void deleteLimits(String scope, String subject) {
        call(() -> stubs.limits().deleteLimits(DeleteLimitsRequest.newBuilder().setScope(scope).setSubject(subject)
                                                                  .build()));
    }
}
