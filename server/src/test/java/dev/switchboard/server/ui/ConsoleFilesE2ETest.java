package dev.switchboard.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.client.redirect.RedirectConfig;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpHeaderNames;
import com.linecorp.armeria.common.ResponseHeaders;

import dev.switchboard.server.testing.TestGateway;

/**
 * The console's files under /ui, served from {@code --ui-dir} (a tiny fixture build): the redirect,
 * index.html and the assets, each with the Content-Security-Policy and its caching, and a 404
 * that carries the same headers.
 */
class ConsoleFilesE2ETest {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                              + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
                              + "frame-ancestors 'none'; form-action 'self'";

    @TempDir
    static Path dir;
    static TestGateway gateway;
    static WebClient browser;

    @BeforeAll
    static void start() throws Exception {
        gateway = TestGateway.start(TestGateway.config(dir).withUiDir(fixture()));
        browser = WebClient.builder(gateway.baseUrl()).followRedirects(RedirectConfig.disabled()).build();
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    /** The fixture build in the test resources (never in the jar's resources). */
    static Path fixture() throws Exception {
        return Path.of(ConsoleFilesE2ETest.class.getResource("/ui-fixture/index.html").toURI()).getParent();
    }

    @Test
    void uiRedirectsPermanentlyToTheFolder() {
        final AggregatedHttpResponse res = browser.get("/ui").aggregate().join();
        assertThat(res.status().code()).isEqualTo(308);
        assertThat(res.headers().get(HttpHeaderNames.LOCATION)).isEqualTo("/ui/");
        assertSecured(res.headers());
    }

    @Test
    void theFolderServesIndexHtmlRevalidatedEveryTime() {
        final AggregatedHttpResponse res = browser.get("/ui/").aggregate().join();
        assertThat(res.status().code()).isEqualTo(200);
        assertThat(res.contentUtf8()).contains("Switchboard (test fixture)");
        assertThat(res.headers().contentType().subtype()).isEqualTo("html");
        assertThat(res.headers().get(HttpHeaderNames.CACHE_CONTROL)).isEqualTo("no-cache");
        assertSecured(res.headers());
    }

    @Test
    void hashedAssetsAreCachedForAYear() {
        final AggregatedHttpResponse js = browser.get("/ui/assets/app-fixture.js").aggregate().join();
        assertThat(js.status().code()).isEqualTo(200);
        assertThat(js.contentUtf8()).contains("fixture");
        assertThat(js.headers().contentType().subtype()).isEqualTo("javascript");
        assertThat(js.headers().get(HttpHeaderNames.CACHE_CONTROL)).isEqualTo("public, max-age=31536000, immutable");
        assertSecured(js.headers());
        final AggregatedHttpResponse css = browser.get("/ui/assets/app-fixture.css").aggregate().join();
        assertThat(css.headers().contentType().subtype()).isEqualTo("css");
        assertThat(css.headers().get(HttpHeaderNames.CACHE_CONTROL)).isEqualTo("public, max-age=31536000, immutable");
    }

    @Test
    void aMissingFileIs404WithTheSameHeadersAndIsNeverCachedForAYear() {
        for (String path : new String[] { "/ui/nothing.js", "/ui/assets/app-missing.js", "/ui/api/other" }) {
            final AggregatedHttpResponse res = browser.get(path).aggregate().join();
            assertThat(res.status().code()).as(path).isEqualTo(404);
            assertThat(res.headers().get(HttpHeaderNames.CACHE_CONTROL)).as(path).isEqualTo("no-cache");
            assertSecured(res.headers());
        }
    }

    @Test
    void theFilesNeedNoCredentialButTheApiStillDoes() {
        assertThat(browser.get("/ui/").aggregate().join().status().code()).isEqualTo(200);
        assertThat(browser.get("/admin/v1/providers").aggregate().join().status().code()).isEqualTo(401);
    }

    @Test
    void nothingOutsideTheFolderIsServed() {
        final AggregatedHttpResponse res = browser.get("/ui/../../pom.xml").aggregate().join();
        assertThat(res.status().code()).isNotEqualTo(200);
        assertThat(res.contentUtf8()).doesNotContain("<project");
    }

    static void assertSecured(ResponseHeaders h) {
        assertThat(h.get(HttpHeaderNames.CONTENT_SECURITY_POLICY)).isEqualTo(CSP);
        assertThat(h.get(HttpHeaderNames.X_CONTENT_TYPE_OPTIONS)).isEqualTo("nosniff");
        assertThat(h.get(HttpHeaderNames.REFERRER_POLICY)).isEqualTo("no-referrer");
        assertThat(h.get(HttpHeaderNames.X_FRAME_OPTIONS)).isEqualTo("DENY");
    }
}
