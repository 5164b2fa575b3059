package dev.switchboard.transcoder.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.transcoder.anthropic.AnthropicFormat;
import dev.switchboard.transcoder.anthropic.MessagesResponseEncoder;
import dev.switchboard.transcoder.anthropic.MessagesStreamEncoder;
import dev.switchboard.transcoder.common.SseEvent;
import dev.switchboard.transcoder.common.SseParser;
import dev.switchboard.transcoder.gemini.GeminiFormat;
import dev.switchboard.transcoder.openai.OpenAiChatResponseEncoder;
import dev.switchboard.transcoder.openai.OpenAiChunkEncoder;
import dev.switchboard.transcoder.openai.OpenAiFormat;
import dev.switchboard.transcoder.responses.ResponseObjectEncoder;
import dev.switchboard.transcoder.responses.ResponsesFormat;
import dev.switchboard.transcoder.testing.Fixtures;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.StoredResponse;
import dev.switchboard.v1.Usage;

/**
 * Every upstream format's usage into every ingress format, the table in docs/providers.md ("Usage
 * mapping"). Each row is an upstream answer (recorded where a recording shows the case, otherwise
 * written from the provider's reference) with the canonical counts a person computed from that
 * provider's definitions: prompt includes cache reads and writes, completion includes reasoning.
 * Each ingress must then say the same thing in its own terms: OpenAI chat and Responses as they
 * are; Anthropic with input_tokens excluding the cache reads and writes it reports apart, and
 * output_tokens including thinking.
 */
class UsageMappingTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The canonical counts one upstream answer must come out as. */
    record Counts(int prompt, int cached, int cacheWrite, int completion, int reasoning, int total) {}

    static Stream<Arguments> wholeAnswers() {
        return Stream.of(
                // OpenAI: prompt_tokens includes cached_tokens, completion_tokens includes reasoning_tokens.
                Arguments.of(new OpenAiFormat(), "openai/chat/vercel-openai-text.json",
                             new Counts(16, 0, 0, 363, 0, 379)),
                // DeepSeek counts as OpenAI does: 339 + 92 = 431, its 48 reasoning tokens inside the 92.
                Arguments.of(new OpenAiFormat(), "openai-compatible/vercel-deepseek-tool-call.json",
                             new Counts(339, 320, 0, 92, 48, 431)),
                // DeepSeek's own cache field, without prompt_tokens_details: 320 hits of 339.
                Arguments.of(new OpenAiFormat(), "written:openai-compatible/deepseek-cache-hit-without-details.json",
                             new Counts(339, 320, 0, 92, 48, 431)),
                // xAI counts reasoning apart: 12 + 1 + 228 = 241, so completion is 1 + 228.
                Arguments.of(new OpenAiFormat(), "openai-compatible/vercel-xai-text.json",
                             new Counts(12, 2, 0, 229, 228, 241)),
                // 291 + 26 + 189 = 506.
                Arguments.of(new OpenAiFormat(), "openai-compatible/vercel-xai-tool-call.json",
                             new Counts(291, 244, 0, 215, 189, 506)),
                // Anthropic: input_tokens excludes cache reads and writes; output_tokens includes thinking.
                Arguments.of(new AnthropicFormat(), "anthropic/vercel-anthropic-text.json",
                             new Counts(12, 0, 0, 29, 0, 41)),
                Arguments.of(new AnthropicFormat(), "written:anthropic/message-cache-read-and-write.json",
                             new Counts(100 + 50 + 25, 50, 25, 10, 0, 185)),
                // Gemini: candidatesTokenCount leaves thoughtsTokenCount out; 9 + 28 + 244 = 281.
                Arguments.of(new GeminiFormat(), "gemini/vercel-google-text.json",
                             new Counts(9, 0, 0, 28 + 244, 244, 281)),
                // A grounded answer: toolUsePromptTokenCount is prompt the total counts (100 + 50 + 40 + 10).
                Arguments.of(new GeminiFormat(), "written:gemini/usage-tool-use-prompt-cached.json",
                             new Counts(150, 60, 0, 50, 10, 200)),
                // Responses: input_tokens includes cached_tokens, output_tokens includes reasoning_tokens.
                Arguments.of(new ResponsesFormat(), "openai/responses/vercel-openai-phase.1.json",
                             new Counts(7243, 3072, 0, 423, 58, 7666)),
                // A compatible Responses server counting reasoning apart, as xAI's chat does: 12 + 1 + 290 = 303.
                Arguments.of(new ResponsesFormat(), "written:responses/usage-reasoning-apart.json",
                             new Counts(12, 0, 0, 291, 290, 303)),
                // Responses input_tokens_details.cache_write_tokens, inside input_tokens: 2048 + 100 = 2148.
                Arguments.of(new ResponsesFormat(), "written:responses/usage-cache-write.json",
                             new Counts(2048, 1024, 512, 100, 40, 2148)));
    }

    static Stream<Arguments> streams() {
        return Stream.of(
                // xAI's usage chunk: 12 + 1 + 290 = 303.
                Arguments.of(new OpenAiFormat(), "openai-compatible/vercel-xai-text.chunks.jsonl",
                             new Counts(12, 11, 0, 291, 290, 303)),
                // 291 + 26 + 196 = 513.
                Arguments.of(new OpenAiFormat(), "openai-compatible/vercel-xai-tool-call.chunks.jsonl",
                             new Counts(291, 290, 0, 222, 196, 513)),
                // Azure (OpenAI's counting): 15 + 78 = 93, the 64 reasoning tokens inside the 78.
                Arguments.of(new OpenAiFormat(), "openai/chat/vercel-azure-model-router.chunks.jsonl",
                             new Counts(15, 0, 0, 78, 64, 93)),
                // message_start has input_tokens 12, message_delta the cumulative output_tokens 30.
                Arguments.of(new AnthropicFormat(), "anthropic/vercel-anthropic-text.chunks.jsonl",
                             new Counts(12, 0, 0, 30, 0, 42)),
                // Gemini repeats a running total; the last one: 9 + 23 + 185 = 217.
                Arguments.of(new GeminiFormat(), "gemini/vercel-google-text.chunks.jsonl",
                             new Counts(9, 0, 0, 23 + 185, 185, 217)),
                // response.completed's usage.
                Arguments.of(new ResponsesFormat(), "openai/responses/vercel-openai-phase.1.chunks.jsonl",
                             new Counts(7112, 3072, 0, 463, 64, 7575)),
                // Anthropic's output_tokens_details.thinking_tokens (25 of the 40 output tokens); 3 + 1111 + 418 prompt.
                Arguments.of(new AnthropicFormat(), "written:anthropic/messages/usage-thinking-tokens-cache-ttl.sse",
                             new Counts(1532, 1111, 418, 40, 25, 1572)),
                // OpenRouter: 11 reasoning tokens reported in a completion of 10 whose total is 43 + 10 = 53.
                Arguments.of(new OpenAiFormat(),
                             "written:openai-compatible/openrouter-usage-cost-reasoning-over-completion.sse",
                             new Counts(43, 0, 0, 10, 10, 53)),
                // Gemini's last running total: 147 prompt + 360 tool-use prompt + 108 candidates + 168 thoughts = 783.
                Arguments.of(new GeminiFormat(), "written:gemini/code-execution-usage-not-monotonic.sse",
                             new Counts(507, 0, 0, 276, 168, 783)));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("wholeAnswers")
    void aWholeAnswersUsageMeansTheSameInEveryIngress(UpstreamFormat format, String body, Counts want)
            throws Exception {
        final ChatCompletionResponse r = format.decodeChat(body(body));
        assertCanonical(r.getUsage(), want);

        final JsonNode chat = MAPPER.readTree(OpenAiChatResponseEncoder.encode(r)).get("usage");
        assertChat(chat, want);
        final JsonNode messages = MAPPER.readTree(MessagesResponseEncoder.encode(r, "m")).get("usage");
        assertMessages(messages, want);
        assertResponses(responsesUsage(r), want);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("streams")
    void aStreamsUsageMeansTheSameInEveryIngress(UpstreamFormat format, String recording, Counts want)
            throws Exception {
        final StreamDecoder decoder = format.newStreamDecoder("m");
        final List<ChatCompletionChunk> chunks = new ArrayList<>();
        for (SseEvent e : events(recording)) {
            decoder.decode(e, chunks::add);
        }
        final Usage usage = chunks.stream().filter(ChatCompletionChunk::hasUsage).reduce((a, b) -> b)
                                  .orElseThrow().getUsage();
        assertCanonical(usage, want);

        // Chat: the usage chunk (choices: []) that include_usage asks for.
        final ChatCompletionChunk usageChunk = ChatCompletionChunk.newBuilder().setId("c").setModel("m")
                                                                  .setUsage(usage).build();
        assertChat(MAPPER.readTree(OpenAiChunkEncoder.encode(usageChunk, true)).get("usage"), want);

        // Messages: message_delta carries the exact usage at the end.
        final MessagesStreamEncoder messages = new MessagesStreamEncoder("m");
        final StringBuilder sse = new StringBuilder();
        chunks.forEach(c -> sse.append(new String(messages.encode(c), StandardCharsets.UTF_8)));
        sse.append(new String(messages.finish(), StandardCharsets.UTF_8));
        assertMessages(event(sse.toString(), "message_delta").get("usage"), want);

        // Responses: response.completed carries the response object with the stream's usage.
        assertResponses(responsesUsage(ChatCompletionResponse.newBuilder().setUsage(usage).build()), want);
    }

    @Test
    void audioTokensReachAChatClientAndStayInsideTheCountsElsewhere() throws Exception {
        // OpenAI (audio-usage.json): 96 of the 120 prompt tokens and 70 of the 85 completion tokens were audio.
        final ChatCompletionResponse openAi = new OpenAiFormat().decodeChat(body("written:openai/chat/audio-usage.json"));
        final JsonNode chat = MAPPER.readTree(OpenAiChatResponseEncoder.encode(openAi)).get("usage");
        assertThat(chat.at("/prompt_tokens_details/audio_tokens").asInt()).isEqualTo(96);
        assertThat(chat.at("/completion_tokens_details/audio_tokens").asInt()).isEqualTo(70);
        assertThat(chat.get("total_tokens").asInt()).isEqualTo(205);
        // Anthropic and Responses define no audio count: it stays inside input and output.
        final JsonNode messages = MAPPER.readTree(MessagesResponseEncoder.encode(openAi, "m")).get("usage");
        assertThat(messages.get("input_tokens").asInt()).isEqualTo(120);
        assertThat(messages.get("output_tokens").asInt()).isEqualTo(85);
        assertThat(messages.toString()).doesNotContain("audio");
        final JsonNode responses = responsesUsage(openAi);
        assertThat(responses.get("input_tokens").asInt()).isEqualTo(120);
        assertThat(responses.get("output_tokens").asInt()).isEqualTo(85);
        assertThat(responses.toString()).doesNotContain("audio");

        // Gemini (usage-audio-modalities.json): the AUDIO entry of promptTokensDetails, 200 of 212.
        final ChatCompletionResponse gemini =
                new GeminiFormat().decodeChat(body("written:gemini/usage-audio-modalities.json"));
        final JsonNode fromGemini = MAPPER.readTree(OpenAiChatResponseEncoder.encode(gemini)).get("usage");
        assertThat(fromGemini.get("prompt_tokens").asInt()).isEqualTo(212);
        assertThat(fromGemini.at("/prompt_tokens_details/audio_tokens").asInt()).isEqualTo(200);
        assertThat(fromGemini.at("/completion_tokens_details/audio_tokens").isMissingNode()).isTrue();
        assertThat(fromGemini.get("total_tokens").asInt()).isEqualTo(212 + 30 + 15);
    }

    private static void assertCanonical(Usage u, Counts want) {
        assertThat(u.getPromptTokens()).as("prompt").isEqualTo(want.prompt());
        assertThat(u.getCachedPromptTokens()).as("cached").isEqualTo(want.cached());
        assertThat(u.getCacheWriteTokens()).as("cache write").isEqualTo(want.cacheWrite());
        assertThat(u.getCompletionTokens()).as("completion").isEqualTo(want.completion());
        assertThat(u.getReasoningTokens()).as("reasoning").isEqualTo(want.reasoning());
        assertThat(u.getTotalTokens()).as("total").isEqualTo(want.total());
    }

    private static void assertChat(JsonNode u, Counts want) {
        assertThat(u.get("prompt_tokens").asInt()).as("chat prompt_tokens").isEqualTo(want.prompt());
        assertThat(u.get("completion_tokens").asInt()).as("chat completion_tokens").isEqualTo(want.completion());
        assertThat(u.get("total_tokens").asInt()).as("chat total_tokens").isEqualTo(want.total());
        assertThat(u.at("/prompt_tokens_details/cached_tokens").asInt()).isEqualTo(want.cached());
        assertThat(u.at("/completion_tokens_details/reasoning_tokens").asInt()).isEqualTo(want.reasoning());
    }

    private static void assertMessages(JsonNode u, Counts want) {
        assertThat(u.get("input_tokens").asInt()).as("messages input_tokens")
                                                 .isEqualTo(want.prompt() - want.cached() - want.cacheWrite());
        assertThat(u.get("cache_read_input_tokens").asInt()).isEqualTo(want.cached());
        assertThat(u.get("cache_creation_input_tokens").asInt()).isEqualTo(want.cacheWrite());
        assertThat(u.get("output_tokens").asInt()).as("messages output_tokens").isEqualTo(want.completion());
        assertThat(u.at("/output_tokens_details/thinking_tokens").asInt()).as("messages thinking_tokens")
                                                                         .isEqualTo(want.reasoning());
    }

    private static void assertResponses(JsonNode u, Counts want) {
        assertThat(u.get("input_tokens").asInt()).as("responses input_tokens").isEqualTo(want.prompt());
        assertThat(u.at("/input_tokens_details/cached_tokens").asInt()).isEqualTo(want.cached());
        assertThat(u.at("/input_tokens_details/cache_write_tokens").asInt()).isEqualTo(want.cacheWrite());
        assertThat(u.get("output_tokens").asInt()).as("responses output_tokens").isEqualTo(want.completion());
        assertThat(u.at("/output_tokens_details/reasoning_tokens").asInt()).isEqualTo(want.reasoning());
        assertThat(u.get("total_tokens").asInt()).as("responses total_tokens").isEqualTo(want.total());
    }

    private static JsonNode responsesUsage(ChatCompletionResponse completion) throws Exception {
        final StoredResponse stored = StoredResponse.newBuilder().setId("resp_1").setCreated(1)
                .setRequest(ChatCompletionRequest.newBuilder().setModel("m"))
                .setCompletion(completion).build();
        return MAPPER.readTree(ResponseObjectEncoder.encode(stored)).get("usage");
    }

    private static JsonNode event(String sse, String type) throws Exception {
        final List<SseEvent> events = new ArrayList<>();
        final SseParser parser = new SseParser();
        parser.feed(sse.getBytes(StandardCharsets.UTF_8), events::add);
        parser.finish(events::add);
        for (SseEvent e : events) {
            if (type.equals(e.event())) {
                return MAPPER.readTree(e.data());
            }
        }
        throw new AssertionError("no " + type + " event in " + sse);
    }

    /** A stream recording (vercel's JSONL), or with {@code written:} a raw SSE stream written from the reference. */
    private static List<SseEvent> events(String path) {
        if (path.startsWith("written:")) {
            final List<SseEvent> events = new ArrayList<>();
            final SseParser parser = new SseParser();
            parser.feed(body(path), events::add);
            parser.finish(events::add);
            return events;
        }
        return Fixtures.jsonl(path).stream().map(data -> new SseEvent(null, data)).toList();
    }

    /** A recording, or with {@code written:} a body written from the provider's reference. */
    private static byte[] body(String path) {
        return path.startsWith("written:")
               ? Fixtures.written(path.substring("written:".length())).getBytes(StandardCharsets.UTF_8)
               : Fixtures.bytes(path);
    }
}
