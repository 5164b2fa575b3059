package dev.switchboard.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpHeaderNames;

import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.testing.TestGateway;

/**
 * A gateway as deployed behind a TLS-terminating proxy (an https public URL, plain HTTP inside),
 * serving the console from the jar: the cookie is still Secure, and /ui/ is the jar's build.
 */
class ConsoleBehindProxyE2ETest {
    @TempDir
    static Path dir;
    static TestGateway gateway;

    @BeforeAll
    static void start() {
        final ServerConfig config = TestGateway.config(dir);
        gateway = TestGateway.start(config.withTokens(config.tokens().withPublicUrl("https://gateway.example.com")));
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void theCookieIsSecureWhenThePublicUrlIsHttps() throws Exception {
        final Browser b = new Browser(WebClient.of(gateway.baseUrl()));
        assertThat(b.login(TestGateway.ADMIN_KEY).status().code()).isEqualTo(200);
        assertThat(b.cookie.isSecure()).isTrue();
        assertThat(b.change(com.linecorp.armeria.common.HttpMethod.DELETE, "/ui/api/session", null)
                    .headers().get(HttpHeaderNames.SET_COOKIE)).contains("Secure");
    }

    @Test
    void theJarsBuildIsServedOr404UntilThereIsOne() {
        final AggregatedHttpResponse res = WebClient.of(gateway.baseUrl()).get("/ui/").aggregate().join();
        ConsoleFilesE2ETest.assertSecured(res.headers());
        if (getClass().getClassLoader().getResource("ui/index.html") == null) {
            assertThat(res.status().code()).as("no build packed yet").isEqualTo(404);
        } else {
            assertThat(res.status().code()).isEqualTo(200);
            assertThat(res.headers().contentType().subtype()).isEqualTo("html");
            assertThat(res.headers().get(HttpHeaderNames.CACHE_CONTROL)).isEqualTo("no-cache");
        }
    }
}
