package dev.switchboard.server.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpHeaders;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.RequestHeaders;
import com.linecorp.armeria.server.Server;

class UpstreamHeadersTest {
    private static final HttpHeaders AUTH = HttpHeaders.of("authorization", "Bearer sk-test-0000", "x-extra", "1");

    @Test
    void postsGoUnderTheBasePathWithEverythingTheClientWouldAdd() {
        final UpstreamHeaders h = UpstreamHeaders.of("https://api.example.com/v1/", AUTH);
        assertThat(h.origin()).isEqualTo("https://api.example.com");
        final RequestHeaders post = h.post("/chat/completions", Map.of());
        assertThat(post.path()).isEqualTo("/v1/chat/completions");
        assertThat(post.method().name()).isEqualTo("POST");
        assertThat(post.scheme()).isEqualTo("https");
        assertThat(post.authority()).isEqualTo("api.example.com");
        assertThat(post.get("user-agent")).isEqualTo("switchboard");
        assertThat(post.get("authorization")).isEqualTo("Bearer sk-test-0000");
        assertThat(post.contentType().toString()).startsWith("application/json");
        assertThat(h.get("/models").path()).isEqualTo("/v1/models");
        assertThat(h.get("/models").method().name()).isEqualTo("GET");
    }

    @Test
    void aCatalogAtTheOriginLeavesTheBasePathOutAndKeepsTheAuth() {
        final UpstreamHeaders h = UpstreamHeaders.of("https://models.github.ai/inference", AUTH);
        final RequestHeaders get = h.getAtOrigin("/catalog/models");
        assertThat(get.path()).isEqualTo("/catalog/models");
        assertThat(get.method().name()).isEqualTo("GET");
        assertThat(get.authority()).isEqualTo("models.github.ai");
        assertThat(get.get("authorization")).isEqualTo("Bearer sk-test-0000");
        assertThat(h.get("/models").path()).isEqualTo("/inference/models");
    }

    @Test
    void aPostsHeadersAreBuiltOncePerPathAndFormatHeaders() {
        final UpstreamHeaders h = UpstreamHeaders.of("http://127.0.0.1:8080", AUTH);
        assertThat(h.post("/messages", Map.of("anthropic-version", "2023-06-01")))
                .isSameAs(h.post("/messages", Map.of("anthropic-version", "2023-06-01")));
        assertThat(h.post("/messages", Map.of("anthropic-version", "2023-06-01")).get("anthropic-version"))
                .isEqualTo("2023-06-01");
        assertThat(h.post("/messages", Map.of())).isNotSameAs(h.post("/messages", Map.of("anthropic-version", "x")));
        assertThat(h.post("/other", Map.of()).path()).isEqualTo("/other");
    }

    @Test
    void formatHeadersWinAndAConfiguredUserAgentStays() {
        final UpstreamHeaders h = UpstreamHeaders.of("http://127.0.0.1:8080",
                HttpHeaders.of("user-agent", "my-app/2", "anthropic-version", "old"));
        final RequestHeaders post = h.post("/messages", Map.of("anthropic-version", "2023-06-01"));
        assertThat(post.getAll("anthropic-version")).containsExactly("2023-06-01");
        assertThat(post.getAll("user-agent")).containsExactly("my-app/2");
    }

    @Test
    void authorityKeepsOnlyAPortTheSchemeDoesNotImply() {
        assertThat(UpstreamHeaders.of("http://127.0.0.1:8080/v1", AUTH).origin()).isEqualTo("http://127.0.0.1:8080");
        assertThat(UpstreamHeaders.of("https://h.example:443", AUTH).origin()).isEqualTo("https://h.example");
        assertThat(UpstreamHeaders.of("http://h.example:80/x", AUTH).origin()).isEqualTo("http://h.example");
        assertThat(UpstreamHeaders.of("http://h.example:443", AUTH).origin()).isEqualTo("http://h.example:443");
        assertThat(UpstreamHeaders.of("http://[::1]:9000/v1", AUTH).origin()).isEqualTo("http://[::1]:9000");
    }

    /** What leaves on the wire, through a client made for the origin as the registry makes it. */
    @Test
    void theUpstreamSeesThePathHostAndHeadersOnce() throws Exception {
        final CompletableFuture<RequestHeaders> seen = new CompletableFuture<>();
        final Server server = Server.builder().http(0)
                                    .service("/v1/chat/completions", (ctx, req) -> {
                                        seen.complete(req.headers());
                                        return HttpResponse.of("{}");
                                    }).build();
        server.start().join();
        try {
            final UpstreamHeaders h = UpstreamHeaders.of(
                    "http://127.0.0.1:" + server.activeLocalPort() + "/v1", AUTH);
            final WebClient client = WebClient.of(h.origin());
            assertThat(client.execute(HttpRequest.of(h.post("/chat/completions", Map.of()), HttpData.ofUtf8("{}")))
                             .aggregate().join().status().code()).isEqualTo(200);
            final RequestHeaders got = seen.join();
            assertThat(got.path()).isEqualTo("/v1/chat/completions");
            assertThat(got.authority()).isEqualTo("127.0.0.1:" + server.activeLocalPort());
            assertThat(got.getAll("user-agent")).containsExactly("switchboard");
            assertThat(got.getAll("authorization")).containsExactly("Bearer sk-test-0000");
            assertThat(got.getAll("x-extra")).containsExactly("1");
            assertThat(got.get("content-length")).isEqualTo("2");
        } finally {
            server.stop().join();
        }
    }
}
