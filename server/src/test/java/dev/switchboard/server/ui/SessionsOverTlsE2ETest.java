package dev.switchboard.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.linecorp.armeria.client.ClientFactory;
import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.TlsKeyPair;

import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.testing.Pem;
import dev.switchboard.server.testing.TestGateway;

/**
 * Over TLS the session cookie is Secure; and neither the session id, its CSRF token nor the
 * credential logged in with reaches the access log, even with request bodies logged.
 */
class SessionsOverTlsE2ETest {
    @TempDir
    static Path dir;
    static TestGateway gateway;
    static ClientFactory factory;
    static Path accessLog;

    @BeforeAll
    static void start() throws Exception {
        final Path cert = dir.resolve("cert.pem");
        final Path key = dir.resolve("key.pem");
        Pem.write(TlsKeyPair.ofSelfSigned("localhost"), cert, key);
        accessLog = dir.resolve("access.jsonl");
        final ServerConfig config = TestGateway.config(dir.resolve("data")).withTls(cert, key);
        gateway = TestGateway.start(config.withTelemetry(config.telemetry().withAccessLog(accessLog.toString())
                                                               .withLogBodies(true)));
        factory = ClientFactory.builder().tlsNoVerify().build();
    }

    @AfterAll
    static void stop() {
        gateway.close();
        factory.close();
    }

    @Test
    void theCookieIsSecureOverTlsAndNoSessionSecretIsLogged() throws Exception {
        final Browser b = new Browser(WebClient.builder("https://127.0.0.1:" + gateway.port()).factory(factory).build());
        final AggregatedHttpResponse res = b.login(TestGateway.ADMIN_KEY);
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        assertThat(b.cookie.isSecure()).isTrue();
        assertThat(b.cookie.isHttpOnly()).isTrue();
        assertThat(b.cookie.sameSite()).isEqualTo("Strict");
        assertThat(b.get("/ui/api/session").status().code()).isEqualTo(200);
        final String chat = "{\"model\":\"nowhere/x\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
        // A /v1 body is logged: the request's cookie and CSRF header must not be.
        assertThat(b.change(HttpMethod.POST, "/v1/chat/completions", chat).status().code()).isNotEqualTo(403);
        final AggregatedHttpResponse out = b.change(HttpMethod.DELETE, "/ui/api/session", null);
        assertThat(out.status().code()).isEqualTo(204);
        assertThat(out.headers().get("set-cookie")).contains("Secure");

        String log = "";
        for (int i = 0; i < 200 && log.split("\n").length < 4; i++) {
            Thread.sleep(50);
            log = Files.exists(accessLog) ? Files.readString(accessLog, StandardCharsets.UTF_8) : "";
        }
        assertThat(log).contains("/ui/api/session", "/v1/chat/completions");
        assertThat(log).doesNotContain(b.cookie.value()).doesNotContain(b.csrf).doesNotContain(TestGateway.ADMIN_KEY);
    }
}
