package dev.switchboard.server.observe;

import java.util.List;
import java.util.function.Supplier;

import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.server.ServerBuilder;
import com.linecorp.armeria.server.logging.ContentPreviewingService;

import dev.switchboard.server.observe.log.AccessLog;
import dev.switchboard.server.observe.metrics.Metrics;
import dev.switchboard.server.observe.metrics.Sources;
import dev.switchboard.server.observe.trace.Tracing;
import dev.switchboard.server.upstream.Redactor;

/**
 * The gateway's telemetry, as configured: the watchers every request is shown to (metrics,
 * traces, the access log), the routes they serve, and what they hold open. {@code Gateway} makes
 * one, puts it on the server and closes it.
 */
public final class Observability implements AutoCloseable {
    private final TelemetrySettings settings;
    private final Telemetry telemetry = new Telemetry();
    /** Traces, when a collector is named; first of the watchers, so the trace id is set for the others. */
    @Nullable
    private final Tracing tracing;
    /** Null with {@code --access-log off}. */
    @Nullable
    private final AccessLog accessLog;
    /** Null with {@code --metrics off}: no /metrics, no watcher, no per-request work. */
    @Nullable
    private final Metrics metrics;
    /** The providers' redactors (their keys and secret headers), for bodies in the access log. */
    private volatile Supplier<List<Redactor>> knownSecrets = List::of;

    public Observability(TelemetrySettings settings) {
        this.settings = settings;
        tracing = settings.otlpEndpoint() == null ? null
                                                  : new Tracing(settings.otlpEndpoint(), settings.traceSampleRatio());
        if (tracing != null) {
            add(tracing.watcher());
        }
        accessLog = AccessLog.open(settings, this::redactBody);
        if (accessLog != null) {
            add(accessLog);
        }
        metrics = settings.metrics() ? new Metrics(settings) : null;
    }

    /** The metrics, or null when they are off. */
    @Nullable
    public Metrics metrics() {
        return metrics;
    }

    /** Starts measuring the gateway's requests and state (called once its parts exist). */
    public void observe(Sources sources) {
        if (metrics != null) {
            add(metrics.watcher(sources));
        }
    }

    /** Where bodies in the access log learn the providers' secrets, to mask them. */
    public void knownSecrets(Supplier<List<Redactor>> redactors) {
        knownSecrets = redactors;
    }

    private String redactBody(String body) {
        String out = body;
        for (Redactor r : knownSecrets.get()) {
            out = r.redact(out);
        }
        return Redactor.credentials(out);
    }

    public TelemetrySettings settings() {
        return settings;
    }

    /** Puts the telemetry decorator in front of every service (added last: outermost, it sees refusals too). */
    public void configure(ServerBuilder sb) {
        if (metrics != null) {
            metrics.configure(sb);
        }
        if (accessLog != null && settings.logBodies()) {
            // Only the inference API's bodies: prompts and answers, never admin or token bodies.
            sb.decoratorUnder("/v1/", ContentPreviewingService.newDecorator(AccessLog.BODY_CAP));
        }
        sb.decorator(telemetry);
    }

    /** Shows every later request to {@code watcher} as well (tests watch the core's reports this way). */
    public void add(Watcher watcher) {
        telemetry.add(watcher);
    }

    /** Sends what is buffered (the spans that ended) now: tests read the collector after it. */
    public void flush() {
        if (tracing != null) {
            tracing.flush();
        }
    }

    @Override
    public void close() {
        if (tracing != null) {
            tracing.close();
        }
        if (metrics != null) {
            metrics.close();
        }
        if (accessLog != null) {
            accessLog.close();
        }
    }
}
