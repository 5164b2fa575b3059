package dev.switchboard.server.observe.metrics;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.usage.Ingress;
import dev.switchboard.transcoder.error.ErrorKind;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

/**
 * The request meters, cached per label combination so a request looks its meters up once per try
 * (one map read) instead of building tags and asking the registry. Names pass {@link ModelLabels}
 * first: what the gateway does not know is one series, "other".
 */
final class GenAiMeters {
    /** LLM latencies: a cached answer in milliseconds to a long reasoning stream in minutes. */
    static final Duration[] LATENCY_BUCKETS = {
            Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
            Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20),
            Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120)};
    static final Duration[] INTER_TOKEN_BUCKETS = {
            Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofMillis(10),
            Duration.ofMillis(20), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500)};
    /** The GenAI conventions' advice for gen_ai.client.token.usage, up to a million. */
    static final double[] TOKEN_BUCKETS = {1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576};
    /** Raw names remembered for a one-read lookup; past this, names are labelled afresh each time. */
    private static final int MAX_NAMES = 10_000;

    /** A try's target as the request named it. */
    private record Names(Ingress ingress, boolean embeddings, String provider, String model, @Nullable String alias) {}

    /** The label values of one series family. */
    private record Labels(Ingress ingress, boolean embeddings, String provider, String requestModel,
                          String responseModel, String alias) {}

    /** A failover's counter: its kind, the failed try's provider and its error. */
    private record Failover(String name, String provider, String reason) {}

    private final MeterRegistry registry;
    private final ModelLabels labels;
    final LongAdder inFlight = new LongAdder();
    final LongAdder openStreams = new LongAdder();
    private final Map<Labels, TargetMeters> byLabels = new ConcurrentHashMap<>();
    private final Map<Names, TargetMeters> byNames = new ConcurrentHashMap<>();
    private final Map<Failover, Counter> failovers = new ConcurrentHashMap<>();
    private final AtomicReferenceArray<Counter> refusals =
            new AtomicReferenceArray<>(Ingress.values().length * ErrorKind.values().length);

    GenAiMeters(MeterRegistry registry, ModelLabels labels) {
        this.registry = registry;
        this.labels = labels;
        Gauge.builder(MetricNames.IN_FLIGHT, inFlight, LongAdder::sum)
             .description("Inference requests being served").register(registry);
        Gauge.builder(MetricNames.OPEN_STREAMS, openStreams, LongAdder::sum)
             .description("Streamed answers open to clients").register(registry);
    }

    static Timer.Builder latency(String name, String description, Tags tags) {
        return Timer.builder(name).description(description).tags(tags).serviceLevelObjectives(LATENCY_BUCKETS);
    }

    /** The meters of a try's target. */
    TargetMeters target(Ingress ingress, boolean embeddings, String provider, String model, @Nullable String alias) {
        final Names names = new Names(ingress, embeddings, provider, model, alias);
        final TargetMeters known = byNames.get(names);
        if (known != null) {
            return known;
        }
        final String p = labels.provider(provider);
        final String m = labels.model(provider, model);
        final String a = labels.alias(alias);
        final TargetMeters meters = byLabels.computeIfAbsent(
                new Labels(ingress, embeddings, p, ModelLabels.NONE.equals(a) ? m : a, m, a), this::make);
        // Only names known in full are remembered: an unknown one may become known (its list arrives).
        if (!ModelLabels.OTHER.equals(p) && !ModelLabels.OTHER.equals(m) && !ModelLabels.OTHER.equals(a)
            && byNames.size() < MAX_NAMES) {
            byNames.put(names, meters);
        }
        return meters;
    }

    /** The meters of a request no target was tried for (its model could not be routed). */
    TargetMeters unrouted(Ingress ingress, boolean embeddings, String requestedModel) {
        return byLabels.computeIfAbsent(new Labels(ingress, embeddings, ModelLabels.NONE,
                                                   labels.requested(requestedModel), ModelLabels.NONE,
                                                   ModelLabels.NONE), this::make);
    }

    /** A new try after a failed one: a retry, a fallback or a mid-stream continuation. */
    void failover(String name, String provider, @Nullable ErrorKind reason) {
        final Failover key = new Failover(name, labels.provider(provider),
                                          reason == null ? ModelLabels.NONE : Outcomes.wire(reason));
        failovers.computeIfAbsent(key, k -> Counter.builder(k.name()).description("New tries after a failed one")
                                                   .tag(MetricNames.PROVIDER, k.provider())
                                                   .tag(MetricNames.REASON, k.reason()).register(registry))
                 .increment();
    }

    /** A limit or budget refused a request before routing. */
    void refused(Ingress ingress, ErrorKind kind) {
        final int i = ingress.ordinal() * ErrorKind.values().length + kind.ordinal();
        Counter c = refusals.get(i);
        if (c == null) {
            c = Counter.builder(MetricNames.REFUSALS).description("Requests refused by a rate limit, budget or quota")
                       .tag(MetricNames.INGRESS, ingress.wire()).tag(MetricNames.ERROR_TYPE, Outcomes.wire(kind))
                       .register(registry);
            refusals.set(i, c);
        }
        c.increment();
    }

    private TargetMeters make(Labels l) {
        return new TargetMeters(registry, Tags.of(MetricNames.OPERATION, l.embeddings() ? "embeddings" : "chat",
                                                  MetricNames.INGRESS, l.ingress().wire(),
                                                  MetricNames.PROVIDER, l.provider(),
                                                  MetricNames.REQUEST_MODEL, l.requestModel(),
                                                  MetricNames.RESPONSE_MODEL, l.responseModel(),
                                                  MetricNames.ALIAS, l.alias()));
    }
}
