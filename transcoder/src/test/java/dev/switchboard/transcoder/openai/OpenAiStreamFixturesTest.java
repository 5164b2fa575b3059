package dev.switchboard.transcoder.openai;

import static dev.switchboard.v1.FinishReason.FINISH_REASON_LENGTH;
import static dev.switchboard.v1.FinishReason.FINISH_REASON_STOP;
import static dev.switchboard.v1.FinishReason.FINISH_REASON_TOOL_CALLS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.transcoder.testing.Fixtures;
import dev.switchboard.transcoder.testing.OpenAiSpec;
import dev.switchboard.transcoder.testing.StreamAssembly;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.FinishReason;

/**
 * Replays every recorded OpenAI and OpenAI-compatible stream through the decoder and the encoder.
 * Expected values were read off the recordings by hand.
 */
class OpenAiStreamFixturesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String STREAM_SCHEMA = "CreateChatCompletionStreamResponse";

    static Stream<String> recordings() {
        return Stream.of(
                "openai/chat/oaipy-stream-text-include-usage.sse",
                "openai/chat/oaipy-stream-parallel-tool-calls.sse",
                "openai/chat/oaipy-stream-strict-tool-call.sse",
                "openai/chat/oaipy-stream-non-strict-tool-call.sse",
                "openai/chat/oaipy-stream-json-schema-response-format.sse",
                "openai/chat/oaipy-stream-json-schema-non-pydantic.sse",
                "openai/chat/oaipy-stream-finish-length-max-tokens-1.sse",
                "openai/chat/oaipy-stream-content-logprobs.sse",
                "openai/chat/louter-stream-gpt-4o-mini-no-usage.sse",
                "openai/chat/vercel-openai-text.chunks.jsonl",
                "openai/chat/vercel-azure-model-router.chunks.jsonl",
                "openai-compatible/vercel-deepseek-tool-call.chunks.jsonl",
                "openai-compatible/vercel-groq-tool-call.chunks.jsonl",
                "openai-compatible/vercel-mistral-tool-call.chunks.jsonl",
                "openai-compatible/vercel-xai-text.chunks.jsonl",
                "openai-compatible/vercel-xai-tool-call.chunks.jsonl");
    }

    private static List<ChatCompletionChunk> decode(String path) {
        final OpenAiChunkDecoder decoder = new OpenAiChunkDecoder();
        final List<ChatCompletionChunk> chunks = new ArrayList<>();
        for (String data : Fixtures.streamPayloads(path)) {
            final ChatCompletionChunk chunk = decoder.decode(data);
            if (chunk != null) {
                chunks.add(chunk);
            }
        }
        return chunks;
    }

    private static StreamAssembly assemble(String path) {
        final StreamAssembly assembly = new StreamAssembly();
        decode(path).forEach(assembly::add);
        return assembly;
    }

    @ParameterizedTest
    @MethodSource("recordings")
    void everyReencodedChunkValidatesAgainstTheSpec(String path) {
        final List<ChatCompletionChunk> chunks = decode(path);
        assertThat(chunks).isNotEmpty();
        for (ChatCompletionChunk chunk : chunks) {
            OpenAiSpec.assertValid(STREAM_SCHEMA, OpenAiChunkEncoder.encode(chunk, true));
            OpenAiSpec.assertValid(STREAM_SCHEMA, OpenAiChunkEncoder.encode(chunk, false));
        }
    }

    record Call(String id, String name, String argumentsJson) {}

    /** Usage as read off the recording; cached and reasoning are the details (0 when absent). */
    record Tokens(int prompt, int completion, int total, int cached, int reasoning) {}

    record Expected(String path, String text, String reasoning, List<Call> calls, FinishReason finish,
                    Tokens usage) {
        @Override
        public String toString() {
            return path;
        }
    }

    static Stream<Expected> expectations() {
        return Stream.of(
                new Expected("openai/chat/oaipy-stream-text-include-usage.sse",
                             "I'm unable to provide real-time weather updates. To get the current weather in " +
                             "San Francisco, I recommend checking a reliable weather website or a weather app.",
                             "", List.of(), FINISH_REASON_STOP, new Tokens(14, 30, 44, 0, 0)),
                new Expected("openai/chat/oaipy-stream-parallel-tool-calls.sse", "", "",
                             List.of(new Call("call_JMW1whyEaYG438VE1OIflxA2", "GetWeatherArgs",
                                              "{\"city\": \"Edinburgh\", \"country\": \"GB\", \"units\": \"c\"}"),
                                     new Call("call_DNYTawLBoN8fj3KN6qU9N1Ou", "get_stock_price",
                                              "{\"ticker\": \"AAPL\", \"exchange\": \"NASDAQ\"}")),
                             FINISH_REASON_TOOL_CALLS, new Tokens(149, 60, 209, 0, 0)),
                new Expected("openai/chat/oaipy-stream-strict-tool-call.sse", "", "",
                             List.of(new Call("call_CTf1nWJLqSeRgDqaCG27xZ74", "get_weather",
                                              "{\"city\":\"San Francisco\",\"state\":\"CA\"}")),
                             FINISH_REASON_TOOL_CALLS, new Tokens(48, 19, 67, 0, 0)),
                new Expected("openai/chat/oaipy-stream-non-strict-tool-call.sse", "", "",
                             List.of(new Call("call_4XzlGBLtUe9dy3GVNV4jhq7h", "get_weather",
                                              "{\"city\":\"New York City\"}")),
                             FINISH_REASON_TOOL_CALLS, new Tokens(44, 16, 60, 0, 0)),
                new Expected("openai/chat/oaipy-stream-json-schema-response-format.sse",
                             "{\"city\":\"San Francisco\",\"temperature\":61,\"units\":\"f\"}", "", List.of(),
                             FINISH_REASON_STOP, new Tokens(79, 14, 93, 0, 0)),
                new Expected("openai/chat/oaipy-stream-finish-length-max-tokens-1.sse", "{\"", "", List.of(),
                             FINISH_REASON_LENGTH, new Tokens(79, 1, 80, 0, 0)),
                new Expected("openai/chat/oaipy-stream-content-logprobs.sse", "Foo!", "", List.of(),
                             FINISH_REASON_STOP, new Tokens(9, 2, 11, 0, 0)),
                new Expected("openai/chat/louter-stream-gpt-4o-mini-no-usage.sse", "1, 2, 3.", "", List.of(),
                             FINISH_REASON_STOP, null),
                new Expected("openai/chat/vercel-azure-model-router.chunks.jsonl", "Capital of Denmark.", "",
                             List.of(), FINISH_REASON_STOP, new Tokens(15, 78, 93, 0, 64)),
                new Expected("openai-compatible/vercel-deepseek-tool-call.chunks.jsonl", "",
                             "The user is asking for the weather in San Francisco. I need to use the weather " +
                             "tool to get this information. Let me invoke the weather tool with the location " +
                             "parameter set to \"San Francisco\".",
                             List.of(new Call("call_00_ioIn7yN9p1ZOMNpDLwd4MgAF", "weather",
                                              "{\"location\": \"San Francisco\"}")),
                             FINISH_REASON_TOOL_CALLS, new Tokens(339, 83, 422, 320, 39)),
                new Expected("openai-compatible/vercel-groq-tool-call.chunks.jsonl", "", "",
                             List.of(new Call("tk85n1k4m", "weather", "{}")),
                             FINISH_REASON_TOOL_CALLS, new Tokens(210, 15, 225, 0, 0)),
                new Expected("openai-compatible/vercel-mistral-tool-call.chunks.jsonl", "", "",
                             List.of(new Call("gSIMJiOkT", "weather", "{\"location\": \"San Francisco\"}")),
                             FINISH_REASON_TOOL_CALLS, new Tokens(124, 22, 146, 0, 0)),
                new Expected("openai-compatible/vercel-xai-text.chunks.jsonl", "Hello", "First, the user said",
                             List.of(), FINISH_REASON_STOP, new Tokens(12, 1 + 290, 303, 11, 290)),
                new Expected("openai-compatible/vercel-xai-tool-call.chunks.jsonl", "", "First, the user is",
                             List.of(new Call("call_55117580", "weather", "{\"location\":\"San Francisco\"}")),
                             FINISH_REASON_TOOL_CALLS, new Tokens(291, 26 + 196, 513, 290, 196)));
    }

    @ParameterizedTest
    @MethodSource("expectations")
    void assemblesWhatTheRecordingSays(Expected e) throws Exception {
        final StreamAssembly a = assemble(e.path());
        assertThat(a.text()).isEqualTo(e.text());
        assertThat(a.reasoning()).isEqualTo(e.reasoning());
        assertThat(a.calls()).hasSize(e.calls().size());
        for (int i = 0; i < e.calls().size(); i++) {
            final StreamAssembly.Call actual = a.calls().get(i);
            final Call expected = e.calls().get(i);
            assertThat(actual.index()).isEqualTo(i);
            assertThat(actual.id()).isEqualTo(expected.id());
            assertThat(actual.name()).isEqualTo(expected.name());
            assertThat(MAPPER.readTree(actual.arguments())).isEqualTo(MAPPER.readTree(expected.argumentsJson()));
        }
        assertThat(a.finishReason()).isEqualTo(e.finish());
        if (e.usage() == null) {
            assertThat(a.usage()).isNull();
        } else {
            assertThat(a.usage()).isNotNull();
            assertThat(a.usage().getPromptTokens()).isEqualTo(e.usage().prompt());
            assertThat(a.usage().getCompletionTokens()).isEqualTo(e.usage().completion());
            assertThat(a.usage().getTotalTokens()).isEqualTo(e.usage().total());
            assertThat(a.usage().getCachedPromptTokens()).isEqualTo(e.usage().cached());
            assertThat(a.usage().getReasoningTokens()).isEqualTo(e.usage().reasoning());
        }
    }

    @Test
    void assemblesTheLongVercelTextStreamWithUsageDetails() {
        final StreamAssembly a = assemble("openai/chat/vercel-openai-text.chunks.jsonl");
        assertThat(a.text()).hasSize(1724)
                            .startsWith("**Holiday Name:** Harmony Day\n\n**Date:** Celebrated annually")
                            .endsWith("connected through shared human experiences and mutual respect.");
        assertThat(a.finishReason()).isEqualTo(FINISH_REASON_STOP);
        assertThat(a.usage().getPromptTokens()).isEqualTo(16);
        assertThat(a.usage().getCompletionTokens()).isEqualTo(300);
        assertThat(a.usage().getTotalTokens()).isEqualTo(316);
    }

    @Test
    void assemblesTheLongStructuredOutputIntoTheRecordedJson() throws Exception {
        final StreamAssembly a = assemble("openai/chat/oaipy-stream-json-schema-non-pydantic.sse");
        final JsonNode expected = MAPPER.readTree(
                "{\"location\":\"San Francisco, CA\",\"weather\":{\"temperature\":\"18°C\"," +
                "\"condition\":\"Partly Cloudy\",\"humidity\":\"72%\",\"windSpeed\":\"15 km/h\"," +
                "\"windDirection\":\"NW\"},\"forecast\":[" +
                "{\"day\":\"Monday\",\"high\":\"20°C\",\"low\":\"14°C\",\"condition\":\"Sunny\"}," +
                "{\"day\":\"Tuesday\",\"high\":\"19°C\",\"low\":\"15°C\",\"condition\":\"Mostly Cloudy\"}," +
                "{\"day\":\"Wednesday\",\"high\":\"18°C\",\"low\":\"14°C\",\"condition\":\"Cloudy\"}]}");
        assertThat(MAPPER.readTree(a.text())).isEqualTo(expected);
        assertThat(a.text()).startsWith("\n  {\n    \"location\"");
        assertThat(a.usage().getTotalTokens()).isEqualTo(196);
    }

    @Test
    void skipsAzuresLeadingPromptFilterChunk() {
        final List<String> payloads = Fixtures.jsonl("openai/chat/vercel-azure-model-router.chunks.jsonl");
        final OpenAiChunkDecoder decoder = new OpenAiChunkDecoder();
        assertThat(decoder.decode(payloads.get(0))).isNull();
        final ChatCompletionChunk second = decoder.decode(payloads.get(1));
        assertThat(second.getId()).isEqualTo("chatcmpl-CYPS1lijGoK8gd9lYzY3r9Sx50nbt");
        assertThat(second.getSystemFingerprint()).isEmpty();
        assertThat(second.hasUsage()).isFalse();
    }

    @Test
    void givesMistralsIndexlessToolCallIndexZeroAndTypeFunction() throws Exception {
        final List<String> payloads = Fixtures.jsonl("openai-compatible/vercel-mistral-tool-call.chunks.jsonl");
        final OpenAiChunkDecoder decoder = new OpenAiChunkDecoder();
        decoder.decode(payloads.get(0));
        final ChatCompletionChunk chunk = decoder.decode(payloads.get(1));
        // One chunk carries the whole call, the finish reason and the usage.
        assertThat(chunk.getChoices(0).getFinishReason()).isEqualTo(FINISH_REASON_TOOL_CALLS);
        assertThat(chunk.hasUsage()).isTrue();
        final JsonNode out = MAPPER.readTree(OpenAiChunkEncoder.encode(chunk, false));
        final JsonNode call = out.at("/choices/0/delta/tool_calls/0");
        assertThat(call.get("index").asInt()).isZero();
        assertThat(call.get("id").asText()).isEqualTo("gSIMJiOkT");
        assertThat(call.get("type").asText()).isEqualTo("function");
        assertThat(call.at("/function/name").asText()).isEqualTo("weather");
        assertThat(out.at("/usage/total_tokens").asInt()).isEqualTo(146);
    }

    @Test
    void keepsParallelToolCallsApartByIndex() {
        final List<ChatCompletionChunk> chunks = decode("openai/chat/oaipy-stream-parallel-tool-calls.sse");
        final List<Integer> indexes = chunks.stream()
                                            .flatMap(c -> c.getChoicesList().stream())
                                            .flatMap(c -> c.getDelta().getToolCallsList().stream())
                                            .map(t -> t.getIndex())
                                            .distinct()
                                            .toList();
        assertThat(indexes).containsExactly(0, 1);
    }

    @Test
    void passesLogprobsThroughUnchanged() throws Exception {
        final List<String> payloads = Fixtures.sseData("openai/chat/oaipy-stream-content-logprobs.sse");
        final ChatCompletionChunk chunk = new OpenAiChunkDecoder().decode(payloads.get(1));
        final JsonNode out = MAPPER.readTree(OpenAiChunkEncoder.encode(chunk, false));
        assertThat(out.at("/choices/0/logprobs")).isEqualTo(MAPPER.readTree(
                "{\"content\":[{\"token\":\"Foo\",\"logprob\":-0.0025094282,\"bytes\":[70,111,111]," +
                "\"top_logprobs\":[]}],\"refusal\":null}"));
    }

    @Test
    void readsGroqUsageFromTheLastChunk() {
        final List<ChatCompletionChunk> chunks = decode("openai-compatible/vercel-groq-tool-call.chunks.jsonl");
        final ChatCompletionChunk last = chunks.get(chunks.size() - 1);
        assertThat(last.getUsage().getPromptTokens()).isEqualTo(210);
        assertThat(chunks.get(0).hasUsage()).isFalse();
    }
}
