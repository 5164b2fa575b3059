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
                                                          7, dev.switchboard.server.oauth.TokenSettings.defaults(null)));
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
}
