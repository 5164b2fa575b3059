package dev.switchboard.server.observe;

import java.util.Locale;
import java.util.Map;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.crypto.Secret;

/**
 * What the gateway tells operators' tools: Prometheus metrics, OpenTelemetry traces, the access log.
 *
 * @param metrics whether {@code /metrics} is served and requests are measured ({@code --metrics on|off})
 * @param metricsPort a separate management port for {@code /metrics} (bound to {@code metricsHost},
 *                    loopback by default, no credential asked), or null to serve it on the main
 *                    port behind a viewer credential or the scrape token
 * @param metricsHost the address the management port binds
 * @param metricsToken a bearer token that may read {@code /metrics} on the main port, from
 *                     SWITCHBOARD_METRICS_TOKEN only (never the command line), or null
 * @param accessLog where the JSON access log goes: {@code stdout}, {@code off}, or a file path
 * @param logBodies whether the access log carries the request and answer bodies (redacted)
 * @param otlpEndpoint the OTLP/gRPC collector traces are exported to, or null for no traces
 *                     ({@code --otlp-endpoint}, else OTEL_EXPORTER_OTLP_ENDPOINT)
 * @param traceSampleRatio the share of requests traced when no parent decided (0..1)
 */
public record TelemetrySettings(boolean metrics, @Nullable Integer metricsPort, String metricsHost,
                                @Nullable String metricsToken, String accessLog, boolean logBodies,
                                @Nullable String otlpEndpoint, double traceSampleRatio) {
    public static final String STDOUT = "stdout";
    public static final String OFF = "off";

    public TelemetrySettings {
        if (metricsPort != null && (metricsPort < 0 || metricsPort > 65535)) {
            throw new IllegalArgumentException("--metrics-port: " + metricsPort + " (expected: 0-65535)");
        }
        if (accessLog.isBlank()) {
            throw new IllegalArgumentException("--access-log: must not be blank (stdout, off or a file)");
        }
        if (!(traceSampleRatio >= 0 && traceSampleRatio <= 1)) {
            throw new IllegalArgumentException("--trace-sample-ratio: " + traceSampleRatio + " (expected: 0 to 1)");
        }
        if (metricsToken != null && metricsToken.isEmpty()) {
            metricsToken = null;
        }
        if (otlpEndpoint != null && otlpEndpoint.isBlank()) {
            otlpEndpoint = null;
        }
    }

    /** Metrics on the main port, the access log on stdout, no traces unless the environment names a collector. */
    public static TelemetrySettings defaults(Map<String, String> env) {
        return new TelemetrySettings(true, null, "127.0.0.1", env.get("SWITCHBOARD_METRICS_TOKEN"), STDOUT, false,
                                     env.get("OTEL_EXPORTER_OTLP_ENDPOINT"), 1.0);
    }

    public TelemetrySettings withMetrics(boolean metrics) {
        return new TelemetrySettings(metrics, metricsPort, metricsHost, metricsToken, accessLog, logBodies,
                                     otlpEndpoint, traceSampleRatio);
    }

    public TelemetrySettings withMetricsPort(@Nullable Integer metricsPort) {
        return new TelemetrySettings(metrics, metricsPort, metricsHost, metricsToken, accessLog, logBodies,
                                     otlpEndpoint, traceSampleRatio);
    }

    public TelemetrySettings withMetricsHost(String metricsHost) {
        return new TelemetrySettings(metrics, metricsPort, metricsHost, metricsToken, accessLog, logBodies,
                                     otlpEndpoint, traceSampleRatio);
    }

    public TelemetrySettings withMetricsToken(@Nullable String metricsToken) {
        return new TelemetrySettings(metrics, metricsPort, metricsHost, metricsToken, accessLog, logBodies,
                                     otlpEndpoint, traceSampleRatio);
    }

    public TelemetrySettings withAccessLog(String accessLog) {
        return new TelemetrySettings(metrics, metricsPort, metricsHost, metricsToken, accessLog, logBodies,
                                     otlpEndpoint, traceSampleRatio);
    }

    public TelemetrySettings withLogBodies(boolean logBodies) {
        return new TelemetrySettings(metrics, metricsPort, metricsHost, metricsToken, accessLog, logBodies,
                                     otlpEndpoint, traceSampleRatio);
    }

    public TelemetrySettings withOtlpEndpoint(@Nullable String otlpEndpoint) {
        return new TelemetrySettings(metrics, metricsPort, metricsHost, metricsToken, accessLog, logBodies,
                                     otlpEndpoint, traceSampleRatio);
    }

    public TelemetrySettings withTraceSampleRatio(double traceSampleRatio) {
        return new TelemetrySettings(metrics, metricsPort, metricsHost, metricsToken, accessLog, logBodies,
                                     otlpEndpoint, traceSampleRatio);
    }

    /** Parses {@code on} / {@code off}. */
    public static boolean onOff(String name, String value) {
        switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "on": return true;
            case "off": return false;
            default: throw new IllegalArgumentException(name + ": '" + value + "' (expected: on or off)");
        }
    }

    /** The token masked: a config printed or logged must not show it. */
    @Override
    public String toString() {
        return "TelemetrySettings[metrics=" + metrics + ", metricsPort=" + metricsPort + ", metricsHost=" + metricsHost
               + ", metricsToken=" + (metricsToken == null ? "null" : Secret.of(metricsToken).masked())
               + ", accessLog=" + accessLog + ", logBodies=" + logBodies + ", otlpEndpoint=" + otlpEndpoint
               + ", traceSampleRatio=" + traceSampleRatio + ']';
    }
}
