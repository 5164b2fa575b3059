package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.helpers.MessageAccumulator;
import com.anthropic.models.messages.ContentBlock;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.anthropic.models.messages.StopReason;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;

import com.linecorp.armeria.common.AggregatedHttpResponse;

import dev.switchboard.server.testing.FakeResponses;
import dev.switchboard.server.testing.TestGateway;

/**
 * A Responses upstream that streams the way OpenRouter does (the hand-written
 * fixtures/written/responses/dataonly-comments-done-reasoning-last.sse: data-only events, keep-alive
 * comments, raw reasoning text, the reasoning item done after the message, a closing {@code [DONE]}),
 * called by an OpenAI chat client, an Anthropic Messages client and a Responses client: each gets
 * the whole answer and its reasoning, and no error; the Responses client a stream as strict as OpenAI's.
 */
class LenientResponsesUpstreamE2ETest {
    static final String KEY = "sk-lenient-responses-31c9";
    static final ObjectMapper mapper = new ObjectMapper();
    static final String REASONING = "Capital of France? That is Paris.";
    static final String ANSWER = "The capital of France is Paris.";

    @TempDir
    static Path dataDir;
    static FakeResponses upstream;
    static TestGateway gateway;
    static OpenAIClient openai;
    static AnthropicClient anthropic;

    @BeforeAll
    static void start() {
        upstream = new FakeResponses(KEY);
        gateway = TestGateway.start(dataDir);
        final AggregatedHttpResponse created = gateway.post("/admin/v1/providers",
                "{\"name\":\"resp\",\"preset\":\"custom\",\"api_format\":\"openai_responses\",\"base_url\":\""
                + upstream.baseUrl() + "\",\"api_key\":\"" + KEY + "\"}");
        assertThat(created.status().code()).as(created.contentUtf8()).isEqualTo(200);
        openai = OpenAIOkHttpClient.builder().apiKey(TestGateway.ADMIN_KEY).baseUrl(gateway.baseUrl() + "/v1")
                                   .maxRetries(0).build();
        anthropic = AnthropicOkHttpClient.builder().apiKey(TestGateway.ADMIN_KEY).baseUrl(gateway.baseUrl())
                                         .maxRetries(0).build();
    }

    @AfterAll
    static void stop() {
        openai.close();
        anthropic.close();
        gateway.close();
        upstream.close();
    }

    @Test
    void aChatClientStreamsTheWholeAnswerWithItsReasoning() {
        final StringBuilder text = new StringBuilder();
        final StringBuilder reasoning = new StringBuilder();
        final List<ChatCompletionChunk> chunks = new ArrayList<>();
        try (StreamResponse<ChatCompletionChunk> s = openai.chat().completions().createStreaming(
                ChatCompletionCreateParams.builder().model("resp/data-only").addUserMessage("Capital of France?")
                        .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build()).build())) {
            s.stream().forEach(c -> {
                chunks.add(c);
                c.choices().forEach(ch -> {
                    ch.delta().content().ifPresent(text::append);
                    final JsonValue r = ch.delta()._additionalProperties().get("reasoning_content");
                    if (r != null) {
                        reasoning.append(r.asString().orElse(""));
                    }
                });
            });
        }
        assertThat(text.toString()).isEqualTo(ANSWER);
        assertThat(reasoning.toString()).isEqualTo(REASONING);
        assertThat(chunks.stream().flatMap(c -> c.choices().stream()).flatMap(ch -> ch.finishReason().stream())
                         .map(f -> f.asString()).toList()).containsExactly("stop");
        assertThat(chunks.get(chunks.size() - 1).usage().orElseThrow().totalTokens()).isEqualTo(50);
    }

    @Test
    void aChatClientGetsTheWholeResponseWithItsRawReasoning() {
        final ChatCompletion c = openai.chat().completions().create(ChatCompletionCreateParams.builder()
                .model("resp/data-only").addUserMessage("Capital of France?").build());
        assertThat(c.choices().get(0).message().content()).contains(ANSWER);
        assertThat(c.choices().get(0).message()._additionalProperties().get("reasoning_content").asString())
                .contains(REASONING);
        assertThat(c.usage().orElseThrow().completionTokens()).isEqualTo(29);
    }

    @Test
    void aResponsesClientStillGetsAStrictStream() throws Exception {
        final AggregatedHttpResponse res = gateway.post("/v1/responses",
                "{\"model\":\"resp/data-only\",\"input\":\"Capital of France?\",\"stream\":true}");
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        final List<String> types = new ArrayList<>();
        JsonNode completed = null;
        for (String block : res.contentUtf8().split("\n\n")) {
            if (block.isBlank()) {
                continue;
            }
            // Every event named on its own line, as OpenAI streams: no comments, no data-only events, no [DONE].
            final String[] lines = block.strip().split("\n");
            assertThat(lines).as(block).hasSize(2);
            assertThat(lines[0]).startsWith("event: ");
            assertThat(lines[1]).startsWith("data: ");
            final JsonNode data = mapper.readTree(lines[1].substring("data: ".length()));
            assertThat(data.get("type").asText()).isEqualTo(lines[0].substring("event: ".length()));
            types.add(data.get("type").asText());
            completed = "response.completed".equals(data.get("type").asText()) ? data.get("response") : completed;
        }
        assertThat(types).startsWith("response.created").endsWith("response.completed").doesNotContain("error");
        final JsonNode output = completed.get("output");
        assertThat(output).hasSize(2);
        assertThat(output.get(0).get("type").asText()).isEqualTo("reasoning");
        assertThat(output.get(0).at("/summary/0/text").asText()).isEqualTo(REASONING);
        assertThat(output.get(1).at("/content/0/text").asText()).isEqualTo(ANSWER);
    }

    @Test
    void aMessagesClientStreamsThinkingThenTheAnswer() {
        final MessageAccumulator acc = MessageAccumulator.create();
        final List<String> events = new ArrayList<>();
        try (com.anthropic.core.http.StreamResponse<RawMessageStreamEvent> s = anthropic.messages().createStreaming(
                MessageCreateParams.builder().model("resp/data-only").maxTokens(200)
                                   .addUserMessage("Capital of France?").build())) {
            s.stream().forEach(e -> {
                acc.accumulate(e);
                events.add(e.isContentBlockStart() ? "start" : e.isMessageStop() ? "stop" : "");
            });
        }
        final Message m = acc.message();
        assertThat(m.content()).hasSize(2);
        final ContentBlock thinking = m.content().get(0);
        assertThat(thinking.isThinking()).isTrue();
        assertThat(thinking.asThinking().thinking()).isEqualTo(REASONING);
        assertThat(m.content().get(1).asText().text()).isEqualTo(ANSWER);
        assertThat(m.stopReason()).contains(StopReason.END_TURN);
        assertThat(m.usage().outputTokens()).isEqualTo(29);
        assertThat(events).filteredOn(e -> !e.isEmpty()).containsExactly("start", "start", "stop");
    }
}
