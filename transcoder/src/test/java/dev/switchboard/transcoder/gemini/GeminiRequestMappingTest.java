package dev.switchboard.transcoder.gemini;

import static dev.switchboard.transcoder.gemini.GeminiRecordings.FORMAT;
import static dev.switchboard.transcoder.gemini.GeminiRecordings.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.ByteString;
import com.google.protobuf.Struct;
import com.google.protobuf.TextFormat;
import com.google.protobuf.Value;

import dev.switchboard.transcoder.common.JsonValues;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.format.EncodedRequest;
import dev.switchboard.v1.AudioPart;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.FilePart;
import dev.switchboard.v1.ImagePart;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Reasoning;
import dev.switchboard.v1.ResponseFormat;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.Tool;
import dev.switchboard.v1.ToolChoice;

/** One focused case per request mapping rule; expected bodies follow Gemini's API reference. */
class GeminiRequestMappingTest {

    static ChatCompletionRequest.Builder chat(String text) {
        return ChatCompletionRequest.newBuilder().addMessages(message(Role.ROLE_USER, text));
    }

    static Message message(Role role, String text) {
        return Message.newBuilder().setRole(role).addContent(ContentPart.newBuilder().setText(text)).build();
    }

    static JsonNode body(ChatCompletionRequest.Builder req, String model) {
        return json(FORMAT.encodeChat(req.build(), model, false).body());
    }

    static ChatCompletionRequest.Builder parse(String textproto) throws Exception {
        return TextFormat.parse(textproto, ChatCompletionRequest.class).toBuilder();
    }

    static Struct struct(String json) {
        return dev.switchboard.transcoder.common.UpstreamJson.parse(json, p -> JsonValues.readValue(p)).getStructValue();
    }

    // --- paths ---

    @Test
    void unaryAndStreamPathsNameTheModelAndNeverCarryTheKey() {
        final ChatCompletionRequest req = chat("hi").build();
        assertThat(FORMAT.encodeChat(req, "gemini-2.5-flash", false).path())
                .isEqualTo("/models/gemini-2.5-flash:generateContent");
        assertThat(FORMAT.encodeChat(req, "gemini-2.5-flash", true).path())
                .isEqualTo("/models/gemini-2.5-flash:streamGenerateContent?alt=sse");
    }

    @Test
    void acceptsModelsPrefixedNamesAndEscapesTheRest() {
        final ChatCompletionRequest req = chat("hi").build();
        assertThat(FORMAT.encodeChat(req, "models/gemini-2.0-flash", false).path())
                .isEqualTo("/models/gemini-2.0-flash:generateContent");
        assertThat(FORMAT.encodeChat(req, "tunedModels/my-model", false).path())
                .isEqualTo("/tunedModels/my-model:generateContent");
        assertThat(FORMAT.encodeChat(req, "x?key=1#/../y", false).path())
                .isEqualTo("/models/x%3Fkey%3D1%23%2F..%2Fy:generateContent");
    }

    // --- contents ---

    @Test
    void joinsSystemAndDeveloperMessagesIntoSystemInstruction() {
        final ChatCompletionRequest.Builder req = ChatCompletionRequest.newBuilder()
                .addMessages(message(Role.ROLE_SYSTEM, "Be brief."))
                .addMessages(message(Role.ROLE_USER, "hi"))
                .addMessages(message(Role.ROLE_DEVELOPER, "Answer in French."));
        final JsonNode body = body(req, "gemini-2.5-flash");
        assertThat(body.get("systemInstruction")).isEqualTo(json(
                "{\"parts\":[{\"text\":\"Be brief.\"},{\"text\":\"Answer in French.\"}]}"));
        assertThat(body.get("contents")).isEqualTo(json("[{\"role\":\"user\",\"parts\":[{\"text\":\"hi\"}]}]"));
    }

    @Test
    void rejectsImagesInSystemMessages() {
        final ChatCompletionRequest.Builder req = ChatCompletionRequest.newBuilder().addMessages(
                Message.newBuilder().setRole(Role.ROLE_SYSTEM).addContent(
                        ContentPart.newBuilder().setImage(ImagePart.newBuilder().setUrl("https://x/y.png"))));
        assertThatThrownBy(() -> body(req, "gemini-2.5-flash")).isInstanceOf(GatewayException.class)
                                                             .hasMessageContaining("messages[0].content[0]");
    }

    @Test
    void mapsUserToUserAndAssistantToModel() {
        final ChatCompletionRequest.Builder req = chat("hi").addMessages(message(Role.ROLE_ASSISTANT, "hello"))
                                                            .addMessages(message(Role.ROLE_USER, "bye"));
        assertThat(body(req, "gemini-2.5-flash").get("contents")).isEqualTo(json(
                "[{\"role\":\"user\",\"parts\":[{\"text\":\"hi\"}]},"
                + "{\"role\":\"model\",\"parts\":[{\"text\":\"hello\"}]},"
                + "{\"role\":\"user\",\"parts\":[{\"text\":\"bye\"}]}]"));
    }

    @Test
    void leavesOutTurnsWithNothingGeminiCanTake() {
        final ChatCompletionRequest.Builder req = chat("hi").addMessages(message(Role.ROLE_ASSISTANT, ""))
                                                            .addMessages(message(Role.ROLE_USER, "again"));
        assertThat(body(req, "gemini-2.5-flash").get("contents")).hasSize(2);
    }

    @Test
    void sendsMediaBytesAsInlineDataAndUrlsAsFileData() {
        final byte[] png = { (byte) 0x89, 'P', 'N', 'G' };
        final ChatCompletionRequest.Builder req = ChatCompletionRequest.newBuilder().addMessages(
                Message.newBuilder().setRole(Role.ROLE_USER)
                       .addContent(ContentPart.newBuilder().setImage(ImagePart.newBuilder()
                               .setData(ByteString.copyFrom(png)).setMediaType("image/png")))
                       .addContent(ContentPart.newBuilder().setImage(ImagePart.newBuilder()
                               .setUrl("https://example.com/cat.JPG?size=2")))
                       .addContent(ContentPart.newBuilder().setAudio(AudioPart.newBuilder()
                               .setData(ByteString.copyFromUtf8("RIFF")).setFormat("wav")))
                       .addContent(ContentPart.newBuilder().setFile(FilePart.newBuilder()
                               .setData(ByteString.copyFromUtf8("%PDF")).setFilename("a.pdf")))
                       .addContent(ContentPart.newBuilder().setFile(FilePart.newBuilder()
                               .setUrl("gs://bucket/doc.pdf").setMediaType("application/pdf"))));
        assertThat(body(req, "gemini-2.5-flash").get("contents").get(0).get("parts")).isEqualTo(json(
                "[{\"inlineData\":{\"mimeType\":\"image/png\",\"data\":\"iVBORw==\"}},"
                + "{\"fileData\":{\"mimeType\":\"image/jpeg\",\"fileUri\":\"https://example.com/cat.JPG?size=2\"}},"
                + "{\"inlineData\":{\"mimeType\":\"audio/wav\",\"data\":\"UklGRg==\"}},"
                + "{\"inlineData\":{\"mimeType\":\"application/pdf\",\"data\":\"JVBERg==\"}},"
                + "{\"fileData\":{\"mimeType\":\"application/pdf\",\"fileUri\":\"gs://bucket/doc.pdf\"}}]"));
    }

    @Test
    void rejectsProviderFileIdsGeminiCannotResolve() {
        final ChatCompletionRequest.Builder req = ChatCompletionRequest.newBuilder().addMessages(
                Message.newBuilder().setRole(Role.ROLE_USER).addContent(
                        ContentPart.newBuilder().setFile(FilePart.newBuilder().setFileId("file-abc"))));
        assertThatThrownBy(() -> body(req, "gemini-2.5-flash"))
                .isInstanceOfSatisfying(GatewayException.class,
                                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_REQUEST))
                .hasMessageContaining("file_id");
    }

    // --- tools ---

    @Test
    void sendsFullJsonSchemaInParametersJsonSchema() {
        final Struct schema = struct("{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"type\":\"object\","
                                     + "\"additionalProperties\":false,\"properties\":{\"a\":{\"type\":[\"string\",\"null\"]}}}");
        final JsonNode body = body(chat("hi").addTools(Tool.newBuilder().setType("function").setName("f")
                                                           .setParameters(schema)), "gemini-2.5-flash");
        assertThat(body.get("tools").get(0).get("functionDeclarations").get(0).get("parametersJsonSchema"))
                .isEqualTo(json("{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"type\":\"object\","
                                + "\"additionalProperties\":false,\"properties\":{\"a\":{\"type\":[\"string\",\"null\"]}}}"));
    }

    @Test
    void sendsCleanedParametersToModelsBeforeGemini2() {
        final Struct schema = struct("{\"$schema\":\"x\",\"$id\":\"y\",\"type\":\"object\",\"additionalProperties\":false,"
                                     + "\"propertyNames\":{\"pattern\":\"^a\"},\"properties\":{"
                                     + "\"a\":{\"type\":[\"string\",\"null\"]},"
                                     + "\"b\":{\"const\":\"fixed\"},"
                                     + "\"c\":{\"$ref\":\"#/$defs/C\"},"
                                     + "\"d\":{\"oneOf\":[{\"type\":\"integer\"},{\"type\":\"null\"}]},"
                                     + "\"e\":{\"type\":\"string\",\"format\":\"email\"}},"
                                     + "\"$defs\":{\"C\":{\"type\":\"object\",\"additionalProperties\":false,"
                                     + "\"properties\":{\"x\":{\"type\":\"number\"}}}}}");
        for (String model : new String[] { "gemini-1.5-flash", "gemini-1.0-pro", "models/gemini-1.5-pro-002" }) {
            final JsonNode decl = body(chat("hi").addTools(Tool.newBuilder().setName("f").setParameters(schema)), model)
                    .get("tools").get(0).get("functionDeclarations").get(0);
            assertThat(decl.has("parametersJsonSchema")).isFalse();
            assertThat(decl.get("parameters")).isEqualTo(json(
                    "{\"type\":\"object\",\"properties\":{"
                    + "\"a\":{\"type\":\"string\",\"nullable\":true},"
                    + "\"b\":{\"enum\":[\"fixed\"]},"
                    + "\"c\":{\"type\":\"object\",\"properties\":{\"x\":{\"type\":\"number\"}}},"
                    + "\"d\":{\"type\":\"integer\",\"nullable\":true},"
                    + "\"e\":{\"type\":\"string\"}}}"));
        }
    }

    @Test
    void rejectsRecursiveSchemasForOldModelsOnly() {
        final Struct schema = struct("{\"type\":\"object\",\"properties\":{\"n\":{\"$ref\":\"#/$defs/N\"}},"
                                     + "\"$defs\":{\"N\":{\"type\":\"object\",\"properties\":{\"next\":{\"$ref\":\"#/$defs/N\"}}}}}");
        final ChatCompletionRequest.Builder req = chat("hi").addTools(Tool.newBuilder().setName("f").setParameters(schema));
        assertThatThrownBy(() -> body(req, "gemini-1.5-flash")).isInstanceOf(GatewayException.class)
                                                              .hasMessageContaining("recursive $ref");
        assertThat(body(req, "gemini-2.5-flash").at("/tools/0/functionDeclarations/0/parametersJsonSchema/$defs").isObject())
                .isTrue();
    }

    @Test
    void omitsEmptyParametersForOldModels() {
        final JsonNode decl = body(chat("hi").addTools(Tool.newBuilder().setName("now").setParameters(
                struct("{\"type\":\"object\",\"properties\":{}}"))), "gemini-1.5-flash")
                .at("/tools/0/functionDeclarations/0");
        assertThat(decl).isEqualTo(json("{\"name\":\"now\"}"));
    }

    @Test
    void mapsToolChoiceModes() {
        final ChatCompletionRequest.Builder req = chat("hi").addTools(Tool.newBuilder().setName("f"));
        assertThat(body(req.setToolChoice(ToolChoice.newBuilder().setMode(ToolChoice.Mode.MODE_AUTO)), "m")
                           .get("toolConfig")).isEqualTo(json("{\"functionCallingConfig\":{\"mode\":\"AUTO\"}}"));
        assertThat(body(req.setToolChoice(ToolChoice.newBuilder().setMode(ToolChoice.Mode.MODE_REQUIRED)), "m")
                           .get("toolConfig")).isEqualTo(json("{\"functionCallingConfig\":{\"mode\":\"ANY\"}}"));
        assertThat(body(req.setToolChoice(ToolChoice.newBuilder().setMode(ToolChoice.Mode.MODE_NONE)), "m")
                           .get("toolConfig")).isEqualTo(json("{\"functionCallingConfig\":{\"mode\":\"NONE\"}}"));
        assertThat(body(req.setToolChoice(ToolChoice.newBuilder().setMode(ToolChoice.Mode.MODE_FUNCTION)
                                                    .setFunctionName("f")), "m").get("toolConfig"))
                .isEqualTo(json("{\"functionCallingConfig\":{\"mode\":\"ANY\",\"allowedFunctionNames\":[\"f\"]}}"));
        assertThat(body(req.clearToolChoice(), "m").has("toolConfig")).isFalse();
    }

    @Test
    void dropsAndListsParallelToolCallsFalseAndStrict() {
        final EncodedRequest off = FORMAT.encodeChat(
                chat("hi").addTools(Tool.newBuilder().setName("f").setStrict(true)).setParallelToolCalls(false).build(),
                "gemini-2.5-flash", false);
        assertThat(off.droppedParams()).containsExactly("parallel_tool_calls", "strict");
        final EncodedRequest on = FORMAT.encodeChat(
                chat("hi").addTools(Tool.newBuilder().setName("f")).setParallelToolCalls(true).build(),
                "gemini-2.5-flash", false);
        assertThat(on.droppedParams()).isEmpty();
    }

    @Test
    void rejectsNonFunctionTools() {
        assertThatThrownBy(() -> body(chat("hi").addTools(Tool.newBuilder().setType("web_search").setName("w")), "m"))
                .isInstanceOf(GatewayException.class).hasMessageContaining("tools[0].type");
    }

    // --- parameters ---

    @Test
    void mapsSamplingParametersIntoGenerationConfig() throws Exception {
        final ChatCompletionRequest.Builder req = parse(
                "messages { role: ROLE_USER content { text: \"hi\" } }\n"
                + "temperature: 0.5 top_p: 0.9 top_k: 40 max_tokens: 100 max_completion_tokens: 64\n"
                + "stop: \"END\" stop: \"STOP\" n: 2 seed: 7 presence_penalty: 0.25 frequency_penalty: -0.5");
        final EncodedRequest encoded = FORMAT.encodeChat(req.build(), "gemini-2.5-flash", false);
        assertThat(json(encoded.body()).get("generationConfig")).isEqualTo(json(
                "{\"temperature\":0.5,\"topP\":0.9,\"topK\":40,\"maxOutputTokens\":64,\"stopSequences\":[\"END\",\"STOP\"],"
                + "\"candidateCount\":2,\"seed\":7,\"presencePenalty\":0.25,\"frequencyPenalty\":-0.5}"));
        assertThat(encoded.droppedParams()).isEmpty();
    }

    @Test
    void usesMaxTokensWhenMaxCompletionTokensIsAbsent() {
        assertThat(body(chat("hi").setMaxTokens(33), "m").at("/generationConfig/maxOutputTokens").asInt()).isEqualTo(33);
    }

    @Test
    void dropsAndListsWhatGeminiCannotCarry() {
        final ChatCompletionRequest.Builder req = chat("hi")
                .setUser("u-1").putMetadata("k", "v").putLogitBias("50256", -100).setLogprobs(true).setTopLogprobs(3)
                .setSeed(1L << 40)
                .setExtra(Struct.newBuilder().putFields("prediction", JsonValues.of("x")));
        final EncodedRequest encoded = FORMAT.encodeChat(req.build(), "gemini-2.5-flash", false);
        assertThat(encoded.droppedParams())
                .containsExactlyInAnyOrder("user", "metadata", "logit_bias", "logprobs", "top_logprobs", "seed",
                                           "prediction");
        final JsonNode body = json(encoded.body());
        assertThat(body.has("generationConfig")).isFalse();
        assertThat(new String(encoded.body(), StandardCharsets.UTF_8)).doesNotContain("u-1").doesNotContain("50256");
    }

    @Test
    void mapsResponseFormats() {
        final Struct schema = struct("{\"type\":\"object\",\"additionalProperties\":false,"
                                     + "\"properties\":{\"a\":{\"type\":[\"string\",\"null\"]}}}");
        assertThat(body(chat("hi").setResponseFormat(ResponseFormat.newBuilder()
                                                                   .setType(ResponseFormat.Type.TYPE_JSON_OBJECT)), "m")
                           .get("generationConfig")).isEqualTo(json("{\"responseMimeType\":\"application/json\"}"));
        assertThat(body(chat("hi").setResponseFormat(ResponseFormat.newBuilder()
                                                                   .setType(ResponseFormat.Type.TYPE_JSON_SCHEMA)
                                                                   .setName("x").setSchema(schema)), "gemini-2.5-flash")
                           .get("generationConfig")).isEqualTo(json(
                "{\"responseMimeType\":\"application/json\",\"responseJsonSchema\":{\"type\":\"object\","
                + "\"additionalProperties\":false,\"properties\":{\"a\":{\"type\":[\"string\",\"null\"]}}}}"));
        assertThat(body(chat("hi").setResponseFormat(ResponseFormat.newBuilder()
                                                                   .setType(ResponseFormat.Type.TYPE_JSON_SCHEMA)
                                                                   .setName("x").setSchema(schema)), "gemini-1.5-flash")
                           .get("generationConfig")).isEqualTo(json(
                "{\"responseMimeType\":\"application/json\",\"responseSchema\":{\"type\":\"object\","
                + "\"properties\":{\"a\":{\"type\":\"string\",\"nullable\":true}}}}"));
        assertThat(body(chat("hi").setResponseFormat(ResponseFormat.newBuilder()
                                                                   .setType(ResponseFormat.Type.TYPE_TEXT)), "m")
                           .has("generationConfig")).isFalse();
    }

    // --- thinking ---

    @Test
    void sendsAnExplicitBudgetAsThinkingBudget() {
        assertThat(body(chat("hi").setReasoning(Reasoning.newBuilder().setBudgetTokens(2048)), "gemini-2.5-flash")
                           .at("/generationConfig/thinkingConfig"))
                .isEqualTo(json("{\"thinkingBudget\":2048,\"includeThoughts\":true}"));
        assertThat(body(chat("hi").setReasoning(Reasoning.newBuilder().setBudgetTokens(0)), "gemini-2.5-flash")
                           .at("/generationConfig/thinkingConfig"))
                .isEqualTo(json("{\"thinkingBudget\":0}"));
    }

    @Test
    void sendsEffortAsThinkingLevelOnGemini3() {
        assertThat(thinking("high", "gemini-3-pro-preview")).isEqualTo(json(
                "{\"thinkingLevel\":\"high\",\"includeThoughts\":true}"));
        assertThat(thinking("minimal", "gemini-3-pro-preview")).isEqualTo(json(
                "{\"thinkingLevel\":\"low\",\"includeThoughts\":true}"));
        assertThat(thinking("minimal", "gemini-3-flash-preview")).isEqualTo(json(
                "{\"thinkingLevel\":\"minimal\",\"includeThoughts\":true}"));
        final EncodedRequest none = FORMAT.encodeChat(
                chat("hi").setReasoning(Reasoning.newBuilder().setEffort("none")).build(), "gemini-3-pro-preview", false);
        assertThat(json(none.body()).at("/generationConfig/thinkingConfig"))
                .isEqualTo(json("{\"thinkingLevel\":\"low\"}"));
        assertThat(none.droppedParams()).as("Gemini 3 cannot stop thinking").containsExactly("reasoning_effort");
    }

    @Test
    void sendsEffortAsABudgetBeforeGemini3() {
        assertThat(thinking("low", "gemini-2.5-flash")).isEqualTo(json("{\"thinkingBudget\":1024,\"includeThoughts\":true}"));
        assertThat(thinking("medium", "gemini-2.5-flash")).isEqualTo(json("{\"thinkingBudget\":8192,\"includeThoughts\":true}"));
        assertThat(thinking("high", "gemini-2.5-pro")).isEqualTo(json("{\"thinkingBudget\":24576,\"includeThoughts\":true}"));
        assertThat(thinking("none", "gemini-2.5-flash")).isEqualTo(json("{\"thinkingBudget\":0}"));
        final EncodedRequest pro = FORMAT.encodeChat(
                chat("hi").setReasoning(Reasoning.newBuilder().setEffort("none")).build(), "gemini-2.5-pro", false);
        assertThat(json(pro.body()).at("/generationConfig/thinkingConfig")).isEqualTo(json("{\"thinkingBudget\":128}"));
        assertThat(pro.droppedParams()).containsExactly("reasoning_effort");
    }

    @Test
    void rejectsUnknownEfforts() {
        assertThatThrownBy(() -> thinking("extreme", "gemini-2.5-flash")).isInstanceOf(GatewayException.class)
                                                                        .hasMessageContaining("reasoning_effort");
    }

    private static JsonNode thinking(String effort, String model) {
        return body(chat("hi").setReasoning(Reasoning.newBuilder().setEffort(effort)), model)
                .at("/generationConfig/thinkingConfig");
    }

    @Test
    void structValuesSurviveAsIntegers() {
        final Struct schema = Struct.newBuilder().putFields("type", JsonValues.of("object"))
                                    .putFields("maxProperties", Value.newBuilder().setNumberValue(3).build()).build();
        assertThat(new String(FORMAT.encodeChat(chat("hi").addTools(Tool.newBuilder().setName("f").setParameters(schema))
                                                          .build(), "gemini-2.5-flash", false).body(),
                              StandardCharsets.UTF_8)).contains("\"maxProperties\":3");
    }
}
