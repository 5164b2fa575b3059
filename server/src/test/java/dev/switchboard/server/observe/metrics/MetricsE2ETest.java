package dev.switchboard.server.observe.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.RequestHeaders;

import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.SecretsSeen;
import dev.switchboard.server.testing.TestGateway;

/**
 * {@code /metrics} after real traffic through the production wiring: a whole chat, a stream, a
 * failover and a rate-limited request show up by provider and model with the right counts, and
 * who may read it is decided as docs/observability.md says.
 */
class MetricsE2ETest {
    static final String KEY = "sk-metrics-e2e-5c1d";
    static final String SCRAPE_TOKEN = "scrape-token-metrics-e2e-8f2b61";
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dataDir;
    static FakeUpstream upstream;
    static TestGateway gw;

    @BeforeAll
    static void start() {
        SecretsSeen.record(KEY, SCRAPE_TOKEN);
        upstream = new FakeUpstream(KEY);
        final var config = TestGateway.config(dataDir);
        gw = TestGateway.start(config.withTelemetry(config.telemetry().withMetricsToken(SCRAPE_TOKEN)));
        for (String p : new String[] {"mchat", "mstream", "mfail", "mlimit", "mcut", "mstate"}) {
            gw.addProvider(p, upstream.baseUrl(), KEY);
        }
        final AggregatedHttpResponse alias = gw.post("/admin/v1/aliases",
                "{\"name\":\"m-failover\",\"targets\":[{\"model\":\"mfail/overloaded\"},{\"model\":\"mfail/gpt-4o-mini\"}]}");
        assertThat(alias.status().code()).as(alias.contentUtf8()).isEqualTo(200);
        final AggregatedHttpResponse continued = gw.post("/admin/v1/aliases",
                "{\"name\":\"m-continued\",\"targets\":[{\"model\":\"mcut/broken-stream\"},{\"model\":\"mcut/gpt-4o-mini\"}]}");
        assertThat(continued.status().code()).as(continued.contentUtf8()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        gw.close();
        upstream.close();
    }

    static AggregatedHttpResponse chat(WebClient client, String model, String extra) {
        return client.execute(HttpRequest.of(
                RequestHeaders.builder(HttpMethod.POST, "/v1/chat/completions").contentType(MediaType.JSON_UTF_8).build(),
                HttpData.ofUtf8("{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]"
                                + extra + '}'))).aggregate().join();
    }

    static Scrape scrape() {
        final AggregatedHttpResponse res = gw.rest().get(Metrics.PATH).aggregate().join();
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        return Scrape.parse(res.contentUtf8());
    }

    /** Scrapes until {@code done} holds: the request's account closes as its answer ends, not before the client sees it. */
    static Scrape scrapeUntil(Predicate<Scrape> done) throws InterruptedException {
        Scrape s = scrape();
        for (int i = 0; i < 100 && !done.test(s); i++) {
            Thread.sleep(50);
            s = scrape();
        }
        return s;
    }

    @Test
    void aWholeChatIsCountedByProviderAndModelWithTheTokensTheProviderReported() throws Exception {
        final AggregatedHttpResponse res = chat(gw.rest(), "mchat/gpt-4o-mini", "");
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        final JsonNode usage = JSON.readTree(res.contentUtf8()).get("usage");
        final String[] series = {"gen_ai_provider_name", "mchat", "gen_ai_response_model", "gpt-4o-mini"};
        final Scrape s = scrapeUntil(x -> x.sum("gen_ai_server_request_duration_seconds_count", series) >= 1);
        assertThat(s.sum("gen_ai_server_request_duration_seconds_count", "gen_ai_provider_name", "mchat",
                         "gen_ai_request_model", "gpt-4o-mini", "gen_ai_response_model", "gpt-4o-mini",
                         "gen_ai_operation_name", "chat", "switchboard_ingress", "chat", "switchboard_alias", "none",
                         "outcome", "ok")).isEqualTo(1);
        assertThat(s.sum("switchboard_tokens_total", "gen_ai_provider_name", "mchat", "gen_ai_token_type", "input"))
                .isEqualTo(usage.get("prompt_tokens").asDouble()).isPositive();
        assertThat(s.sum("switchboard_tokens_total", "gen_ai_provider_name", "mchat", "gen_ai_token_type", "output"))
                .isEqualTo(usage.get("completion_tokens").asDouble()).isPositive();
        assertThat(s.sum("gen_ai_client_token_usage_sum", "gen_ai_provider_name", "mchat", "gen_ai_token_type", "input"))
                .isEqualTo(usage.get("prompt_tokens").asDouble());
        assertThat(s.sum("gen_ai_client_token_usage_count", "gen_ai_provider_name", "mchat", "gen_ai_token_type", "output"))
                .isEqualTo(1);
        // gpt-4o-mini has a shipped price: the spend is counted too.
        assertThat(s.sum("switchboard_cost_usd_total", "gen_ai_provider_name", "mchat")).isPositive();
        // A whole answer is no stream: no time to first token.
        assertThat(s.sum("gen_ai_server_time_to_first_token_seconds_count", series)).isZero();
        // Armeria's own per-route HTTP metrics share the registry.
        assertThat(s.names()).anyMatch(n -> n.startsWith("armeria_server_"));
    }

    @Test
    void aStreamHasItsTimeToFirstTokenAndTheTimesBetweenEvents() throws Exception {
        final AggregatedHttpResponse res = chat(gw.rest(), "mstream/gpt-4o-mini",
                                                ",\"stream\":true,\"stream_options\":{\"include_usage\":true}");
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        final long events = res.contentUtf8().lines().filter(l -> l.startsWith("data:")).count();
        final String[] series = {"gen_ai_provider_name", "mstream", "gen_ai_response_model", "gpt-4o-mini"};
        final Scrape s = scrapeUntil(x -> x.sum("gen_ai_server_request_duration_seconds_count", series) >= 1);
        assertThat(s.sum("gen_ai_server_request_duration_seconds_count", "gen_ai_provider_name", "mstream",
                         "outcome", "ok")).isEqualTo(1);
        assertThat(s.sum("gen_ai_server_time_to_first_token_seconds_count", series)).isEqualTo(1);
        assertThat(s.sum("gen_ai_server_time_to_first_token_seconds_bucket", "gen_ai_provider_name", "mstream",
                         "le", "+Inf")).isEqualTo(1);
        // One interval between each two events the client got (the last "data: [DONE]" aside).
        assertThat(s.sum("switchboard_stream_inter_token_seconds_count", series)).isBetween(1.0, (double) events);
        assertThat(s.sum("switchboard_tokens_total", "gen_ai_provider_name", "mstream", "gen_ai_token_type", "output"))
                .isPositive();
        assertThat(s.sum("switchboard_streams_open")).isZero();
    }

    @Test
    void retriesAndAFallbackAreCountedByTheFailedTrysError() throws Exception {
        final AggregatedHttpResponse res = chat(gw.rest(), "m-failover", "");
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        final Scrape s = scrapeUntil(x -> x.sum("gen_ai_server_request_duration_seconds_count",
                                                "switchboard_alias", "m-failover") >= 1);
        // Two retries of the overloaded target, then one fallback to the next (WatchSeamE2ETest's sequence).
        assertThat(s.sum("switchboard_retries_total", "gen_ai_provider_name", "mfail", "reason", "upstream_unavailable"))
                .isEqualTo(2);
        assertThat(s.sum("switchboard_fallbacks_total", "gen_ai_provider_name", "mfail", "reason", "upstream_unavailable"))
                .isEqualTo(1);
        assertThat(s.sum("switchboard_continuations_total", "gen_ai_provider_name", "mfail")).isZero();
        assertThat(s.sum("gen_ai_server_request_duration_seconds_count", "switchboard_alias", "m-failover",
                         "gen_ai_request_model", "m-failover", "gen_ai_response_model", "gpt-4o-mini",
                         "outcome", "ok")).isEqualTo(1);
        // Both targets have a breaker row; the alias named them, so their models are labelled.
        assertThat(s.values("gen_ai_response_model", "switchboard_circuit_breaker_state", "gen_ai_provider_name", "mfail"))
                .contains("overloaded", "gpt-4o-mini");
        // Every provider is in exactly one connection state.
        assertThat(s.sum("switchboard_provider_state", "gen_ai_provider_name", "mfail")).isEqualTo(1);
    }

    @Test
    void aStreamCutAfterItsFirstTokenAndContinuedElsewhereIsAContinuation() throws Exception {
        final AggregatedHttpResponse res = chat(gw.rest(), "m-continued", ",\"stream\":true");
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        final Scrape s = scrapeUntil(x -> x.sum("gen_ai_server_request_duration_seconds_count",
                                                "switchboard_alias", "m-continued") >= 1);
        assertThat(s.sum("switchboard_continuations_total", "gen_ai_provider_name", "mcut")).isEqualTo(1);
        assertThat(s.sum("switchboard_fallbacks_total", "gen_ai_provider_name", "mcut")).isZero();
        assertThat(s.sum("gen_ai_server_request_duration_seconds_count", "switchboard_alias", "m-continued",
                         "gen_ai_response_model", "gpt-4o-mini", "outcome", "ok")).isEqualTo(1);
    }

    @Test
    void aRateLimitedRequestIsCountedAsARefusalAndReachesNoProvider() throws Exception {
        final String key = memberKey("{\"requests_per_minute\":1}");
        final double before = scrape().sum("switchboard_refusals_total", "error_type", "rate_limited");
        assertThat(chat(gw.as(key), "mlimit/gpt-4o-mini", "").status().code()).isEqualTo(200);
        assertThat(chat(gw.as(key), "mlimit/gpt-4o-mini", "").status().code()).isEqualTo(429);
        final Scrape s = scrapeUntil(x -> x.sum("switchboard_refusals_total", "error_type", "rate_limited") > before);
        assertThat(s.sum("switchboard_refusals_total", "error_type", "rate_limited", "switchboard_ingress", "chat"))
                .isEqualTo(before + 1);
        assertThat(s.sum("gen_ai_server_request_duration_seconds_count", "gen_ai_provider_name", "mlimit")).isEqualTo(1);
    }

    @Test
    void theGatewaysStateAndTheJvmAreThere() throws Exception {
        assertThat(chat(gw.rest(), "mstate/gpt-4o-mini", "").status().code()).isEqualTo(200);
        final Scrape s = scrapeUntil(x -> x.has("armeria_server_requests_total", "route", "/v1/chat/completions"));
        assertThat(s.names()).contains("switchboard_ledger_queue_depth", "switchboard_ledger_rows_written_total",
                                       "switchboard_ledger_rows_dropped_total",
                                       "switchboard_ledger_flush_last_duration_seconds", "switchboard_requests_in_flight",
                                       "switchboard_streams_open", "switchboard_netty_direct_memory_used_bytes",
                                       "switchboard_netty_event_loop_pending_tasks", "jvm_memory_used_bytes",
                                       "jvm_threads_live_threads", "process_cpu_usage", "jvm_classes_loaded_classes");
        // Armeria's own request metrics, told apart by route.
        assertThat(s.has("armeria_server_requests_total", "route", "/v1/chat/completions")).isTrue();
        assertThat(s.sum("armeria_server_request_duration_seconds_count", "route", "/v1/chat/completions"))
                .isGreaterThan(0);
        // Count, sum and max, without client-side quantiles (costly per request, not aggregatable).
        assertThat(s.samples()).noneMatch(x -> x.name().startsWith("armeria_server_")
                                               && x.labels().containsKey("quantile"));
    }

    @Test
    void onlyObserversOrTheScrapeTokenMayRead() throws Exception {
        final WebClient anonymous = WebClient.of(gw.baseUrl());
        assertThat(anonymous.get(Metrics.PATH).aggregate().join().status().code()).isEqualTo(401);
        assertThat(gw.as(memberKey("")).get(Metrics.PATH).aggregate().join().status().code()).isEqualTo(403);
        final AggregatedHttpResponse viewer = gw.as(key("viewer")).get(Metrics.PATH).aggregate().join();
        assertThat(viewer.status().code()).isEqualTo(200);
        assertThat(viewer.contentType().toString()).startsWith("text/plain").contains("version=0.0.4");
        assertThat(gw.as(SCRAPE_TOKEN).get(Metrics.PATH).aggregate().join().status().code()).isEqualTo(200);
        assertThat(gw.as(SCRAPE_TOKEN + "x").get(Metrics.PATH).aggregate().join().status().code()).isEqualTo(401);
        // The token opens /metrics and nothing else.
        assertThat(gw.as(SCRAPE_TOKEN).get("/admin/v1/providers").aggregate().join().status().code()).isEqualTo(401);
    }

    @Test
    void openMetricsIsServedWhenAsked() {
        final AggregatedHttpResponse res = gw.rest().execute(RequestHeaders.of(
                HttpMethod.GET, Metrics.PATH, "accept", "application/openmetrics-text; version=1.0.0")).aggregate().join();
        assertThat(res.status().code()).isEqualTo(200);
        assertThat(res.contentType().toString()).startsWith("application/openmetrics-text");
        assertThat(res.contentUtf8()).endsWith("# EOF\n");
    }

    static int users;

    static synchronized String key(String role) throws Exception {
        final String user = "metrics-" + role + '-' + ++users;
        gw.createUser(user, role);
        return gw.createKey(user, "");
    }

    /** A member's key, limited by {@code policy} unless it is empty. */
    static String memberKey(String policy) throws Exception {
        final String key = key("member");
        if (!policy.isEmpty()) {
            final String id = JSON.readTree(gw.as(key).get("/admin/v1/me").aggregate().join().contentUtf8())
                                  .get("key_id").asText();
            final AggregatedHttpResponse res = gw.rest().execute(HttpRequest.of(
                    RequestHeaders.builder(HttpMethod.PUT, "/admin/v1/limits/key/" + id)
                                  .contentType(MediaType.JSON_UTF_8).build(), HttpData.ofUtf8(policy))).aggregate().join();
            assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        }
        return key;
    }
}
