package dev.switchboard.transcoder.gemini;

import static dev.switchboard.transcoder.gemini.GeminiRecordings.FORMAT;
import static dev.switchboard.transcoder.gemini.GeminiRecordings.json;
import static dev.switchboard.v1.FinishReason.FINISH_REASON_LENGTH;
import static dev.switchboard.v1.FinishReason.FINISH_REASON_STOP;
import static dev.switchboard.v1.FinishReason.FINISH_REASON_TOOL_CALLS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import javax.annotation.Nullable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.openai.OpenAiChatResponseEncoder;
import dev.switchboard.transcoder.testing.Fixtures;
import dev.switchboard.transcoder.testing.OpenAiSpec;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.FinishReason;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.ToolCall;

/**
 * Replays every recorded whole Gemini answer through {@code decodeChat}. Expected values were read
 * off the recordings by hand.
 */
class GeminiResponseRecordingsTest {
    private static final String SCHEMA = "CreateChatCompletionResponse";

    record Call(String name, String argumentsJson, @Nullable String signatureStart) {}

    record Tokens(int prompt, int completion, int total, int cached, int reasoning) {}

    record Expected(String path, String id, String model, String text, String reasoningStart,
                    @Nullable String textSignatureStart, List<Call> calls, FinishReason finish, Tokens usage) {
        @Override
        public String toString() {
            return path;
        }
    }

    static Stream<Expected> recordings() {
        return Stream.of(
                new Expected("gemini/vercel-google-text.json", "Un6LacrVMcjUxs0PmJfWoQc", "gemini-3-pro-preview",
                             "There are **3** r's in strawberry.\n\nHere is the breakdown: st**r**awbe**rr**y.", "",
                             "EtoFCtcFAb4+9vtfe4MX", List.of(), FINISH_REASON_STOP,
                             new Tokens(9, 28 + 244, 281, 0, 244)),
                new Expected("gemini/vercel-google-reasoning.json", "YH6LaZT7ENmPxN8P-r2J8Aw", "gemini-3-pro-preview",
                             "There are **3** \"r\"s in strawberry.\n\nHere is the breakdown: st**r**awbe**rr**y.", "",
                             "EvsFCvgFAb4+9vtgYAdO", List.of(), FINISH_REASON_STOP,
                             new Tokens(9, 29 + 282, 320, 0, 282)),
                new Expected("gemini/vercel-google-tool-call.json", "m36LaZGyCLz1xs0PtNSB-QU", "gemini-3-pro-preview",
                             "", "", null,
                             List.of(new Call("weather", "{\"location\":\"San Francisco\"}", "EskgCsYgAb4+9vtF7/49")),
                             FINISH_REASON_TOOL_CALLS, new Tokens(29, 15 + 893, 937, 0, 893)),
                new Expected("gemini/jsgenai-nonstream-function-calling-two-turns.json#0", "x9SfaLCQBs7shMIP2Mei0AI",
                             "gemini-2.0-flash", "", "", null,
                             List.of(new Call("customDivide", "{\"denominator\":2,\"numerator\":100}", null)),
                             FINISH_REASON_TOOL_CALLS, new Tokens(21, 6, 27, 0, 0)),
                new Expected("gemini/jsgenai-nonstream-function-calling-two-turns.json#1", "x9SfaP7BJIa0nvgPrtmFgQY",
                             "gemini-2.0-flash", "", "", null,
                             List.of(new Call("customDivide", "{\"denominator\":2,\"numerator\":50}", null)),
                             FINISH_REASON_TOOL_CALLS, new Tokens(38, 6, 44, 0, 0)),
                new Expected("gemini/jsgenai-structured-output-responseJsonSchema.json#0", "gi77aIS0Gdux1e8P96XL4QY",
                             "gemini-2.5-flash",
                             "{\"simpleString\":\"Hello\",\"stringDatatime\":\"2023-10-27T10:00:00Z\",\"stringWithEnum\":"
                             + "\"enumvalue1\",\"stringWithLength\":\"shortstr\",\"simpleNumber\":123.45,"
                             + "\"simpleInteger\":987,\"integerInt64\":123456789012345,\"numberWithMinMax\":5.5,"
                             + "\"simpleBoolean\":true,\"arrayFiled\":[\"item1\",\"item2\",\"item3\"],\"unionField\":"
                             + "\"this is a string\",\"nullableField\":\"this can be null or string\","
                             + "\"nullableArrayField\":[\"arrayItem1\",\"arrayItem2\"],\"nullableObjectField\":"
                             + "{\"innerString\":\"inner object string\",\"innerNumber\":99.99},\"inner\":"
                             + "{\"innerString\":\"required inner string\",\"innerNumber\":100}}",
                             "", null, List.of(), FINISH_REASON_STOP, new Tokens(5, 177 + 331, 513, 0, 331)),
                new Expected("gemini/jsgenai-structured-output-responseSchema.json#0", "hS77aOmpFb66vr0P9ruBiQM",
                             "gemini-2.5-flash", null, "", null, List.of(), FINISH_REASON_STOP,
                             new Tokens(5, 238 + 41, 284, 3, 41)),
                new Expected("gemini/jsgenai-thinking-include-thoughts.json#0", "zi77aPQDsqLV7w_tk62YBQ",
                             "gemini-2.0-flash-thinking-exp-01-21", "",
                             "**Breaking Down the Sum of Natural Numbers**\n\nOkay, so I'm looking at this problem",
                             null, List.of(), FINISH_REASON_LENGTH, new Tokens(17, 19, 36, 0, 19)),
                new Expected("gemini/jsgenai-tools-nullable-union-type.json#0", "1AitaIvTN4mq-8YPg7LfqAU",
                             "gemini-2.5-flash", "", "", null,
                             List.of(new Call("greet", "{\"greeting\":\"Hello\",\"name\":\"jone smith\"}",
                                              "CvACAVSoXO6EOqI+WJsx")),
                             FINISH_REASON_TOOL_CALLS, new Tokens(60, 20 + 88, 168, 0, 88)),
                new Expected("gemini/jsgenai-tools-parameters-openapi-schema.json#0", "iy77aJLsNrW-vr0P5KTdqQU",
                             "gemini-2.5-flash", "", "", null,
                             List.of(new Call("concatStringFunction",
                                              "{\"firstString\":\"hello\",\"secondString\":\"world\"}",
                                              "CtQCAdHtim+CSMEsd8/f")),
                             FINISH_REASON_TOOL_CALLS, new Tokens(65, 22 + 77, 164, 0, 77)),
                new Expected("gemini/jsgenai-tools-parametersJsonSchema-mode-ANY.json#0", "iC77aIDWMcDDvr0PoK6JkAY",
                             "gemini-2.5-flash", "", "", null,
                             List.of(new Call("concatStringFunction",
                                              "{\"firstString\":\"hello\",\"secondString\":\"world\"}",
                                              "CpUCAdHtim9pjKa09PSM")),
                             FINISH_REASON_TOOL_CALLS, new Tokens(65, 22 + 59, 146, 0, 59)),
                // streamGenerateContent without alt=sse answers one JSON array. The adapter always asks
                // for alt=sse, but a whole body in that form is still read, element by element.
                new Expected("gemini/louter-stream-alt-json-array.response.json", "wnkhadHIAcOY0-kPiLrNmAI",
                             "gemini-2.5-flash", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10", "", null, List.of(),
                             FINISH_REASON_STOP, new Tokens(14, 20 + 48, 82, 0, 48)));
    }

    static byte[] body(String path) {
        final int hash = path.indexOf('#');
        if (hash < 0) {
            return Fixtures.bytes(path);
        }
        final GeminiRecordings.Interaction it =
                GeminiRecordings.jsgenai(path.substring(0, hash)).get(Integer.parseInt(path.substring(hash + 1)));
        return it.response().get(0).toString().getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @MethodSource("recordings")
    void decodesWhatTheRecordingSays(Expected e) {
        final ChatCompletionResponse r = FORMAT.decodeChat(body(e.path()));
        assertThat(r.getId()).isEqualTo(e.id());
        assertThat(r.getModel()).isEqualTo(e.model());
        assertThat(r.getCreated()).isEqualTo(GeminiRecordings.NOW);
        assertThat(r.getChoicesList()).singleElement().satisfies(c -> {
            assertThat(c.getIndex()).isZero();
            assertThat(c.getFinishReason()).isEqualTo(e.finish());
        });
        final Message m = r.getChoices(0).getMessage();
        final String text = m.getContentList().stream().filter(p -> p.getPartCase() == ContentPart.PartCase.TEXT)
                             .map(ContentPart::getText).reduce("", String::concat);
        if (e.text() != null) {
            assertThat(text).isEqualTo(e.text());
        } else {
            assertThat(json(text).get("simpleString").asText()).isEqualTo("example");
        }
        final List<ContentPart> reasoning = m.getContentList().stream()
                                             .filter(p -> p.getPartCase() == ContentPart.PartCase.REASONING).toList();
        if (e.reasoningStart().isEmpty() && e.textSignatureStart() == null) {
            assertThat(reasoning).isEmpty();
        } else {
            assertThat(reasoning).singleElement().satisfies(p -> {
                assertThat(p.getReasoning().getText()).startsWith(e.reasoningStart());
                if (e.textSignatureStart() != null) {
                    assertThat(GeminiState.signature(p.getProviderState())).startsWith(e.textSignatureStart());
                }
            });
            assertThat(m.getContent(0).getPartCase()).as("reasoning comes first")
                                                      .isEqualTo(ContentPart.PartCase.REASONING);
        }
        assertThat(m.getToolCallsCount()).isEqualTo(e.calls().size());
        for (int i = 0; i < e.calls().size(); i++) {
            final ToolCall call = m.getToolCalls(i);
            assertThat(call.getName()).isEqualTo(e.calls().get(i).name());
            assertThat(call.getId()).matches("call_" + i + "_[0-9a-f]{8}");
            assertThat(call.getType()).isEqualTo("function");
            assertThat(json(call.getArguments())).isEqualTo(json(e.calls().get(i).argumentsJson()));
            if (e.calls().get(i).signatureStart() == null) {
                assertThat(call.getProviderState().isEmpty()).isTrue();
            } else {
                assertThat(GeminiState.signature(call.getProviderState())).startsWith(e.calls().get(i).signatureStart());
            }
        }
        assertThat(r.getUsage().getPromptTokens()).isEqualTo(e.usage().prompt());
        assertThat(r.getUsage().getCompletionTokens()).isEqualTo(e.usage().completion());
        assertThat(r.getUsage().getTotalTokens()).isEqualTo(e.usage().total());
        assertThat(r.getUsage().getCachedPromptTokens()).isEqualTo(e.usage().cached());
        assertThat(r.getUsage().getReasoningTokens()).isEqualTo(e.usage().reasoning());
    }

    @ParameterizedTest
    @MethodSource("recordings")
    void encodedResponseValidatesAgainstTheSpec(Expected e) {
        OpenAiSpec.assertValid(SCHEMA, OpenAiChatResponseEncoder.encode(FORMAT.decodeChat(body(e.path()))));
    }

    /** countTokens answers are not chat answers: the recording only shows what a wrong body does. */
    @Test
    void aBodyWithoutCandidatesIsAnUpstreamError() {
        assertThatThrownBy(() -> FORMAT.decodeChat(body("gemini/jsgenai-count-tokens.json#0")))
                .isInstanceOfSatisfying(GatewayException.class,
                                        ex -> assertThat(ex.kind()).isEqualTo(ErrorKind.UPSTREAM_ERROR))
                .hasMessageContaining("no candidates");
    }

    @Test
    void malformedJsonIsAnUpstreamError() {
        assertThatThrownBy(() -> FORMAT.decodeChat("{\"candidates\":[".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(GatewayException.class,
                                        ex -> assertThat(ex.kind()).isEqualTo(ErrorKind.UPSTREAM_ERROR))
                .hasMessageStartingWith("upstream returned malformed JSON");
    }
}
