package dev.switchboard.transcoder.anthropic;

import static dev.switchboard.v1.FinishReason.FINISH_REASON_CONTENT_FILTER;
import static dev.switchboard.v1.FinishReason.FINISH_REASON_STOP;
import static dev.switchboard.v1.FinishReason.FINISH_REASON_TOOL_CALLS;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import dev.switchboard.transcoder.format.UpstreamError;
import dev.switchboard.transcoder.openai.OpenAiChatResponseEncoder;
import dev.switchboard.transcoder.testing.Fixtures;
import dev.switchboard.transcoder.testing.OpenAiSpec;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.FinishReason;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.ToolCall;

/**
 * Replays every recorded non-streamed Messages API body (vercel bodies and the responses inside
 * the antpy HTTP recordings) through the decoder and the OpenAI response encoder. Expected values
 * were read off the recordings by hand.
 */
class AnthropicResponseFixturesTest {
    private static final String RESPONSE_SCHEMA = "CreateChatCompletionResponse";

    record Call(String id, String name, String argumentsJson) {}

    record Expected(String recording, String id, String text, List<Call> calls, FinishReason finish, int prompt,
                    int completion, String refusal) {
        @Override
        public String toString() {
            return recording;
        }
    }

    /** A body: a file name, or {@code file#n} for the response of exchange n of an antpy recording. */
    static byte[] body(String recording) {
        final int hash = recording.indexOf('#');
        if (hash < 0) {
            return Fixtures.bytes(AnthropicRecordings.DIR + recording);
        }
        final JsonNode exchange = AnthropicRecordings.exchanges(recording.substring(0, hash))
                                                     .get(Integer.parseInt(recording.substring(hash + 1)));
        return exchange.at("/response/body").toString().getBytes(StandardCharsets.UTF_8);
    }

    static Stream<Expected> expectations() {
        return Stream.of(
                new Expected("vercel-anthropic-text.json", "msg_01VdEjxAP5ahtHKrrRdNBteQ",
                             "Hello! I'm doing well, thanks for asking. How are you doing today? Is there anything I "
                             + "can help you with?", List.of(), FINISH_REASON_STOP, 12, 29, ""),
                new Expected("vercel-anthropic-json-tool.1.json", "msg_0191iYfpERYfS27xLsdW2nbb", null,
                             List.of(new Call("toolu_01Q9ExVZnzZj7E2QQYHYtNUa", "json",
                                              "{\"elements\":[{\"location\":\"San Francisco\",\"temperature\":-5,"
                                              + "\"condition\":\"snowy\"},{\"location\":\"London\",\"temperature\":0,"
                                              + "\"condition\":\"snowy\"},{\"location\":\"Paris\",\"temperature\":23,"
                                              + "\"condition\":\"cloudy\"},{\"location\":\"Berlin\",\"temperature\":-9,"
                                              + "\"condition\":\"snowy\"}]}")),
                             FINISH_REASON_TOOL_CALLS, 1151, 87, ""),
                new Expected("vercel-anthropic-tool-no-args.json", "msg_01GCBaV8gyWAYgMVggRqZbuQ",
                             "<thinking>\nThe updateIssueList tool was provided in the list of available functions. "
                             + "The tool has no required parameters, so it can be called without any additional "
                             + "information needed from the user.\n</thinking>\n\nOkay, I will update the current "
                             + "issue list:",
                             List.of(new Call("toolu_01LRmxn9vGM1d2DZSDBowdZ1", "updateIssueList", "{}")),
                             FINISH_REASON_TOOL_CALLS, 602, 93, ""),
                new Expected("vercel-anthropic-refusal.json", "msg_01RefusalExampleAbcdefghijk", null, List.of(),
                             FINISH_REASON_CONTENT_FILTER, 18, 5,
                             "This request triggered restrictions on violative cyber content and was blocked under "
                             + "Anthropic's Usage Policy."),
                new Expected("vercel-anthropic-json-output-format.1.json", "msg_015rVfxqGkwrrRARo3Uv3C9K", null, List.of(),
                             FINISH_REASON_STOP, 371, 629, ""),
                new Expected("antpy-http-tool-roundtrip-nonstream.json#0", "msg_01M4x4hiFuUdHzu44ih9eCGh", null,
                             List.of(new Call("toolu_013DU6hV4C1M8dJ32ybQFAFi", "get_weather",
                                              "{\"location\":\"SF\",\"units\":\"c\"}")),
                             FINISH_REASON_TOOL_CALLS, 597, 71, ""),
                new Expected("antpy-http-tool-roundtrip-nonstream.json#1", "msg_01LzoWDaDa7jiMvVbBiguxJy",
                             "The weather in SF is currently **20\u00b0C** (68\u00b0F) and **Sunny**!", List.of(),
                             FINISH_REASON_STOP, 705, 25, ""),
                new Expected("antpy-http-error-400-orphan-tool-result.json#0", "msg_01QCEBW49MBPHFuFwMDoFtPP", null,
                             List.of(new Call("toolu_01GHndag5wQmbzNihYmV2UBj", "get_weather",
                                              "{\"location\":\"San Francisco, CA\",\"units\":\"c\"}")),
                             FINISH_REASON_TOOL_CALLS, 659, 74, ""),
                new Expected("antpy-http-structured-output-nonstream.json#0", "msg_01T4jd6NyD9xGGtTPDC4ogy5",
                             "{\"items\":[{\"product_name\":\"Green Tea\",\"price\":5.50,\"quantity\":2},"
                             + "{\"product_name\":\"Coffee\",\"price\":3.00,\"quantity\":1}],\"total\":14.0}",
                             List.of(), FINISH_REASON_STOP, 406, 50, ""));
    }

    private static String text(Message m) {
        final StringBuilder sb = new StringBuilder();
        for (ContentPart p : m.getContentList()) {
            sb.append(p.getText());
        }
        return sb.toString();
    }

    @ParameterizedTest
    @MethodSource("expectations")
    void decodesWhatTheRecordingSays(Expected e) {
        final ChatCompletionResponse r = new AnthropicFormat().decodeChat(body(e.recording()));
        assertThat(r.getId()).isEqualTo(e.id());
        assertThat(r.getCreated()).isPositive();
        assertThat(r.getChoicesCount()).isEqualTo(1);
        final Message m = r.getChoices(0).getMessage();
        if (e.text() != null) {
            assertThat(text(m)).isEqualTo(e.text());
        }
        assertThat(m.getToolCallsCount()).isEqualTo(e.calls().size());
        for (int i = 0; i < e.calls().size(); i++) {
            final ToolCall got = m.getToolCalls(i);
            assertThat(got.getId()).isEqualTo(e.calls().get(i).id());
            assertThat(got.getName()).isEqualTo(e.calls().get(i).name());
            assertThat(AnthropicRecordings.tree(got.getArguments()))
                    .isEqualTo(AnthropicRecordings.tree(e.calls().get(i).argumentsJson()));
        }
        assertThat(r.getChoices(0).getFinishReason()).isEqualTo(e.finish());
        assertThat(r.getUsage().getPromptTokens()).isEqualTo(e.prompt());
        assertThat(r.getUsage().getCompletionTokens()).isEqualTo(e.completion());
        assertThat(r.getUsage().getTotalTokens()).isEqualTo(e.prompt() + e.completion());
        assertThat(m.getRefusal()).isEqualTo(e.refusal());
    }

    @ParameterizedTest
    @MethodSource("expectations")
    void theReencodedResponseValidatesAgainstTheSpec(Expected e) {
        OpenAiSpec.assertValid(RESPONSE_SCHEMA,
                               OpenAiChatResponseEncoder.encode(new AnthropicFormat().decodeChat(body(e.recording()))));
    }

    @Test
    void structuredOutputTextIsTheWholeJsonDocument() {
        final ChatCompletionResponse r = new AnthropicFormat().decodeChat(body("vercel-anthropic-json-output-format.1.json"));
        final JsonNode json = AnthropicRecordings.tree(text(r.getChoices(0).getMessage()));
        assertThat(json.at("/recipe/name").asText()).isEqualTo("Classic Lasagna");
        assertThat(json.at("/recipe/ingredients")).hasSize(18);
        assertThat(json.at("/recipe/steps")).hasSize(15);
    }

    @Test
    void theRecordedOrphanToolResultErrorKeepsItsMessageAndType() {
        final JsonNode exchange = AnthropicRecordings.exchanges("antpy-http-error-400-orphan-tool-result.json").get(1);
        assertThat(exchange.at("/response/status_code").asInt()).isEqualTo(400);
        final UpstreamError err = new AnthropicFormat().parseError(
                400, exchange.at("/response/body").toString().getBytes(StandardCharsets.UTF_8));
        assertThat(err.message()).isEqualTo(
                "messages.0.content.1: unexpected `tool_use_id` found in `tool_result` blocks: "
                + "toolu_01GHndag5wQmbzNihYmV2UBj. Each `tool_result` block must have a corresponding `tool_use` "
                + "block in the previous message.");
        assertThat(err.type()).isEqualTo("invalid_request_error");
    }
}
