package dev.switchboard.server.observe.metrics;

import java.util.concurrent.TimeUnit;

import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.common.logging.RequestLog;

import dev.switchboard.server.observe.RequestWatch;
import dev.switchboard.server.usage.Ingress;
import dev.switchboard.server.usage.UsageRecord;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;

/**
 * One inference request's measurements. Told everything on the request's event loop, one call at
 * a time; {@link #streamed()} runs per event and allocates nothing.
 */
final class MetricsWatch implements RequestWatch {
    private final GenAiMeters meters;
    private final Ingress ingress;
    private final boolean embeddings;
    private final long start = System.nanoTime();
    @Nullable
    private TargetMeters target;
    @Nullable
    private String provider;
    @Nullable
    private String model;
    @Nullable
    private ErrorKind lastError;
    private long firstTokenNanos;
    private long lastEventNanos;
    private boolean streamOpen;
    private boolean done;

    MetricsWatch(GenAiMeters meters, Ingress ingress, boolean embeddings) {
        this.meters = meters;
        this.ingress = ingress;
        this.embeddings = embeddings;
        meters.inFlight.increment();
    }

    @Override
    public void refused(GatewayException e) {
        meters.refused(ingress, e.kind());
    }

    @Override
    public void trying(String provider, String model, @Nullable String alias, int attempt) {
        if (attempt > 1 && this.provider != null) {
            final String name = firstTokenNanos != 0 ? MetricNames.CONTINUATIONS
                                : this.provider.equals(provider) && model.equals(this.model) ? MetricNames.RETRIES
                                : MetricNames.FALLBACKS;
            meters.failover(name, this.provider, lastError);
        }
        target = meters.target(ingress, embeddings, provider, model, alias);
        this.provider = provider;
        this.model = model;
        lastError = null;
    }

    @Override
    public void tryEnded(@Nullable GatewayException error) {
        lastError = error == null ? null : error.kind();
    }

    @Override
    public void firstToken() {
        firstTokenNanos = System.nanoTime();
    }

    @Override
    public void streamed() {
        final long now = System.nanoTime();
        if (!streamOpen) {
            streamOpen = true;
            meters.openStreams.increment();
        } else if (target != null) {
            target.stream().interToken().record(now - lastEventNanos, TimeUnit.NANOSECONDS);
        }
        lastEventNanos = now;
    }

    @Override
    public void ended(UsageRecord record) {
        final long now = System.nanoTime();
        final TargetMeters t = record.provider() == null || record.model() == null
                               ? meters.unrouted(ingress, embeddings, record.requestedModel())
                               : target != null && record.provider().equals(provider) && record.model().equals(model)
                                 ? target
                                 : meters.target(ingress, embeddings, record.provider(), record.model(), record.alias());
        final int outcome = Outcomes.of(record.errorKind());
        t.duration(outcome).record(now - start, TimeUnit.NANOSECONDS);
        if (record.stream() && firstTokenNanos != 0) {
            final TargetMeters.StreamMeters stream = t.stream();
            stream.ttft().record(firstTokenNanos - start, TimeUnit.NANOSECONDS);
            final long output = record.tokens().completion();
            if (outcome == Outcomes.OK && output > 1) {
                stream.timePerOutputToken().record((now - firstTokenNanos) / (output - 1), TimeUnit.NANOSECONDS);
            }
        }
        if (!"none".equals(record.usageSource())) {
            t.tokens(record.tokens());
        }
        if (record.costNanos() != null) {
            t.cost(record.costNanos());
        }
        closeStream();
    }

    @Override
    public void completed(RequestLog log) {
        closeStream();
        if (!done) {
            done = true;
            meters.inFlight.decrement();
        }
    }

    private void closeStream() {
        if (streamOpen) {
            streamOpen = false;
            meters.openStreams.decrement();
        }
    }
}
