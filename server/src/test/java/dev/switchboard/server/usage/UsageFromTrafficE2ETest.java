package dev.switchboard.server.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.armeria.common.AggregatedHttpResponse;

import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;

/**
 * Real requests read back: chat requests through the gateway (unary and streamed) are written by
 * the ledger and show in the usage API with the tokens the upstream reported, to the token.
 */
class UsageFromTrafficE2ETest {
    static final String UPSTREAM_KEY = "sk-traffic-upstream-1a2b3c";
    static final ObjectMapper mapper = new ObjectMapper();
    static final String UNARY = "{\"model\":\"up/gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
    static final String STREAM = "{\"model\":\"up/gpt-4o-mini\",\"stream\":true,"
                                 + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";

    @TempDir
    static Path dataDir;
    static FakeUpstream upstream;
    static TestGateway gateway;

    @BeforeAll
    static void start() {
        upstream = new FakeUpstream(UPSTREAM_KEY);
        gateway = TestGateway.start(dataDir);
        gateway.addProvider("up", upstream.baseUrl(), UPSTREAM_KEY);
    }

    @AfterAll
    static void stop() {
        gateway.close();
        upstream.close();
    }

    static JsonNode get(String key, String path) throws Exception {
        final AggregatedHttpResponse res = gateway.as(key).get(path).aggregate().join();
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        return mapper.readTree(res.contentUtf8());
    }

    /** The caller's own usage once the ledger holds {@code requests} of theirs (bounded wait). */
    static JsonNode usageOnceWritten(String key, long requests) throws Exception {
        final long deadline = System.nanoTime() + 10_000_000_000L;
        JsonNode usage;
        do {
            usage = get(key, "/v1/usage?group_by=provider,model");
            if (usage.path("totals").path("requests").asLong() >= requests) {
                return usage;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        return usage;
    }

    @Test
    void chatRequestsShowInTheUsageApiWithTheTokensTheUpstreamReported() throws Exception {
        gateway.createUser("tess", "member");
        final String key = gateway.createKey("tess", "");
        assertThat(gateway.post(key, "/v1/chat/completions", UNARY).status().code()).isEqualTo(200);
        assertThat(gateway.post(key, "/v1/chat/completions", UNARY).status().code()).isEqualTo(200);
        final AggregatedHttpResponse streamed = gateway.post(key, "/v1/chat/completions", STREAM);
        assertThat(streamed.status().code()).isEqualTo(200);
        // The client did not ask for usage in the stream: it is not shown, yet the ledger has it.
        assertThat(streamed.contentUtf8()).doesNotContain("\"usage\"");
        assertThat(gateway.post(key, "/v1/chat/completions", UNARY.replace("gpt-4o-mini", "too-long"))
                          .status().code()).isEqualTo(400);

        final JsonNode usage = usageOnceWritten(key, 4);

        final JsonNode totals = usage.get("totals");
        assertThat(totals.get("requests").asLong()).isEqualTo(4);
        assertThat(totals.get("errors").asLong()).isEqualTo(1);
        assertThat(usage.get("buckets")).hasSize(2);
        final JsonNode answered = usage.get("buckets").get(0);
        assertThat(answered.get("provider").asText()).isEqualTo("up");
        assertThat(answered.get("model").asText()).isEqualTo("gpt-4o-mini");
        // The recorded answers: 16 + 363 tokens unary (twice), 14 + 30 streamed.
        assertThat(answered.get("totals").get("requests").asLong()).isEqualTo(3);
        assertThat(answered.get("totals").path("errors").asLong()).isZero();
        assertThat(answered.get("totals").get("prompt_tokens").asLong()).isEqualTo(16 + 16 + 14);
        assertThat(answered.get("totals").get("completion_tokens").asLong()).isEqualTo(363 + 363 + 30);
        assertThat(answered.get("totals").path("estimated_requests").asLong()).isZero();
        assertThat(usage.get("buckets").get(1).get("model").asText()).isEqualTo("too-long");
        // The daily rollup holds the same requests.
        assertThat(get(key, "/v1/usage?granularity=day").get("totals").get("requests").asLong()).isEqualTo(4);

        final JsonNode records = get(key, "/admin/v1/usage/records").get("records");
        assertThat(records).hasSize(4);
        assertThat(records.get(0).get("status").asInt()).isEqualTo(400);
        assertThat(records.get(0).get("error_kind").asText()).isEqualTo("CONTEXT_TOO_LONG");
        assertThat(records.get(1).get("stream").asBoolean()).isTrue();
        assertThat(records.get(1).get("prompt_tokens").asLong()).isEqualTo(14);
        for (JsonNode r : List.of(records.get(1), records.get(2), records.get(3))) {
            assertThat(r.get("usage_source").asText()).isEqualTo("reported");
            assertThat(r.path("error_kind").asText()).isEmpty();
        }
        for (JsonNode r : records) {
            assertThat(r.get("user").asText()).isEqualTo("tess");
            assertThat(r.get("ingress").asText()).isEqualTo("chat");
            assertThat(key).startsWith(r.get("key_prefix").asText());
        }

        // An admin sees them too, and the provider's summary counts them.
        assertThat(get(TestGateway.ADMIN_KEY, "/admin/v1/usage?user=tess").get("totals").get("requests").asLong())
                .isEqualTo(4);
        assertThat(get(TestGateway.ADMIN_KEY, "/admin/v1/providers/up").get("usage_24h").get("totals")
                           .get("completion_tokens").asLong()).isEqualTo(756);
    }
}
