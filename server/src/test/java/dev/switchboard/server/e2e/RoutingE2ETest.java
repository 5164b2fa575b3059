package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;

import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.RequestHeaders;

import dev.switchboard.server.routing.TargetStates;
import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;

/**
 * Aliases, strategies and failure handling, end to end: fake upstreams that fail on cue, the real
 * gateway, real clients. Distribution checks use many requests and generous tolerances; time
 * checks are lower bounds (a retry never comes sooner than promised) plus loose upper bounds.
 */
class RoutingE2ETest {
    static final String KEY = "sk-routing-e2e-8080";
    static final ObjectMapper mapper = new ObjectMapper();
    /** Trips after 2 requests at a 50% failure rate, stays open 1 s, then lets a trial through. */
    static final TargetStates.BreakerConfig BREAKER = new TargetStates.BreakerConfig(
            0.5, 2, Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofMillis(200));

    @TempDir
    static Path dataDir;
    static FakeUpstream a;
    static FakeUpstream b;
    static TestGateway gateway;

    @BeforeAll
    static void start() {
        a = new FakeUpstream(KEY);
        b = new FakeUpstream(KEY);
        gateway = TestGateway.start(TestGateway.config(dataDir).withBreaker(BREAKER));
        gateway.addProvider("pa", a.baseUrl(), KEY);
        gateway.addProvider("pb", b.baseUrl(), KEY);
    }

    @AfterAll
    static void stop() {
        gateway.close();
        a.close();
        b.close();
    }

    static void alias(String json) {
        final AggregatedHttpResponse res = gateway.post("/admin/v1/aliases", json);
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
    }

    static AggregatedHttpResponse chat(String model) {
        return gateway.post("/v1/chat/completions", "{\"model\":\"" + model
                                                    + "\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
    }

    @Test
    void aliasesAreManagedListedAndGuardTheirProviders() throws Exception {
        alias("{\"name\":\"crud\",\"description\":\"demo\",\"targets\":[{\"model\":\"pa/gpt-4o-mini\",\"weight\":2,"
              + "\"overrides\":{\"temperature\":0.1,\"max_tokens\":50}},{\"model\":\"pb/gpt-4o-mini\"}]}");
        final JsonNode got = mapper.readTree(gateway.get("/admin/v1/aliases/crud").contentUtf8());
        assertThat(got.get("strategy").asText()).isEqualTo("PRIORITY");
        assertThat(got.at("/retry/max_attempts").asInt()).as("the direct default: two retries").isEqualTo(3);
        assertThat(got.at("/targets/1/weight").asInt()).as("weight defaults to 1").isEqualTo(1);

        final JsonNode models = mapper.readTree(gateway.get("/v1/models").contentUtf8());
        assertThat(models.get("data")).extracting(m -> m.get("id").asText()).contains("crud", "pa/gpt-4o-mini");

        a.drain();
        final AggregatedHttpResponse res = chat("crud");
        assertThat(res.headers().get("x-switchboard-alias")).isEqualTo("crud");
        assertThat(res.headers().get("x-switchboard-provider")).isEqualTo("pa");
        final JsonNode sent = a.take().json();
        assertThat(sent.get("temperature").asDouble()).as("target override").isEqualTo(0.1);
        assertThat(sent.get("max_tokens").asInt()).isEqualTo(50);

        assertThat(gateway.post("/admin/v1/aliases", "{\"name\":\"bad\",\"targets\":[{\"model\":\"nope/x\"}]}")
                          .contentUtf8()).contains("provider 'nope' does not exist");
        assertThat(gateway.post("/admin/v1/aliases", "{\"name\":\"a/b\",\"targets\":[{\"model\":\"pa/x\"}]}")
                          .status().code()).isEqualTo(400);
        final AggregatedHttpResponse inUse = gateway.rest().delete("/admin/v1/providers/pa").aggregate().join();
        assertThat(inUse.status().code()).isEqualTo(400);
        assertThat(inUse.contentUtf8()).contains("crud");

        assertThat(send(HttpMethod.PATCH, "/admin/v1/aliases/crud", "{\"strategy\":\"WEIGHTED\"}").contentUtf8())
                .contains("WEIGHTED");
        assertThat(gateway.rest().delete("/admin/v1/aliases/crud").aggregate().join().status().code()).isEqualTo(200);
        assertThat(chat("crud").status().code()).isEqualTo(404);
    }

    @Test
    void priorityRetriesThenFallsBackAndSaysSo() throws Exception {
        alias("{\"name\":\"fallback\",\"targets\":[{\"model\":\"pa/server-error\"},{\"model\":\"pb/gpt-4o-mini\"}],"
              + "\"retry\":{\"max_attempts\":2,\"initial_backoff\":\"0.05s\"}}");
        final int before = a.count("server-error");
        final AggregatedHttpResponse res = chat("fallback");
        assertThat(res.status().code()).isEqualTo(200);
        assertThat(res.headers().get("x-switchboard-provider")).isEqualTo("pb");
        assertThat(res.headers().get("x-switchboard-attempts")).isEqualTo("3");
        assertThat(a.count("server-error") - before).as("two tries on the failing target").isEqualTo(2);
    }

    @Test
    void retriesBackOffAndNeverComeBeforeRetryAfter() {
        alias("{\"name\":\"flaky\",\"targets\":[{\"model\":\"pa/flaky-2\"}],"
              + "\"retry\":{\"max_attempts\":3,\"initial_backoff\":\"0.2s\",\"max_backoff\":\"2s\"}}");
        long start = System.nanoTime();
        AggregatedHttpResponse res = chat("flaky");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(res.status().code()).isEqualTo(200);
        assertThat(res.headers().get("x-switchboard-attempts")).isEqualTo("3");
        // Backoffs 0.2 s and 0.4 s, each with 20% jitter: at least 0.48 s in all.
        assertThat(millis).isBetween(480L, 5000L);

        alias("{\"name\":\"polite\",\"targets\":[{\"model\":\"pa/retry-after-1\"}],"
              + "\"retry\":{\"max_attempts\":2,\"initial_backoff\":\"0.05s\"}}");
        start = System.nanoTime();
        res = chat("polite");
        millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(res.status().code()).isEqualTo(200);
        assertThat(millis).as("Retry-After: 1 is honoured over a 50 ms backoff").isBetween(1000L, 5000L);
    }

    @Test
    void clientErrorsFailFastWithoutFallback() {
        alias("{\"name\":\"strict\",\"targets\":[{\"model\":\"pa/leaky-error\"},{\"model\":\"pb/gpt-4o-mini\"}]}");
        final int before = a.count("leaky-error");
        final int fallbackBefore = b.count("gpt-4o-mini");
        final AggregatedHttpResponse res = chat("strict");
        assertThat(res.status().code()).isEqualTo(400);
        assertThat(a.count("leaky-error") - before).isEqualTo(1);
        assertThat(b.count("gpt-4o-mini")).as("no fallback for a bad request").isEqualTo(fallbackBefore);
    }

    @Test
    void aContextLengthErrorMovesToATargetWithALargerWindow() {
        alias("{\"name\":\"roomy\",\"fallback_on_context_length\":true,\"targets\":["
              + "{\"model\":\"pa/too-long\",\"context_window\":8192},"
              + "{\"model\":\"pa/gpt-4o-mini\",\"context_window\":4096},"
              + "{\"model\":\"pb/gpt-4o-mini\",\"context_window\":128000}]}");
        final int small = a.count("gpt-4o-mini");
        final AggregatedHttpResponse res = chat("roomy");
        assertThat(res.status().code()).isEqualTo(200);
        assertThat(res.headers().get("x-switchboard-provider")).isEqualTo("pb");
        assertThat(a.count("gpt-4o-mini")).as("a smaller window is not tried").isEqualTo(small);

        alias("{\"name\":\"cramped\",\"targets\":[{\"model\":\"pa/too-long\"},{\"model\":\"pb/gpt-4o-mini\"}]}");
        final AggregatedHttpResponse noFallback = chat("cramped");
        assertThat(noFallback.status().code()).isEqualTo(400);
        assertThat(noFallback.contentUtf8()).contains("context_length_exceeded");
    }

    @Test
    void theClientsOwnTimeoutBoundsTheRequest() {
        alias("{\"name\":\"patient\",\"targets\":[{\"model\":\"pa/hang\"}]}");
        final long start = System.nanoTime();
        final AggregatedHttpResponse res = gateway.rest().execute(HttpRequest.of(
                RequestHeaders.builder(HttpMethod.POST, "/v1/chat/completions").contentType(MediaType.JSON)
                              .add("x-switchboard-timeout", "0.5").build(),
                HttpData.ofUtf8("{\"model\":\"patient\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}")))
                .aggregate().join();
        final long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(res.status().code()).isEqualTo(504);
        assertThat(millis).isBetween(450L, 5000L);
        final AggregatedHttpResponse bad = gateway.rest().execute(HttpRequest.of(
                RequestHeaders.builder(HttpMethod.POST, "/v1/chat/completions").contentType(MediaType.JSON)
                              .add("x-switchboard-timeout", "soon").build(),
                HttpData.ofUtf8("{\"model\":\"patient\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}")))
                .aggregate().join();
        assertThat(bad.status().code()).isEqualTo(400);
    }

    @Test
    void weightedSpreadsInProportion() {
        alias("{\"name\":\"weighted\",\"strategy\":\"WEIGHTED\",\"targets\":[{\"model\":\"pa/w\",\"weight\":3},"
              + "{\"model\":\"pb/w\",\"weight\":1}]}");
        final int n = 400;
        for (int i = 0; i < n; i++) {
            assertThat(chat("weighted").status().code()).isEqualTo(200);
        }
        final double share = a.count("w") / (double) n;
        // Expected 0.75; the 4-sigma band of a binomial(400, 0.75) is about ±0.087.
        assertThat(share).isBetween(0.66, 0.84);
        assertThat(a.count("w") + b.count("w")).isEqualTo(n);
    }

    @Test
    void leastBusyAvoidsTheTargetWithARequestInFlight() throws Exception {
        alias("{\"name\":\"busy\",\"strategy\":\"LEAST_BUSY\",\"targets\":[{\"model\":\"pa/hang-stream\"},"
              + "{\"model\":\"pb/gpt-4o-mini\"}]}");
        // One stream held open on pa.
        final var held = gateway.rest().execute(HttpRequest.of(
                RequestHeaders.builder(HttpMethod.POST, "/v1/chat/completions").contentType(MediaType.JSON).build(),
                HttpData.ofUtf8("{\"model\":\"busy\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}")));
        final var firstData = new java.util.concurrent.CompletableFuture<Void>();
        held.subscribe(new org.reactivestreams.Subscriber<>() {
            public void onSubscribe(org.reactivestreams.Subscription s) { s.request(Long.MAX_VALUE); }
            public void onNext(com.linecorp.armeria.common.HttpObject o) {
                if (o instanceof HttpData) { firstData.complete(null); }
            }
            public void onError(Throwable t) {}
            public void onComplete() {}
        });
        firstData.get(10, java.util.concurrent.TimeUnit.SECONDS);
        for (int i = 0; i < 5; i++) {
            assertThat(chat("busy").headers().get("x-switchboard-provider")).isEqualTo("pb");
        }
        held.abort();
    }

    @Test
    void lowestLatencyLearnsWhichTargetIsFaster() {
        alias("{\"name\":\"quick\",\"strategy\":\"LOWEST_LATENCY\",\"targets\":[{\"model\":\"pa/slow-first\"},"
              + "{\"model\":\"pb/fast\"}]}");
        for (int i = 0; i < 4; i++) {
            chat("quick");   // every target gets measured
        }
        final int before = b.count("fast");
        for (int i = 0; i < 20; i++) {
            assertThat(chat("quick").status().code()).isEqualTo(200);
        }
        assertThat(b.count("fast") - before).as("with two targets both are compared every time").isEqualTo(20);
    }

    @Test
    void lowestCostPicksTheCheapestKnownPrice() {
        alias("{\"name\":\"thrifty\",\"strategy\":\"LOWEST_COST\",\"targets\":["
              + "{\"model\":\"pa/unpriced-model\"},{\"model\":\"pa/gpt-4o\"},{\"model\":\"pb/gpt-4o-mini\"}]}");
        assertThat(chat("thrifty").headers().get("x-switchboard-model")).isEqualTo("gpt-4o-mini");
        alias("{\"name\":\"thrifty2\",\"strategy\":\"LOWEST_COST\",\"targets\":["
              + "{\"model\":\"pb/gpt-4o-mini\"},{\"model\":\"pa/own\",\"input_price\":0.01,\"output_price\":0.01}]}");
        assertThat(chat("thrifty2").headers().get("x-switchboard-provider")).isEqualTo("pa");
    }

    @Test
    void theBreakerOpensFailsFastHalfOpensAndCloses() throws Exception {
        alias("{\"name\":\"breaker\",\"targets\":[{\"model\":\"pa/toggle\"}],"
              + "\"retry\":{\"max_attempts\":1}}");
        a.failing(true);
        for (int i = 0; i < 4; i++) {
            assertThat(chat("breaker").status().code()).isEqualTo(503);
        }
        // The breaker's counters refresh once a second and it trips on the next failure it sees.
        Thread.sleep(1200);
        int before = -1;
        for (int i = 0; i < 4 && before < 0; i++) {
            final int sent = a.count("toggle");
            final AggregatedHttpResponse r = chat("breaker");
            assertThat(r.status().code()).isEqualTo(503);
            if ("circuit_open".equals(mapper.readTree(r.contentUtf8()).at("/error/code").asText())) {
                assertThat(a.count("toggle")).as("an open circuit sends nothing upstream").isEqualTo(sent);
                before = sent;
            }
        }
        assertThat(before).as("the circuit opened").isNotNegative();

        a.failing(false);
        Thread.sleep(1100);   // open window over: the next request is the half-open trial
        assertThat(chat("breaker").status().code()).isEqualTo(200);
        assertThat(chat("breaker").status().code()).as("closed again").isEqualTo(200);
        assertThat(a.count("toggle")).isEqualTo(before + 2);
    }

    @Test
    void aFailureBeforeTheFirstTokenFailsOverUnseen() throws Exception {
        alias("{\"name\":\"unseen\",\"targets\":[{\"model\":\"pa/overloaded\"},{\"model\":\"pb/gpt-4o-mini\"}],"
              + "\"retry\":{\"max_attempts\":1}}");
        final AggregatedHttpResponse res = gateway.post("/v1/chat/completions",
                "{\"model\":\"unseen\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"count\"}]}");
        assertThat(res.status().code()).isEqualTo(200);
        assertThat(res.headers().get("x-switchboard-provider")).isEqualTo("pb");
        final List<String> events = InferenceE2ETest.dataLines(res.contentUtf8());
        assertThat(events).last().isEqualTo("[DONE]");
        assertThat(String.join("", events)).doesNotContain("\"error\"");
    }

    @Test
    void aFailureMidStreamIsContinuedByTheNextTargetAsOneStream() throws Exception {
        alias("{\"name\":\"continued\",\"targets\":[{\"model\":\"pa/broken-stream\"},{\"model\":\"pb/gpt-4o-mini\"}]}");
        b.drain();
        final StringBuilder text = new StringBuilder();
        final List<JsonValue> meta = new java.util.ArrayList<>();
        final OpenAIClient openai = OpenAIOkHttpClient.builder().apiKey(TestGateway.ADMIN_KEY)
                                                      .baseUrl(gateway.baseUrl() + "/v1").maxRetries(0).build();
        try (StreamResponse<ChatCompletionChunk> stream = openai.chat().completions().createStreaming(
                     ChatCompletionCreateParams.builder().model("continued").addUserMessage("count").build())) {
            stream.stream().forEach(c -> {
                c.choices().forEach(ch -> ch.delta().content().ifPresent(text::append));
                final JsonValue sb = c._additionalProperties().get("switchboard");
                if (sb != null) {
                    meta.add(sb);
                }
            });
        } finally {
            openai.close();
        }
        // "Hel" from pa before it broke, then pb's recorded answer (its include-usage recording: the
        // gateway always asks for usage).
        assertThat(text.toString()).isEqualTo("HelI'm unable to provide real-time weather updates. To get the current weather in San Francisco, I recommend checking a reliable weather website or a weather app.");
        final JsonNode continuation = b.take().json().get("messages");
        assertThat(continuation.get(continuation.size() - 1))
                .isEqualTo(mapper.readTree("{\"role\":\"assistant\",\"content\":\"Hel\"}"));
        assertThat(meta).hasSize(1);
        final JsonNode m = mapper.readTree(mapper.writeValueAsString(meta.get(0)));
        assertThat(m.get("provider").asText()).isEqualTo("pb");
        assertThat(m.at("/failovers/0/from").asText()).isEqualTo("pa/broken-stream");
        assertThat(m.at("/failovers/0/mid_stream").asBoolean()).isTrue();

        final String raw = gateway.post("/v1/chat/completions", "{\"model\":\"continued\",\"stream\":true,"
                                        + "\"messages\":[{\"role\":\"user\",\"content\":\"count\"}]}").contentUtf8();
        assertThat(raw).contains(": switchboard failover pa/broken-stream -> pb/gpt-4o-mini (continuing)");
        // One message for the client: the continuing target's role stays out.
        assertThat(raw.split("\"role\":\"assistant\"", -1)).hasSize(2);
        // Every chunk carries the first target's identity.
        assertThat(raw.split("\"id\":\"", -1).length - 1)
                .isEqualTo(raw.split("\"id\":\"" + firstId(raw) + "\"", -1).length - 1);
    }

    private static String firstId(String sse) {
        final int at = sse.indexOf("\"id\":\"") + "\"id\":\"".length();
        return sse.substring(at, sse.indexOf('"', at));
    }

    @Test
    void providerStatesFollowChecksAndTraffic(@TempDir Path dir) throws Exception {
        try (TestGateway gw = TestGateway.start(dir)) {
            final int closed;
            try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
                closed = s.getLocalPort();
            }
            for (String p : List.of(
                    "{\"name\":\"ok\",\"base_url\":\"" + a.baseUrl() + "\",\"api_key\":\"" + KEY + "\",\"health_check_interval\":\"0.2s\"}",
                    "{\"name\":\"wrongkey\",\"base_url\":\"" + a.baseUrl() + "\",\"api_key\":\"sk-wrong-0000\",\"health_check_interval\":\"0.2s\"}",
                    "{\"name\":\"down\",\"base_url\":\"http://127.0.0.1:" + closed + "/v1\",\"api_key\":\"" + KEY + "\",\"health_check_interval\":\"0.2s\"}",
                    "{\"name\":\"off\",\"base_url\":\"" + a.baseUrl() + "\",\"api_key\":\"" + KEY + "\",\"enabled\":false}")) {
                assertThat(gw.post("/admin/v1/providers", p).status().code()).isEqualTo(200);
            }
            awaitState(gw, "ok", "CONNECTED");
            awaitState(gw, "wrongkey", "ERROR");
            awaitState(gw, "down", "DISCONNECTED");
            awaitState(gw, "off", "DISABLED");
            final JsonNode down = mapper.readTree(gw.get("/admin/v1/providers/down").contentUtf8());
            assertThat(down.get("last_error").asText()).contains("could not connect");
            assertThat(down.has("last_error_time")).isTrue();
            final JsonNode wrong = mapper.readTree(gw.get("/admin/v1/providers/wrongkey").contentUtf8());
            assertThat(wrong.get("last_error").asText()).contains("401").doesNotContain("sk-wrong-0000");
        }
    }

    @Test
    void healthChecksLeaveAProviderThatServesTrafficAlone(@TempDir Path dir) throws Exception {
        final FakeUpstream up = new FakeUpstream(KEY);
        try (up; TestGateway gw = TestGateway.start(dir)) {
            assertThat(gw.post("/admin/v1/providers", "{\"name\":\"busy\",\"base_url\":\"" + up.baseUrl()
                                                      + "\",\"api_key\":\"" + KEY
                                                      + "\",\"health_check_interval\":\"0.2s\"}")
                         .status().code()).isEqualTo(200);
            // Idle: probed every interval.
            awaitModelLists(up, up.modelLists() + 3);
            // Answering traffic back to back for 1.5 s: at most one probe that raced the first answer.
            final String chat = "{\"model\":\"busy/gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
            assertThat(gw.post("/v1/chat/completions", chat).status().code()).isEqualTo(200);
            final int before = up.modelLists();
            final long end = System.nanoTime() + Duration.ofMillis(1500).toNanos();
            int answered = 0;
            while (System.nanoTime() < end) {
                assertThat(gw.post("/v1/chat/completions", chat).status().code()).isEqualTo(200);
                answered++;
            }
            assertThat(answered).isGreaterThan(10);
            assertThat(up.modelLists() - before).isLessThanOrEqualTo(1);
            // Idle again: the probes come back.
            awaitModelLists(up, up.modelLists() + 3);
            awaitState(gw, "busy", "CONNECTED");
        }
    }

    private static void awaitModelLists(FakeUpstream up, int atLeast) throws InterruptedException {
        for (int i = 0; i < 100 && up.modelLists() < atLeast; i++) {
            Thread.sleep(50);
        }
        assertThat(up.modelLists()).isGreaterThanOrEqualTo(atLeast);
    }

    static void awaitState(TestGateway gw, String provider, String state) throws Exception {
        String seen = "";
        for (int i = 0; i < 100; i++) {
            seen = mapper.readTree(gw.get("/admin/v1/providers/" + provider).contentUtf8()).get("state").asText();
            if (seen.equals(state)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(provider + ": state " + seen + ", expected " + state);
    }

    static AggregatedHttpResponse send(HttpMethod method, String path, String body) {
        return gateway.rest().execute(HttpRequest.of(RequestHeaders.builder(method, path)
                                                                   .contentType(MediaType.JSON_UTF_8).build(),
                                                     HttpData.ofUtf8(body))).aggregate().join();
    }
}
