package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.JsonValue;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.errors.AnthropicException;
import com.anthropic.errors.BadRequestException;
import com.anthropic.errors.NotFoundException;
import com.anthropic.errors.UnauthorizedException;
import com.anthropic.helpers.MessageAccumulator;
import com.anthropic.models.ErrorType;
import com.anthropic.models.messages.Base64ImageSource;
import com.anthropic.models.messages.ContentBlockParam;
import com.anthropic.models.messages.ImageBlockParam;
import com.anthropic.models.messages.JsonOutputFormat;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.OutputConfig;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.anthropic.models.messages.StopReason;
import com.anthropic.models.messages.TextBlockParam;
import com.anthropic.models.messages.Tool;
import com.anthropic.models.messages.ToolResultBlockParam;
import com.anthropic.models.messages.ToolUseBlock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.RequestHeaders;
import com.linecorp.armeria.common.RequestHeadersBuilder;

import dev.switchboard.server.testing.FakeAnthropic;
import dev.switchboard.server.testing.FakeGemini;
import dev.switchboard.server.testing.FakeResponses;
import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;
import dev.switchboard.transcoder.testing.Fixtures;

/**
 * The official Anthropic SDK (anthropic-java) against {@code /v1/messages} of a gateway started
 * with production wiring, over an OpenAI upstream, a Gemini upstream and an Anthropic upstream,
 * each a fake replaying recorded traffic. Expected values were read off the recordings; the test
 * also asserts what each upstream received in its own format.
 */
class MessagesE2ETest {
    static final String OPENAI_KEY = "sk-oai-messages-e2e-1a2b";
    static final String GEMINI_KEY = "AIza-messages-e2e-3c4d";
    static final String ANTHROPIC_KEY = "sk-ant-messages-e2e-5e6f";
    static final String OPENAI_STREAM_TEXT = "I'm unable to provide real-time weather updates. To get the current weather"
                                             + " in San Francisco, I recommend checking a reliable weather website or a"
                                             + " weather app.";
    static final String REASONING_TEXT = "There are **3** \"r\"s in strawberry.\n\nHere is the breakdown: "
                                         + "st**r**awbe**rr**y.";
    static final byte[] PNG = Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8"
                                                         + "z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @TempDir
    static Path dataDir;
    static FakeUpstream openaiUpstream;
    static FakeGemini geminiUpstream;
    static FakeAnthropic anthropicUpstream;
    static FakeResponses responsesUpstream;
    static TestGateway gateway;
    static AnthropicClient client;

    @BeforeAll
    static void start() {
        openaiUpstream = new FakeUpstream(OPENAI_KEY);
        geminiUpstream = new FakeGemini(GEMINI_KEY);
        anthropicUpstream = new FakeAnthropic(ANTHROPIC_KEY);
        responsesUpstream = new FakeResponses(OPENAI_KEY);
        gateway = TestGateway.start(dataDir);
        final AggregatedHttpResponse responses = gateway.post("/admin/v1/providers",
                "{\"name\":\"resp\",\"preset\":\"custom\",\"api_format\":\"openai_responses\",\"base_url\":\""
                + responsesUpstream.baseUrl() + "\",\"api_key\":\"" + OPENAI_KEY + "\"}");
        assertThat(responses.status().code()).as(responses.contentUtf8()).isEqualTo(200);
        gateway.addProvider("oai", openaiUpstream.baseUrl(), OPENAI_KEY);
        for (String[] p : new String[][] { { "gem", "gemini", geminiUpstream.baseUrl(), GEMINI_KEY },
                                           { "claude", "anthropic", anthropicUpstream.baseUrl(), ANTHROPIC_KEY } }) {
            final AggregatedHttpResponse created = gateway.post("/admin/v1/providers",
                    "{\"name\":\"" + p[0] + "\",\"preset\":\"" + p[1] + "\",\"base_url\":\"" + p[2]
                    + "\",\"api_key\":\"" + p[3] + "\"}");
            assertThat(created.status().code()).as(created.contentUtf8()).isEqualTo(200);
        }
        client = AnthropicOkHttpClient.builder().apiKey(TestGateway.ADMIN_KEY).baseUrl(gateway.baseUrl())
                                      .maxRetries(0).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        gateway.close();
        openaiUpstream.close();
        geminiUpstream.close();
        anthropicUpstream.close();
        responsesUpstream.close();
    }

    @BeforeEach
    void forgetEarlierRequests() throws InterruptedException {
        geminiUpstream.drain();
        anthropicUpstream.clear();
        responsesUpstream.drain();
        while (openaiUpstream.pending() > 0) {
            openaiUpstream.take();
        }
    }

    static MessageCreateParams.Builder params(String model) {
        return MessageCreateParams.builder().model(model).maxTokens(256);
    }

    /** Streams a request and returns the message the SDK's own accumulator builds from the events. */
    static Message stream(MessageCreateParams params, List<String> events) {
        final MessageAccumulator acc = MessageAccumulator.create();
        try (StreamResponse<RawMessageStreamEvent> s = client.messages().createStreaming(params)) {
            s.stream().forEach(e -> {
                acc.accumulate(e);
                events.add(name(e));
            });
        }
        return acc.message();
    }

    static String name(RawMessageStreamEvent e) {
        return e.isMessageStart() ? "message_start" : e.isMessageDelta() ? "message_delta"
               : e.isMessageStop() ? "message_stop" : e.isContentBlockStart() ? "content_block_start"
               : e.isContentBlockDelta() ? "content_block_delta" : "content_block_stop";
    }

    static Tool weatherTool() {
        return Tool.builder().name("get_weather").description("Weather in a city")
                   .inputSchema(Tool.InputSchema.builder()
                                                .properties(JsonValue.from(Map.of("city", Map.of("type", "string"))))
                                                .putAdditionalProperty("required", JsonValue.from(List.of("city")))
                                                .build())
                   .build();
    }

    // --- OpenAI upstream ---------------------------------------------------------------------

    @Test
    void openAiUnaryTextComesBackAsAnAnthropicMessage() throws Exception {
        final Message m = client.messages().create(params("oai/gpt-4o-mini").system("Be brief.")
                                                   .addUserMessage("Invent a holiday.").build());
        assertThat(m.id()).startsWith("msg_");
        assertThat(m.model().asString()).isEqualTo("oai/gpt-4o-mini");
        assertThat(m.content()).hasSize(1);
        assertThat(m.content().get(0).text().orElseThrow().text()).startsWith("**Holiday Name:** Galaxy Day")
                                                                  .endsWith("dream beyond our world.");
        assertThat(m.stopReason()).contains(StopReason.END_TURN);
        assertThat(m.usage().inputTokens()).isEqualTo(16);
        assertThat(m.usage().outputTokens()).isEqualTo(363);

        final JsonNode seen = openaiUpstream.take().json();
        assertThat(seen.at("/messages/0/role").asText()).isEqualTo("system");
        assertThat(seen.at("/messages/0/content").asText()).isEqualTo("Be brief.");
        assertThat(seen.at("/messages/1/content").asText()).isEqualTo("Invent a holiday.");
        assertThat(seen.get("max_tokens").asInt()).isEqualTo(256);
    }

    @Test
    void openAiStreamedTextFollowsAnthropicsEventSequence() throws Exception {
        final List<String> events = new ArrayList<>();
        final Message m = stream(params("oai/gpt-4o-mini").addUserMessage("Weather?").build(), events);
        assertThat(m.content().get(0).text().orElseThrow().text()).isEqualTo(OPENAI_STREAM_TEXT);
        assertThat(m.stopReason()).contains(StopReason.END_TURN);
        assertThat(m.usage().outputTokens()).isEqualTo(30);
        assertThat(m.usage().inputTokens()).isEqualTo(14);
        assertThat(events.subList(0, 2)).containsExactly("message_start", "content_block_start");
        assertThat(events.subList(events.size() - 3, events.size()))
                .containsExactly("content_block_stop", "message_delta", "message_stop");
        // The client did not ask for usage; the gateway did, for message_delta.
        assertThat(openaiUpstream.take().json().at("/stream_options/include_usage").asBoolean()).isTrue();
    }

    @Test
    void everyStreamedEventHasItsEventLineAndAPingFollowsMessageStart() throws Exception {
        final String raw = post("/v1/messages", "{\"model\":\"oai/gpt-4o-mini\",\"max_tokens\":5,\"stream\":true,"
                                                + "\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}", true)
                .contentUtf8();
        final List<String> names = new ArrayList<>();
        for (String frame : raw.split("\n\n")) {
            final String[] lines = frame.split("\n");
            assertThat(lines).hasSize(2);
            assertThat(lines[0]).startsWith("event: ");
            final String name = lines[0].substring(7);
            assertThat(mapperTree(lines[1].substring(6)).get("type").asText()).isEqualTo(name);
            names.add(name);
        }
        assertThat(names.subList(0, 3)).containsExactly("message_start", "ping", "content_block_start");
        assertThat(names.get(names.size() - 1)).isEqualTo("message_stop");
    }

    @Test
    void openAiStreamedToolUseAcrossTwoTurns() throws Exception {
        final Message first = stream(params("oai/tools").addTool(weatherTool()).addUserMessage("Weather and AAPL?")
                                                        .build(), new ArrayList<>());
        assertThat(first.stopReason()).contains(StopReason.TOOL_USE);
        final List<ToolUseBlock> calls = first.content().stream().flatMap(b -> b.toolUse().stream()).toList();
        assertThat(calls).extracting(ToolUseBlock::id)
                         .containsExactly("call_JMW1whyEaYG438VE1OIflxA2", "call_DNYTawLBoN8fj3KN6qU9N1Ou");
        assertThat(calls.get(0).name()).isEqualTo("GetWeatherArgs");
        assertThat(calls.get(0)._input().convert(Map.class))
                .isEqualTo(Map.of("city", "Edinburgh", "country", "GB", "units", "c"));
        assertThat(calls.get(1)._input().convert(Map.class)).isEqualTo(Map.of("ticker", "AAPL", "exchange", "NASDAQ"));
        final JsonNode turnOne = openaiUpstream.take().json();
        assertThat(turnOne.at("/tools/0/function/name").asText()).isEqualTo("get_weather");
        assertThat(turnOne.at("/tools/0/function/parameters/required/0").asText()).isEqualTo("city");

        stream(params("oai/tools").addTool(weatherTool()).addUserMessage("Weather and AAPL?").addMessage(first)
                                  .addUserMessageOfContentBlockParams(List.of(
                                          toolResult(calls.get(0).id(), "12 C, rain"),
                                          toolResult(calls.get(1).id(), "227.52 USD")))
                                  .build(), new ArrayList<>());
        final JsonNode turnTwo = openaiUpstream.take().json();
        final JsonNode messages = turnTwo.get("messages");
        assertThat(messages.get(1).get("role").asText()).isEqualTo("assistant");
        assertThat(messages.get(1).at("/tool_calls/0/id").asText()).isEqualTo("call_JMW1whyEaYG438VE1OIflxA2");
        assertThat(mapperTree(messages.get(1).at("/tool_calls/0/function/arguments").asText()))
                .isEqualTo(mapperTree("{\"city\":\"Edinburgh\",\"country\":\"GB\",\"units\":\"c\"}"));
        assertThat(messages.get(2).get("role").asText()).isEqualTo("tool");
        assertThat(messages.get(2).get("tool_call_id").asText()).isEqualTo("call_JMW1whyEaYG438VE1OIflxA2");
        assertThat(messages.get(2).get("content").asText()).isEqualTo("12 C, rain");
        assertThat(messages.get(3).get("tool_call_id").asText()).isEqualTo("call_DNYTawLBoN8fj3KN6qU9N1Ou");
    }

    @Test
    void openAiUpstreamGetsTheImageAsADataUrl() throws Exception {
        client.messages().create(params("oai/gpt-4o-mini").addUserMessageOfContentBlockParams(List.of(
                imageBlock(), ContentBlockParam.ofText(TextBlockParam.builder().text("What is this?").build())))
                                                          .build());
        final JsonNode content = openaiUpstream.take().json().at("/messages/0/content");
        assertThat(content.at("/0/type").asText()).isEqualTo("image_url");
        assertThat(content.at("/0/image_url/url").asText())
                .isEqualTo("data:image/png;base64," + Base64.getEncoder().encodeToString(PNG));
        assertThat(content.at("/1/text").asText()).isEqualTo("What is this?");
    }

    @Test
    void openAiFailureMidStreamEndsWithAnErrorEvent() {
        final Throwable t = catchThrowable(() -> stream(params("oai/error-in-stream").addUserMessage("Hi").build(),
                                                        new ArrayList<>()));
        assertThat(t).isInstanceOf(AnthropicException.class);
        assertThat(t.getMessage()).doesNotContain(OPENAI_KEY);
        final String raw = post("/v1/messages", "{\"model\":\"oai/error-in-stream\",\"max_tokens\":5,\"stream\":true,"
                                                + "\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}", true)
                .contentUtf8();
        assertThat(raw).startsWith("event: message_start\n").contains("\nevent: error\ndata: {\"type\":\"error\"")
                       .doesNotContain("message_stop").doesNotContain(OPENAI_KEY);
    }

    // --- Gemini upstream ---------------------------------------------------------------------

    @Test
    void geminiStreamedText() throws Exception {
        final List<String> events = new ArrayList<>();
        final Message m = stream(params("gem/gemini-2.0-flash").addUserMessage("Why is the sky blue?").build(), events);
        assertThat(m.content().get(0).text().orElseThrow().text())
                .startsWith("The sky is blue due to a phenomenon called **Rayleigh scattering**.")
                .endsWith("leading to variations in the blue intensity or even a hazy appearance.");
        assertThat(m.stopReason()).contains(StopReason.END_TURN);
        assertThat(events.get(0)).isEqualTo("message_start");
        assertThat(events.get(events.size() - 1)).isEqualTo("message_stop");
        assertThat(geminiUpstream.take().json().at("/contents/0/parts/0/text").asText()).isEqualTo("Why is the sky blue?");
    }

    @Test
    void geminiToolUseAcrossTwoTurnsKeepsTheCallsThoughtSignature() throws Exception {
        final Message first = stream(params("gem/gemini-3-pro-preview").addTool(weatherTool())
                                                                      .addUserMessage("Weather in SF?").build(),
                                     new ArrayList<>());
        assertThat(first.stopReason()).contains(StopReason.TOOL_USE);
        final ToolUseBlock call = first.content().stream().flatMap(b -> b.toolUse().stream()).findFirst().orElseThrow();
        assertThat(call.name()).isEqualTo("weather");
        assertThat(call._input().convert(Map.class)).isEqualTo(Map.of("location", "San Francisco"));
        final JsonNode turnOne = geminiUpstream.take().json();
        assertThat(turnOne.at("/tools/0/functionDeclarations/0/name").asText()).isEqualTo("get_weather");

        final Message second = stream(params("gem/gemini-3-pro-preview").addTool(weatherTool())
                .addUserMessage("Weather in SF?").addMessage(first)
                .addUserMessageOfContentBlockParams(List.of(toolResult(call.id(), "{\"weather\":\"cloudy\"}")))
                .build(), new ArrayList<>());
        assertThat(second.content().get(0).text().orElseThrow().text()).isEqualTo("今日の東京の天気は曇りで、気温は22度です。\n");
        final JsonNode contents = geminiUpstream.take().json().get("contents");
        final JsonNode modelTurn = contents.get(1);
        assertThat(modelTurn.get("role").asText()).isEqualTo("model");
        assertThat(modelTurn.at("/parts/0/functionCall/name").asText()).isEqualTo("weather");
        assertThat(modelTurn.at("/parts/0/thoughtSignature").asText()).startsWith("EqUCCqICAb4+9vsh8Pd5");
        assertThat(contents.get(2).at("/parts/0/functionResponse/name").asText()).isEqualTo("weather");
    }

    @Test
    void geminiThoughtSignatureBecomesAThinkingBlockAndGoesBackOnTurnTwo() throws Exception {
        final Message first = stream(params("gem/gemini-thinking").enabledThinking(1024)
                                                                  .addUserMessage("How many r in strawberry?").build(),
                                     new ArrayList<>());
        final String text = first.content().stream().flatMap(b -> b.text().stream()).map(t -> t.text())
                                 .reduce("", String::concat);
        assertThat(text).isEqualTo(REASONING_TEXT);
        final var thinking = first.content().stream().flatMap(b -> b.thinking().stream()).findFirst().orElseThrow();
        assertThat(thinking.signature()).startsWith("sbps_");
        assertThat(geminiUpstream.take().json().at("/generationConfig/thinkingConfig/thinkingBudget").asInt())
                .isEqualTo(1024);

        client.messages().create(params("gem/gemini-thinking").addUserMessage("How many r in strawberry?")
                                                              .addMessage(first).addUserMessage("And in raspberry?")
                                                              .build());
        final JsonNode modelTurn = geminiUpstream.take().json().at("/contents/1");
        assertThat(modelTurn.get("role").asText()).isEqualTo("model");
        assertThat(modelTurn.at("/parts/0/text").asText()).isEqualTo(REASONING_TEXT);
        assertThat(modelTurn.at("/parts/0/thoughtSignature").asText()).startsWith("Eo0HCooHAb4+9vutXdtKMt+r7Z3gLh52");
    }

    @Test
    void geminiUpstreamGetsTheImageAsInlineData() throws Exception {
        client.messages().create(params("gem/gemini-2.0-flash").addUserMessageOfContentBlockParams(List.of(
                imageBlock(), ContentBlockParam.ofText(TextBlockParam.builder().text("What is this?").build())))
                                                               .build());
        final JsonNode parts = geminiUpstream.take().json().at("/contents/0/parts");
        assertThat(parts.at("/0/inlineData/mimeType").asText()).isEqualTo("image/png");
        assertThat(Base64.getDecoder().decode(parts.at("/0/inlineData/data").asText())).isEqualTo(PNG);
        assertThat(parts.at("/1/text").asText()).isEqualTo("What is this?");
    }

    // --- Anthropic upstream ------------------------------------------------------------------

    @Test
    void anthropicUpstreamIsANearPassThrough() throws Exception {
        final Message first = client.messages().create(params("claude/claude-haiku-4-5").addTool(weatherTool())
                                                                                        .addUserMessage("Weather in SF?")
                                                                                        .build());
        assertThat(first.id()).isEqualTo("msg_01M4x4hiFuUdHzu44ih9eCGh");
        final ToolUseBlock call = first.content().get(0).toolUse().orElseThrow();
        assertThat(call.id()).isEqualTo("toolu_013DU6hV4C1M8dJ32ybQFAFi");
        assertThat(first.usage().inputTokens()).isEqualTo(597);
        anthropicUpstream.take();

        final List<String> events = new ArrayList<>();
        final Message second = stream(params("claude/claude-haiku-4-5").addTool(weatherTool())
                .addUserMessage("Weather in SF?").addMessage(first)
                .addUserMessageOfContentBlockParams(List.of(toolResult(call.id(), "20 C"))).build(), events);
        assertThat(second.id()).isEqualTo("msg_016HxyUMAncysqX7dn1kWNRx");
        assertThat(second.content().get(0).text().orElseThrow().text()).endsWith("It's a nice sunny day!");
        assertThat(second.usage().inputTokens()).isEqualTo(770);
        assertThat(second.usage().outputTokens()).isEqualTo(38);
        final JsonNode seen = anthropicUpstream.take().json();
        assertThat(seen.get("model").asText()).isEqualTo("claude-haiku-4-5");
        assertThat(seen.get("max_tokens").asInt()).isEqualTo(256);
        assertThat(seen.at("/messages/1/content/0")).isEqualTo(mapperTree(
                "{\"type\":\"tool_use\",\"id\":\"toolu_013DU6hV4C1M8dJ32ybQFAFi\",\"name\":\"get_weather\","
                + "\"input\":{\"location\":\"SF\",\"units\":\"c\"}}"));
        assertThat(seen.at("/messages/2/content/0")).isEqualTo(mapperTree(
                "{\"type\":\"tool_result\",\"tool_use_id\":\"toolu_013DU6hV4C1M8dJ32ybQFAFi\",\"content\":\"20 C\"}"));
        assertThat(seen.at("/tools/0/input_schema/required/0").asText()).isEqualTo("city");
    }

    @Test
    void anthropicClientsOutputConfigReachesTheUpstreamUnchanged() throws Exception {
        final ObjectMapper mapper = AnthropicE2ETest.mapper;
        final JsonNode exchange = mapper.readTree(Fixtures.bytes("anthropic/antpy-http-structured-output-nonstream.json"))
                                        .get(0);
        final JsonNode recorded = exchange.at("/request/body");
        final JsonOutputFormat.Schema.Builder schema = JsonOutputFormat.Schema.builder();
        recorded.at("/output_config/format/schema").fields().forEachRemaining(e -> schema.putAdditionalProperty(
                e.getKey(), JsonValue.from(mapper.convertValue(e.getValue(), Object.class))));
        final Message m = client.messages().create(params("claude/claude-sonnet-4-5").maxTokens(1024)
                .addUserMessage("Extract order: 2 Green Tea at $5.50 and 1 Coffee at $3.00. Total $14.")
                .outputConfig(OutputConfig.builder().effort(OutputConfig.Effort.HIGH)
                                          .format(JsonOutputFormat.builder().schema(schema.build()).build()).build())
                .build());
        assertThat(m.content().get(0).text().orElseThrow().text())
                .isEqualTo(exchange.at("/response/body/content/0/text").asText());
        assertThat(m.stopReason()).contains(StopReason.END_TURN);
        final JsonNode seen = anthropicUpstream.take().json();
        final ObjectNode expected = ((ObjectNode) recorded.get("output_config")).deepCopy().put("effort", "high");
        assertThat(seen.get("output_config")).isEqualTo(expected);
        assertThat(seen.has("tools")).isFalse();
        assertThat(seen.has("tool_choice")).isFalse();
    }

    @Test
    void anthropicThinkingSignatureGoesBackUnchanged() throws Exception {
        final Message first = stream(params("claude/claude-thinking").maxTokens(4096).enabledThinking(2048)
                                                                     .addTool(weatherTool())
                                                                     .addUserMessage("Weather in SF?").build(),
                                     new ArrayList<>());
        final var thinking = first.content().stream().flatMap(b -> b.thinking().stream()).findFirst().orElseThrow();
        assertThat(thinking.signature()).doesNotStartWith("sbps_").isNotEmpty();
        final ToolUseBlock call = first.content().stream().flatMap(b -> b.toolUse().stream()).findFirst().orElseThrow();
        final JsonNode turnOne = anthropicUpstream.take().json();
        assertThat(turnOne.at("/thinking/budget_tokens").asInt()).isEqualTo(2048);

        stream(params("claude/claude-thinking").maxTokens(4096).enabledThinking(2048).addTool(weatherTool())
                                               .addUserMessage("Weather in SF?").addMessage(first)
                                               .addUserMessageOfContentBlockParams(List.of(toolResult(call.id(), "20 C")))
                                               .build(), new ArrayList<>());
        final JsonNode assistant = anthropicUpstream.take().json().at("/messages/1/content/0");
        assertThat(assistant.get("type").asText()).isEqualTo("thinking");
        assertThat(assistant.get("thinking").asText()).isEqualTo(thinking.thinking());
        assertThat(assistant.get("signature").asText()).isEqualTo(thinking.signature());
    }

    // --- Responses upstream -----------------------------------------------------------------

    @Test
    void responsesUpstreamUnaryAndStreamedText() throws Exception {
        final Message m = client.messages().create(params("resp/gpt-5.3-codex").system("Be current.")
                                                   .addUserMessage("AI news today?").build());
        assertThat(m.content().stream().flatMap(b -> b.text().stream()).map(t -> t.text()).reduce("", String::concat))
                .startsWith("I\u2019ll quickly check reliable").contains("\n\nHere are some **latest AI updates");
        // Anthropic's input_tokens leaves out cache reads, which it reports apart.
        assertThat(m.usage().cacheReadInputTokens().orElseThrow()).isPositive();
        assertThat(m.usage().inputTokens() + m.usage().cacheReadInputTokens().orElseThrow() + m.usage().outputTokens())
                .isEqualTo(7666);
        assertThat(responsesUpstream.take().json().at("/input/1/content/0/text").asText()).isEqualTo("AI news today?");

        final Message streamed = stream(params("resp/gpt-5.3-codex").addUserMessage("AI news?").build(),
                                        new ArrayList<>());
        assertThat(streamed.content().stream().flatMap(b -> b.text().stream()).map(t -> t.text())
                           .reduce("", String::concat)).isEqualTo("Got it\n\nHere are a few **AI");
        assertThat(streamed.usage().inputTokens() + streamed.usage().cacheReadInputTokens().orElse(0L)
                   + streamed.usage().outputTokens()).isEqualTo(7575);
        assertThat(streamed.stopReason()).contains(StopReason.END_TURN);
        assertThat(responsesUpstream.take().json().get("stream").asBoolean()).isTrue();
    }

    // --- bad input ---------------------------------------------------------------------------

    @Test
    void unknownModelIsA404InAnthropicShape() {
        final NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> client.messages().create(
                params("nobody/nothing").addUserMessage("Hi").build()));
        assertThat(e.statusCode()).isEqualTo(404);
        assertThat(e.errorType()).contains(ErrorType.NOT_FOUND_ERROR);
    }

    @Test
    void missingKeyIsA401InAnthropicShape() throws Exception {
        final AnthropicClient anonymous = AnthropicOkHttpClient.builder().apiKey("wrong-key").baseUrl(gateway.baseUrl())
                                                               .maxRetries(0).build();
        try {
            final UnauthorizedException e = catchThrowableOfType(UnauthorizedException.class, () -> anonymous
                    .messages().create(params("oai/gpt-4o-mini").addUserMessage("Hi").build()));
            assertThat(e.errorType()).contains(ErrorType.AUTHENTICATION_ERROR);
        } finally {
            anonymous.close();
        }
        final AggregatedHttpResponse res = post("/v1/messages/count_tokens", "{}", false);
        assertThat(res.status().code()).isEqualTo(401);
        assertThat(mapperTree(res.contentUtf8()).at("/error/type").asText()).isEqualTo("authentication_error");
    }

    @Test
    void badBodiesAre400sInAnthropicShape() throws Exception {
        final String[][] cases = {
                { "{\"model\":\"oai/gpt-4o-mini\",\"messages\":[", "malformed JSON" },
                { "{\"model\":\"oai/gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}",
                  "max_tokens: required" },
                { "{\"model\":\"oai/gpt-4o-mini\",\"max_tokens\":5}", "messages: required" },
                { "{\"model\":\"oai/gpt-4o-mini\",\"max_tokens\":\"many\",\"messages\":[]}", "max_tokens: expected" },
        };
        for (String[] c : cases) {
            final AggregatedHttpResponse res = post("/v1/messages", c[0], true);
            assertThat(res.status().code()).as(c[0]).isEqualTo(400);
            final JsonNode body = mapperTree(res.contentUtf8());
            assertThat(body.get("type").asText()).isEqualTo("error");
            assertThat(body.at("/error/type").asText()).isEqualTo("invalid_request_error");
            assertThat(body.at("/error/message").asText()).contains(c[1]);
        }
        final BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> client.messages().create(
                MessageCreateParams.builder().model("oai/gpt-4o-mini").maxTokens(5)
                                   .addUserMessage("Hi").putAdditionalBodyProperty("top_k", JsonValue.from("x"))
                                   .build()));
        assertThat(e.errorType()).contains(ErrorType.INVALID_REQUEST_ERROR);
    }

    // --- helpers -----------------------------------------------------------------------------

    static ContentBlockParam toolResult(String id, String content) {
        return ContentBlockParam.ofToolResult(ToolResultBlockParam.builder().toolUseId(id).content(content).build());
    }

    static ContentBlockParam imageBlock() {
        return ContentBlockParam.ofImage(ImageBlockParam.builder().source(Base64ImageSource.builder()
                .data(Base64.getEncoder().encodeToString(PNG)).mediaType(Base64ImageSource.MediaType.IMAGE_PNG).build())
                                                        .build());
    }

    static JsonNode mapperTree(String json) throws Exception {
        return AnthropicE2ETest.mapper.readTree(json);
    }

    static AggregatedHttpResponse post(String path, String body, boolean withKey) {
        final RequestHeadersBuilder h = RequestHeaders.builder(HttpMethod.POST, path).contentType(MediaType.JSON_UTF_8)
                                                       .add("anthropic-version", "2023-06-01");
        if (withKey) {
            h.add("x-api-key", TestGateway.ADMIN_KEY);
        }
        return WebClient.of(gateway.baseUrl()).execute(HttpRequest.of(h.build(),
                com.linecorp.armeria.common.HttpData.ofUtf8(body))).aggregate().join();
    }
}
