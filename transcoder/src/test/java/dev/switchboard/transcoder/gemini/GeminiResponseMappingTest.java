package dev.switchboard.transcoder.gemini;

import static dev.switchboard.transcoder.gemini.GeminiRecordings.FORMAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.switchboard.transcoder.common.SseEvent;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.format.StreamDecoder;
import dev.switchboard.transcoder.openai.OpenAiChunkEncoder;
import dev.switchboard.transcoder.testing.OpenAiSpec;
import dev.switchboard.transcoder.testing.StreamAssembly;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.FinishReason;

/** One focused case per response mapping rule, on small hand-written Gemini events. */
class GeminiResponseMappingTest {

    private static String event(String parts, String finish, String usage) {
        return "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[" + parts + "]}"
               + (finish == null ? "" : ",\"finishReason\":\"" + finish + '"') + ",\"index\":0}]"
               + (usage == null ? "" : ",\"usageMetadata\":" + usage)
               + ",\"modelVersion\":\"gemini-2.5-flash\",\"responseId\":\"resp-1\"}";
    }

    private static List<ChatCompletionChunk> stream(StreamDecoder decoder, String... events) {
        final List<ChatCompletionChunk> out = new ArrayList<>();
        for (String e : events) {
            decoder.decode(new SseEvent(null, e), out::add);
        }
        return out;
    }

    private static StreamAssembly assemble(List<ChatCompletionChunk> chunks) {
        final StreamAssembly a = new StreamAssembly();
        chunks.forEach(a::add);
        return a;
    }

    @ParameterizedTest
    @ValueSource(strings = { "SAFETY", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "IMAGE_SAFETY", "RECITATION" })
    void safetyFamilyIsContentFilter(String reason) {
        final StreamDecoder d = FORMAT.newStreamDecoder("gemini-2.5-flash");
        final StreamAssembly a = assemble(stream(d, event("{\"text\":\"Once\"}", null, null),
                                                 event("{\"text\":\"\"}", reason, null)));
        assertThat(a.finishReason()).isEqualTo(FinishReason.FINISH_REASON_CONTENT_FILTER);
        assertThat(d.finished()).isTrue();
        assertThat(FORMAT.decodeChat(event("{\"text\":\"x\"}", reason, null).getBytes(StandardCharsets.UTF_8))
                         .getChoices(0).getFinishReason()).isEqualTo(FinishReason.FINISH_REASON_CONTENT_FILTER);
    }

    @Test
    void stopIsToolCallsWhenTheCandidateCalledAFunction() {
        final StreamAssembly a = assemble(stream(FORMAT.newStreamDecoder("m"),
                event("{\"functionCall\":{\"name\":\"f\",\"args\":{}}}", null, null),
                event("{\"text\":\"\"}", "STOP", null)));
        assertThat(a.finishReason()).isEqualTo(FinishReason.FINISH_REASON_TOOL_CALLS);
        final StreamAssembly plain = assemble(stream(FORMAT.newStreamDecoder("m"), event("{\"text\":\"hi\"}", "STOP", null)));
        assertThat(plain.finishReason()).isEqualTo(FinishReason.FINISH_REASON_STOP);
        final StreamAssembly other = assemble(stream(FORMAT.newStreamDecoder("m"), event("{\"text\":\"hi\"}", "OTHER", null)));
        assertThat(other.finishReason()).isEqualTo(FinishReason.FINISH_REASON_STOP);
        final StreamAssembly length = assemble(stream(FORMAT.newStreamDecoder("m"),
                                                      event("{\"text\":\"hi\"}", "MAX_TOKENS", null)));
        assertThat(length.finishReason()).isEqualTo(FinishReason.FINISH_REASON_LENGTH);
    }

    @Test
    void malformedFunctionCallIsAnErrorNotAFilter() {
        final String e = event("", "MALFORMED_FUNCTION_CALL", null).replace(
                "\"finishReason\"", "\"finishMessage\":\"Malformed function call: print(x\",\"finishReason\"");
        final StreamDecoder d = FORMAT.newStreamDecoder("m");
        assertThatThrownBy(() -> stream(d, e))
                .isInstanceOfSatisfying(GatewayException.class, ex -> {
                    assertThat(ex.kind()).isEqualTo(ErrorKind.UPSTREAM_ERROR);
                    assertThat(ex.code()).isEqualTo("malformed_function_call");
                })
                .hasMessageContaining("MALFORMED_FUNCTION_CALL").hasMessageContaining("print(x");
        assertThatThrownBy(() -> FORMAT.decodeChat(e.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(GatewayException.class);
    }

    @Test
    void blockedPromptIsContentFilterWithUsage() {
        final String blocked = "{\"promptFeedback\":{\"blockReason\":\"PROHIBITED_CONTENT\"},"
                               + "\"usageMetadata\":{\"promptTokenCount\":12,\"totalTokenCount\":12},"
                               + "\"modelVersion\":\"gemini-2.5-flash\",\"responseId\":\"b-1\"}";
        final StreamDecoder d = FORMAT.newStreamDecoder("gemini-2.5-flash");
        final List<ChatCompletionChunk> chunks = stream(d, blocked);
        assertThat(d.finished()).isTrue();
        assertThat(chunks).hasSize(2);
        assertThat(chunks.get(0).getChoices(0).getFinishReason()).isEqualTo(FinishReason.FINISH_REASON_CONTENT_FILTER);
        assertThat(chunks.get(1).getUsage().getPromptTokens()).isEqualTo(12);
        chunks.forEach(c -> OpenAiSpec.assertValid("CreateChatCompletionStreamResponse", OpenAiChunkEncoder.encode(c, true)));
        final ChatCompletionResponse r = FORMAT.decodeChat(blocked.getBytes(StandardCharsets.UTF_8));
        assertThat(r.getChoices(0).getFinishReason()).isEqualTo(FinishReason.FINISH_REASON_CONTENT_FILTER);
        assertThat(r.getChoices(0).getMessage().getContentCount()).isZero();
    }

    @Test
    void usageIsTheLastRunningTotalNotASum() {
        final List<ChatCompletionChunk> chunks = stream(FORMAT.newStreamDecoder("m"),
                event("{\"text\":\"a\"}", null, "{\"promptTokenCount\":5,\"candidatesTokenCount\":1,\"totalTokenCount\":6}"),
                event("{\"text\":\"b\"}", null, "{\"promptTokenCount\":5,\"candidatesTokenCount\":2,\"totalTokenCount\":7}"),
                event("{\"text\":\"c\"}", "STOP", "{\"promptTokenCount\":5,\"candidatesTokenCount\":3,"
                      + "\"thoughtsTokenCount\":10,\"cachedContentTokenCount\":4}"));
        assertThat(chunks.stream().filter(ChatCompletionChunk::hasUsage)).hasSize(1);
        final ChatCompletionChunk last = chunks.get(chunks.size() - 1);
        assertThat(last.getChoicesCount()).isZero();
        assertThat(last.getUsage().getPromptTokens()).isEqualTo(5);
        assertThat(last.getUsage().getCompletionTokens()).isEqualTo(13);
        assertThat(last.getUsage().getReasoningTokens()).isEqualTo(10);
        assertThat(last.getUsage().getCachedPromptTokens()).isEqualTo(4);
        assertThat(last.getUsage().getTotalTokens()).as("no total sent: prompt + completion").isEqualTo(18);
    }

    @Test
    void thoughtPartsBecomeReasoning() {
        final StreamAssembly a = assemble(stream(FORMAT.newStreamDecoder("m"),
                event("{\"text\":\"Let me think.\",\"thought\":true}", null, null),
                event("{\"text\":\"Answer.\"}", "STOP", null)));
        assertThat(a.reasoning()).isEqualTo("Let me think.");
        assertThat(a.text()).isEqualTo("Answer.");
    }

    @Test
    void aStreamWithoutFinishReasonIsNotFinished() {
        final StreamDecoder d = FORMAT.newStreamDecoder("m");
        stream(d, event("{\"text\":\"a\"}", null, null));
        assertThat(d.finished()).isFalse();
    }

    @Test
    void anErrorEventEndsTheStreamWithAnError() {
        final StreamDecoder d = FORMAT.newStreamDecoder("m");
        stream(d, event("{\"text\":\"a\"}", null, null));
        assertThatThrownBy(() -> stream(d, "{\"error\":{\"code\":500,\"message\":\"Internal error encountered.\","
                                           + "\"status\":\"INTERNAL\"}}"))
                .isInstanceOfSatisfying(GatewayException.class,
                                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.UPSTREAM_ERROR))
                .hasMessage("upstream error: Internal error encountered. (INTERNAL)");
        assertThatThrownBy(() -> stream(FORMAT.newStreamDecoder("m"),
                                         "{\"error\":{\"code\":503,\"message\":\"The model is overloaded.\","
                                         + "\"status\":\"UNAVAILABLE\"}}"))
                .isInstanceOfSatisfying(GatewayException.class,
                                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.UPSTREAM_UNAVAILABLE));
    }

    @Test
    void malformedEventIsAnUpstreamError() {
        assertThatThrownBy(() -> stream(FORMAT.newStreamDecoder("m"), "{\"candidates\":[{"))
                .isInstanceOfSatisfying(GatewayException.class,
                                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.UPSTREAM_ERROR))
                .hasMessageStartingWith("upstream returned malformed JSON");
    }

    @Test
    void partsTheGatewayDoesNotTranslateAreSkipped() {
        final StreamAssembly a = assemble(stream(FORMAT.newStreamDecoder("m"), event(
                "{\"executableCode\":{\"language\":\"PYTHON\",\"code\":\"print(1)\"}},"
                + "{\"inlineData\":{\"mimeType\":\"image/png\",\"data\":\"AAAA\"}},{\"text\":\"done\"}", "STOP", null)));
        assertThat(a.text()).isEqualTo("done");
    }

    @Test
    void everyCandidateIsAChoiceAndTheStreamEndsWhenAllFinished() {
        final String both = "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"A\"}]},\"index\":0},"
                            + "{\"content\":{\"parts\":[{\"text\":\"B\"}]},\"index\":1}],\"responseId\":\"r\"}";
        final String first = "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"!\"}]},\"finishReason\":\"STOP\","
                             + "\"index\":0}],\"responseId\":\"r\"}";
        final String second = "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"?\"}]},\"finishReason\":\"STOP\","
                              + "\"index\":1}],\"responseId\":\"r\"}";
        final StreamDecoder d = FORMAT.newStreamDecoder("m");
        final List<ChatCompletionChunk> chunks = stream(d, both, first);
        assertThat(d.finished()).isFalse();
        chunks.addAll(stream(d, second));
        assertThat(d.finished()).isTrue();
        assertThat(chunks).extracting(c -> c.getChoices(0).getIndex()).containsExactly(0, 1, 0, 1);
        assertThat(chunks.get(1).getChoices(0).getDelta().getRoleValue()).as("each choice says who speaks").isNotZero();
        final ChatCompletionResponse r = FORMAT.decodeChat(
                ("[" + both + "," + first + "," + second + "]").getBytes(StandardCharsets.UTF_8));
        assertThat(r.getChoicesList()).extracting(c -> c.getMessage().getContent(0).getText()).containsExactly("A!", "B?");
    }

    @Test
    void withoutAResponseIdTheIdAndCallIdsComeFromTheNonce() {
        final String noId = "{\"candidates\":[{\"content\":{\"parts\":[{\"functionCall\":{\"name\":\"f\"}}]},"
                            + "\"finishReason\":\"STOP\"}]}";
        final List<ChatCompletionChunk> chunks = stream(FORMAT.newStreamDecoder("models/gemini-2.5-flash"), noId);
        assertThat(chunks.get(0).getId()).isEqualTo("gemini-nonce");
        assertThat(chunks.get(0).getModel()).as("the requested model, without its prefix").isEqualTo("gemini-2.5-flash");
        assertThat(chunks.get(0).getChoices(0).getDelta().getToolCalls(0).getId())
                .isEqualTo(GeminiToolIds.mint("nonce", 0, 0));
        assertThat(chunks.get(0).getChoices(0).getDelta().getToolCalls(0).getArguments()).isEqualTo("{}");
    }

    @Test
    void eventsAfterTheEndAreIgnored() {
        final StreamDecoder d = FORMAT.newStreamDecoder("m");
        final List<ChatCompletionChunk> chunks = stream(d, event("{\"text\":\"a\"}", "STOP", null),
                                                        event("{\"text\":\"late\"}", null, null));
        assertThat(assemble(chunks).text()).isEqualTo("a");
    }
}
