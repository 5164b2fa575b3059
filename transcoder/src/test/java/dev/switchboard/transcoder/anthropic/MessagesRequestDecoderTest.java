package dev.switchboard.transcoder.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.ByteString;

import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.ResponseFormat;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.ToolChoice;

/** Request bodies the official Anthropic SDK sent (recorded), and bad ones, through the decoder. */
class MessagesRequestDecoderTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static DecodedMessagesRequest recorded(String name) throws Exception {
        final JsonNode body = MessagesRecordingsTest.exchange(name).at("/request/body");
        return MessagesRequestDecoder.decode(MAPPER.writeValueAsBytes(body));
    }

    private static ChatCompletionRequest decode(String json) {
        return MessagesRequestDecoder.decode(json.getBytes(StandardCharsets.UTF_8)).request();
    }

    @Test
    void decodesTheSdkToolTurnWithToolUseAndToolResult() throws Exception {
        final DecodedMessagesRequest d = recorded("antpy-http-tool-roundtrip-stream.json#1");
        final ChatCompletionRequest r = d.request();
        assertThat(d.stream()).isTrue();
        assertThat(r.getModel()).isEqualTo("claude-haiku-4-5");
        assertThat(r.getMaxTokens()).isEqualTo(1024);
        assertThat(r.getMessagesList()).extracting(Message::getRole)
                                       .containsExactly(Role.ROLE_USER, Role.ROLE_ASSISTANT, Role.ROLE_TOOL);
        assertThat(r.getMessages(0).getContent(0).getText()).isEqualTo("What is the weather in SF?");
        final var call = r.getMessages(1).getToolCalls(0);
        assertThat(call.getId()).isEqualTo("toolu_018acGYLtfR52q9yDbWaEdQZ");
        assertThat(call.getName()).isEqualTo("get_weather");
        assertThat(MAPPER.readTree(call.getArguments()))
                .isEqualTo(MAPPER.readTree("{\"location\":\"San Francisco, CA\",\"units\":\"f\"}"));
        assertThat(r.getMessages(2).getToolCallId()).isEqualTo("toolu_018acGYLtfR52q9yDbWaEdQZ");
        assertThat(r.getMessages(2).getContent(0).getText()).contains("\"temperature\": \"68\\u00b0F\"");
        assertThat(r.getTools(0).getName()).isEqualTo("get_weather");
        assertThat(r.getTools(0).getType()).isEqualTo("function");
        assertThat(r.getTools(0).getParameters().getFieldsMap().get("required").getListValue().getValuesCount())
                .isEqualTo(2);
    }

    @Test
    void decodesTheSdkStructuredOutputAsAJsonSchemaFormat() throws Exception {
        final ChatCompletionRequest r = recorded("antpy-http-structured-output-nonstream.json#0").request();
        assertThat(r.getResponseFormat().getType()).isEqualTo(ResponseFormat.Type.TYPE_JSON_SCHEMA);
        assertThat(r.getResponseFormat().getSchema().getFieldsMap()).containsKeys("$defs", "properties");
        assertThat(r.getExtra().getFieldsMap()).doesNotContainKey("output_config");
        // No top-level extras, yet the format is the client's own: an Anthropic upstream takes it as written.
        assertThat(r.getExtraFormat()).isEqualTo("anthropic");
    }

    @Test
    void decodesSystemBlocksImagesThinkingAndSamplingFields() {
        final ChatCompletionRequest r = decode(
                "{\"model\":\"m\",\"max_tokens\":100,\"temperature\":0.5,\"top_p\":0.9,\"top_k\":40,"
                + "\"stop_sequences\":[\"END\"],\"metadata\":{\"user_id\":\"u-1\"},\"container\":\"c\","
                + "\"thinking\":{\"type\":\"enabled\",\"budget_tokens\":2048},"
                + "\"tool_choice\":{\"type\":\"any\",\"disable_parallel_tool_use\":true},"
                + "\"system\":[{\"type\":\"text\",\"text\":\"Be brief.\",\"cache_control\":{\"type\":\"ephemeral\"}}],"
                + "\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"image\",\"source\":{\"type\":\"base64\","
                + "\"media_type\":\"image/png\",\"data\":\"iVBORw0K\"}},{\"type\":\"image\",\"source\":{\"type\":\"url\","
                + "\"url\":\"https://example.com/a.png\"}},{\"type\":\"document\",\"title\":\"t\",\"source\":{\"type\":"
                + "\"text\",\"media_type\":\"text/plain\",\"data\":\"doc\"}},{\"type\":\"text\",\"text\":\"What?\"}]},"
                + "{\"role\":\"assistant\",\"content\":[{\"type\":\"thinking\",\"thinking\":\"hm\",\"signature\":\"EqQB\"},"
                + "{\"type\":\"redacted_thinking\",\"data\":\"ENC\"},{\"type\":\"text\",\"text\":\"ok\"}]}]}");
        assertThat(r.getTemperature()).isEqualTo(0.5);
        assertThat(r.getTopP()).isEqualTo(0.9);
        assertThat(r.getTopK()).isEqualTo(40);
        assertThat(r.getStopList()).containsExactly("END");
        assertThat(r.getUser()).isEqualTo("u-1");
        assertThat(r.getExtra().getFieldsMap().get("container").getStringValue()).isEqualTo("c");
        assertThat(r.getReasoning().getBudgetTokens()).isEqualTo(2048);
        assertThat(r.getToolChoice().getMode()).isEqualTo(ToolChoice.Mode.MODE_REQUIRED);
        assertThat(r.getParallelToolCalls()).isFalse();
        final Message system = r.getMessages(0);
        assertThat(system.getRole()).isEqualTo(Role.ROLE_SYSTEM);
        assertThat(system.getContent(0).getText()).isEqualTo("Be brief.");
        assertThat(system.getContent(0).getExtra().getFieldsMap()).containsKey("cache_control");
        final Message user = r.getMessages(1);
        assertThat(user.getContent(0).getImage().getData())
                .isEqualTo(ByteString.copyFrom(java.util.Base64.getDecoder().decode("iVBORw0K")));
        assertThat(user.getContent(0).getImage().getMediaType()).isEqualTo("image/png");
        assertThat(user.getContent(1).getImage().getUrl()).isEqualTo("https://example.com/a.png");
        assertThat(user.getContent(2).getFile().getData().toStringUtf8()).isEqualTo("doc");
        assertThat(user.getContent(2).getFile().getFilename()).isEqualTo("t");
        final Message assistant = r.getMessages(2);
        assertThat(assistant.getContent(0).getReasoning().getText()).isEqualTo("hm");
        assertThat(assistant.getContent(0).getProviderState().toStringUtf8()).isEqualTo("anthropic:EqQB");
        assertThat(assistant.getContent(1).getReasoning().getRedacted()).isTrue();
        assertThat(assistant.getContent(1).getProviderState().toStringUtf8()).isEqualTo("anthropic:redacted:ENC");
        assertThat(assistant.getContent(2).getText()).isEqualTo("ok");
    }

    @Test
    void toolResultsLeadTheUserTurnAndKeepTheirErrorFlag() {
        final ChatCompletionRequest r = decode(
                "{\"model\":\"m\",\"max_tokens\":10,\"messages\":[{\"role\":\"user\",\"content\":["
                + "{\"type\":\"tool_result\",\"tool_use_id\":\"t1\",\"is_error\":true,\"content\":[{\"type\":\"text\","
                + "\"text\":\"boom\"}]},{\"type\":\"tool_result\",\"tool_use_id\":\"t2\",\"content\":\"fine\"},"
                + "{\"type\":\"text\",\"text\":\"and?\"}]}]}");
        assertThat(r.getMessagesList()).extracting(Message::getRole)
                                       .containsExactly(Role.ROLE_TOOL, Role.ROLE_TOOL, Role.ROLE_USER);
        assertThat(r.getMessages(0).getExtra().getFieldsMap().get("is_error").getBoolValue()).isTrue();
        assertThat(r.getMessages(0).getContent(0).getText()).isEqualTo("boom");
        assertThat(r.getMessages(1).getContent(0).getText()).isEqualTo("fine");
        assertThat(r.getMessages(2).getContent(0).getText()).isEqualTo("and?");
    }

    @Test
    void countingNeedsNoMaxTokens() {
        final ChatCompletionRequest r = MessagesRequestDecoder.decodeForCounting(
                "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}".getBytes(StandardCharsets.UTF_8))
                                                              .request();
        assertThat(r.hasMaxTokens()).isFalse();
        assertThat(r.getMessages(0).getContent(0)).isEqualTo(ContentPart.newBuilder().setText("hi").build());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"model\":\"m\",\"messages\":[]|malformed JSON",
            "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}|max_tokens: required",
            "{\"model\":\"m\",\"max_tokens\":5}|messages: required",
            "{\"max_tokens\":5,\"messages\":[]}|model: required",
            "{\"model\":\"m\",\"max_tokens\":\"5\",\"messages\":[]}|max_tokens: expected an integer",
            "{\"model\":\"m\",\"max_tokens\":5,\"messages\":{}}|messages: expected an array",
            "{\"model\":\"m\",\"max_tokens\":5,\"messages\":[{\"role\":\"system\",\"content\":\"x\"}]}|messages[0].role",
            "{\"model\":\"m\",\"max_tokens\":5,\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"x\"}]}]}"
            + "|messages[0].content[0].type: required",
            "{\"model\":\"m\",\"max_tokens\":5,\"messages\":[],\"tool_choice\":{\"type\":\"sometimes\"}}|tool_choice.type",
    })
    void badRequestsAreInvalidAndNameTheField(String body, String message) {
        assertThatThrownBy(() -> decode(body))
                .isInstanceOfSatisfying(GatewayException.class,
                                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_REQUEST))
                .hasMessageContaining(message);
    }
}
