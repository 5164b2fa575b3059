package dev.switchboard.transcoder.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.ByteString;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import dev.switchboard.transcoder.common.JsonValues;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.format.EncodedRequest;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.FilePart;
import dev.switchboard.v1.ImagePart;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Reasoning;
import dev.switchboard.v1.ReasoningPart;
import dev.switchboard.v1.ResponseFormat;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.Tool;
import dev.switchboard.v1.ToolCall;
import dev.switchboard.v1.ToolChoice;

/** One rule of the OpenAI-to-Messages translation per test, on small canonical requests. */
class AnthropicRequestMappingTest {
    private static final String MODEL = "claude-sonnet-4-5";

    static Message msg(Role role, String text) {
        return Message.newBuilder().setRole(role).addContent(ContentPart.newBuilder().setText(text)).build();
    }

    static Message user(String text) {
        return msg(Role.ROLE_USER, text);
    }

    static Message toolResult(String id, String text) {
        return msg(Role.ROLE_TOOL, text).toBuilder().setToolCallId(id).build();
    }

    static ToolCall call(String id, String name, String args) {
        return ToolCall.newBuilder().setId(id).setType("function").setName(name).setArguments(args).build();
    }

    static Tool tool(String name) {
        return Tool.newBuilder().setType("function").setName(name).build();
    }

    static ChatCompletionRequest.Builder req(Message... messages) {
        final ChatCompletionRequest.Builder b = ChatCompletionRequest.newBuilder().setModel("p/" + MODEL);
        for (Message m : messages) {
            b.addMessages(m);
        }
        return b;
    }

    static EncodedRequest encode(ChatCompletionRequest.Builder b) {
        return new AnthropicFormat().encodeChat(b.build(), MODEL, false);
    }

    static JsonNode body(ChatCompletionRequest.Builder b) {
        return AnthropicRecordings.tree(encode(b).body());
    }

    static JsonNode json(String s) {
        return AnthropicRecordings.tree(s);
    }

    static Struct cacheControl() {
        return Struct.newBuilder().putFields("cache_control", Value.newBuilder().setStructValue(
                Struct.newBuilder().putFields("type", JsonValues.of("ephemeral"))).build()).build();
    }

    static ContentPart thinking(String text, String state) {
        return ContentPart.newBuilder().setReasoning(ReasoningPart.newBuilder().setText(text))
                          .setProviderState(ByteString.copyFromUtf8(state)).build();
    }

    @Test
    void postsToMessagesWithTheVersionHeaderAndNoCredentials() {
        final EncodedRequest e = encode(req(user("hi")));
        assertThat(e.path()).isEqualTo("/messages");
        assertThat(e.headers()).containsExactly(java.util.Map.entry("anthropic-version", "2023-06-01"));
        final JsonNode body = AnthropicRecordings.tree(e.body());
        assertThat(body.get("model").asText()).isEqualTo(MODEL);
        assertThat(body.get("messages")).isEqualTo(json("[{\"role\":\"user\",\"content\":\"hi\"}]"));
        assertThat(body.has("stream")).isFalse();
        assertThat(AnthropicRecordings.tree(new AnthropicFormat().encodeChat(req(user("hi")).build(), MODEL, true)
                                                                  .body()).get("stream").asBoolean()).isTrue();
    }

    @Test
    void joinsSystemAndDeveloperTextAndLeavesOutBlankSystemText() {
        final JsonNode body = body(req(msg(Role.ROLE_SYSTEM, "Be terse."), msg(Role.ROLE_SYSTEM, " \n "),
                                       user("hi"), msg(Role.ROLE_DEVELOPER, "Use metric units.")));
        assertThat(body.get("system").asText()).isEqualTo("Be terse.\n\nUse metric units.");
        assertThat(body.get("messages")).hasSize(1);
        assertThat(body(req(msg(Role.ROLE_SYSTEM, "   "), user("hi"))).has("system")).isFalse();
    }

    @Test
    void mergesConsecutiveToolResultsAndAFollowingUserMessageIntoOneUserTurn() {
        final Message assistant = Message.newBuilder().setRole(Role.ROLE_ASSISTANT)
                .addToolCalls(call("toolu_1", "a", "{\"x\":1}")).addToolCalls(call("toolu_2", "b", "")).build();
        final JsonNode messages = body(req(user("go"), assistant, toolResult("toolu_1", "one"),
                                           toolResult("toolu_2", "two"), user("and now?"))).get("messages");
        assertThat(messages).hasSize(3);
        assertThat(messages.get(1)).isEqualTo(json(
                "{\"role\":\"assistant\",\"content\":["
                + "{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"a\",\"input\":{\"x\":1}},"
                + "{\"type\":\"tool_use\",\"id\":\"toolu_2\",\"name\":\"b\",\"input\":{}}]}"));
        assertThat(messages.get(2)).isEqualTo(json(
                "{\"role\":\"user\",\"content\":["
                + "{\"type\":\"tool_result\",\"tool_use_id\":\"toolu_1\",\"content\":\"one\"},"
                + "{\"type\":\"tool_result\",\"tool_use_id\":\"toolu_2\",\"content\":\"two\"},"
                + "{\"type\":\"text\",\"text\":\"and now?\"}]}"));
    }

    @Test
    void aToolResultWithPartsKeepsThemAsBlocksAndAnEmptyOneHasNoContent() {
        final Message parts = Message.newBuilder().setRole(Role.ROLE_TOOL).setToolCallId("toolu_1")
                .addContent(ContentPart.newBuilder().setText("chart:"))
                .addContent(ContentPart.newBuilder().setImage(ImagePart.newBuilder().setUrl("https://x.test/c.png")))
                .setExtra(cacheControl()).build();
        final Message empty = Message.newBuilder().setRole(Role.ROLE_TOOL).setToolCallId("toolu_2").build();
        final JsonNode turn = body(req(user("go"), Message.newBuilder().setRole(Role.ROLE_ASSISTANT)
                .addToolCalls(call("toolu_1", "a", "{}")).addToolCalls(call("toolu_2", "b", "{}")).build(),
                parts, empty)).at("/messages/2/content");
        assertThat(turn).isEqualTo(json(
                "[{\"type\":\"tool_result\",\"tool_use_id\":\"toolu_1\",\"content\":["
                + "{\"type\":\"text\",\"text\":\"chart:\"},"
                + "{\"type\":\"image\",\"source\":{\"type\":\"url\",\"url\":\"https://x.test/c.png\"}}],"
                + "\"cache_control\":{\"type\":\"ephemeral\"}},"
                + "{\"type\":\"tool_result\",\"tool_use_id\":\"toolu_2\"}]"));
    }

    @Test
    void sendsInlineImagesAsBase64WithJpegNormalisedAndUrlsAsUrlSources() {
        final Message m = Message.newBuilder().setRole(Role.ROLE_USER)
                .addContent(ContentPart.newBuilder().setImage(ImagePart.newBuilder()
                        .setData(ByteString.copyFrom(new byte[] { 1, 2, 3 })).setMediaType("image/jpg")))
                .addContent(ContentPart.newBuilder().setImage(ImagePart.newBuilder().setUrl("http://x.test/a.png")))
                .build();
        assertThat(body(req(m)).at("/messages/0/content")).isEqualTo(json(
                "[{\"type\":\"image\",\"source\":{\"type\":\"base64\",\"media_type\":\"image/jpeg\",\"data\":\"AQID\"}},"
                + "{\"type\":\"image\",\"source\":{\"type\":\"url\",\"url\":\"http://x.test/a.png\"}}]"));
    }

    @Test
    void sendsPdfAndPlainTextAsDocumentsAndRefusesFileIdsAndAudio() {
        final Message m = Message.newBuilder().setRole(Role.ROLE_USER)
                .addContent(ContentPart.newBuilder().setFile(FilePart.newBuilder()
                        .setData(ByteString.copyFromUtf8("%PDF-1.7")).setFilename("a.pdf")))
                .addContent(ContentPart.newBuilder().setFile(FilePart.newBuilder()
                        .setData(ByteString.copyFromUtf8("plain words")).setMediaType("text/plain")))
                .addContent(ContentPart.newBuilder().setFile(FilePart.newBuilder().setUrl("https://x.test/b.pdf")))
                .build();
        assertThat(body(req(m)).at("/messages/0/content")).isEqualTo(json(
                "[{\"type\":\"document\",\"source\":{\"type\":\"base64\",\"media_type\":\"application/pdf\","
                + "\"data\":\"JVBERi0xLjc=\"},\"title\":\"a.pdf\"},"
                + "{\"type\":\"document\",\"source\":{\"type\":\"text\",\"media_type\":\"text/plain\","
                + "\"data\":\"plain words\"}},"
                + "{\"type\":\"document\",\"source\":{\"type\":\"url\",\"url\":\"https://x.test/b.pdf\"}}]"));

        final Message fileId = Message.newBuilder().setRole(Role.ROLE_USER).addContent(
                ContentPart.newBuilder().setFile(FilePart.newBuilder().setFileId("file-abc"))).build();
        assertThat(catchThrowableOfType(GatewayException.class, () -> encode(req(fileId))).kind())
                .isEqualTo(ErrorKind.INVALID_REQUEST);
        final Message audio = Message.newBuilder().setRole(Role.ROLE_USER).addContent(
                ContentPart.newBuilder().setAudio(dev.switchboard.v1.AudioPart.newBuilder()
                        .setData(ByteString.copyFromUtf8("x")).setFormat("wav"))).build();
        assertThat(catchThrowableOfType(GatewayException.class, () -> encode(req(audio))).getMessage())
                .contains("messages[0].content[0]").contains("audio");
    }

    @Test
    void passesToolSchemasThroughAndGivesAParameterlessToolAnEmptyObjectSchema() throws Exception {
        final Struct schema = Struct.newBuilder().putFields("type", JsonValues.of("object"))
                .putFields("required", Value.newBuilder().setListValue(com.google.protobuf.ListValue.newBuilder()
                        .addValues(JsonValues.of("q"))).build()).build();
        final EncodedRequest e = encode(req(user("hi"))
                .addTools(tool("search").toBuilder().setDescription("Search").setParameters(schema).setStrict(true))
                .addTools(tool("now")));
        assertThat(AnthropicRecordings.tree(e.body()).get("tools")).isEqualTo(json(
                "[{\"name\":\"search\",\"description\":\"Search\",\"input_schema\":{\"type\":\"object\","
                + "\"required\":[\"q\"]}},{\"name\":\"now\",\"input_schema\":{\"type\":\"object\",\"properties\":{}}}]"));
        assertThat(e.droppedParams()).containsExactly("strict");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "MODE_AUTO     |         | {\"type\":\"auto\"}",
            "MODE_REQUIRED |         | {\"type\":\"any\"}",
            "MODE_NONE     |         | {\"type\":\"none\"}",
            "MODE_FUNCTION | lookup  | {\"type\":\"tool\",\"name\":\"lookup\"}",
            "MODE_REQUIRED | false   | {\"type\":\"any\",\"disable_parallel_tool_use\":true}",
            "MODE_NONE     | false   | {\"type\":\"none\"}",
            "MODE_UNSPECIFIED | false | {\"type\":\"auto\",\"disable_parallel_tool_use\":true}",
            "MODE_UNSPECIFIED | true  | ",
    })
    void mapsToolChoiceAndParallelToolCalls(String mode, String arg, String expected) {
        final ChatCompletionRequest.Builder b = req(user("hi")).addTools(tool("lookup"));
        final ToolChoice.Mode m = ToolChoice.Mode.valueOf(mode);
        if (m != ToolChoice.Mode.MODE_UNSPECIFIED) {
            b.setToolChoice(ToolChoice.newBuilder().setMode(m)
                                      .setFunctionName(m == ToolChoice.Mode.MODE_FUNCTION ? arg : ""));
        }
        if ("false".equals(arg) || "true".equals(arg)) {
            b.setParallelToolCalls(Boolean.parseBoolean(arg));
        }
        final JsonNode body = body(b);
        if (expected == null) {
            assertThat(body.has("tool_choice")).isFalse();
        } else {
            assertThat(body.get("tool_choice")).isEqualTo(json(expected));
        }
    }

    @Test
    void sendsNoToolChoiceWithoutTools() {
        final JsonNode body = body(req(user("hi")).setToolChoice(ToolChoice.newBuilder()
                .setMode(ToolChoice.Mode.MODE_NONE)).setParallelToolCalls(false));
        assertThat(body.has("tool_choice")).isFalse();
        assertThat(body.has("tools")).isFalse();
    }

    @Test
    void aJsonSchemaWithClientToolsLetsTheModelCallEitherButRequiresACall() {
        final JsonNode body = body(req(user("hi")).addTools(tool("lookup")).setResponseFormat(
                ResponseFormat.newBuilder().setType(ResponseFormat.Type.TYPE_JSON_SCHEMA).setName("answer")));
        assertThat(body.get("tool_choice")).isEqualTo(json("{\"type\":\"any\"}"));
        assertThat(body.at("/tools/1/name").asText()).isEqualTo("answer__sb_json");
        assertThat(body.at("/tools/1/input_schema")).isEqualTo(json("{\"type\":\"object\",\"properties\":{}}"));
    }

    @Test
    void aJsonSchemaWithThinkingAsksForTheCallInsteadOfForcingIt() {
        final JsonNode body = body(req(msg(Role.ROLE_SYSTEM, "Be exact."), user("hi"))
                .setReasoning(Reasoning.newBuilder().setEffort("low"))
                .setResponseFormat(ResponseFormat.newBuilder().setType(ResponseFormat.Type.TYPE_JSON_SCHEMA)
                                                 .setName("my schema!")));
        assertThat(body.get("tool_choice")).isEqualTo(json("{\"type\":\"auto\"}"));
        assertThat(body.at("/tools/0/name").asText()).isEqualTo("my_schema___sb_json");
        assertThat(body.get("system").asText()).startsWith("Be exact.\n\n").contains("`my_schema___sb_json`");
        assertThat(body.get("thinking")).isEqualTo(json("{\"type\":\"enabled\",\"budget_tokens\":1024}"));
    }

    @Test
    void aJsonObjectFormatBecomesASystemInstruction() {
        final JsonNode body = body(req(user("hi")).setResponseFormat(
                ResponseFormat.newBuilder().setType(ResponseFormat.Type.TYPE_JSON_OBJECT)));
        assertThat(body.get("system").asText()).contains("JSON object");
        assertThat(body.has("tools")).isFalse();
    }

    @Test
    void prefersMaxCompletionTokensThenMaxTokensThenTheModelDefault() {
        assertThat(body(req(user("hi")).setMaxTokens(100).setMaxCompletionTokens(200)).get("max_tokens").asInt())
                .isEqualTo(200);
        assertThat(body(req(user("hi")).setMaxTokens(100)).get("max_tokens").asInt()).isEqualTo(100);
        assertThat(body(req(user("hi"))).get("max_tokens").asInt()).isEqualTo(64_000);
    }

    @ParameterizedTest
    @CsvSource({
            "claude-3-haiku-20240307, 4096", "claude-3-opus-latest, 4096", "claude-3-sonnet-20240229, 4096",
            "claude-3-5-sonnet-20241022, 8192", "claude-3-5-haiku-latest, 8192",
            "anthropic.claude-3-5-sonnet-20240620-v1:0, 8192", "claude-3-7-sonnet-20250219, 64000",
            "claude-sonnet-4-20250514, 64000", "claude-sonnet-4-0, 64000", "claude-opus-4-20250514, 32000",
            "claude-opus-4-0, 32000", "claude-opus-4-1-20250805, 32000", "claude-opus-4-1, 32000",
            "claude-sonnet-4-5-20250929, 64000", "claude-haiku-4-5, 64000", "claude-opus-4-5-20251101, 64000",
            "claude-opus-4-6, 64000", "glm-4.6, 4096", "some-model, 4096"
    })
    void defaultsMaxTokensPerModel(String model, int expected) {
        assertThat(AnthropicLimits.defaultMaxTokens(model)).isEqualTo(expected);
    }

    @Test
    void dropsWhitespaceOnlyStopSequencesAndSaysSo() {
        final EncodedRequest e = encode(req(user("hi")).addStop("END").addStop("\n").addStop(" STOP "));
        assertThat(AnthropicRecordings.tree(e.body()).get("stop_sequences"))
                .isEqualTo(json("[\"END\",\" STOP \"]"));
        assertThat(e.droppedParams()).containsExactly("stop");
    }

    @ParameterizedTest
    @CsvSource({ "minimal, 1024", "low, 1024", "medium, 4096", "high, 16384" })
    void turnsReasoningEffortIntoAThinkingBudget(String effort, int budget) {
        final JsonNode body = body(req(user("hi")).setReasoning(Reasoning.newBuilder().setEffort(effort)));
        assertThat(body.get("thinking")).isEqualTo(
                json("{\"type\":\"enabled\",\"budget_tokens\":" + budget + '}'));
    }

    @Test
    void passesAnExplicitBudgetAndRaisesOneBelowAnthropicsMinimum() {
        assertThat(body(req(user("hi")).setReasoning(Reasoning.newBuilder().setBudgetTokens(3000)))
                           .at("/thinking/budget_tokens").asInt()).isEqualTo(3000);
        final EncodedRequest low = encode(req(user("hi")).setReasoning(Reasoning.newBuilder().setBudgetTokens(10)));
        assertThat(AnthropicRecordings.tree(low.body()).at("/thinking/budget_tokens").asInt()).isEqualTo(1024);
        assertThat(low.droppedParams()).containsExactly("reasoning.budget_tokens");
        assertThat(body(req(user("hi")).setReasoning(Reasoning.newBuilder().setBudgetTokens(0))).has("thinking"))
                .isFalse();
    }

    @Test
    void sendsNoThinkingForEffortNoneAndReportsAnUnknownEffort() {
        assertThat(encode(req(user("hi")).setReasoning(Reasoning.newBuilder().setEffort("none"))).droppedParams())
                .isEmpty();
        final EncodedRequest e = encode(req(user("hi")).setReasoning(Reasoning.newBuilder().setEffort("extreme")));
        assertThat(AnthropicRecordings.tree(e.body()).has("thinking")).isFalse();
        assertThat(e.droppedParams()).containsExactly("reasoning_effort");
    }

    @Test
    void withThinkingDropsTemperatureTopKAndLowTopP() {
        final EncodedRequest e = encode(req(user("hi")).setReasoning(Reasoning.newBuilder().setEffort("low"))
                                                        .setTemperature(0.3).setTopK(5).setTopP(0.5));
        final JsonNode body = AnthropicRecordings.tree(e.body());
        assertThat(body.has("temperature")).isFalse();
        assertThat(body.has("top_k")).isFalse();
        assertThat(body.has("top_p")).isFalse();
        assertThat(e.droppedParams()).containsExactlyInAnyOrder("temperature", "top_k", "top_p");

        assertThat(body(req(user("hi")).setReasoning(Reasoning.newBuilder().setEffort("low")).setTemperature(1))
                           .get("temperature").asDouble()).isEqualTo(1.0);
        assertThat(body(req(user("hi")).setReasoning(Reasoning.newBuilder().setEffort("low")).setTopP(0.97))
                           .get("top_p").asDouble()).isEqualTo(0.97);
    }

    @Test
    void withoutThinkingKeepsSamplingButNotTemperatureAndTopPTogether() {
        final EncodedRequest e = encode(req(user("hi")).setTemperature(0.3).setTopK(5).setTopP(0.5));
        final JsonNode body = AnthropicRecordings.tree(e.body());
        assertThat(body.get("temperature").asDouble()).isEqualTo(0.3);
        assertThat(body.get("top_k").asInt()).isEqualTo(5);
        assertThat(body.has("top_p")).isFalse();
        assertThat(e.droppedParams()).containsExactly("top_p");
        assertThat(body(req(user("hi")).setTopP(0.5)).get("top_p").asDouble()).isEqualTo(0.5);
    }

    @Test
    void raisesMaxTokensAboveTheThinkingBudget() {
        final EncodedRequest e = encode(req(user("hi")).setReasoning(Reasoning.newBuilder().setEffort("high"))
                                                        .setMaxTokens(1000));
        assertThat(AnthropicRecordings.tree(e.body()).get("max_tokens").asInt()).isEqualTo(16_384 + 1000);
        assertThat(e.droppedParams()).containsExactly("max_tokens");
        final EncodedRequest unknown = new AnthropicFormat().encodeChat(
                req(user("hi")).setReasoning(Reasoning.newBuilder().setEffort("high")).build(), "compat-model", false);
        assertThat(AnthropicRecordings.tree(unknown.body()).get("max_tokens").asInt()).isEqualTo(16_384 + 4096);
        assertThat(unknown.droppedParams()).isEmpty();
    }

    @Test
    void dropsThinkingWhenToolChoiceForcesATool() {
        final EncodedRequest e = encode(req(user("hi")).addTools(tool("lookup"))
                .setToolChoice(ToolChoice.newBuilder().setMode(ToolChoice.Mode.MODE_REQUIRED))
                .setReasoning(Reasoning.newBuilder().setEffort("medium")));
        assertThat(AnthropicRecordings.tree(e.body()).has("thinking")).isFalse();
        assertThat(e.droppedParams()).containsExactly("reasoning_effort");
    }

    @Test
    void dropsThinkingWhenAToolLoopComesBackWithoutTheSignedThinking() {
        final Message assistant = Message.newBuilder().setRole(Role.ROLE_ASSISTANT)
                .addContent(ContentPart.newBuilder().setReasoning(ReasoningPart.newBuilder().setText("unsigned")))
                .addToolCalls(call("toolu_1", "lookup", "{}")).build();
        final ChatCompletionRequest.Builder b = req(user("hi"), assistant, toolResult("toolu_1", "ok"))
                .addTools(tool("lookup")).setReasoning(Reasoning.newBuilder().setEffort("medium"));
        final EncodedRequest e = encode(b);
        assertThat(AnthropicRecordings.tree(e.body()).has("thinking")).isFalse();
        assertThat(e.droppedParams()).containsExactly("reasoning_effort");

        final Message signed = assistant.toBuilder().setContent(0, thinking("signed", "anthropic:c2ln")).build();
        assertThat(body(req(user("hi"), signed, toolResult("toolu_1", "ok")).addTools(tool("lookup"))
                                .setReasoning(Reasoning.newBuilder().setEffort("medium"))).has("thinking")).isTrue();
    }

    @Test
    void putsOurThinkingFirstAndLeavesOutOtherProvidersReasoningAndEmptyText() {
        final Message assistant = Message.newBuilder().setRole(Role.ROLE_ASSISTANT)
                .addContent(ContentPart.newBuilder().setText(""))
                .addContent(thinking("gemini thought", "gemini:abc"))
                .addContent(thinking("plan", "anthropic:sig1"))
                .addContent(ContentPart.newBuilder().setReasoning(ReasoningPart.newBuilder().setRedacted(true))
                                       .setProviderState(ByteString.copyFromUtf8("anthropic:redacted:blob")))
                .addToolCalls(call("toolu_1", "lookup", "{\"q\":\"x\"}")).build();
        assertThat(body(req(user("hi"), assistant, toolResult("toolu_1", "ok"))).at("/messages/1/content"))
                .isEqualTo(json("[{\"type\":\"thinking\",\"thinking\":\"plan\",\"signature\":\"sig1\"},"
                                + "{\"type\":\"redacted_thinking\",\"data\":\"blob\"},"
                                + "{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"lookup\",\"input\":{\"q\":\"x\"}}]"));
    }

    @Test
    void stripsTrailingWhitespaceFromAFinalAssistantPrefill() {
        final JsonNode messages = body(req(user("hi"), msg(Role.ROLE_ASSISTANT, "{\"answer\": \n"))).get("messages");
        assertThat(messages.get(1)).isEqualTo(json("{\"role\":\"assistant\",\"content\":\"{\\\"answer\\\":\"}"));
    }

    @Test
    void refusesToolArgumentsThatAreNotAJsonObject() {
        final Message assistant = Message.newBuilder().setRole(Role.ROLE_ASSISTANT)
                .addToolCalls(call("toolu_1", "lookup", "{\"q\":")).build();
        final GatewayException e = catchThrowableOfType(GatewayException.class,
                () -> encode(req(user("hi"), assistant, toolResult("toolu_1", "ok"))));
        assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_REQUEST);
        assertThat(e.getMessage()).startsWith("messages[1].tool_calls[0].function.arguments");
        assertThat(catchThrowableOfType(GatewayException.class, () -> encode(req(user("hi"),
                Message.newBuilder().setRole(Role.ROLE_ASSISTANT).addToolCalls(call("t", "l", "[1]")).build()))))
                .isNotNull();
    }

    @Test
    void reportsEveryParameterAnthropicHasNoPlaceFor() {
        final EncodedRequest e = encode(req(user("hi")).setN(2).setSeed(1).setPresencePenalty(0.1)
                .setFrequencyPenalty(0.1).setLogprobs(true).setTopLogprobs(2).putLogitBias("50256", -100)
                .putMetadata("k", "v").setExtra(Struct.newBuilder().putFields("store", Value.newBuilder()
                        .setBoolValue(true).build())));
        assertThat(e.droppedParams()).containsExactlyInAnyOrder("n", "seed", "presence_penalty", "frequency_penalty",
                                                                "logprobs", "top_logprobs", "logit_bias", "metadata",
                                                                "store");
        assertThat(encode(req(user("hi")).setN(1).setLogprobs(false)).droppedParams()).isEmpty();
    }

    @Test
    void sendsTheEndUserAsMetadataUserId() {
        assertThat(body(req(user("hi")).setUser("u-1")).get("metadata")).isEqualTo(json("{\"user_id\":\"u-1\"}"));
    }

    @Test
    void copiesCacheControlFromPartsMessagesAndSystemText() {
        final Message system = Message.newBuilder().setRole(Role.ROLE_SYSTEM)
                .addContent(ContentPart.newBuilder().setText("manual")).setExtra(cacheControl()).build();
        final Message u = Message.newBuilder().setRole(Role.ROLE_USER)
                .addContent(ContentPart.newBuilder().setText("a").setExtra(cacheControl()))
                .addContent(ContentPart.newBuilder().setText("b")).build();
        final JsonNode body = body(req(system, u));
        assertThat(body.get("system")).isEqualTo(json(
                "[{\"type\":\"text\",\"text\":\"manual\",\"cache_control\":{\"type\":\"ephemeral\"}}]"));
        assertThat(body.at("/messages/0/content")).isEqualTo(json(
                "[{\"type\":\"text\",\"text\":\"a\",\"cache_control\":{\"type\":\"ephemeral\"}},"
                + "{\"type\":\"text\",\"text\":\"b\"}]"));
    }

    @Test
    void passesProviderToolsThroughAsTheClientWroteThem() {
        final Tool webSearch = Tool.newBuilder().setType("web_search_20250305").setName("web_search")
                .setExtra(Struct.newBuilder().putFields("max_uses", Value.newBuilder().setNumberValue(3).build()))
                .build();
        assertThat(body(req(user("hi")).addTools(webSearch)).get("tools")).isEqualTo(json(
                "[{\"type\":\"web_search_20250305\",\"name\":\"web_search\",\"max_uses\":3}]"));
    }
}
