package dev.switchboard.server;

import java.nio.file.Path;
import java.util.Map;

import dev.switchboard.server.auth.AdminKey;
import dev.switchboard.server.oauth.TokenSettings;
import dev.switchboard.server.observe.TelemetrySettings;
import dev.switchboard.server.usage.ledger.LedgerSettings;

/** Parses {@code serve [options]} and {@code --help}. */
final class Cli {
    static final String USAGE = String.join("\n",
            "Usage: java -jar switchboard.jar serve [options]",
            "",
            "Starts the Switchboard gateway: gRPC, the OpenAI-compatible REST API, the admin API,",
            "the web console (/ui), docs (/docs) and health (/health) on one port.",
            "",
            "Options:",
            "  --port N                 port to listen on (default 8080; 0 picks a free one)",
            "  --host ADDR              address to bind (default 127.0.0.1)",
            "  --data-dir DIR           where the database, keyset and admin key live (default ./data)",
            "  --max-request-bytes N    largest request body accepted (default 33554432)",
            "  --responses-retention-days N",
            "                           how long stored responses (/v1/responses) are kept (default 30; 0 = until deleted)",
            "  --trusted-proxies CIDR[,CIDR...]",
            "                           proxies (load balancers) whose X-Forwarded-For / Forwarded headers",
            "                           name the client: its address then counts for failed-login limits",
            "                           and the audit log (default: none; the connection's address counts)",
            "  --admin-key off          turn the admin key off (once an admin user has an API key);",
            "                           the key itself is only ever read from SWITCHBOARD_ADMIN_KEY",
            "  --auth-failures-per-minute N",
            "                           failed authentications one address may make in a minute before",
            "                           its requests get 429 (default 20)",
            "  --tls-cert FILE          serve HTTPS and gRPC over TLS with this PEM certificate chain",
            "  --tls-key FILE           ... and this PEM private key (PKCS#8); both or neither. Both files",
            "                           are re-read when they change: a renewed certificate needs no restart",
            "  --public-url URL         the gateway's URL as clients see it: the issuer of its tokens",
            "                           (default http://<host>:<port>)",
            "  --access-token-ttl D     lifetime of issued access tokens (default 15m; s, m, h)",
            "  --refresh-token-ttl D    lifetime of refresh tokens (default 30d)",
            "  --time-zone ZONE         the zone whose calendar days daily usage and budgets count",
            "                           (default UTC; e.g. Europe/Paris)",
            "  --usage-flush-interval D how often the usage ledger is written (default 250ms; ms, s, m):",
            "                           the most a crash (kill -9) can lose",
            "  --usage-queue-size N     usage rows held while the database is slow (default 65536;",
            "                           beyond it rows are dropped, counted and logged)",
            "  --usage-retention-days N how long raw usage rows are kept (default 30; 0 = forever;",
            "                           hourly and daily totals are kept)",
            "  --usage on|off           meter requests: the ledger, rate limits, budgets and quotas",
            "                           (default on; off lets every request through unrecorded)",
            "  --metrics on|off         measure requests and serve Prometheus metrics at /metrics (default on)",
            "  --metrics-port N         serve /metrics on this separate port instead, without a credential,",
            "                           bound to --metrics-host (default: on the main port, readable with a",
            "                           viewer's credential or SWITCHBOARD_METRICS_TOKEN)",
            "  --metrics-host ADDR      address the metrics port binds (default 127.0.0.1)",
            "  --access-log WHERE       the JSON access log, one line per request: stdout (default), off,",
            "                           or a file path",
            "  --log-bodies on|off      put request and answer bodies (redacted) in the access log (default off)",
            "  --otlp-endpoint URL      export OpenTelemetry traces over OTLP/gRPC to this collector",
            "                           (default: OTEL_EXPORTER_OTLP_ENDPOINT; none: no traces)",
            "  --trace-sample-ratio R   share of requests traced, 0 to 1, when the client sent no sampled",
            "                           traceparent (default 1)",
            "  --ui-dir DIR             serve the web console (/ui) from this folder instead of the",
            "                           files built into the jar (for working on the console)",
            "  -h, --help               show this help",
            "",
            "Environment:",
            "  SWITCHBOARD_ADMIN_KEY    the admin key (else generated on first start and printed once);",
            "                           'off' turns it off once an admin user has an API key",
            "  SWITCHBOARD_KEYSET       path of the Tink keyset that seals provider keys",
            "                           (else <data-dir>/keyset.json, created on first start)",
            "  SWITCHBOARD_PUBLIC_URL   as --public-url",
            "  SWITCHBOARD_TIME_ZONE    as --time-zone",
            "  SWITCHBOARD_METRICS_TOKEN a bearer token that may read /metrics on the main port",
            "  OTEL_EXPORTER_OTLP_ENDPOINT as --otlp-endpoint");

    /** What the command line asked for: help text, or a server to start. */
    record Parsed(boolean help, ServerConfig config) {}

    private Cli() {}

    static Parsed parse(String[] args, Map<String, String> env) {
        ServerConfig config = ServerConfig.defaults(env);
        Path tlsCert = null;
        Path tlsKey = null;
        int i = 0;
        if (args.length == 0 || isHelp(args[0])) {
            return new Parsed(true, config);
        }
        if (!"serve".equals(args[0])) {
            throw new IllegalArgumentException("unknown command '" + args[0] + "' (expected: serve)");
        }
        for (i = 1; i < args.length; i++) {
            final String arg = args[i];
            if (isHelp(arg)) {
                return new Parsed(true, config);
            }
            final String name;
            final String value;
            final int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            } else {
                name = arg;
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(arg + ": missing value");
                }
                value = args[++i];
            }
            switch (name) {
                case "--port": config = config.withPort(number(name, value)); break;
                case "--host": config = config.withHost(value); break;
                case "--data-dir": config = config.withDataDir(Path.of(value)); break;
                case "--max-request-bytes": config = config.withMaxRequestBytes(number(name, value)); break;
                case "--responses-retention-days":
                    config = config.withResponsesRetentionDays(Math.toIntExact(number(name, value)));
                    break;
                case "--trusted-proxies":
                    config = config.withTrustedProxies(java.util.Arrays.stream(value.split(","))
                                                                       .map(String::strip)
                                                                       .filter(v -> !v.isEmpty()).toList());
                    break;
                case "--admin-key":
                    // Only "off": a key on the command line would show in every process list.
                    if (!AdminKey.OFF.equals(value)) {
                        throw new IllegalArgumentException("--admin-key: only 'off' is accepted here "
                                                           + "(set the key in SWITCHBOARD_ADMIN_KEY)");
                    }
                    config = config.withAdminKey(AdminKey.OFF);
                    break;
                case "--auth-failures-per-minute":
                    config = config.withAuthFailuresPerMinute(number(name, value));
                    break;
                case "--tls-cert": tlsCert = Path.of(value); break;
                case "--tls-key": tlsKey = Path.of(value); break;
                case "--public-url": config = config.withTokens(config.tokens().withPublicUrl(value)); break;
                case "--access-token-ttl":
                    config = config.withTokens(config.tokens().withAccessTokenTtl(TokenSettings.parseDuration(name, value)));
                    break;
                case "--refresh-token-ttl":
                    config = config.withTokens(config.tokens().withRefreshTokenTtl(TokenSettings.parseDuration(name, value)));
                    break;
                case "--time-zone": config = config.withTimeZone(ServerConfig.parseZone(name, value)); break;
                case "--usage-flush-interval":
                    config = config.withLedger(config.ledger().withFlushInterval(LedgerSettings.parseInterval(name, value)));
                    break;
                case "--usage-queue-size":
                    config = config.withLedger(config.ledger().withQueueSize(number(name, value)));
                    break;
                case "--usage":
                    if (!value.equals("on") && !value.equals("off")) {
                        throw new IllegalArgumentException(name + ": '" + value + "' (expected: on or off)");
                    }
                    config = config.withLedger(config.ledger().withMetering(value.equals("on")));
                    break;
                case "--usage-retention-days":
                    config = config.withLedger(config.ledger().withRetentionDays(number(name, value)));
                    break;
                case "--metrics":
                    config = config.withTelemetry(config.telemetry().withMetrics(TelemetrySettings.onOff(name, value)));
                    break;
                case "--metrics-port":
                    config = config.withTelemetry(config.telemetry().withMetricsPort(number(name, value)));
                    break;
                case "--metrics-host": config = config.withTelemetry(config.telemetry().withMetricsHost(value)); break;
                case "--access-log": config = config.withTelemetry(config.telemetry().withAccessLog(value)); break;
                case "--log-bodies":
                    config = config.withTelemetry(config.telemetry().withLogBodies(TelemetrySettings.onOff(name, value)));
                    break;
                case "--otlp-endpoint": config = config.withTelemetry(config.telemetry().withOtlpEndpoint(value)); break;
                case "--trace-sample-ratio":
                    config = config.withTelemetry(config.telemetry().withTraceSampleRatio(ratio(name, value)));
                    break;
                case "--ui-dir": config = config.withUiDir(Path.of(value)); break;
                default: throw new IllegalArgumentException("unknown option '" + name + "' (see --help)");
            }
        }
        return new Parsed(false, config.withTls(tlsCert, tlsKey));
    }

    private static boolean isHelp(String arg) {
        return "-h".equals(arg) || "--help".equals(arg) || "help".equals(arg);
    }

    private static double ratio(String name, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + value + "' is not a number (expected: 0 to 1)");
        }
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + value + "' is not a number");
        }
    }
}
