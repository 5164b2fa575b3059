package dev.switchboard.server.e2e;

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
 * An upstream that reports an error inside an answer it began with HTTP 200 (OpenRouter's error
 * chunk, written from its streaming reference): a client error reaches the client as the format's
 * error with the provider's message and is never sent again, to this target or another; a server
 * error follows the mid-stream rule (text so far continued by the next target).
 */
class InBandErrorE2ETest {
    static final String KEY = "sk-inband-upstream-4d5e";
    static final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    static Path dataDir;
    static FakeUpstream upstream;
    static TestGateway gateway;

    @BeforeAll
    static void start() {
        upstream = new FakeUpstream(KEY);
        gateway = TestGateway.start(dataDir);
        gateway.addProvider("or", upstream.baseUrl(), KEY);
        alias("{\"name\":\"limited\",\"targets\":[{\"model\":\"or/or-400-after-text\"},{\"model\":\"or/gpt-4o-mini\"}]}");
        alias("{\"name\":\"disconnects\",\"targets\":[{\"model\":\"or/or-server-after-text\"},"
              + "{\"model\":\"or/gpt-4o-mini\"}]}");
    }

    @AfterAll
    static void stop() {
        gateway.close();
        upstream.close();
    }

    @Test
    void aClientErrorAfterTextEndsTheStreamWithTheProvidersMessageAndIsNotSentAgain() throws Exception {
        final int before = upstream.count("or-400-after-text");
        final int nextBefore = upstream.count("gpt-4o-mini");
        final List<JsonNode> events = chatEvents("limited");
        final StringBuilder text = new StringBuilder();
        events.forEach(e -> text.append(e.at("/choices/0/delta/content").asText("")));
        assertThat(text.toString()).isEqualTo("Hello there");
        final JsonNode error = events.get(events.size() - 1).get("error");
        assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
        assertThat(error.get("message").asText()).contains("Token limit reached");
        // Neither the same target nor the alias's next one was asked to continue a refused request.
        assertThat(upstream.count("or-400-after-text")).isEqualTo(before + 1);
        assertThat(upstream.count("gpt-4o-mini")).isEqualTo(nextBefore);
    }

    @Test
    void aClientErrorAsTheFirstEventIsNotRetried() throws Exception {
        // Nothing was sent yet: the stream's answer is the error's own HTTP status.
        final AggregatedHttpResponse res = gateway.post("/v1/chat/completions",
                "{\"model\":\"or/or-400-first\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertThat(res.status().code()).isEqualTo(400);
        assertThat(mapper.readTree(res.contentUtf8()).at("/error/message").asText()).contains("Token limit reached");
        assertThat(upstream.count("or-400-first")).isEqualTo(1);
    }

    @Test
    void aClientErrorInAWholeAnswerIsA400AndNotRetried() throws Exception {
        final AggregatedHttpResponse res = gateway.post("/v1/chat/completions",
                "{\"model\":\"or/or-400-body\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertThat(res.status().code()).isEqualTo(400);
        final JsonNode error = mapper.readTree(res.contentUtf8()).get("error");
        assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
        assertThat(error.get("message").asText()).contains("Token limit reached");
        assertThat(upstream.count("or-400-body")).isEqualTo(1);
    }

    @Test
    void anAnthropicClientGetsTheClientErrorAsItsErrorEvent() throws Exception {
        final AggregatedHttpResponse res = gateway.post("/v1/messages",
                "{\"model\":\"or/or-400-after-text\",\"max_tokens\":10,\"stream\":true,"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        final String sse = res.contentUtf8();
        assertThat(sse).contains("\"text\":\"Hello\"").contains("event: error").doesNotContain("message_stop");
        final List<String> data = InferenceE2ETest.dataLines(sse);
        final JsonNode error = mapper.readTree(data.get(data.size() - 1));
        assertThat(error.at("/error/type").asText()).isEqualTo("invalid_request_error");
        assertThat(error.at("/error/message").asText()).contains("Token limit reached");
    }

    @Test
    void aServerErrorAfterTextIsContinuedByTheNextTarget() throws Exception {
        final int before = upstream.count("gpt-4o-mini");
        final List<JsonNode> events = chatEvents("disconnects");
        final StringBuilder text = new StringBuilder();
        events.forEach(e -> text.append(e.at("/choices/0/delta/content").asText("")));
        assertThat(text.toString()).startsWith("Hel").hasSizeGreaterThan(3);
        assertThat(events.get(events.size() - 1).has("error")).isFalse();
        assertThat(upstream.count("gpt-4o-mini")).isEqualTo(before + 1);
    }

    private static void alias(String json) {
        final AggregatedHttpResponse res = gateway.post("/admin/v1/aliases", json);
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
    }

    private static List<JsonNode> chatEvents(String model) throws Exception {
        return InferenceE2ETest.chatEvents(gateway, model);
    }
}
