package dev.switchboard.transcoder.gemini;

import static dev.switchboard.transcoder.gemini.GeminiRecordings.json;
import static dev.switchboard.v1.FinishReason.FINISH_REASON_LENGTH;
import static dev.switchboard.v1.FinishReason.FINISH_REASON_STOP;
import static dev.switchboard.v1.FinishReason.FINISH_REASON_TOOL_CALLS;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.Nullable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.switchboard.transcoder.common.SseParser;
import dev.switchboard.transcoder.format.StreamDecoder;
import dev.switchboard.transcoder.openai.OpenAiChunkEncoder;
import dev.switchboard.transcoder.testing.OpenAiSpec;
import dev.switchboard.transcoder.testing.StreamAssembly;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.FinishReason;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.ToolCall;

/**
 * Replays every recorded Gemini stream through the stream decoder. Expected values were read off
 * the recordings by hand: text (long answers by their first and last words and length), the calls,
 * the finish reason, and the last usageMetadata (completion = candidates + thoughts).
 */
class GeminiStreamRecordingsTest {
    private static final String SCHEMA = "CreateChatCompletionStreamResponse";

    /** Text by its start, end and length; an exact text has all three. */
    record Text(String start, String end, int length) {
        static Text exact(String s) {
            return new Text(s, s, s.length());
        }
    }

    record Call(String name, String argumentsJson, @Nullable String signatureStart) {}

    record Tokens(int prompt, int completion, int total, int cached, int reasoning) {}

    record Expected(String path, String model, Text text, String reasoningStart, List<Call> calls,
                    FinishReason finish, Tokens usage, @Nullable String textSignatureStart) {
        @Override
        public String toString() {
            return path;
        }
    }

    static Stream<Expected> recordings() {
        return Stream.of(
                new Expected("gemini/vercel-google-text.chunks.jsonl", "gemini-3-pro-preview",
                             Text.exact("There are **3** \"r\"s in strawberry.\n\nst**r**awbe**rr**y"), "", List.of(),
                             FINISH_REASON_STOP, new Tokens(9, 23 + 185, 217, 0, 185), "EqsFCqgFAb4+9vvtAF5n87lB"),
                new Expected("gemini/vercel-google-reasoning.chunks.jsonl", "gemini-3-pro-preview",
                             Text.exact("There are **3** \"r\"s in strawberry.\n\nHere is the breakdown: "
                                        + "st**r**awbe**rr**y."), "", List.of(),
                             FINISH_REASON_STOP, new Tokens(9, 29 + 256, 294, 0, 256), "Eo0HCooHAb4+9vutXdtK"),
                new Expected("gemini/vercel-google-tool-call.chunks.jsonl", "gemini-3-pro-preview", Text.exact(""), "",
                             List.of(new Call("weather", "{\"location\":\"San Francisco\"}", "EqUCCqICAb4+9vsh8Pd5")),
                             FINISH_REASON_TOOL_CALLS, new Tokens(29, 15 + 45, 89, 0, 45), null),
                new Expected("gemini/vercel-VERTEX-stream-function-call-partial-args.chunks.jsonl",
                             "gemini-3.1-pro-preview", Text.exact(""), "",
                             List.of(new Call("getWeather", "{\"location\":\"Boston\"}", "CiMBjz1rX25KieIB4d4A"),
                                     new Call("getWeather", "{\"location\":\"San Francisco\"}", null)),
                             FINISH_REASON_TOOL_CALLS, new Tokens(26, 23 + 132, 181, 0, 132), null),
                new Expected("gemini/vercel-VERTEX-stream-parallel-calls-partial-args-with-thought-text.chunks.jsonl",
                             "gemini-3-flash-preview", Text.exact(""), "**Processing User Requests**\n\nI've started",
                             List.of(new Call("read_theme", "{}", "AY89a18a8/Loc2wl5oft"),
                                     new Call("read_screen", "{\"id\":\"A\"}", null),
                                     new Call("read_screen", "{\"id\":\"B\"}", null),
                                     new Call("read_screen", "{\"id\":\"C\"}", null)),
                             FINISH_REASON_TOOL_CALLS, new Tokens(249, 58 + 183, 490, 0, 183), null),
                new Expected("gemini/louter-stream-fc-turn0.response.sse", "gemini-2.5-flash", Text.exact(""), "",
                             List.of(new Call("getWeather", "{\"location\":\"Tokyo\"}", "CikBcsjafFK168IbtVto")),
                             FINISH_REASON_TOOL_CALLS, new Tokens(83, 14 + 104, 201, 0, 104), null),
                new Expected("gemini/louter-stream-fc-turn1.response.sse", "gemini-2.5-flash",
                             Text.exact("今日の東京の天気は曇りで、気温は22度です。\n"), "", List.of(),
                             FINISH_REASON_STOP, new Tokens(138, 15, 153, 0, 0), null),
                new Expected("gemini/jsgenai-stream-text-gemini-2.0-flash.json#0", "gemini-2.0-flash",
                             new Text("The sky is blue due to a phenomenon called **Rayleigh scattering**.",
                                      "leading to variations in the blue intensity or even a hazy appearance.", 1879),
                             "", List.of(), FINISH_REASON_STOP, new Tokens(6, 377, 383, 0, 0), null),
                new Expected("gemini/jsgenai-stream-system-instruction.json#0", "gemini-2.5-flash",
                             new Text("low!\n\nThe sky is blue primarily due to a phenomenon called",
                                      "so we perceive the sky as blue rather than violet.", 1156),
                             "", List.of(), FINISH_REASON_STOP, new Tokens(20, 253 + 260, 533, 0, 260), null),
                new Expected("gemini/jsgenai-stream-finish-MAX_TOKENS-thinking-budget.json#0", "gemini-2.5-flash",
                             new Text("The sky is blue primarily due to a phenomenon called **Rayleigh Scattering**.",
                                      "it collides with these gas molecules and particles.", 653),
                             "", List.of(), FINISH_REASON_LENGTH, new Tokens(7, 153 + 45, 205, 0, 45), null),
                new Expected("gemini/jsgenai-stream-function-calling-two-turns.json#0", "gemini-2.0-flash",
                             Text.exact(""), "",
                             List.of(new Call("customDivide", "{\"denominator\":2,\"numerator\":100}", null)),
                             FINISH_REASON_TOOL_CALLS, new Tokens(21, 6, 27, 0, 0), null),
                new Expected("gemini/jsgenai-stream-function-calling-two-turns.json#1", "gemini-2.0-flash",
                             Text.exact(""), "",
                             List.of(new Call("customDivide", "{\"denominator\":2,\"numerator\":50}", null)),
                             FINISH_REASON_TOOL_CALLS, new Tokens(38, 6, 44, 0, 0), null));
    }

    @ParameterizedTest
    @MethodSource("recordings")
    void assemblesWhatTheRecordingSays(Expected e) {
        final List<ChatCompletionChunk> chunks = GeminiRecordings.decode(e.path(), e.model());
        final StreamAssembly a = new StreamAssembly();
        chunks.forEach(a::add);

        assertThat(a.text()).startsWith(e.text().start()).endsWith(e.text().end()).hasSize(e.text().length());
        assertThat(a.reasoning()).startsWith(e.reasoningStart());
        assertThat(a.finishReason()).isEqualTo(e.finish());
        assertThat(a.calls()).hasSize(e.calls().size());
        final Set<String> ids = new HashSet<>();
        for (int i = 0; i < e.calls().size(); i++) {
            final StreamAssembly.Call call = a.calls().get(i);
            assertThat(call.index()).isEqualTo(i);
            assertThat(call.name()).isEqualTo(e.calls().get(i).name());
            assertThat(json(call.arguments())).isEqualTo(json(e.calls().get(i).argumentsJson()));
            assertThat(call.id()).as("minted: Gemini sent no id").matches("call_" + i + "_[0-9a-f]{8}");
            ids.add(call.id());
            final String sig = signatureOf(chunks, i);
            if (e.calls().get(i).signatureStart() == null) {
                assertThat(sig).as("only the first of parallel calls is signed").isNull();
            } else {
                assertThat(sig).startsWith(e.calls().get(i).signatureStart());
            }
        }
        assertThat(ids).hasSize(e.calls().size());
        final Tokens t = e.usage();
        assertThat(a.usage()).isNotNull();
        assertThat(a.usage().getPromptTokens()).isEqualTo(t.prompt());
        assertThat(a.usage().getCompletionTokens()).isEqualTo(t.completion());
        assertThat(a.usage().getTotalTokens()).isEqualTo(t.total());
        assertThat(a.usage().getCachedPromptTokens()).isEqualTo(t.cached());
        assertThat(a.usage().getReasoningTokens()).isEqualTo(t.reasoning());

        final String textSignature = chunks.stream()
                                           .flatMap(c -> c.getChoicesList().stream())
                                           .map(c -> GeminiState.signature(c.getDelta().getReasoningProviderState()))
                                           .filter(s -> s != null).reduce((x, y) -> y).orElse(null);
        if (e.textSignatureStart() == null) {
            assertThat(textSignature).isNull();
        } else {
            assertThat(textSignature).startsWith(e.textSignatureStart());
        }
    }

    @ParameterizedTest
    @MethodSource("recordings")
    void followsTheStreamShapeOpenAiClientsExpect(Expected e) {
        final List<ChatCompletionChunk> chunks = GeminiRecordings.decode(e.path(), e.model());
        final ChatCompletionChunk first = chunks.get(0);
        assertThat(first.getChoices(0).getDelta().getRole()).isEqualTo(Role.ROLE_ASSISTANT);
        assertThat(first.getModel()).isEqualTo(e.model());
        for (ChatCompletionChunk c : chunks) {
            assertThat(c.getId()).isEqualTo(first.getId()).isNotEmpty();
            assertThat(c.getModel()).isEqualTo(first.getModel());
            assertThat(c.getCreated()).isEqualTo(first.getCreated()).isPositive();
        }
        final ChatCompletionChunk last = chunks.get(chunks.size() - 1);
        assertThat(last.getChoicesCount()).as("usage comes alone, last").isZero();
        assertThat(last.hasUsage()).isTrue();
        final ChatCompletionChunk finish = chunks.get(chunks.size() - 2);
        assertThat(finish.getChoices(0).getFinishReason()).isEqualTo(e.finish());
        for (int i = 0; i < chunks.size() - 2; i++) {
            assertThat(chunks.get(i).hasUsage()).isFalse();
            assertThat(chunks.get(i).getChoices(0).getFinishReason()).isEqualTo(FinishReason.FINISH_REASON_UNSPECIFIED);
        }
        // Each call's first fragment names it; later ones only add arguments.
        final Set<Integer> seen = new HashSet<>();
        for (ChatCompletionChunk c : chunks) {
            for (ToolCall call : c.getChoicesCount() == 0 ? List.<ToolCall>of()
                                                         : c.getChoices(0).getDelta().getToolCallsList()) {
                if (seen.add(call.getIndex())) {
                    assertThat(call.getId()).isNotEmpty();
                    assertThat(call.getName()).isNotEmpty();
                } else {
                    assertThat(call.getId()).isEmpty();
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("recordings")
    void everyEncodedChunkValidatesAgainstTheSpec(Expected e) {
        for (ChatCompletionChunk chunk : GeminiRecordings.decode(e.path(), e.model())) {
            OpenAiSpec.assertValid(SCHEMA, OpenAiChunkEncoder.encode(chunk, true));
            OpenAiSpec.assertValid(SCHEMA, OpenAiChunkEncoder.encode(chunk, false));
        }
    }

    @Test
    void vertexCreateTimeBecomesCreated() {
        final List<ChatCompletionChunk> chunks = GeminiRecordings.decode(
                "gemini/vercel-VERTEX-stream-function-call-partial-args.chunks.jsonl", "gemini-3.1-pro-preview");
        // 2026-04-02T17:03:50.399550Z
        assertThat(chunks.get(0).getCreated()).isEqualTo(1775149430L);
        assertThat(chunks.get(0).getId()).isEqualTo("dqHOab6xGLzWodAPkPuViA4");
    }

    @Test
    void aiStudioAnswersGetTheClockAsCreated() {
        final List<ChatCompletionChunk> chunks =
                GeminiRecordings.decode("gemini/vercel-google-text.chunks.jsonl", "gemini-3-pro-preview");
        assertThat(chunks.get(0).getCreated()).isEqualTo(GeminiRecordings.NOW);
        assertThat(chunks.get(0).getId()).isEqualTo("bH6LaZW8Fp_3nsEPqtaSwQ4");
    }

    /** Real alt=sse streams end every event with CRLF CRLF; the parser may get them cut anywhere. */
    @Test
    void decodesCrlfSeparatedSseCutAtArbitraryPoints() {
        final StringBuilder body = new StringBuilder();
        for (String data : GeminiRecordings.payloads("gemini/vercel-google-tool-call.chunks.jsonl")) {
            body.append("data: ").append(data).append("\r\n\r\n");
        }
        final byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        final StreamDecoder decoder = GeminiRecordings.FORMAT.newStreamDecoder("gemini-3-pro-preview");
        final List<ChatCompletionChunk> chunks = new ArrayList<>();
        final SseParser parser = new SseParser();
        for (int i = 0; i < bytes.length; i += 7) {
            parser.feed(bytes, i, Math.min(7, bytes.length - i), ev -> decoder.decode(ev, chunks::add));
        }
        parser.finish(ev -> decoder.decode(ev, chunks::add));
        assertThat(decoder.finished()).isTrue();
        final StreamAssembly a = new StreamAssembly();
        chunks.forEach(a::add);
        assertThat(a.calls()).singleElement().satisfies(c -> assertThat(c.name()).isEqualTo("weather"));
        assertThat(a.finishReason()).isEqualTo(FINISH_REASON_TOOL_CALLS);
    }

    @Test
    void mintedIdsAreStableWithinAResponseAndDifferAcrossResponses() {
        final String path = "gemini/jsgenai-stream-function-calling-two-turns.json";
        final String first = callId(path + "#0");
        assertThat(callId(path + "#0")).as("same response, same id").isEqualTo(first);
        assertThat(callId(path + "#1")).as("another response, another id").isNotEqualTo(first);
    }

    private static String callId(String path) {
        final StreamAssembly a = new StreamAssembly();
        GeminiRecordings.decode(path, "gemini-2.0-flash").forEach(a::add);
        return a.calls().get(0).id();
    }

    @Nullable
    private static String signatureOf(List<ChatCompletionChunk> chunks, int index) {
        String sig = null;
        for (ChatCompletionChunk c : chunks) {
            if (c.getChoicesCount() == 0) {
                continue;
            }
            for (ToolCall call : c.getChoices(0).getDelta().getToolCallsList()) {
                if (call.getIndex() == index && !call.getProviderState().isEmpty()) {
                    sig = GeminiState.signature(call.getProviderState());
                }
            }
        }
        return sig;
    }
}
