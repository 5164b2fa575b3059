package dev.switchboard.client;

import static dev.switchboard.client.Stubs.call;

import dev.switchboard.v1.GetUsageRequest;
import dev.switchboard.v1.GetUsageResponse;
import dev.switchboard.v1.ListUsageRecordsRequest;
import dev.switchboard.v1.ListUsageRecordsResponse;

/**
 * The {@code switchboard.v1.UsageAdmin} RPCs, from {@link SwitchboardClient#usage()}: what the
 * gateway's ledger holds. Viewers, operators and admins read everyone's usage; a member reads their
 * own user's whatever filter they send. Failures are thrown as {@link SwitchboardException}.
 */
public final class UsageAdminClient {
    private final Stubs stubs;

    UsageAdminClient(Stubs stubs) {
        this.stubs = stubs;
    }

    /**
     * Usage in hourly or daily buckets, grouped by any of provider, model, alias, key and user, with
     * the period's totals; an empty request is the last 24 hours in hours, ungrouped.
     */
    public GetUsageResponse getUsage(GetUsageRequest request) {
        return call(() -> stubs.usage().getUsage(request));
    }

    /** One page of the ledger's rows, newest first; pass the response's next_page_token for the next. */
    public ListUsageRecordsResponse listUsageRecords(ListUsageRecordsRequest request) {
        return call(() -> stubs.usage().listUsageRecords(request));
    }
}
