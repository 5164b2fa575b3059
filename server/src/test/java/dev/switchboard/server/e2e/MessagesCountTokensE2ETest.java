package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.JsonValue;
import com.anthropic.core.http.HttpResponseFor;
import com.anthropic.errors.NotFoundException;
import com.anthropic.models.messages.MessageCountTokensParams;
import com.anthropic.models.messages.MessageTokensCount;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.linecorp.armeria.common.AggregatedHttpResponse;

import dev.switchboard.server.testing.FakeAnthropic;
import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.MixedUpstreams;
import dev.switchboard.server.testing.TestGateway;
import dev.switchboard.transcoder.testing.Fixtures;

/**
 * {@code POST /v1/messages/count_tokens} with the official Anthropic SDK (anthropic-java's
 * {@code messages().countTokens}) against the real server: exact from an Anthropic upstream (its
 * own count_tokens) and from a Gemini upstream ({@code countTokens}, the js-genai recording), the
 * gateway's estimate for OpenAI-chat and Responses upstreams. {@code exact} and the
 * {@code x-switchboard-token-count} header say which.
 */
class MessagesCountTokensE2ETest {
    static final String FOX = TokenCountE2ETest.FOX;
    static final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    static Path dataDir;
    static MixedUpstreams upstreams;
    static AnthropicClient client;

    @BeforeAll
    static void start() {
        upstreams = new MixedUpstreams(dataDir);
        client = AnthropicOkHttpClient.builder().apiKey(TestGateway.ADMIN_KEY)
                                      .baseUrl(upstreams.gateway.baseUrl()).maxRetries(0).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        upstreams.close();
    }

    @BeforeEach
    void forgetEarlierRequests() {
        upstreams.forget();
    }

    static HttpResponseFor<MessageTokensCount> count(String model, String text) {
        return client.messages().withRawResponse().countTokens(MessageCountTokensParams.builder().model(model)
                .system("Be brief.").addUserMessage(text).build());
    }

    static boolean exact(MessageTokensCount count) {
        final JsonValue exact = count._additionalProperties().get("exact");
        assertThat(exact).as("the answer says whether the count is exact").isNotNull();
        return (Boolean) exact.asBoolean().orElseThrow();
    }

    @Test
    void anthropicUpstreamCountsExactlyWithItsOwnCountTokens() throws Exception {
        final HttpResponseFor<MessageTokensCount> res = count("claude/claude-sonnet-4-5", "Hello, Claude");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().values("x-switchboard-token-count")).containsExactly("anthropic_count_tokens");
        assertThat(res.headers().values("x-switchboard-provider")).containsExactly("claude");
        final MessageTokensCount count = res.parse();
        assertThat(count.inputTokens()).isEqualTo(FakeAnthropic.COUNTED);
        assertThat(exact(count)).isTrue();

        final FakeUpstream.Seen seen = upstreams.anthropic.take();
        assertThat(seen.headers().path()).isEqualTo("/v1/messages/count_tokens");
        assertThat(seen.headers().get("x-api-key")).isEqualTo(MixedUpstreams.ANTHROPIC_KEY);
        // count_tokens takes no max_tokens (the fake answers 400 if it gets one).
        assertThat(seen.json()).isEqualTo(mapper.readTree(
                "{\"model\":\"claude-sonnet-4-5\",\"system\":\"Be brief.\","
                + "\"messages\":[{\"role\":\"user\",\"content\":\"Hello, Claude\"}]}"));
    }

    @Test
    void geminiUpstreamCountsExactlyAsRecorded() throws Exception {
        final HttpResponseFor<MessageTokensCount> res = client.messages().withRawResponse().countTokens(
                MessageCountTokensParams.builder().model("gem/gemini-2.5-flash").addUserMessage(FOX).build());
        assertThat(res.headers().values("x-switchboard-token-count")).containsExactly("gemini_count_tokens");
        final MessageTokensCount count = res.parse();
        assertThat(count.inputTokens()).isEqualTo(11);
        assertThat(exact(count)).isTrue();

        // The same request js-genai sent for the same sentence.
        final JsonNode recorded = mapper.readTree(Fixtures.bytes("gemini/jsgenai-count-tokens.json"))
                                        .at("/interactions/0/request");
        final FakeUpstream.Seen seen = upstreams.gemini.take();
        assertThat(seen.headers().path()).isEqualTo(recorded.get("url").asText());
        assertThat(seen.json()).isEqualTo(recorded.at("/bodySegments/0"));
    }

    @Test
    void openAiUpstreamGetsAnEstimateWithoutBeingCalled() {
        final HttpResponseFor<MessageTokensCount> res = count("oai/gpt-4o-mini", FOX);
        assertThat(res.headers().values("x-switchboard-token-count")).containsExactly("estimate");
        final MessageTokensCount count = res.parse();
        assertThat(exact(count)).isFalse();
        // Gemini counts the sentence as 11; the system prompt and chat framing add a few.
        assertThat(count.inputTokens()).isBetween(11L, 32L);
        assertThat(upstreams.openai.pending()).isZero();
    }

    @Test
    void responsesUpstreamGetsAnEstimateWithoutBeingCalled() {
        final HttpResponseFor<MessageTokensCount> res = count("resp/gpt-5.3-codex", FOX);
        assertThat(res.headers().values("x-switchboard-token-count")).containsExactly("estimate");
        assertThat(exact(res.parse())).isFalse();
        assertThat(upstreams.responses.pending()).isZero();
    }

    @Test
    void anUnknownModelIsA404InAnthropicsShape() throws Exception {
        final NotFoundException e = catchThrowableOfType(NotFoundException.class,
                () -> count("no-such-model", "hi"));
        assertThat(e.statusCode()).isEqualTo(404);

        final AggregatedHttpResponse raw = upstreams.gateway.post("/v1/messages/count_tokens",
                "{\"model\":\"no-such-model\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertThat(raw.status().code()).isEqualTo(404);
        final JsonNode body = mapper.readTree(raw.contentUtf8());
        assertThat(body.get("type").asText()).isEqualTo("error");
        assertThat(body.at("/error/type").asText()).isEqualTo("not_found_error");
        assertThat(body.at("/error/message").asText()).contains("no-such-model");
        assertThat(upstreams.anthropic.pending()).isZero();
    }
}
