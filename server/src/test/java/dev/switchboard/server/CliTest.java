package dev.switchboard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CliTest {
    @Test
    void serveWithOptionsAndEnvironment() {
        final Cli.Parsed p = Cli.parse(new String[] { "serve", "--port", "9090", "--host=0.0.0.0",
                                                      "--data-dir", "/var/lib/sb", "--max-request-bytes", "1024",
                                                      "--responses-retention-days", "7" },
                                       Map.of("SWITCHBOARD_KEYSET", "/etc/sb/keyset.json",
                                              "SWITCHBOARD_ADMIN_KEY", "k"));
        assertThat(p.help()).isFalse();
        assertThat(p.config()).isEqualTo(new ServerConfig("0.0.0.0", 9090, Path.of("/var/lib/sb"),
                                                          Path.of("/etc/sb/keyset.json"), "k", 1024,
                                                          dev.switchboard.server.routing.TargetStates.BreakerConfig.DEFAULT,
                                                          7, null, null, ServerConfig.DEFAULT_AUTH_FAILURES_PER_MINUTE,
                                                          dev.switchboard.server.oauth.TokenSettings.defaults(null),
                                                          java.util.List.of(), java.time.ZoneOffset.UTC,
                                                          dev.switchboard.server.usage.ledger.LedgerSettings.DEFAULT,
                                                          dev.switchboard.server.observe.TelemetrySettings.defaults(Map.of()),
                                                          null));
    }

    @Test
    void uiDirServesTheConsoleFromAFolder() {
        assertThat(Cli.parse(new String[] { "serve" }, Map.of()).config().uiDir()).isNull();
        assertThat(Cli.parse(new String[] { "serve", "--ui-dir", "/src/ui/build" }, Map.of()).config().uiDir())
                .isEqualTo(Path.of("/src/ui/build"));
        assertThat(Cli.parse(new String[] { "serve", "--ui-dir=dist" }, Map.of()).config().uiDir())
                .isEqualTo(Path.of("dist"));
        assertThatThrownBy(() -> Cli.parse(new String[] { "serve", "--ui-dir" }, Map.of()))
                .hasMessageContaining("--ui-dir: missing value");
        assertThat(Cli.USAGE).contains("--ui-dir DIR", "/ui");
    }

    @Test
    void telemetrySettings() {
        final ServerConfig d = Cli.parse(new String[] { "serve" }, Map.of()).config();
        assertThat(d.telemetry().metrics()).isTrue();
        assertThat(d.telemetry().metricsPort()).isNull();
        assertThat(d.telemetry().accessLog()).isEqualTo("stdout");
        assertThat(d.telemetry().logBodies()).isFalse();
        assertThat(d.telemetry().otlpEndpoint()).isNull();
        final ServerConfig c = Cli.parse(new String[] { "serve", "--metrics", "off", "--metrics-port", "9464",
                                                        "--metrics-host", "0.0.0.0", "--access-log", "/var/log/sb.json",
                                                        "--log-bodies", "on", "--trace-sample-ratio", "0.1" },
                                         Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4317",
                                                "SWITCHBOARD_METRICS_TOKEN", "scrape-token-1234")).config();
        assertThat(c.telemetry().metrics()).isFalse();
        assertThat(c.telemetry().metricsPort()).isEqualTo(9464);
        assertThat(c.telemetry().metricsHost()).isEqualTo("0.0.0.0");
        assertThat(c.telemetry().accessLog()).isEqualTo("/var/log/sb.json");
        assertThat(c.telemetry().logBodies()).isTrue();
        assertThat(c.telemetry().otlpEndpoint()).isEqualTo("http://127.0.0.1:4317");
        assertThat(c.telemetry().traceSampleRatio()).isEqualTo(0.1);
        assertThat(c.telemetry().metricsToken()).isEqualTo("scrape-token-1234");
        // Printed configs never show the scrape token.
        assertThat(c.toString()).doesNotContain("scrape-token-1234").contains("****1234");
        assertThat(Cli.parse(new String[] { "serve", "--otlp-endpoint", "http://collector:4317" },
                             Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://other:4317")).config().telemetry().otlpEndpoint())
                .isEqualTo("http://collector:4317");
        assertThatThrownBy(() -> Cli.parse(new String[] { "serve", "--trace-sample-ratio", "2" }, Map.of()))
                .hasMessageContaining("--trace-sample-ratio");
        assertThatThrownBy(() -> Cli.parse(new String[] { "serve", "--metrics", "maybe" }, Map.of()))
                .hasMessageContaining("--metrics: 'maybe' (expected: on or off)");
        assertThatThrownBy(() -> Cli.parse(new String[] { "serve", "--metrics-port", "70000" }, Map.of()))
                .hasMessageContaining("--metrics-port");
        assertThat(Cli.USAGE).contains("--metrics-port", "--access-log", "--otlp-endpoint", "SWITCHBOARD_METRICS_TOKEN");
    }

    @Test
    void usageLedgerSettingsAndTheTimeZone() {
        final ServerConfig c = Cli.parse(new String[] { "serve", "--usage-flush-interval", "100ms",
                                                        "--usage-queue-size=1000", "--usage-retention-days", "0",
                                                        "--time-zone", "America/New_York" }, Map.of()).config();
        assertThat(c.ledger().flushInterval()).isEqualTo(java.time.Duration.ofMillis(100));
        assertThat(c.ledger().queueSize()).isEqualTo(1000);
        assertThat(c.ledger().retentionDays()).isZero();
        assertThat(c.timeZone()).isEqualTo(java.time.ZoneId.of("America/New_York"));
        final ServerConfig d = Cli.parse(new String[] { "serve" }, Map.of()).config();
        assertThat(d.ledger().flushInterval()).isEqualTo(java.time.Duration.ofMillis(250));
        assertThat(d.ledger().queueSize()).isEqualTo(65_536);
        assertThat(d.ledger().retentionDays()).isEqualTo(30);
        assertThat(d.timeZone()).isEqualTo(java.time.ZoneOffset.UTC);
        assertThat(d.ledger().metering()).isTrue();
        assertThat(Cli.parse(new String[] { "serve", "--usage", "off" }, Map.of()).config().ledger().metering())
                .isFalse();
        assertThatThrownBy(() -> Cli.parse(new String[] { "serve", "--usage", "maybe" }, Map.of()))
                .hasMessageContaining("--usage: 'maybe' (expected: on or off)");
        assertThat(Cli.parse(new String[] { "serve", "--usage-flush-interval", "2s" },
                             Map.of("SWITCHBOARD_TIME_ZONE", "Europe/Paris")).config())
                .satisfies(e -> assertThat(e.ledger().flushInterval()).isEqualTo(java.time.Duration.ofSeconds(2)))
                .satisfies(e -> assertThat(e.timeZone()).isEqualTo(java.time.ZoneId.of("Europe/Paris")));
        assertThat(Cli.USAGE).contains("--usage-flush-interval", "--usage-queue-size", "--usage-retention-days",
                                       "--time-zone", "SWITCHBOARD_TIME_ZONE");
        assertThatThrownBy(() -> Cli.parse(new String[] { "serve", "--usage-flush-interval", "0ms" }, Map.of()))
                .hasMessageContaining("--usage-flush-interval");
        assertThatThrownBy(() -> Cli.parse(new String[] { "serve", "--usage-flush-interval", "fast" }, Map.of()))
                .hasMessageContaining("--usage-flush-interval");
        assertThatThrownBy(() -> Cli.parse(new String[] { "serve", "--usage-queue-size", "0" }, Map.of()))
                .hasMessageContaining("--usage-queue-size");
        assertThatThrownBy(() -> Cli.parse(new String[] { "serve", "--usage-retention-days", "-1" }, Map.of()))
                .hasMessageContaining("--usage-retention-days");
        assertThatThrownBy(() -> Cli.parse(new String[] { "serve", "--time-zone", "Mars/Olympus" }, Map.of()))
                .hasMessageContaining("--time-zone");
        assertThatThrownBy(() -> Cli.parse(new String[] { "serve" }, Map.of("SWITCHBOARD_TIME_ZONE", "nowhere")))
                .hasMessageContaining("SWITCHBOARD_TIME_ZONE");
    }

    @Test
    void trustedProxiesAreCidrRanges() {
        assertThat(Cli.parse(new String[] { "serve", "--trusted-proxies", "10.0.0.0/8, 192.168.1.7" }, Map.of())
                      .config().trustedProxies()).containsExactly("10.0.0.0/8", "192.168.1.7");
        assertThatThrownBy(() -> Cli.parse(new String[] { "serve", "--trusted-proxies", "10.0.0.0/99" }, Map.of()))
                .hasMessageContaining("--trusted-proxies");
    }

    @Test
    void tokenIssuerAndLifetimes() {
        final ServerConfig c = Cli.parse(new String[] { "serve", "--access-token-ttl", "5m", "--refresh-token-ttl=7d" },
                                         Map.of("SWITCHBOARD_PUBLIC_URL", "https://gw.example.com/")).config();
        assertThat(c.tokens().publicUrl()).isEqualTo("https://gw.example.com");
        assertThat(c.tokens().accessTokenTtl()).isEqualTo(java.time.Duration.ofMinutes(5));
        assertThat(c.tokens().refreshTokenTtl()).isEqualTo(java.time.Duration.ofDays(7));
        assertThat(Cli.parse(new String[] { "serve", "--public-url", "http://10.0.0.5:8080" }, Map.of()).config()
                      .tokens().publicUrl()).isEqualTo("http://10.0.0.5:8080");
        assertThat(Cli.parse(new String[] { "serve" }, Map.of()).config().tokens().accessTokenTtl())
                .isEqualTo(java.time.Duration.ofMinutes(15));
        assertThatThrownBy(() -> Cli.parse(new String[] { "serve", "--public-url", "gw.example.com?x=1" }, Map.of()))
                .hasMessageContaining("--public-url");
        assertThatThrownBy(() -> Cli.parse(new String[] { "serve", "--access-token-ttl", "2d" }, Map.of()))
                .hasMessageContaining("--access-token-ttl");
        assertThatThrownBy(() -> Cli.parse(new String[] { "serve", "--refresh-token-ttl", "soon" }, Map.of()))
                .hasMessageContaining("--refresh-token-ttl");
    }

    @Test
    void defaultsMatchTheReadme() {
        final ServerConfig c = Cli.parse(new String[] { "serve" }, Map.of()).config();
        assertThat(c.host()).isEqualTo("127.0.0.1");
        assertThat(c.port()).isEqualTo(8080);
        assertThat(c.dataDir()).isEqualTo(Path.of("data"));
        assertThat(c.keysetPath()).isNull();
    }

    @Test
    void theAdminKeyCanBeTurnedOffButNeverGivenOnTheCommandLine() {
        assertThat(Cli.parse(new String[] { "serve", "--admin-key", "off" }, Map.of("SWITCHBOARD_ADMIN_KEY", "k"))
                      .config().adminKey()).isEqualTo("off");
        assertThatThrownBy(() -> Cli.parse(new String[] { "serve", "--admin-key", "sb-a-real-key-0123456789" },
                                           Map.of()))
                .hasMessageContaining("only 'off'")
                .hasMessageNotContaining("sb-a-real-key");
    }

    @Test
    void helpAndMistakes() {
        assertThat(Cli.parse(new String[] { "--help" }, Map.of()).help()).isTrue();
        assertThat(Cli.parse(new String[] { "serve", "-h" }, Map.of()).help()).isTrue();
        assertThat(Cli.USAGE).contains("--port", "--host", "--data-dir", "SWITCHBOARD_ADMIN_KEY", "SWITCHBOARD_KEYSET");
        assertThatThrownBy(() -> Cli.parse(new String[] { "serve", "--port", "http" }, Map.of()))
                .hasMessageContaining("--port");
        assertThatThrownBy(() -> Cli.parse(new String[] { "serve", "--port", "70000" }, Map.of()))
                .hasMessageContaining("0-65535");
        assertThatThrownBy(() -> Cli.parse(new String[] { "serve", "--nope", "1" }, Map.of()))
                .hasMessageContaining("--nope");
        assertThatThrownBy(() -> Cli.parse(new String[] { "start" }, Map.of())).hasMessageContaining("start");
    }

    @Test
    void tlsTakesACertificateAndAKeyTogether() {
        final ServerConfig c = Cli.parse(new String[] { "serve", "--tls-cert", "/etc/sb/cert.pem",
                                                        "--tls-key=/etc/sb/key.pem" }, Map.of()).config();
        assertThat(c.tls()).isTrue();
        assertThat(c.tlsCert()).isEqualTo(Path.of("/etc/sb/cert.pem"));
        assertThat(c.tlsKey()).isEqualTo(Path.of("/etc/sb/key.pem"));
        assertThat(Cli.parse(new String[] { "serve" }, Map.of()).config().tls()).isFalse();
        assertThat(Cli.USAGE).contains("--tls-cert FILE", "--tls-key FILE");
        assertThatThrownBy(() -> Cli.parse(new String[] { "serve", "--tls-cert", "/etc/sb/cert.pem" }, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--tls-cert and --tls-key: give both");
        assertThatThrownBy(() -> Cli.parse(new String[] { "serve", "--tls-key", "/etc/sb/key.pem" }, Map.of()))
                .hasMessageContaining("--tls-cert and --tls-key: give both");
    }

    @Test
    void plainHttpBeyondLoopbackIsWhatDeservesAWarning() {
        final ServerConfig local = Cli.parse(new String[] { "serve" }, Map.of()).config();
        assertThat(Main.plaintextBeyondLoopback(local)).isFalse();
        assertThat(Main.plaintextBeyondLoopback(local.withHost("localhost"))).isFalse();
        assertThat(Main.plaintextBeyondLoopback(local.withHost("::1"))).isFalse();
        assertThat(Main.plaintextBeyondLoopback(local.withHost("0.0.0.0"))).isTrue();
        assertThat(Main.plaintextBeyondLoopback(local.withHost("0.0.0.0")
                                                     .withTls(Path.of("c.pem"), Path.of("k.pem")))).isFalse();
    }
}
