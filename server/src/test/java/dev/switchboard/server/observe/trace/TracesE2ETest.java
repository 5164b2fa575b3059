package dev.switchboard.server.observe.trace;

import static dev.switchboard.server.observe.trace.OtlpReceiver.attr;
import static dev.switchboard.server.observe.trace.OtlpReceiver.parentSpanId;
import static dev.switchboard.server.observe.trace.OtlpReceiver.spanId;
import static dev.switchboard.server.observe.trace.OtlpReceiver.traceId;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.RequestHeaders;

import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.observe.RequestWatch;
import dev.switchboard.server.observe.Telemetry;
import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.InferenceGrpc;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Role;

import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;

/**
 * Traces through the production wiring, read by a loopback OTLP collector: one SERVER span per
 * request with the GenAI attributes, one CLIENT child per try (retries and the failover each
 * theirs), the client's {@code traceparent} as parent, and each try's span id sent upstream.
 */
class TracesE2ETest {
    static final String KEY = "sk-traces-e2e-41c9";
    static final String CHAT = "{\"model\":\"oa/gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
    @TempDir
    static Path dataDir;
    static OtlpReceiver collector;
    static FakeUpstream upstream;
    static TestGateway gw;
    /** The trace id each request's context carried for the other watchers, by request id. */
    static final Map<String, String> traceIds = new ConcurrentHashMap<>();

    @BeforeAll
    static void start() {
        collector = new OtlpReceiver();
        upstream = new FakeUpstream(KEY);
        final ServerConfig config = TestGateway.config(dataDir);
        gw = TestGateway.start(config.withTelemetry(config.telemetry().withOtlpEndpoint(collector.endpoint())));
        gw.addProvider("oa", upstream.baseUrl(), KEY);
        final AggregatedHttpResponse alias = gw.post("/admin/v1/aliases",
                "{\"name\":\"t-failover\",\"targets\":[{\"model\":\"oa/overloaded\"},{\"model\":\"oa/gpt-4o-mini\"}]}");
        assertThat(alias.status().code()).as(alias.contentUtf8()).isEqualTo(200);
        gw.gateway().observability().add((ctx, requestId) -> {
            final String traceId = ctx.attr(Telemetry.TRACE_ID);
            if (traceId != null) {
                traceIds.put(requestId, traceId);
            }
            return RequestWatch.NONE;
        });
    }

    @AfterAll
    static void stop() {
        gw.close();
        upstream.close();
        collector.close();
    }

    @BeforeEach
    void forgetEarlierUpstreamRequests() {
        upstream.drain();
    }

    /** The request's SERVER span, once the gateway exported it. */
    static Span serverSpanOf(AggregatedHttpResponse res) throws InterruptedException {
        return serverSpanOf(res.headers().get("x-switchboard-request-id"));
    }

    static Span serverSpanOf(String id) throws InterruptedException {
        assertThat(id).isNotBlank();
        final long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            gw.gateway().observability().flush();
            final Optional<Span> span = collector.find(s -> s.getKind() == Span.SpanKind.SPAN_KIND_SERVER
                                                            && id.equals(attr(s, "switchboard.request_id")));
            if (span.isPresent()) {
                return span.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no span of request " + id + " reached the collector");
    }

    /** The trace id and span id of the {@code traceparent} each upstream request carried. */
    static List<String[]> upstreamTraceparents() {
        return upstream.drain().stream().map(seen -> {
            final String tp = seen.headers().get("traceparent");
            assertThat(tp).as("traceparent sent upstream").matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
            assertThat(Integer.parseInt(tp.substring(53), 16) & 1).as("sampled flag of " + tp).isEqualTo(1);
            return new String[] { tp.substring(3, 35), tp.substring(36, 52) };
        }).toList();
    }

    static void assertTry(Span s, Span parent, String model, int attempt) {
        assertThat(s.getKind()).isEqualTo(Span.SpanKind.SPAN_KIND_CLIENT);
        assertThat(s.getName()).isEqualTo("chat " + model);
        assertThat(traceId(s)).isEqualTo(traceId(parent));
        assertThat(parentSpanId(s)).isEqualTo(spanId(parent));
        assertThat(attr(s, "gen_ai.operation.name")).isEqualTo("chat");
        assertThat(attr(s, "gen_ai.provider.name")).isEqualTo("oa");
        assertThat(attr(s, "gen_ai.request.model")).isEqualTo(model);
        assertThat(attr(s, "switchboard.attempt")).isEqualTo(Integer.toString(attempt));
    }

    @Test
    void aUnaryChatIsOneServerSpanWithOneClientSpanWhoseIdGoesUpstream() throws Exception {
        final AggregatedHttpResponse res = gw.post("/v1/chat/completions", CHAT);
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        final Span server = serverSpanOf(res);

        assertThat(server.getName()).isEqualTo("chat oa/gpt-4o-mini");
        assertThat(server.getParentSpanId().isEmpty()).isTrue();
        assertThat(attr(server, "gen_ai.operation.name")).isEqualTo("chat");
        assertThat(attr(server, "gen_ai.request.model")).isEqualTo("oa/gpt-4o-mini");
        assertThat(attr(server, "gen_ai.response.model")).isEqualTo("gpt-4o-mini");
        assertThat(attr(server, "gen_ai.provider.name")).isEqualTo("oa");
        assertThat(Long.parseLong(attr(server, "gen_ai.usage.input_tokens"))).isPositive();
        assertThat(Long.parseLong(attr(server, "gen_ai.usage.output_tokens"))).isPositive();
        assertThat(attr(server, "http.response.status_code")).isEqualTo("200");
        assertThat(attr(server, "switchboard.attempts")).isEqualTo("1");
        assertThat(attr(server, "switchboard.failovers")).isEqualTo("0");
        assertThat(attr(server, "switchboard.stream")).isEqualTo("false");
        assertThat(attr(server, "switchboard.alias")).isNull();
        assertThat(attr(server, "error.type")).isNull();
        assertThat(server.getStatus().getCode()).isNotEqualTo(Status.StatusCode.STATUS_CODE_ERROR);
        // The trace id the other watchers (the access log) read is the span's.
        assertThat(traceIds.get(attr(server, "switchboard.request_id"))).isEqualTo(traceId(server));

        final List<Span> tries = collector.children(server);
        assertThat(tries).hasSize(1);
        assertTry(tries.get(0), server, "gpt-4o-mini", 1);
        assertThat(attr(tries.get(0), "error.type")).isNull();

        final List<String[]> sent = upstreamTraceparents();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0)).containsExactly(traceId(server), spanId(tries.get(0)));

        assertThat(collector.resources()).allSatisfy(r -> assertThat(attr(r.getAttributesList(), "service.name"))
                .isEqualTo("switchboard"));
    }

    @Test
    void aStreamIsTracedToItsEnd() throws Exception {
        final AggregatedHttpResponse res = gw.post("/v1/chat/completions",
                "{\"model\":\"oa/gpt-4o-mini\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        assertThat(res.contentUtf8()).contains("[DONE]");
        final Span server = serverSpanOf(res);

        assertThat(server.getName()).isEqualTo("chat oa/gpt-4o-mini");
        assertThat(attr(server, "switchboard.stream")).isEqualTo("true");
        assertThat(attr(server, "http.response.status_code")).isEqualTo("200");
        assertThat(attr(server, "switchboard.ttft_ms")).isNotNull();
        assertThat(server.getEndTimeUnixNano()).isGreaterThanOrEqualTo(server.getStartTimeUnixNano());
        final List<Span> tries = collector.children(server);
        assertThat(tries).hasSize(1);
        assertTry(tries.get(0), server, "gpt-4o-mini", 1);
        assertThat(tries.get(0).getEndTimeUnixNano()).isLessThanOrEqualTo(server.getEndTimeUnixNano());
        assertThat(upstreamTraceparents()).singleElement()
                                          .satisfies(tp -> assertThat(tp).containsExactly(traceId(server),
                                                                                          spanId(tries.get(0))));
    }

    @Test
    void aFailoverIsOneClientSpanPerTryWithTheFailedTriesErrors() throws Exception {
        final AggregatedHttpResponse res = gw.post("/v1/chat/completions",
                "{\"model\":\"t-failover\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        final Span server = serverSpanOf(res);

        assertThat(server.getName()).isEqualTo("chat t-failover");
        assertThat(attr(server, "gen_ai.request.model")).isEqualTo("t-failover");
        assertThat(attr(server, "gen_ai.response.model")).isEqualTo("gpt-4o-mini");
        assertThat(attr(server, "switchboard.alias")).isEqualTo("t-failover");
        assertThat(attr(server, "switchboard.attempts")).isEqualTo("4");
        assertThat(attr(server, "switchboard.failovers")).isEqualTo("1");
        assertThat(attr(server, "error.type")).isNull();

        // The alias's default retries the overloaded target (503) three times, then fails over.
        final List<Span> tries = collector.children(server);
        assertThat(tries).hasSize(4);
        for (int i = 0; i < 3; i++) {
            final Span failed = tries.get(i);
            assertTry(failed, server, "overloaded", i + 1);
            assertThat(attr(failed, "switchboard.alias")).isEqualTo("t-failover");
            assertThat(attr(failed, "error.type")).isEqualTo("UPSTREAM_UNAVAILABLE");
            assertThat(failed.getStatus().getCode()).isEqualTo(Status.StatusCode.STATUS_CODE_ERROR);
        }
        assertTry(tries.get(3), server, "gpt-4o-mini", 4);
        assertThat(attr(tries.get(3), "error.type")).isNull();
        assertThat(tries.get(3).getStatus().getCode()).isNotEqualTo(Status.StatusCode.STATUS_CODE_ERROR);

        // Each try's upstream request carries that try's span, the retries fired from a timer too.
        final List<String[]> sent = upstreamTraceparents();
        assertThat(sent).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(sent.get(i)).containsExactly(traceId(server), spanId(tries.get(i)));
        }
    }

    @Test
    void theClientsTraceparentIsTheRequestSpansParent() throws Exception {
        final String clientTrace = "0af7651916cd43dd8448eb211c80319c";
        final String clientSpan = "b7ad6b7169203331";
        final AggregatedHttpResponse res = gw.rest().execute(HttpRequest.of(
                RequestHeaders.builder(HttpMethod.POST, "/v1/chat/completions").contentType(MediaType.JSON_UTF_8)
                              .add("traceparent", "00-" + clientTrace + '-' + clientSpan + "-01").build(),
                HttpData.ofUtf8(CHAT))).aggregate().join();
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        final Span server = serverSpanOf(res);

        assertThat(traceId(server)).isEqualTo(clientTrace);
        assertThat(parentSpanId(server)).isEqualTo(clientSpan);
        final List<Span> tries = collector.children(server);
        assertThat(tries).hasSize(1);
        assertThat(upstreamTraceparents()).singleElement()
                                          .satisfies(tp -> assertThat(tp).containsExactly(clientTrace,
                                                                                          spanId(tries.get(0))));
    }

    @Test
    void aRequestRefusedBeforeRoutingStillHasItsSpan() throws Exception {
        final AggregatedHttpResponse res = WebClient.of(gw.baseUrl()).execute(
                RequestHeaders.of(HttpMethod.POST, "/v1/chat/completions", "content-type", MediaType.JSON_UTF_8,
                                  "authorization", "Bearer not-a-key-0000"), CHAT).aggregate().join();
        assertThat(res.status().code()).isEqualTo(401);
        final Span server = serverSpanOf(res);

        assertThat(server.getName()).startsWith("POST ");
        assertThat(attr(server, "http.response.status_code")).isEqualTo("401");
        assertThat(attr(server, "http.request.method")).isEqualTo("POST");
        assertThat(collector.children(server)).isEmpty();
        assertThat(upstream.drain()).isEmpty();
    }

    @Test
    void aRequestALimitRefusedHasItsSpanWithTheError() throws Exception {
        gw.createUser("t-limited", "member");
        final String key = createKey("t-limited");
        final String keyId = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(gw.as(key).get("/admin/v1/me").aggregate().join().contentUtf8()).get("key_id").asText();
        final AggregatedHttpResponse limit = gw.rest().execute(HttpRequest.of(
                RequestHeaders.builder(HttpMethod.PUT, "/admin/v1/limits/key/" + keyId)
                              .contentType(MediaType.JSON_UTF_8).build(),
                HttpData.ofUtf8("{\"requests_per_minute\":1}"))).aggregate().join();
        assertThat(limit.status().code()).as(limit.contentUtf8()).isEqualTo(200);
        assertThat(gw.post(key, "/v1/chat/completions", CHAT).status().code()).isEqualTo(200);
        upstream.drain();

        final AggregatedHttpResponse refused = gw.post(key, "/v1/chat/completions", CHAT);
        assertThat(refused.status().code()).isEqualTo(429);
        final Span server = serverSpanOf(refused);
        assertThat(attr(server, "error.type")).isEqualTo("RATE_LIMITED");
        assertThat(server.getStatus().getCode()).isEqualTo(Status.StatusCode.STATUS_CODE_ERROR);
        assertThat(attr(server, "http.response.status_code")).isEqualTo("429");
        assertThat(collector.children(server)).isEmpty();
        assertThat(upstream.drain()).isEmpty();
    }

    static String createKey(String user) {
        return gw.createKey(user, "");
    }

    @Test
    void aGrpcChatIsTracedAsAChatUnderTheClientsTraceparent() throws Exception {
        final String clientTrace = "5bf92f3577b34da6a3ce929d0e0e4736";
        final String clientSpan = "10f067aa0ba902b7";
        final Metadata sent = new Metadata();
        sent.put(Metadata.Key.of("traceparent", Metadata.ASCII_STRING_MARSHALLER),
                 "00-" + clientTrace + '-' + clientSpan + "-01");
        final AtomicReference<Metadata> headers = new AtomicReference<>();
        final ManagedChannel channel = gw.channel();
        try {
            InferenceGrpc.newBlockingStub(channel)
                         .withCallCredentials(TestGateway.bearer(TestGateway.ADMIN_KEY))
                         .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(sent),
                                           MetadataUtils.newCaptureMetadataInterceptor(headers, new AtomicReference<>()))
                         .createChatCompletion(ChatCompletionRequest.newBuilder().setModel("oa/gpt-4o-mini").addMessages(
                                 Message.newBuilder().setRole(Role.ROLE_USER)
                                        .addContent(ContentPart.newBuilder().setText("hi"))).build());
        } finally {
            TestGateway.shutdown(channel);
        }
        final Span server = serverSpanOf(headers.get().get(
                Metadata.Key.of("x-switchboard-request-id", Metadata.ASCII_STRING_MARSHALLER)));

        assertThat(server.getName()).isEqualTo("chat oa/gpt-4o-mini");
        assertThat(traceId(server)).isEqualTo(clientTrace);
        assertThat(parentSpanId(server)).isEqualTo(clientSpan);
        final List<Span> tries = collector.children(server);
        assertThat(tries).hasSize(1);
        assertTry(tries.get(0), server, "gpt-4o-mini", 1);
        assertThat(upstreamTraceparents()).singleElement()
                                          .satisfies(tp -> assertThat(tp).containsExactly(clientTrace,
                                                                                          spanId(tries.get(0))));
    }

    @Test
    void embeddingsAreTracedAsTheEmbeddingsOperation() throws Exception {
        final AggregatedHttpResponse res = gw.post("/v1/embeddings",
                "{\"model\":\"oa/text-embedding-3-small\",\"input\":\"hello\"}");
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        final Span server = serverSpanOf(res);

        assertThat(server.getName()).isEqualTo("embeddings oa/text-embedding-3-small");
        assertThat(attr(server, "gen_ai.operation.name")).isEqualTo("embeddings");
        final List<Span> tries = collector.children(server);
        assertThat(tries).singleElement().satisfies(t -> {
            assertThat(t.getName()).isEqualTo("embeddings text-embedding-3-small");
            assertThat(attr(t, "gen_ai.operation.name")).isEqualTo("embeddings");
        });
        assertThat(upstreamTraceparents()).singleElement()
                                          .satisfies(tp -> assertThat(tp).containsExactly(traceId(server),
                                                                                          spanId(tries.get(0))));
    }
}
