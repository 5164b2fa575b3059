package dev.switchboard.server.observe;

import com.linecorp.armeria.server.ServerBuilder;

/**
 * The gateway's telemetry, as configured: the watchers every request is shown to (metrics,
 * traces, the access log), the routes they serve, and what they hold open. {@code Gateway} makes
 * one, puts it on the server and closes it.
 */
public final class Observability implements AutoCloseable {
    private final TelemetrySettings settings;
    private final Telemetry telemetry = new Telemetry();

    public Observability(TelemetrySettings settings) {
        this.settings = settings;
    }

    public TelemetrySettings settings() {
        return settings;
    }

    /** Puts the telemetry decorator in front of every service (added last: outermost, it sees refusals too). */
    public void configure(ServerBuilder sb) {
        sb.decorator(telemetry);
    }

    /** Shows every later request to {@code watcher} as well (tests watch the core's reports this way). */
    public void add(Watcher watcher) {
        telemetry.add(watcher);
    }

    @Override
    public void close() {}
}
