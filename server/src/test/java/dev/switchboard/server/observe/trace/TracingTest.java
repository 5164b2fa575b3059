package dev.switchboard.server.observe.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.RequestHeaders;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.common.logging.RequestLog;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.observe.RequestWatch;
import dev.switchboard.server.observe.Telemetry;
import dev.switchboard.server.usage.Ingress;
import dev.switchboard.server.usage.Tokens;
import dev.switchboard.server.usage.UsageRecord;

import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.collector.trace.v1.TraceServiceGrpc;
import io.opentelemetry.proto.trace.v1.Span;

/** The tracer on its own: its endpoint checked at start, its exports to a grpc-java collector, a dead collector. */
class TracingTest {

    @Test
    void refusesAnEndpointThatIsNotAUrl() {
        assertThatThrownBy(() -> new Tracing("localhost:4317", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--otlp-endpoint: localhost:4317");
    }

    @Test
    void exportsToAGrpcJavaCollectorAndSendsTheTrysSpanOnlyInsideTheTry() throws Exception {
        final List<ExportTraceServiceRequest> got = new CopyOnWriteArrayList<>();
        final Server collector = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                .addService(new TraceServiceGrpc.TraceServiceImplBase() {
                    @Override
                    public void export(ExportTraceServiceRequest req, StreamObserver<ExportTraceServiceResponse> out) {
                        got.add(req);
                        out.onNext(ExportTraceServiceResponse.getDefaultInstance());
                        out.onCompleted();
                    }
                }).build().start();
        try (Tracing tracing = new Tracing("http://127.0.0.1:" + collector.getPort(), 1)) {
            final ServiceRequestContext ctx = ServiceRequestContext.of(HttpRequest.of(HttpMethod.POST,
                                                                                      "/v1/chat/completions"));
            final RequestHeaders upstream = RequestHeaders.of(HttpMethod.POST, "/v1/chat/completions");
            final RequestWatch watch = tracing.watcher().watch(ctx, "req-1");
            watch.trying("oa", "gpt-4o-mini", null, 1);
            final RequestHeaders sent = watch.inTry(() -> TraceHeaders.withCurrentSpan(upstream));
            assertThat(TraceHeaders.withCurrentSpan(upstream)).isSameAs(upstream);
            watch.tryEnded(null);
            watch.completed(complete(ctx));
            // A routed request's span waits for its ledger row.
            tracing.flush();
            assertThat(got.stream().flatMap(e -> e.getResourceSpansList().stream())
                          .flatMap(rs -> rs.getScopeSpansList().stream())
                          .flatMap(ss -> ss.getSpansList().stream()))
                    .noneMatch(s -> s.getKind() == Span.SpanKind.SPAN_KIND_SERVER);
            watch.ended(new UsageRecord("req-1", System.currentTimeMillis(), null, null, null, null, null,
                                        Ingress.CHAT, "oa", "gpt-4o-mini", "oa/gpt-4o-mini", null, false, 200, null,
                                        new Tokens(12, 3, 0, 0, 0), null, null, 5, 4L, 1, 0, UsageRecord.REPORTED,
                                        false));

            final String traceId = ctx.attr(Telemetry.TRACE_ID);
            assertThat(sent.get("traceparent")).startsWith("00-" + traceId + '-');
            tracing.flush();
            final List<Span> spans = got.stream().flatMap(e -> e.getResourceSpansList().stream())
                                        .flatMap(rs -> rs.getScopeSpansList().stream())
                                        .flatMap(ss -> ss.getSpansList().stream()).toList();
            assertThat(spans).extracting(Span::getKind)
                             .containsExactlyInAnyOrder(Span.SpanKind.SPAN_KIND_CLIENT, Span.SpanKind.SPAN_KIND_SERVER);
            assertThat(spans).allSatisfy(s -> assertThat(OtlpReceiver.traceId(s)).isEqualTo(traceId));
            final Span client = spans.stream().filter(s -> s.getKind() == Span.SpanKind.SPAN_KIND_CLIENT)
                                     .findFirst().orElseThrow();
            assertThat(sent.get("traceparent")).contains('-' + OtlpReceiver.spanId(client) + '-');
            final Span server = spans.stream().filter(s -> s.getKind() == Span.SpanKind.SPAN_KIND_SERVER)
                                     .findFirst().orElseThrow();
            assertThat(server.getName()).isEqualTo("chat oa/gpt-4o-mini");
            assertThat(OtlpReceiver.attr(server, "gen_ai.usage.input_tokens")).isEqualTo("12");
            assertThat(OtlpReceiver.attr(server, "gen_ai.usage.output_tokens")).isEqualTo("3");
        } finally {
            collector.shutdownNow();
        }
    }

    @Test
    void aDeadCollectorNeitherFailsRequestsNorHoldsTheShutdown() throws Exception {
        final int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        assertTimeoutPreemptively(Duration.ofSeconds(15), () -> {
            final Tracing tracing = new Tracing("http://127.0.0.1:" + closedPort, 1);
            final ServiceRequestContext ctx = ServiceRequestContext.of(HttpRequest.of(HttpMethod.GET, "/v1/models"));
            final RequestWatch watch = tracing.watcher().watch(ctx, "req-2");
            watch.completed(complete(ctx));
            assertThat(ctx.attr(Telemetry.TRACE_ID)).matches("[0-9a-f]{32}");
            tracing.flush();
            tracing.close();
        });
    }

    @Test
    void grpcTimeoutsFitTheHeadersEightDigits() {
        assertThat(ArmeriaGrpcSender.timeout(Duration.ofSeconds(10))).isEqualTo("10000m");
        assertThat(ArmeriaGrpcSender.timeout(Duration.ZERO)).isEqualTo("1m");
        assertThat(ArmeriaGrpcSender.timeout(Duration.ofDays(400))).isEqualTo("34560000S");
    }

    private static RequestLog complete(ServiceRequestContext ctx) {
        ctx.logBuilder().endRequest();
        ctx.logBuilder().responseHeaders(ResponseHeaders.of(200));
        ctx.logBuilder().endResponse();
        return ctx.log().whenComplete().join();
    }
}
