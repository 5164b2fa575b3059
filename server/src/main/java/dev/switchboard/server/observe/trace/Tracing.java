package dev.switchboard.server.observe.trace;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.switchboard.server.observe.Watcher;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.MeterProvider;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.common.ComponentLoader;
import io.opentelemetry.exporter.otlp.trace.OtlpGrpcSpanExporter;
import io.opentelemetry.sdk.common.export.GrpcSenderProvider;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;

/**
 * OpenTelemetry traces, on when a collector is named: an SDK of the gateway's own (never the
 * global one: a JVM may run several gateways), sampling by trace id unless the client's
 * {@code traceparent} decided, batching spans off the event loop into a bounded queue and
 * exporting them over OTLP/gRPC. Its {@link #watcher()} traces every request.
 */
public final class Tracing implements AutoCloseable {
    /** How often a batch leaves when fewer than a full batch wait (the SDK's default). */
    static final Duration SCHEDULE_DELAY = Duration.ofSeconds(5);
    /** Spans waiting to be exported at most; more are dropped, never waited for. */
    static final int MAX_QUEUE = 2048;
    private static final Duration EXPORT_TIMEOUT = Duration.ofSeconds(10);
    private static final String INSTRUMENTATION = "dev.switchboard.server";

    private final SdkTracerProvider provider;
    private final Tracer tracer;

    /**
     * @param endpoint the collector's OTLP/gRPC address, {@code http://host:port} or {@code https://...}
     * @param sampleRatio the share of requests traced when no sampled parent decided
     */
    public Tracing(String endpoint, double sampleRatio) {
        if (!endpoint.startsWith("http://") && !endpoint.startsWith("https://")) {
            throw new IllegalArgumentException("--otlp-endpoint: " + endpoint
                                               + " (expected: http://host:port or https://host:port)");
        }
        final OtlpGrpcSpanExporter exporter = OtlpGrpcSpanExporter.builder()
                                                                  .setEndpoint(endpoint)
                                                                  .setTimeout(EXPORT_TIMEOUT)
                                                                  .setRetryPolicy(null)
                                                                  .setComponentLoader(new ArmeriaSender())
                                                                  .setMeterProvider(MeterProvider::noop)
                                                                  .build();
        provider = SdkTracerProvider.builder()
                                    .setResource(resource())
                                    .setSampler(Sampler.parentBased(Sampler.traceIdRatioBased(sampleRatio)))
                                    .addSpanProcessor(BatchSpanProcessor.builder(exporter)
                                                                        .setScheduleDelay(SCHEDULE_DELAY)
                                                                        .setMaxQueueSize(MAX_QUEUE)
                                                                        .setMeterProvider(MeterProvider::noop)
                                                                        .build())
                                    .build();
        tracer = provider.get(INSTRUMENTATION);
    }

    /** Traces every request it is shown. */
    public Watcher watcher() {
        final SpanNames names = new SpanNames();
        return (ctx, requestId) -> new TracedRequest(tracer, names, ctx, requestId);
    }

    /** Exports the spans that ended, now, and waits for the collector (a bounded time). */
    public void flush() {
        provider.forceFlush().join(EXPORT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Exports what is queued, then stops. */
    @Override
    public void close() {
        provider.shutdown().join(EXPORT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    private static Resource resource() {
        final AttributesBuilder b = Attributes.builder().put(AttributeKey.stringKey("service.name"), "switchboard");
        final String version = Tracing.class.getPackage().getImplementationVersion();
        if (version != null) {
            b.put(AttributeKey.stringKey("service.version"), version);
        }
        return Resource.getDefault().merge(Resource.create(b.build()));
    }

    /** Gives the exporter the Armeria sender; anything else it looks for, from the class path. */
    private static final class ArmeriaSender implements ComponentLoader {
        private final ComponentLoader classPath = ComponentLoader.forClassLoader(Tracing.class.getClassLoader());

        @Override
        @SuppressWarnings("unchecked")
        public <T> Iterable<T> load(Class<T> type) {
            if (type == GrpcSenderProvider.class) {
                return List.of((T) (GrpcSenderProvider) ArmeriaGrpcSender::new);
            }
            return classPath.load(type);
        }
    }
}
