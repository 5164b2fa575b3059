package dev.switchboard.server.observe;

import java.util.List;
import java.util.function.Supplier;

import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.server.ServerBuilder;
import com.linecorp.armeria.server.logging.ContentPreviewingService;

import dev.switchboard.server.observe.log.AccessLog;
import dev.switchboard.server.upstream.Redactor;

/**
 * The gateway's telemetry, as configured: the watchers every request is shown to (metrics,
 * traces, the access log), the routes they serve, and what they hold open. {@code Gateway} makes
 * one, puts it on the server and closes it.
 */
public final class Observability implements AutoCloseable {
    private final TelemetrySettings settings;
    private final Telemetry telemetry = new Telemetry();
    @Nullable
    private final AccessLog accessLog;
    /** The providers' redactors (their keys and secret headers), for bodies in the access log. */
    private volatile Supplier<List<Redactor>> knownSecrets = List::of;

    public Observability(TelemetrySettings settings) {
        this.settings = settings;
        accessLog = AccessLog.open(settings, this::redactBody);
        if (accessLog != null) {
            telemetry.add(accessLog);
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

    @Override
    public void close() {
        if (accessLog != null) {
            accessLog.close();
        }
    }
}
