package dev.switchboard.server.observe.trace;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import com.linecorp.armeria.server.Server;
import com.linecorp.armeria.server.grpc.GrpcService;

import io.grpc.stub.StreamObserver;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.collector.trace.v1.TraceServiceGrpc;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;

/**
 * A loopback OpenTelemetry collector: the OTLP/gRPC {@code TraceService} on an Armeria server,
 * keeping every export it receives.
 */
final class OtlpReceiver implements AutoCloseable {
    private final List<ExportTraceServiceRequest> exports = new CopyOnWriteArrayList<>();
    private final Server server;

    OtlpReceiver() {
        server = Server.builder()
                       .http(new InetSocketAddress("127.0.0.1", 0))
                       .gracefulShutdownTimeout(Duration.ZERO, Duration.ZERO)
                       .service(GrpcService.builder().addService(new TraceServiceGrpc.TraceServiceImplBase() {
                           @Override
                           public void export(ExportTraceServiceRequest req,
                                              StreamObserver<ExportTraceServiceResponse> out) {
                               exports.add(req);
                               out.onNext(ExportTraceServiceResponse.getDefaultInstance());
                               out.onCompleted();
                           }
                       }).build())
                       .build();
        server.start().join();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.activeLocalPort();
    }

    List<ExportTraceServiceRequest> exports() {
        return exports;
    }

    List<Span> spans() {
        final List<Span> out = new ArrayList<>();
        for (ExportTraceServiceRequest e : exports) {
            for (ResourceSpans rs : e.getResourceSpansList()) {
                for (ScopeSpans ss : rs.getScopeSpansList()) {
                    out.addAll(ss.getSpansList());
                }
            }
        }
        return out;
    }

    List<Resource> resources() {
        return exports.stream().flatMap(e -> e.getResourceSpansList().stream()).map(ResourceSpans::getResource)
                      .toList();
    }

    Optional<Span> find(Predicate<Span> which) {
        return spans().stream().filter(which).findFirst();
    }

    /** The children of {@code parent}, in the order they started. */
    List<Span> children(Span parent) {
        return spans().stream()
                      .filter(s -> s.getTraceId().equals(parent.getTraceId())
                                   && s.getParentSpanId().equals(parent.getSpanId()))
                      .sorted((a, b) -> Long.compare(a.getStartTimeUnixNano(), b.getStartTimeUnixNano()))
                      .toList();
    }

    /** An attribute's value as text, or null. */
    static String attr(Span span, String key) {
        return attr(span.getAttributesList(), key);
    }

    static String attr(List<KeyValue> attributes, String key) {
        for (KeyValue kv : attributes) {
            if (kv.getKey().equals(key)) {
                final AnyValue v = kv.getValue();
                switch (v.getValueCase()) {
                    case STRING_VALUE: return v.getStringValue();
                    case INT_VALUE: return Long.toString(v.getIntValue());
                    case BOOL_VALUE: return Boolean.toString(v.getBoolValue());
                    case DOUBLE_VALUE: return Double.toString(v.getDoubleValue());
                    default: return v.toString();
                }
            }
        }
        return null;
    }

    static String traceId(Span span) {
        return HexFormat.of().formatHex(span.getTraceId().toByteArray());
    }

    static String spanId(Span span) {
        return HexFormat.of().formatHex(span.getSpanId().toByteArray());
    }

    static String parentSpanId(Span span) {
        return HexFormat.of().formatHex(span.getParentSpanId().toByteArray());
    }

    @Override
    public void close() {
        server.stop();
    }
}
