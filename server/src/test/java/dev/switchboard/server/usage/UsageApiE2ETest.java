package dev.switchboard.server.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.RequestHeaders;

import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;
import dev.switchboard.v1.GetUsageRequest;
import dev.switchboard.v1.GetUsageResponse;
import dev.switchboard.v1.ListUsageRecordsRequest;
import dev.switchboard.v1.UsageAdminGrpc;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;

/**
 * The usage API through a real gateway: REST (JSON and CSV) and gRPC, each role's view, and the
 * providers' 24-hour summaries, over rows the test puts in the gateway's own database.
 */
class UsageApiE2ETest {
    static final String UPSTREAM_KEY = "sk-usage-upstream-4d5e6f";
    static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");
    static final String PERIOD = "from=2026-11-02T08:00:00Z&to=2026-11-02T10:00:00Z";
    static final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    static Path dataDir;
    static FakeUpstream upstream;
    static TestGateway gateway;
    static ManagedChannel channel;
    static String annKey;
    static String annKeyId;
    static String annPrefix;
    static String veraKey;

    @BeforeAll
    static void start() throws Exception {
        upstream = new FakeUpstream(UPSTREAM_KEY);
        gateway = TestGateway.start(dataDir);
        channel = gateway.channel();
        gateway.addProvider("openai", upstream.baseUrl(), UPSTREAM_KEY);
        final String ann = gateway.createUser("ann", "member");
        final String bob = gateway.createUser("bob", "member");
        gateway.createUser("vera", "viewer");
        annKey = gateway.createKey("ann", "");
        veraKey = gateway.createKey("vera", "");
        final JsonNode me = get(annKey, "/admin/v1/me");
        annKeyId = me.get("key_id").asText();
        annPrefix = me.get("key_prefix").asText();

        final Jdbi jdbi = gateway.gateway().storage().jdbi();
        // Ann: 3 requests at 08:00 (1.5 USD; 2 x <=200 ms, 1 x <=1000 ms); Bob: 2 at 09:00 with a comma in the alias.
        UsageRows.rollup(T0, ann, annKeyId, "openai", "gpt-4o", "")
                 .set("requests", 3).set("errors", 1).set("prompt_tokens", 100).set("completion_tokens", 50)
                 .set("cost_nanos", 1_500_000_000L).set("latency_ms_sum", 600).latency(2, 2).latency(6, 1)
                 .insertInto(jdbi, "usage_hourly");
        UsageRows.rollup(T0.plusSeconds(3600), bob, "", "anthropic", "claude", "smart,fast")
                 .set("requests", 2).set("prompt_tokens", 40).set("completion_tokens", 20)
                 .set("cost_nanos", 234_567_891L).set("latency_ms_sum", 3000).latency(9, 2)
                 .insertInto(jdbi, "usage_hourly");
        // This hour, for the providers' 24-hour summaries.
        UsageRows.rollup(Instant.now().truncatedTo(ChronoUnit.HOURS), ann, annKeyId, "openai", "gpt-4o", "")
                 .set("requests", 7).set("errors", 2).set("cost_nanos", 70_000_000L).latency(3, 7)
                 .set("latency_ms_sum", 2100).insertInto(jdbi, "usage_hourly");
        UsageRows.raw("req-a", T0).set("user_id", ann).set("provider", "openai").set("cost_nanos", 5L).insert(jdbi);
        UsageRows.raw("req-b", T0.plusSeconds(1)).set("user_id", bob).set("provider", "anthropic")
                 .set("requested_model", "=cmd()").insert(jdbi);
        UsageRows.raw("req-c", T0.plusSeconds(2)).set("user_id", ann).set("provider", "openai").insert(jdbi);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        TestGateway.shutdown(channel);
        gateway.close();
        upstream.close();
    }

    static AggregatedHttpResponse call(String key, String path, String accept) {
        return gateway.as(key).execute(RequestHeaders.builder(HttpMethod.GET, path).add("accept", accept).build())
                      .aggregate().join();
    }

    static JsonNode get(String key, String path) throws Exception {
        final AggregatedHttpResponse res = call(key, path, "application/json");
        assertThat(res.status().code()).as(path + ": " + res.contentUtf8()).isEqualTo(200);
        return mapper.readTree(res.contentUtf8());
    }

    @Test
    void aViewerReadsEveryonesUsageGroupedOverRest() throws Exception {
        final JsonNode res = get(veraKey, "/admin/v1/usage?" + PERIOD + "&group_by=provider,user");

        final JsonNode buckets = res.get("buckets");
        assertThat(buckets).hasSize(2);
        assertThat(buckets.get(0).get("start").asText()).isEqualTo("2026-11-02T08:00:00Z");
        assertThat(buckets.get(0).get("provider").asText()).isEqualTo("openai");
        assertThat(buckets.get(0).get("user").asText()).isEqualTo("ann");
        assertThat(buckets.get(0).get("totals").get("cost_usd").asText()).isEqualTo("1.50");
        assertThat(buckets.get(0).get("totals").get("latency_p50_ms").asLong()).isEqualTo(200);
        assertThat(buckets.get(1).get("user").asText()).isEqualTo("bob");
        assertThat(res.get("totals").get("requests").asLong()).isEqualTo(5);
        assertThat(res.get("totals").get("cost_nanos").asLong()).isEqualTo(1_734_567_891L);
        assertThat(res.get("totals").get("cost_usd").asText()).isEqualTo("1.734567891");
    }

    @Test
    void aMemberReadsOnlyTheirOwnUsageOnEveryRoute() throws Exception {
        assertThat(get(annKey, "/admin/v1/usage?" + PERIOD).get("totals").get("requests").asLong()).isEqualTo(3);
        assertThat(get(annKey, "/v1/usage?" + PERIOD).get("totals").get("requests").asLong()).isEqualTo(3);
        assertThat(get(annKey, "/admin/v1/usage?" + PERIOD + "&user=bob").get("buckets")).isNull();
        assertThat(get(annKey, "/admin/v1/usage/records").get("records")).extracting(r -> r.get("request_id").asText())
                                                                      .containsExactly("req-c", "req-a");
        // /v1/usage is one's own, whatever the role: the admin key's user has spent nothing here.
        assertThat(get(TestGateway.ADMIN_KEY, "/v1/usage?" + PERIOD).get("buckets")).isNull();
        assertThat(get(TestGateway.ADMIN_KEY, "/admin/v1/usage?" + PERIOD).get("totals").get("requests").asLong())
                .isEqualTo(5);
    }

    @Test
    void aProvidersUsageRouteFiltersByItsName() throws Exception {
        final JsonNode res = get(veraKey, "/admin/v1/providers/anthropic/usage?" + PERIOD + "&group_by=alias");

        assertThat(res.get("buckets")).hasSize(1);
        assertThat(res.get("buckets").get(0).get("alias").asText()).isEqualTo("smart,fast");
        assertThat(res.get("totals").get("requests").asLong()).isEqualTo(2);
    }

    @Test
    void acceptTextCsvAnswersCsvOneLinePerBucket() {
        final AggregatedHttpResponse res = call(veraKey, "/admin/v1/usage?" + PERIOD + "&group_by=key&group_by=alias",
                                                "text/csv");

        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        assertThat(res.contentType()).isEqualTo(MediaType.CSV_UTF_8);
        assertThat(res.contentUtf8()).isEqualTo(
                "start,provider,model,alias,key_id,key_prefix,user,requests,errors,prompt_tokens,completion_tokens,"
                + "cached_tokens,cache_write_tokens,reasoning_tokens,cost_usd,unpriced_requests,estimated_requests,"
                + "latency_p50_ms,latency_p95_ms,latency_mean_ms,over_soft_limit\r\n"
                + "2026-11-02T08:00:00Z,,,," + annKeyId + ',' + annPrefix + ",,3,1,100,50,0,0,0,1.50,0,0,200,1000,200,0\r\n"
                + "2026-11-02T09:00:00Z,,,\"smart,fast\",,,,2,0,40,20,0,0,0,0.234567891,0,0,3000,3000,1500,0\r\n");
    }

    @Test
    void recordsAsCsvCarryTheNextPageTokenInAHeader() throws Exception {
        final AggregatedHttpResponse res = call(veraKey, "/admin/v1/usage/records?page_size=2",
                                                "text/csv;q=0.9, application/xml");

        assertThat(res.contentType()).isEqualTo(MediaType.CSV_UTF_8);
        final String[] lines = res.contentUtf8().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("request_id,time,user,");
        assertThat(lines[1]).startsWith("req-c,2026-11-02T08:00:02Z,ann,");
        // A model name a spreadsheet would run as a formula is disarmed.
        assertThat(lines[2]).startsWith("req-b,2026-11-02T08:00:01Z,bob,").contains(",'=cmd(),");
        final String token = res.headers().get(UsageCsv.NEXT_PAGE_TOKEN);
        assertThat(token).isNotEmpty();

        final JsonNode next = get(veraKey, "/admin/v1/usage/records?page_size=2&page_token=" + token);
        assertThat(next.get("records")).hasSize(1);
        assertThat(next.get("records").get(0).get("request_id").asText()).isEqualTo("req-a");
        assertThat(next.get("records").get(0).get("cost_usd").asText()).isEqualTo("0.000000005");
    }

    @Test
    void jsonStaysTheDefaultAndErrorsStayJsonEvenWhenCsvIsAsked() {
        assertThat(call(veraKey, "/admin/v1/usage?" + PERIOD, "*/*").contentType().is(MediaType.JSON)).isTrue();
        assertThat(call(veraKey, "/admin/v1/usage?" + PERIOD, "application/json, text/csv").contentType()
                                                                                         .is(MediaType.JSON)).isTrue();

        final AggregatedHttpResponse bad = call(veraKey, "/admin/v1/usage?granularity=week", "text/csv");
        assertThat(bad.status().code()).isEqualTo(400);
        assertThat(bad.contentUtf8()).contains("granularity: 'week' (expected: hour or day)");
        final AggregatedHttpResponse reversed = call(veraKey, "/v1/usage?from=2026-11-02T10:00:00Z&to=2026-11-02T08:00:00Z",
                                                     "application/json");
        assertThat(reversed.status().code()).isEqualTo(400);
        assertThat(reversed.contentUtf8()).contains("expected: after from");
        assertThat(call(veraKey, "/admin/v1/usage?group_by=colour", "application/json").status().code()).isEqualTo(400);
    }

    @Test
    void grpcClientsReadTheSameUsageScopedTheSameWay() {
        final GetUsageRequest req = GetUsageRequest.newBuilder()
                                                   .setFrom(UsageReportsTest.ts(T0))
                                                   .setTo(UsageReportsTest.ts(T0.plusSeconds(7200)))
                                                   .addGroupBy("user").build();
        final GetUsageResponse all = UsageAdminGrpc.newBlockingStub(channel)
                                                   .withCallCredentials(TestGateway.bearer(veraKey)).getUsage(req);
        assertThat(all.getBucketsList()).extracting(b -> b.getUser()).containsExactly("ann", "bob");
        assertThat(all.getTotals().getCostUsd()).isEqualTo("1.734567891");

        final UsageAdminGrpc.UsageAdminBlockingStub ann = UsageAdminGrpc.newBlockingStub(channel)
                                                                        .withCallCredentials(TestGateway.bearer(annKey));
        assertThat(ann.getUsage(req).getBucketsList()).extracting(b -> b.getUser()).containsExactly("ann");
        assertThat(ann.listUsageRecords(ListUsageRecordsRequest.getDefaultInstance()).getRecordsCount()).isEqualTo(2);
        assertThatThrownBy(() -> ann.getUsage(req.toBuilder().setGranularity("minute").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT))
                .hasMessageContaining("granularity");
    }

    @Test
    void providersCarryTheirLast24HoursInGetAndList() throws Exception {
        final JsonNode one = get(veraKey, "/admin/v1/providers/openai").get("usage_24h");
        assertThat(one.get("totals").get("requests").asLong()).isEqualTo(7);
        assertThat(one.get("totals").get("errors").asLong()).isEqualTo(2);
        assertThat(one.get("totals").get("cost_usd").asText()).isEqualTo("0.07");
        assertThat(one.get("totals").get("latency_p95_ms").asLong()).isEqualTo(300);
        final Instant since = Instant.parse(one.get("since").asText());
        assertThat(since).isBetween(Instant.now().minusSeconds(24 * 3600 + 60), Instant.now().minusSeconds(24 * 3600));

        final JsonNode listed = get(veraKey, "/admin/v1/providers").get("providers");
        assertThat(provider(listed, "openai").get("usage_24h").get("totals").get("requests").asLong()).isEqualTo(7);
        // Bob's view of the shared provider holds only his own usage.
        final String bobKey = gateway.createKey("bob", "");
        assertThat(get(bobKey, "/admin/v1/providers/openai").get("usage_24h").get("totals").get("requests"))
                .isNull();
    }

    @Test
    void listingProvidersReadsTheirUsageInOneQuery() throws Exception {
        gateway.addProvider("second", upstream.baseUrl(), UPSTREAM_KEY);
        gateway.addProvider("third", upstream.baseUrl(), UPSTREAM_KEY);
        final Jdbi jdbi = gateway.gateway().storage().jdbi();
        final SqlLogger before = jdbi.getConfig(SqlStatements.class).getSqlLogger();
        final List<String> usageQueries = new CopyOnWriteArrayList<>();
        jdbi.setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext ctx) {
                if (ctx.getRenderedSql().contains("usage_hourly")) {
                    usageQueries.add(ctx.getRenderedSql());
                }
            }
        });
        final JsonNode listed;
        try {
            listed = get(veraKey, "/admin/v1/providers").get("providers");
        } finally {
            jdbi.setSqlLogger(before);
        }

        assertThat(listed.size()).isGreaterThanOrEqualTo(3);
        assertThat(usageQueries).hasSize(1);
        assertThat(provider(listed, "third").get("usage_24h").get("totals").get("cost_usd").asText()).isEqualTo("0.00");
        assertThat(provider(listed, "openai").get("usage_24h").get("totals").get("requests").asLong()).isEqualTo(7);
    }

    static JsonNode provider(JsonNode providers, String name) {
        for (JsonNode p : providers) {
            if (p.get("name").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no provider " + name + " in " + providers);
    }
}
