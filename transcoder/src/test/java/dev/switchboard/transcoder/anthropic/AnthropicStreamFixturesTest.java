package dev.switchboard.transcoder.anthropic;

import static dev.switchboard.v1.FinishReason.FINISH_REASON_CONTENT_FILTER;
import static dev.switchboard.v1.FinishReason.FINISH_REASON_STOP;
import static dev.switchboard.v1.FinishReason.FINISH_REASON_TOOL_CALLS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import dev.switchboard.transcoder.common.SseEvent;
import dev.switchboard.transcoder.openai.OpenAiChunkEncoder;
import dev.switchboard.transcoder.testing.OpenAiSpec;
import dev.switchboard.transcoder.testing.StreamAssembly;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.FinishReason;
import dev.switchboard.v1.Role;

/**
 * Replays every recorded Anthropic stream (raw SSE, vercel JSONL without event lines, and the SSE
 * bodies inside the antpy HTTP recordings) through the decoder and the OpenAI chunk encoder.
 * Expected values were read off the recordings by hand.
 */
class AnthropicStreamFixturesTest {
    private static final String STREAM_SCHEMA = "CreateChatCompletionStreamResponse";

    record Call(String id, String name, String argumentsJson) {}

    /** prompt/completion/total as OpenAI reports them (Anthropic input + cache reads + cache writes). */
    record Tokens(int prompt, int completion, int total) {}

    record Expected(String recording, String id, String model, String text, List<Call> calls, FinishReason finish,
                    Tokens usage, String refusal) {
        @Override
        public String toString() {
            return recording;
        }
    }

    /** A recording: a file name, or {@code file#n} for the SSE body of exchange n of an antpy recording. */
    static List<SseEvent> events(String recording) {
        final int hash = recording.indexOf('#');
        if (hash < 0) {
            return AnthropicRecordings.events(recording);
        }
        final JsonNode exchange = AnthropicRecordings.exchanges(recording.substring(0, hash))
                                                     .get(Integer.parseInt(recording.substring(hash + 1)));
        return AnthropicRecordings.sseBody(exchange.at("/response/body").asText());
    }

    static Stream<Expected> expectations() {
        return Stream.of(
                new Expected("antpy-stream-basic-text.sse", "msg_4QpJur2dWWDjF6C758FbBw5vm12BaVipnK",
                             "claude-3-opus-latest", "Hello there!", List.of(), FINISH_REASON_STOP,
                             new Tokens(11, 6, 17), ""),
                new Expected("antpy-stream-tool-use.sse", "msg_019Q1hrJbZG26Fb9BQhrkHEr", "claude-sonnet-4-20250514",
                             "I'll check the current weather in Paris for you.",
                             List.of(new Call("toolu_01NRLabsLyVHZPKxbKvkfSMn", "get_weather",
                                              "{\"location\": \"Paris\"}")),
                             FINISH_REASON_TOOL_CALLS, new Tokens(377, 65, 442), ""),
                new Expected("antpy-http-tool-roundtrip-stream.json#0", "msg_01AusY9WEbCaj3N7Tv5J4YjH",
                             "claude-haiku-4-5-20251001", "",
                             List.of(new Call("toolu_018acGYLtfR52q9yDbWaEdQZ", "get_weather",
                                              "{\"location\": \"San Francisco, CA\", \"units\": \"f\"}")),
                             FINISH_REASON_TOOL_CALLS, new Tokens(656, 74, 730), ""),
                new Expected("antpy-http-tool-roundtrip-stream.json#1", "msg_016HxyUMAncysqX7dn1kWNRx",
                             "claude-haiku-4-5-20251001",
                             "The weather in San Francisco, CA is currently:\n- **Temperature:** 68\u00b0F\n"
                             + "- **Condition:** Sunny\n\nIt's a nice sunny day!",
                             List.of(), FINISH_REASON_STOP, new Tokens(770, 38, 808), ""),
                new Expected("vercel-anthropic-text.chunks.jsonl", "msg_01QC4g3HwBThD4BaNtBckFDJ",
                             "claude-sonnet-4-5-20250929",
                             "Hello! I'm doing well, thank you for asking. How are you doing today? Is there anything "
                             + "I can help you with?", List.of(), FINISH_REASON_STOP, new Tokens(12, 30, 42), ""),
                new Expected("vercel-anthropic-json-tool.2.chunks.jsonl", "msg_01K2JbSUMYhez5RHoK9ZCj9U",
                             "claude-haiku-4-5-20251001", "I'll invoke the JSON response tool.",
                             List.of(new Call("toolu_01KFbKqPYSuAKujiL6mTfzYA", "json",
                                              "{\"elements\": [{\"location\": \"San Francisco\", \"temperature\": 58,"
                                              + " \"condition\": \"sunny\"}]}")),
                             FINISH_REASON_TOOL_CALLS, new Tokens(849, 47, 896), ""),
                new Expected("vercel-anthropic-tool-no-args.chunks.jsonl", "msg_01GE2RKp1VYsPzdFs3sS9z5S",
                             "claude-sonnet-4-5-20250929", "I'll update the issue list for you.",
                             List.of(new Call("toolu_01QE1WLsSVp5hy5Q3GmGTmjP", "updateIssueList", "{}")),
                             FINISH_REASON_TOOL_CALLS, new Tokens(565, 48, 613), ""),
                // The compatible server corrected input_tokens in message_delta (43 -> 61): the latest counts.
                new Expected("vercel-anthropic-message-delta-input-tokens.chunks.jsonl",
                             "msg_3196a1cc08de4d76b85b8f5777c0d42b", "claude-opus-4-5-20251101", "pong", List.of(),
                             FINISH_REASON_STOP, new Tokens(61, 2, 63), ""),
                new Expected("vercel-anthropic-refusal.chunks.jsonl", "msg_01RefusalStreamAbcdefghijk",
                             "claude-fable-5", "", List.of(), FINISH_REASON_CONTENT_FILTER, new Tokens(18, 5, 23),
                             "This request triggered restrictions on violative cyber content and was blocked under "
                             + "Anthropic's Usage Policy."),
                new Expected("vercel-anthropic-json-output-format.1.chunks.jsonl", "msg_01KbeodbKEyjf2fLb2Jnkr5s",
                             "claude-sonnet-4-5-20250929", null, List.of(), FINISH_REASON_STOP,
                             new Tokens(313, 305, 618), ""));
    }

    @ParameterizedTest
    @MethodSource("expectations")
    void assemblesWhatTheRecordingSays(Expected e) throws Exception {
        final List<ChatCompletionChunk> chunks = AnthropicRecordings.decode(events(e.recording()));
        final StreamAssembly a = new StreamAssembly();
        final StringBuilder refusal = new StringBuilder();
        chunks.forEach(c -> {
            a.add(c);
            c.getChoicesList().forEach(ch -> refusal.append(ch.getDelta().getRefusal()));
        });

        if (e.text() != null) {
            assertThat(a.text()).isEqualTo(e.text());
        }
        assertThat(a.reasoning()).isEmpty();
        assertThat(a.calls()).hasSize(e.calls().size());
        for (int i = 0; i < e.calls().size(); i++) {
            final StreamAssembly.Call got = a.calls().get(i);
            assertThat(got.index()).isEqualTo(i);
            assertThat(got.id()).isEqualTo(e.calls().get(i).id());
            assertThat(got.name()).isEqualTo(e.calls().get(i).name());
            assertThat(AnthropicRecordings.tree(got.arguments()))
                    .isEqualTo(AnthropicRecordings.tree(e.calls().get(i).argumentsJson()));
        }
        assertThat(a.finishReason()).isEqualTo(e.finish());
        assertThat(a.usage().getPromptTokens()).isEqualTo(e.usage().prompt());
        assertThat(a.usage().getCompletionTokens()).isEqualTo(e.usage().completion());
        assertThat(a.usage().getTotalTokens()).isEqualTo(e.usage().total());
        assertThat(refusal.toString()).isEqualTo(e.refusal());
        assertThat(chunks).allSatisfy(c -> {
            assertThat(c.getId()).isEqualTo(e.id());
            assertThat(c.getModel()).isEqualTo(e.model());
            assertThat(c.getCreated()).isEqualTo(chunks.get(0).getCreated());
        });
    }

    @ParameterizedTest
    @MethodSource("expectations")
    void everyReencodedChunkValidatesAgainstTheSpec(Expected e) {
        for (ChatCompletionChunk chunk : AnthropicRecordings.decode(events(e.recording()))) {
            OpenAiSpec.assertValid(STREAM_SCHEMA, OpenAiChunkEncoder.encode(chunk, true));
            OpenAiSpec.assertValid(STREAM_SCHEMA, OpenAiChunkEncoder.encode(chunk, false));
        }
    }

    @ParameterizedTest
    @MethodSource("expectations")
    void roleComesFirstFinishOnTheLastChoiceChunkAndUsageAlone(Expected e) {
        final List<ChatCompletionChunk> chunks = AnthropicRecordings.decode(events(e.recording()));
        assertThat(chunks.get(0).getChoices(0).getDelta().getRole()).isEqualTo(Role.ROLE_ASSISTANT);
        assertThat(chunks.subList(1, chunks.size()))
                .allSatisfy(c -> c.getChoicesList().forEach(
                        ch -> assertThat(ch.getDelta().getRole()).isEqualTo(Role.ROLE_UNSPECIFIED)));
        final ChatCompletionChunk last = chunks.get(chunks.size() - 1);
        assertThat(last.getChoicesCount()).isZero();
        assertThat(last.hasUsage()).isTrue();
        final ChatCompletionChunk finish = chunks.get(chunks.size() - 2);
        assertThat(finish.getChoices(0).getFinishReason()).isEqualTo(e.finish());
        assertThat(chunks.subList(0, chunks.size() - 2)).allSatisfy(c -> {
            assertThat(c.hasUsage()).isFalse();
            c.getChoicesList().forEach(
                    ch -> assertThat(ch.getFinishReason()).isEqualTo(FinishReason.FINISH_REASON_UNSPECIFIED));
        });
    }

    @Test
    void structuredOutputStreamedAsTextIsTheWholeJsonDocument() {
        final StreamAssembly a = new StreamAssembly();
        AnthropicRecordings.decode(events("vercel-anthropic-json-output-format.1.chunks.jsonl")).forEach(a::add);
        final JsonNode json = AnthropicRecordings.tree(a.text());
        assertThat(json.at("/characters")).hasSize(3);
        assertThat(json.at("/characters/0/name").asText()).isEqualTo("Theron Ironheart");
        assertThat(json.at("/characters/1/class").asText()).isEqualTo("mage");
        assertThat(json.at("/characters/2/name").asText()).isEqualTo("Rook Shadowstep");
    }

    @Test
    void aCallWhoseOnlyArgumentFragmentIsEmptyGetsAnEmptyObject() {
        final StreamAssembly a = new StreamAssembly();
        AnthropicRecordings.decode(events("vercel-anthropic-tool-no-args.chunks.jsonl")).forEach(a::add);
        assertThat(a.calls().get(0).arguments()).isEqualTo("{}");
    }

    @Test
    void theRecordedStreamsPadTheirJsonWithSpaces() {
        // The reason the decoder strips data before parsing: the antpy recording writes "} }".
        assertThat(events("antpy-http-tool-roundtrip-stream.json#0"))
                .anySatisfy(ev -> assertThat(ev.data()).endsWith("}             }"));
    }
}
