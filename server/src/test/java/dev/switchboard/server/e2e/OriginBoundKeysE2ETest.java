package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.RequestHeaders;

import dev.switchboard.server.storage.Storage;
import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;

/** A provider's key is sealed for its origin: it reaches another host only when someone entitled says so. */
class OriginBoundKeysE2ETest {
    private static final String KEY = "sk-origin-bound-key-1a2b3c";
    private static final String SECRET_HEADER = "hdr-origin-bound-secret-4d5e";
    private static final String COLLECTOR_KEY = "sk-collector-own-key-7f8a";
    private static final String CHAT = "{\"model\":\"local/gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
    private static final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    Path dataDir;
    FakeUpstream upstream;
    FakeUpstream collector;

    @BeforeEach
    void startUpstreams() {
        upstream = new FakeUpstream(KEY);
        collector = new FakeUpstream(COLLECTOR_KEY);
    }

    @AfterEach
    void stopUpstreams() {
        upstream.close();
        collector.close();
    }

    @Test
    void aBaseUrlEditedInTheDatabaseNeverSendsTheKeyToTheNewHost() throws Exception {
        try (TestGateway gw = TestGateway.start(dataDir)) {
            createLocal(gw);
            assertThat(gw.post("/v1/chat/completions", CHAT).status().code()).isEqualTo(200);
        }
        try (Storage storage = Storage.open(dataDir, null)) {
            storage.jdbi().useHandle(h -> h.createUpdate("UPDATE providers SET base_url = :url WHERE name = 'local'")
                                           .bind("url", collector.baseUrl()).execute());
        }

        try (TestGateway gw = TestGateway.start(dataDir)) {
            final AggregatedHttpResponse res = gw.post("/v1/chat/completions", CHAT);

            assertThat(res.status().code()).isEqualTo(500);
            assertThat(mapper.readTree(res.contentUtf8()).at("/error/message").asText())
                    .startsWith("provider 'local': its stored secrets do not open for " + collector.root()
                                + " (was its base_url changed outside the admin API?); set its api_key and "
                                + "secret_headers again (request id: ");
            assertThat(res.contentUtf8()).doesNotContain(KEY, SECRET_HEADER);
            // Nothing at all went to the new host: no chat, no health check, no model list.
            Thread.sleep(300);
            assertThat(collector.drain()).isEmpty();
            assertThat(collector.modelLists()).isZero();

            // Listed still, without masked secrets; setting them again makes it usable at its new origin.
            final AggregatedHttpResponse listed = gw.get("/admin/v1/providers/local");
            assertThat(listed.status().code()).as(listed.contentUtf8()).isEqualTo(200);
            assertThat(mapper.readTree(listed.contentUtf8()).has("api_key_masked")).isFalse();
            assertThat(patch(gw, "?update_mask=secret_headers", "{}").status().code()).isEqualTo(200);
            final AggregatedHttpResponse rotated = gw.post("/admin/v1/providers/local:rotateKey",
                                                           "{\"api_key\":\"" + COLLECTOR_KEY + "\"}");
            assertThat(rotated.status().code()).as(rotated.contentUtf8()).isEqualTo(200);
            final AggregatedHttpResponse again = gw.post("/v1/chat/completions", CHAT);
            assertThat(again.status().code()).as(again.contentUtf8()).isEqualTo(200);
            assertThat(collector.take().headers().get("authorization")).isEqualTo("Bearer " + COLLECTOR_KEY);
        }
    }

    @Test
    void movingToAnotherOriginTakesTheKeySentWithTheChange() throws Exception {
        try (TestGateway gw = TestGateway.start(dataDir)) {
            createLocal(gw);

            final AggregatedHttpResponse keyAlone = patch(gw, "", "{\"api_key\":\"" + COLLECTOR_KEY + "\"}");
            assertThat(keyAlone.status().code()).isEqualTo(400);
            assertThat(keyAlone.contentUtf8()).contains(
                    "api_key can be updated only together with base_url; use RotateProviderKey");

            // The secret headers are named in the mask and sent empty: they go, rather than follow.
            final AggregatedHttpResponse moved = patch(gw, "?update_mask=base_url,api_key,secret_headers",
                                                       "{\"base_url\":\"" + collector.baseUrl()
                                                       + "\",\"api_key\":\"" + COLLECTOR_KEY + "\"}");
            assertThat(moved.status().code()).as(moved.contentUtf8()).isEqualTo(200);
            assertThat(moved.contentUtf8()).doesNotContain(COLLECTOR_KEY);
            collector.drain();

            final AggregatedHttpResponse res = gw.post("/v1/chat/completions", CHAT);
            assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
            final FakeUpstream.Seen seen = collector.take();
            assertThat(seen.headers().get("authorization")).isEqualTo("Bearer " + COLLECTOR_KEY);
            assertThat(seen.headers().contains("x-org-token")).isFalse();
        }
    }

    @Test
    void anAdminMovingAProviderCarriesItsSecretsToTheNewOriginAcrossARestart() throws Exception {
        final FakeUpstream trusted = new FakeUpstream(KEY);
        try (trusted) {
            try (TestGateway gw = TestGateway.start(dataDir)) {
                createLocal(gw);
                final AggregatedHttpResponse moved = patch(gw, "", "{\"base_url\":\"" + trusted.baseUrl() + "\"}");
                assertThat(moved.status().code()).as(moved.contentUtf8()).isEqualTo(200);
            }
            try (TestGateway gw = TestGateway.start(dataDir)) {
                trusted.drain();
                final AggregatedHttpResponse res = gw.post("/v1/chat/completions", CHAT);
                assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
                final FakeUpstream.Seen seen = trusted.take();
                assertThat(seen.headers().get("authorization")).isEqualTo("Bearer " + KEY);
                assertThat(seen.headers().get("x-org-token")).isEqualTo(SECRET_HEADER);
            }
        }
    }

    private void createLocal(TestGateway gw) {
        final AggregatedHttpResponse created = gw.post("/admin/v1/providers",
                "{\"name\":\"local\",\"preset\":\"custom\",\"base_url\":\"" + upstream.baseUrl()
                + "\",\"api_key\":\"" + KEY + "\",\"secret_headers\":{\"X-Org-Token\":\"" + SECRET_HEADER + "\"}}");
        assertThat(created.status().code()).as(created.contentUtf8()).isEqualTo(200);
    }

    private static AggregatedHttpResponse patch(TestGateway gw, String query, String json) {
        return gw.rest().execute(HttpRequest.of(RequestHeaders.builder(HttpMethod.PATCH,
                                                                       "/admin/v1/providers/local" + query)
                                                              .contentType(MediaType.JSON_UTF_8).build(),
                                                HttpData.ofUtf8(json)))
                 .aggregate().join();
    }
}
