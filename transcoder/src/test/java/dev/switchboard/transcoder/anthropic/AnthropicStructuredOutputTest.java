package dev.switchboard.transcoder.anthropic;

import static dev.switchboard.transcoder.anthropic.AnthropicDecodingTest.assemble;
import static dev.switchboard.transcoder.anthropic.AnthropicDecodingTest.decodeBody;
import static dev.switchboard.transcoder.anthropic.AnthropicDecodingTest.delta;
import static dev.switchboard.transcoder.anthropic.AnthropicDecodingTest.message;
import static dev.switchboard.transcoder.anthropic.AnthropicDecodingTest.stream;
import static dev.switchboard.transcoder.anthropic.AnthropicRequestMappingTest.json;
import static dev.switchboard.transcoder.anthropic.AnthropicRequestMappingTest.req;
import static dev.switchboard.transcoder.anthropic.AnthropicRequestMappingTest.tool;
import static dev.switchboard.transcoder.anthropic.AnthropicRequestMappingTest.user;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.Struct;

import dev.switchboard.transcoder.common.ClientJson;
import dev.switchboard.transcoder.common.JsonValues;
import dev.switchboard.transcoder.responses.ResponsesRequestDecoder;
import dev.switchboard.transcoder.testing.StreamAssembly;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.FinishReason;
import dev.switchboard.v1.Reasoning;
import dev.switchboard.v1.ResponseFormat;

/**
 * A json_schema response format to Anthropic: native {@code output_config.format} for the models
 * that have it, the forced answer tool for the others, non-object schemas wrapped and unwrapped.
 * Expected request shapes are Anthropic's (structured outputs and tool-use pages).
 */
class AnthropicStructuredOutputTest {
    private static final String NATIVE = "claude-sonnet-4-5";
    private static final String FALLBACK = "claude-sonnet-4-20250514";
    private static final String ORDER_SCHEMA = "{\"type\":\"object\",\"properties\":{\"total\":{\"type\":\"number\"}},"
                                               + "\"required\":[\"total\"],\"additionalProperties\":false}";

    static Struct schema(String json) {
        return ClientJson.parse(json.getBytes(StandardCharsets.UTF_8), JsonValues::readStruct);
    }

    static ResponseFormat format(String schema) {
        return ResponseFormat.newBuilder().setType(ResponseFormat.Type.TYPE_JSON_SCHEMA).setName("order")
                             .setSchema(schema(schema)).build();
    }

    static JsonNode body(ChatCompletionRequest.Builder b, String model) {
        return AnthropicRecordings.tree(new AnthropicFormat().encodeChat(b.build(), model, false).body());
    }

    @ParameterizedTest
    @CsvSource({
            "claude-3-haiku-20240307, false", "claude-3-5-sonnet-20241022, false", "claude-3-5-haiku-latest, false",
            "claude-3-7-sonnet-20250219, false", "claude-sonnet-4-20250514, false", "claude-opus-4-20250514, false",
            "claude-opus-4-1-20250805, false", "claude-opus-4-1, false", "claude-2.1, false",
            "anthropic.claude-3-5-sonnet-20240620-v1:0, false", "claude-sonnet-4@20250514, false",
            "claude-sonnet-4-5, true", "claude-sonnet-4-5-20250929, true", "claude-haiku-4-5-20251001, true",
            "claude-opus-4-5, true", "claude-opus-4-6, true", "claude-sonnet-4-6, true", "claude-opus-5, true",
            "us.anthropic.claude-sonnet-4-5-20250929-v1:0, true", "some-compatible-model, true"})
    void decidesNativeStructuredOutputPerModel(String model, boolean expected) {
        assertThat(AnthropicStructuredOutput.isNative(model)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\",\"format\":\"date\"}},\"additionalProperties\":false}` | true",
            "`{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}}}`                             | false",
            "`{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"object\",\"properties\":{}}},\"additionalProperties\":false}` | false",
            "`{\"type\":\"object\",\"properties\":{\"n\":{\"type\":\"integer\",\"minimum\":0}},\"additionalProperties\":false}` | false",
            "`{\"type\":\"object\",\"properties\":{\"l\":{\"type\":\"array\",\"minItems\":1,\"items\":{\"type\":\"string\"}}},\"additionalProperties\":false}` | true",
            "`{\"type\":\"object\",\"properties\":{\"l\":{\"type\":\"array\",\"minItems\":2}},\"additionalProperties\":false}` | false",
            "`{\"type\":\"object\",\"properties\":{\"minimum\":{\"type\":\"number\"}},\"additionalProperties\":false}` | true",
            "`{\"type\":\"object\",\"properties\":{\"e\":{\"enum\":[{\"maxLength\":1}]}},\"additionalProperties\":false}` | true",
            "`{\"type\":\"array\",\"items\":{\"type\":\"string\"}}`                                               | false",
            "`{\"type\":\"object\",\"properties\":{\"n\":{\"$ref\":\"#/$defs/Node\"}},\"additionalProperties\":false,\"$defs\":{\"Node\":{\"type\":\"object\",\"properties\":{\"next\":{\"$ref\":\"#/$defs/Node\"}},\"additionalProperties\":false}}}` | false",
            "`{\"type\":\"object\",\"properties\":{\"self\":{\"$ref\":\"#\"}},\"additionalProperties\":false}` | false"})
    void aForeignSchemaGoesNativeOnlyWithinAnthropicsSubset(String schema, boolean fits) {
        assertThat(NativeSchema.fits(schema(schema))).isEqualTo(fits);
    }

    @Test
    void aForeignSchemaAnthropicWouldRefuseTakesTheAnswerToolEvenOnANativeModel() {
        final String bounded = "{\"type\":\"object\",\"properties\":{\"n\":{\"type\":\"integer\",\"minimum\":0}},"
                               + "\"required\":[\"n\"]}";
        final JsonNode body = body(req(user("hi")).setResponseFormat(format(bounded)), NATIVE);
        assertThat(body.has("output_config")).isFalse();
        assertThat(body.at("/tools/0/input_schema")).isEqualTo(json(bounded));
        assertThat(body.get("tool_choice")).isEqualTo(json("{\"type\":\"tool\",\"name\":\"order__sb_json\"}"));

        final JsonNode array = body(req(user("hi")).setResponseFormat(format("{\"type\":\"array\",\"items\":"
                                                                             + "{\"type\":\"string\"}}")), NATIVE);
        assertThat(array.at("/tools/0/name").asText()).isEqualTo("order__sb_jsonv");
        assertThat(array.at("/tools/0/input_schema/properties/value/type").asText()).isEqualTo("array");
    }

    @Test
    void anAnthropicClientsOwnFormatGoesNativeAsWrittenEvenOutsideTheSubset() throws Exception {
        final String bounded = "{\"type\":\"object\",\"properties\":{\"n\":{\"type\":\"integer\",\"minimum\":0}}}";
        final ChatCompletionRequest canonical = MessagesRequestDecoder.decode(
                ("{\"model\":\"m\",\"max_tokens\":10,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],"
                 + "\"output_config\":{\"format\":{\"type\":\"json_schema\",\"schema\":" + bounded + "}}}")
                        .getBytes(StandardCharsets.UTF_8)).request();
        final JsonNode body = AnthropicRecordings.tree(new AnthropicFormat().encodeChat(canonical, NATIVE, false).body());
        assertThat(body.at("/output_config/format/schema")).isEqualTo(json(bounded));
        assertThat(body.has("tools")).isFalse();
    }

    @Test
    void aNativeModelGetsOutputConfigAndKeepsTheClientsToolsAndChoice() {
        final JsonNode body = body(req(user("hi")).addTools(tool("lookup")).setResponseFormat(format(ORDER_SCHEMA)),
                                   NATIVE);
        assertThat(body.get("output_config")).isEqualTo(json(
                "{\"format\":{\"type\":\"json_schema\",\"schema\":" + ORDER_SCHEMA + "}}"));
        assertThat(body.get("tools")).hasSize(1);
        assertThat(body.at("/tools/0/name").asText()).isEqualTo("lookup");
        assertThat(body.has("tool_choice")).isFalse();
        assertThat(body.has("system")).isFalse();
    }

    @Test
    void aModelWithoutItGetsTheForcedToolAndNoOutputConfig() {
        final JsonNode body = body(req(user("hi")).setResponseFormat(format(ORDER_SCHEMA)), FALLBACK);
        assertThat(body.has("output_config")).isFalse();
        assertThat(body.at("/tools/0/name").asText()).isEqualTo("order__sb_json");
        assertThat(body.at("/tools/0/input_schema")).isEqualTo(json(ORDER_SCHEMA));
        assertThat(body.get("tool_choice")).isEqualTo(json("{\"type\":\"tool\",\"name\":\"order__sb_json\"}"));
    }

    @Test
    void thinkingAndANativeFormatGoTogetherWithoutAnyForcedTool() {
        final JsonNode body = body(req(user("hi")).addTools(tool("lookup"))
                                                  .setReasoning(Reasoning.newBuilder().setEffort("medium"))
                                                  .setResponseFormat(format(ORDER_SCHEMA)), NATIVE);
        assertThat(body.get("thinking")).isEqualTo(json("{\"type\":\"enabled\",\"budget_tokens\":4096}"));
        assertThat(body.at("/output_config/format/type").asText()).isEqualTo("json_schema");
        assertThat(body.has("tool_choice")).isFalse();
        assertThat(body.get("tools")).hasSize(1);
    }

    @Test
    void thinkingWithTheFallbackAsksForTheAnswerToolWithoutForcingIt() {
        // Anthropic refuses a tool_choice that forces a tool while thinking is on.
        final JsonNode body = body(req(user("hi")).setReasoning(Reasoning.newBuilder().setEffort("low"))
                                                  .setResponseFormat(format("{\"type\":\"array\",\"items\":"
                                                                            + "{\"type\":\"string\"}}")), FALLBACK);
        assertThat(body.get("thinking")).isEqualTo(json("{\"type\":\"enabled\",\"budget_tokens\":1024}"));
        assertThat(body.get("tool_choice")).isEqualTo(json("{\"type\":\"auto\"}"));
        assertThat(body.at("/tools/0/name").asText()).isEqualTo("order__sb_jsonv");
        assertThat(body.get("system").asText()).contains("`order__sb_jsonv`");
        assertThat(body.has("output_config")).isFalse();
    }

    @Test
    void wrapsEveryNonObjectSchemaAndRepointsReferencesIntoTheOldRoot() {
        assertThat(body(req(user("hi")).setResponseFormat(format("{\"type\":\"string\",\"enum\":[\"a\",\"b\"]}")),
                        FALLBACK).at("/tools/0/input_schema"))
                .isEqualTo(json("{\"type\":\"object\",\"properties\":{\"value\":{\"type\":\"string\","
                                + "\"enum\":[\"a\",\"b\"]}},\"required\":[\"value\"]}"));
        // A recursive list: "#" meant the old root, which is now the value property.
        assertThat(body(req(user("hi")).setResponseFormat(format(
                "{\"type\":\"array\",\"items\":{\"anyOf\":[{\"type\":\"string\"},{\"$ref\":\"#\"}]}}")), FALLBACK)
                           .at("/tools/0/input_schema/properties/value/items/anyOf/1"))
                .isEqualTo(json("{\"$ref\":\"#/properties/value\"}"));
        assertThat(body(req(user("hi")).setResponseFormat(format(
                "{\"anyOf\":[{\"type\":\"object\",\"properties\":{}},{\"type\":\"null\"}]}")), FALLBACK)
                           .at("/tools/0/name").asText()).isEqualTo("order__sb_jsonv");
    }

    @Test
    void anAnthropicClientsOutputConfigReachesANativeModelUnchanged() throws Exception {
        final ObjectNode sent = (ObjectNode) AnthropicRecordings.exchanges("antpy-http-structured-output-nonstream.json")
                                                                .get(0).at("/request/body");
        ((ObjectNode) sent.get("output_config")).put("effort", "high");
        final ChatCompletionRequest canonical = MessagesRequestDecoder.decode(
                AnthropicRecordings.MAPPER.writeValueAsBytes(sent)).request();
        final JsonNode body = AnthropicRecordings.tree(
                new AnthropicFormat().encodeChat(canonical, NATIVE, false).body());
        assertThat(body.get("output_config")).isEqualTo(sent.get("output_config"));
        assertThat(body.has("tools")).isFalse();
        assertThat(body).isEqualTo(sent);

        // Claude 3.7 would refuse output_config.format: the format becomes the answer tool, the rest stays.
        final JsonNode old = AnthropicRecordings.tree(
                new AnthropicFormat().encodeChat(canonical, "claude-3-7-sonnet-20250219", false).body());
        assertThat(old.get("output_config")).isEqualTo(json("{\"effort\":\"high\"}"));
        assertThat(old.at("/tools/0/input_schema")).isEqualTo(sent.at("/output_config/format/schema"));
    }

    @Test
    void theLegacyOutputFormatGoesToANativeModelAsOutputConfig() throws Exception {
        final ChatCompletionRequest canonical = MessagesRequestDecoder.decode(
                ("{\"model\":\"m\",\"max_tokens\":10,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],"
                 + "\"output_format\":{\"type\":\"json_schema\",\"schema\":" + ORDER_SCHEMA + "}}")
                        .getBytes(StandardCharsets.UTF_8)).request();
        final JsonNode body = AnthropicRecordings.tree(
                new AnthropicFormat().encodeChat(canonical, NATIVE, false).body());
        assertThat(body.get("output_config")).isEqualTo(json(
                "{\"format\":{\"type\":\"json_schema\",\"schema\":" + ORDER_SCHEMA + "}}"));
        assertThat(body.has("output_format")).isFalse();
    }

    @Test
    void aResponsesClientsTextFormatTakesTheSamePath() {
        final ChatCompletionRequest canonical = ResponsesRequestDecoder.decode(
                ("{\"model\":\"m\",\"input\":\"hi\",\"text\":{\"format\":{\"type\":\"json_schema\",\"name\":\"order\","
                 + "\"schema\":" + ORDER_SCHEMA + ",\"strict\":true}}}").getBytes(StandardCharsets.UTF_8))
                .request().getRequest();
        final JsonNode body = AnthropicRecordings.tree(new AnthropicFormat().encodeChat(canonical, NATIVE, true).body());
        assertThat(body.get("output_config")).isEqualTo(json(
                "{\"format\":{\"type\":\"json_schema\",\"schema\":" + ORDER_SCHEMA + "}}"));
        assertThat(body.has("tools")).isFalse();
    }

    // --- decoding the wrapped answer -------------------------------------------------------------

    @Test
    void aWholeWrappedAnswerIsItsValueAlone() {
        final ChatCompletionResponse r = decodeBody(message(
                "[{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"items__sb_jsonv\","
                + "\"input\":{\"value\":[{\"name\":\"Green Tea\",\"price\":5.5},{\"name\":\"Coffee\",\"price\":3}]}}]",
                "\"tool_use\"", "{\"input_tokens\":10,\"output_tokens\":20}"));
        assertThat(r.getChoices(0).getMessage().getContent(0).getText())
                .isEqualTo("[{\"name\":\"Green Tea\",\"price\":5.5},{\"name\":\"Coffee\",\"price\":3}]");
        assertThat(r.getChoices(0).getMessage().getToolCallsCount()).isZero();
        assertThat(r.getChoices(0).getFinishReason()).isEqualTo(FinishReason.FINISH_REASON_STOP);
    }

    @Test
    void aStreamedWrappedAnswerIsItsValueAloneWhereverTheFragmentsBreak() {
        final String answer = "[{\"name\":\"Tea \\\"}]\\\\\",\"tags\":[\"a,b\"]}, 3, null]";
        final String input = "{ \"value\" : " + answer + " }";
        for (int cut = 1; cut < input.length(); cut++) {
            final List<String> events = new ArrayList<>(List.of(
                    AnthropicDecodingTest.START,
                    "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"tool_use\","
                    + "\"id\":\"toolu_1\",\"name\":\"items__sb_jsonv\",\"input\":{}}}",
                    inputDelta("")));
            for (int i = 0; i < input.length(); i += cut) {
                events.add(inputDelta(input.substring(i, Math.min(input.length(), i + cut))));
            }
            events.add("{\"type\":\"content_block_stop\",\"index\":0}");
            events.add(delta("tool_use", "{\"output_tokens\":9}"));
            events.add(AnthropicDecodingTest.STOP);
            final StreamAssembly a = assemble(stream(events.toArray(String[]::new)));
            assertThat(a.text()).as("fragments of %d", cut).isEqualTo(answer);
            assertThat(a.calls()).isEmpty();
            assertThat(a.finishReason()).isEqualTo(FinishReason.FINISH_REASON_STOP);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`{\"value\":42}`                       | `42`",
            "`{\"value\": -1.5e3 }`                  | `-1.5e3`",
            "`{\"value\":true,\"note\":\"x\"}`      | `true`",
            "`{\"note\":{\"value\":1},\"value\":\"a\"}` | `\"a\"`",
            "`{\"value\":\"}\\\",]\"}`              | `\"}\\\",]\"`",
            "`{\"value\":{\"a\":[1,{\"b\":2}]}}`    | `{\"a\":[1,{\"b\":2}]}`"})
    void unwrapsScalarsStringsAndNestedValuesExactlyAsWritten(String input, String answer) {
        assertThat(WrappedAnswer.unwrap(input)).isEqualTo(answer);
    }

    private static String inputDelta(String partial) {
        return "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":"
               + AnthropicRecordings.MAPPER.valueToTree(partial) + "}}";
    }
}
