package dev.switchboard.server.usage;

import java.util.List;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import com.google.protobuf.util.Timestamps;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.common.ResponseHeadersBuilder;
import com.linecorp.armeria.server.DecoratingHttpServiceFunction;
import com.linecorp.armeria.server.HttpService;
import com.linecorp.armeria.server.ServerBuilder;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.v1.GetUsageResponse;
import dev.switchboard.v1.ListUsageRecordsResponse;
import dev.switchboard.v1.UsageBucket;
import dev.switchboard.v1.UsageRecord;
import dev.switchboard.v1.UsageTotals;

/**
 * CSV for the usage routes: when the request's Accept prefers text/csv, the answer the service
 * gave as JSON (so the same authorization, scoping and errors apply) is rendered as CSV, one line
 * per bucket or record. An error stays JSON. A page of records carries the next page's token in
 * the {@value #NEXT_PAGE_TOKEN} header.
 */
public final class UsageCsv implements DecoratingHttpServiceFunction {
    /** The REST routes of GetUsage and ListUsageRecords. */
    public static final List<String> ROUTES = List.of("/admin/v1/usage", "/admin/v1/providers/{provider}/usage",
                                                      UsageAdminService.OWN_USAGE_PATH, "/admin/v1/usage/records");
    static final String NEXT_PAGE_TOKEN = "next-page-token";
    static final List<String> BUCKET_COLUMNS = List.of(
            "start", "provider", "model", "alias", "key_id", "key_prefix", "user", "requests", "errors",
            "prompt_tokens", "completion_tokens", "cached_tokens", "cache_write_tokens", "reasoning_tokens",
            "cost_usd", "unpriced_requests", "estimated_requests", "latency_p50_ms", "latency_p95_ms",
            "latency_mean_ms", "over_soft_limit");
    static final List<String> RECORD_COLUMNS = List.of(
            "request_id", "time", "user", "key_id", "key_prefix", "client_id", "issuer", "ingress", "provider",
            "model", "requested_model", "alias", "stream", "status", "error_kind", "prompt_tokens",
            "completion_tokens", "cached_tokens", "cache_write_tokens", "reasoning_tokens", "cost_usd", "cost_note",
            "latency_ms", "ttft_ms", "attempts", "failovers", "usage_source", "over_soft_limit");
    private static final JsonFormat.Parser JSON = JsonFormat.parser().ignoringUnknownFields();

    /** Puts the decorator on every usage route. */
    public static void register(ServerBuilder sb) {
        final UsageCsv csv = new UsageCsv();
        ROUTES.forEach(route -> sb.decorator(route.replace("{provider}", ":provider"), csv));
    }

    @Override
    public HttpResponse serve(HttpService delegate, ServiceRequestContext ctx, HttpRequest req) throws Exception {
        if (!wantsCsv(req)) {
            return delegate.serve(ctx, req);
        }
        final boolean records = ctx.path().endsWith("/records");
        return HttpResponse.of(delegate.serve(ctx, req).aggregate().thenApply(res -> render(res, records)));
    }

    /** Whether text/csv is the first of the Accept header's types that this route can answer. */
    static boolean wantsCsv(HttpRequest req) {
        for (MediaType m : req.headers().accept()) {
            if (m.qualityFactor() <= 0) {
                continue;
            }
            if ("text".equals(m.type()) && "csv".equals(m.subtype())) {
                return true;
            }
            if (MediaType.JSON.belongsTo(m.withoutParameters())) {
                return false;
            }
        }
        return false;
    }

    private static HttpResponse render(AggregatedHttpResponse res, boolean records) {
        if (res.status() != HttpStatus.OK) {
            return res.toHttpResponse();
        }
        final ResponseHeadersBuilder headers = ResponseHeaders.builder(HttpStatus.OK).contentType(MediaType.CSV_UTF_8);
        final String body;
        try {
            if (records) {
                final ListUsageRecordsResponse.Builder page = ListUsageRecordsResponse.newBuilder();
                JSON.merge(res.contentUtf8(), page);
                if (!page.getNextPageToken().isEmpty()) {
                    headers.set(NEXT_PAGE_TOKEN, page.getNextPageToken());
                }
                body = records(page.getRecordsList());
            } else {
                final GetUsageResponse.Builder usage = GetUsageResponse.newBuilder();
                JSON.merge(res.contentUtf8(), usage);
                body = buckets(usage.getBucketsList());
            }
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("the usage service answered JSON that is not its own response", e);
        }
        return HttpResponse.of(headers.build(), HttpData.ofUtf8(body));
    }

    static String buckets(List<UsageBucket> buckets) {
        final Csv csv = new Csv(BUCKET_COLUMNS);
        for (UsageBucket b : buckets) {
            final UsageTotals t = b.getTotals();
            csv.row(Timestamps.toString(b.getStart()), b.getProvider(), b.getModel(), b.getAlias(), b.getKeyId(),
                    b.getKeyPrefix(), b.getUser(), t.getRequests(), t.getErrors(), t.getPromptTokens(),
                    t.getCompletionTokens(), t.getCachedTokens(), t.getCacheWriteTokens(), t.getReasoningTokens(),
                    Money.usd(t.getCostNanos()), t.getUnpricedRequests(), t.getEstimatedRequests(),
                    t.getLatencyP50Ms(), t.getLatencyP95Ms(), t.getLatencyMeanMs(), t.getOverSoftLimit());
        }
        return csv.toString();
    }

    static String records(List<UsageRecord> records) {
        final Csv csv = new Csv(RECORD_COLUMNS);
        for (UsageRecord r : records) {
            csv.row(r.getRequestId(), Timestamps.toString(r.getTime()), r.getUser(), r.getKeyId(), r.getKeyPrefix(),
                    r.getClientId(), r.getIssuer(), r.getIngress(), r.getProvider(), r.getModel(),
                    r.getRequestedModel(), r.getAlias(), r.getStream(), r.getStatus(), r.getErrorKind(),
                    r.getPromptTokens(), r.getCompletionTokens(), r.getCachedTokens(), r.getCacheWriteTokens(),
                    r.getReasoningTokens(), r.hasCostNanos() ? Money.usd(r.getCostNanos()) : "", r.getCostNote(),
                    r.getLatencyMs(), r.getTtftMs(), r.getAttempts(), r.getFailovers(), r.getUsageSource(),
                    r.getOverSoftLimit());
        }
        return csv.toString();
    }
}
