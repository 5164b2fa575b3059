package dev.switchboard.server.observe.trace;

import static dev.switchboard.server.observe.trace.OtlpReceiver.attr;
import static dev.switchboard.server.observe.trace.OtlpReceiver.parentSpanId;
import static dev.switchboard.server.observe.trace.OtlpReceiver.traceId;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.RequestHeaders;
import com.linecorp.armeria.common.RequestHeadersBuilder;

import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.observe.RequestWatch;
import dev.switchboard.server.observe.Telemetry;
import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;

import io.opentelemetry.proto.trace.v1.Span;

/**
 * Tracing off (no collector named): nothing traced, no {@code traceparent} sent upstream, not even
 * the client's. Sampling ratio 0: requests work and keep their trace id, the providers still get
 * the (unsampled) trace context, nothing is exported, unless the client's parent was sampled.
 */
class TracesOffOrSampledOutE2ETest {
    static final String KEY = "sk-traces-off-77d2";
    static final String CHAT = "{\"model\":\"oa/gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
    static final String CLIENT_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String CLIENT_SPAN = "00f067aa0ba902b7";
    @TempDir
    static Path offDir;
    @TempDir
    static Path zeroDir;
    static OtlpReceiver collector;
    static FakeUpstream upstream;
    static TestGateway off;
    static TestGateway zero;
    static final Map<String, String> traceIds = new ConcurrentHashMap<>();

    @BeforeAll
    static void start() {
        collector = new OtlpReceiver();
        upstream = new FakeUpstream(KEY);
        off = TestGateway.start(offDir);
        final ServerConfig config = TestGateway.config(zeroDir);
        zero = TestGateway.start(config.withTelemetry(config.telemetry().withOtlpEndpoint(collector.endpoint())
                                                            .withTraceSampleRatio(0)));
        for (TestGateway gw : List.of(off, zero)) {
            gw.addProvider("oa", upstream.baseUrl(), KEY);
            gw.gateway().observability().add((ctx, requestId) -> {
                traceIds.put(requestId, String.valueOf(ctx.attr(Telemetry.TRACE_ID)));
                return RequestWatch.NONE;
            });
        }
    }

    @AfterAll
    static void stop() {
        off.close();
        zero.close();
        upstream.close();
        collector.close();
    }

    static AggregatedHttpResponse chat(TestGateway gw, boolean withClientTraceparent) {
        final RequestHeadersBuilder h = RequestHeaders.builder(HttpMethod.POST, "/v1/chat/completions")
                                                       .contentType(MediaType.JSON_UTF_8);
        if (withClientTraceparent) {
            h.add("traceparent", "00-" + CLIENT_TRACE + '-' + CLIENT_SPAN + "-01");
        }
        final AggregatedHttpResponse res = gw.rest().execute(HttpRequest.of(h.build(), HttpData.ofUtf8(CHAT)))
                                             .aggregate().join();
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        return res;
    }

    @Test
    void withTracingOffNoTraceparentGoesUpstreamNotEvenTheClients() throws Exception {
        upstream.drain();
        final AggregatedHttpResponse plain = chat(off, false);
        final AggregatedHttpResponse withParent = chat(off, true);
        final List<FakeUpstream.Seen> seen = upstream.drain();
        assertThat(seen).hasSize(2);
        assertThat(seen).allSatisfy(s -> {
            assertThat(s.headers().contains("traceparent")).isFalse();
            assertThat(s.headers().contains("tracestate")).isFalse();
        });
        assertThat(traceIds.get(plain.headers().get("x-switchboard-request-id"))).isEqualTo("null");
        assertThat(traceIds.get(withParent.headers().get("x-switchboard-request-id"))).isEqualTo("null");
    }

    @Test
    void atRatioZeroRequestsWorkKeepTheirTraceIdAndNothingIsExported() throws Exception {
        upstream.drain();
        final AggregatedHttpResponse res = chat(zero, false);
        final String traceId = traceIds.get(res.headers().get("x-switchboard-request-id"));
        assertThat(traceId).matches("[0-9a-f]{32}").isNotEqualTo("0".repeat(32));
        // The provider still hears the trace, marked not sampled.
        final String tp = upstream.take().headers().get("traceparent");
        assertThat(tp).startsWith("00-" + traceId + '-');
        assertThat(Integer.parseInt(tp.substring(53), 16) & 1).isZero();

        zero.gateway().observability().flush();
        Thread.sleep(200);
        zero.gateway().observability().flush();
        assertThat(collector.spans()).noneMatch(s -> traceId(s).equals(traceId));
    }

    @Test
    void atRatioZeroASampledClientParentIsStillTraced() throws Exception {
        upstream.drain();
        final AggregatedHttpResponse res = chat(zero, true);
        final String id = res.headers().get("x-switchboard-request-id");
        Span server = null;
        for (int i = 0; i < 200 && server == null; i++) {
            zero.gateway().observability().flush();
            server = collector.find(s -> id.equals(attr(s, "switchboard.request_id"))).orElse(null);
            Thread.sleep(server == null ? 20 : 0);
        }
        assertThat(server).as("the span of a request whose client sampled its trace").isNotNull();
        assertThat(traceId(server)).isEqualTo(CLIENT_TRACE);
        assertThat(parentSpanId(server)).isEqualTo(CLIENT_SPAN);
        assertThat(collector.children(server)).hasSize(1);
        assertThat(upstream.take().headers().get("traceparent")).startsWith("00-" + CLIENT_TRACE + '-');
    }
}
