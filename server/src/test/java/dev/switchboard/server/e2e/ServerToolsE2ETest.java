package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.helpers.MessageAccumulator;
import com.anthropic.models.messages.ContentBlock;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.anthropic.models.messages.StopReason;
import com.anthropic.models.messages.WebSearchTool20250305;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.linecorp.armeria.common.AggregatedHttpResponse;

import dev.switchboard.server.testing.FakeAnthropic;
import dev.switchboard.server.testing.FakeResponses;
import dev.switchboard.server.testing.TestGateway;
import dev.switchboard.transcoder.common.SseEvent;
import dev.switchboard.transcoder.common.SseParser;
import dev.switchboard.transcoder.testing.Fixtures;
import dev.switchboard.transcoder.testing.OpenAiSpec;

/**
 * Anthropic server tools (web search), their citations and pause_turn through the real gateway:
 * a {@code /v1/messages} client over an Anthropic upstream gets them unchanged, whole and streamed
 * (plain HTTP and anthropic-java), and its paused turn reaches the upstream unchanged; a chat
 * client gets the citations as annotations and the server tool named in
 * {@code x-switchboard-dropped-params}; a Responses upstream's url_citation annotations reach chat
 * and Responses clients. The upstream bodies are hand-written from the providers' references
 * (fixtures/written/anthropic/messages/web-search-pause-turn.*, responses/web-search-url-citation.json).
 */
class ServerToolsE2ETest {
    private static final ObjectMapper mapper = new ObjectMapper();
    private static final String ANTHROPIC_KEY = "sk-ant-server-tools-e2e-7a8b";
    private static final String OPENAI_KEY = "sk-oai-server-tools-e2e-9c0d";
    private static final String WHOLE = "anthropic/messages/web-search-pause-turn.json";
    private static final String STREAM = "anthropic/messages/web-search-pause-turn.sse";
    private static final String DROPPED = "x-switchboard-dropped-params";

    @TempDir
    static Path dataDir;
    static FakeAnthropic anthropicUpstream;
    static FakeResponses responsesUpstream;
    static TestGateway gateway;
    static AnthropicClient client;

    @BeforeAll
    static void start() {
        anthropicUpstream = new FakeAnthropic(ANTHROPIC_KEY);
        responsesUpstream = new FakeResponses(OPENAI_KEY);
        gateway = TestGateway.start(dataDir);
        for (String body : List.of(
                "{\"name\":\"claude\",\"preset\":\"anthropic\",\"base_url\":\"" + anthropicUpstream.baseUrl()
                + "\",\"api_key\":\"" + ANTHROPIC_KEY + "\"}",
                "{\"name\":\"resp\",\"preset\":\"custom\",\"api_format\":\"openai_responses\",\"base_url\":\""
                + responsesUpstream.baseUrl() + "\",\"api_key\":\"" + OPENAI_KEY + "\"}")) {
            final AggregatedHttpResponse created = gateway.post("/admin/v1/providers", body);
            assertThat(created.status().code()).as(created.contentUtf8()).isEqualTo(200);
        }
        client = AnthropicOkHttpClient.builder().apiKey(TestGateway.ADMIN_KEY).baseUrl(gateway.baseUrl())
                                      .maxRetries(0).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        gateway.close();
        anthropicUpstream.close();
        responsesUpstream.close();
    }

    @BeforeEach
    void forgetEarlierRequests() {
        anthropicUpstream.clear();
        responsesUpstream.drain();
    }

    private static ObjectNode messagesRequest(boolean stream) {
        final ObjectNode req = mapper.createObjectNode();
        req.put("model", "claude/claude-web-search");
        req.put("max_tokens", 4096);
        if (stream) {
            req.put("stream", true);
        }
        req.putArray("tools").addObject().put("type", "web_search_20250305").put("name", "web_search")
           .put("max_uses", 5);
        req.putArray("messages").addObject().put("role", "user")
           .put("content", "What is the tallest mountain in Alberta, and who first climbed it?");
        return req;
    }

    @Test
    void aMessagesClientGetsTheServerToolBlocksCitationsAndPauseTurnUnchanged() throws Exception {
        final AggregatedHttpResponse res = gateway.post("/v1/messages", messagesRequest(false).toString());
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        final JsonNode upstream = mapper.readTree(Fixtures.written(WHOLE));
        final JsonNode body = mapper.readTree(res.contentUtf8());
        assertThat(body.get("content")).isEqualTo(upstream.get("content"));
        assertThat(body.get("stop_reason").asText()).isEqualTo("pause_turn");
        assertThat(res.headers().get(DROPPED)).isNull();
        // What the upstream got is what the client wrote, server tool and all.
        assertThat(anthropicUpstream.take().json().get("tools")).isEqualTo(messagesRequest(false).get("tools"));
    }

    @Test
    void aStreamingMessagesClientGetsEveryBlockWithItsIndexUnchanged() throws Exception {
        final AggregatedHttpResponse res = gateway.post("/v1/messages", messagesRequest(true).toString());
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        final List<JsonNode> client = blockEvents(res.contentUtf8());
        assertThat(client).isEqualTo(blockEvents(Fixtures.written(STREAM)));
        assertThat(res.contentUtf8()).contains("\"stop_reason\":\"pause_turn\"");
    }

    @Test
    void theAnthropicSdkResumesAPausedTurnAndTheUpstreamGetsItUnchanged() throws Exception {
        final MessageCreateParams.Builder params = MessageCreateParams.builder().model("claude/claude-web-search")
                .maxTokens(4096).addTool(WebSearchTool20250305.builder().maxUses(5).build())
                .addUserMessage("What is the tallest mountain in Alberta, and who first climbed it?");
        final MessageAccumulator acc = MessageAccumulator.create();
        try (StreamResponse<RawMessageStreamEvent> s = client.messages().createStreaming(params.build())) {
            s.stream().forEach(acc::accumulate);
        }
        final Message paused = acc.message();
        assertThat(paused.stopReason()).contains(StopReason.PAUSE_TURN);
        assertThat(paused.content()).extracting(ContentBlock::isServerToolUse)
                                    .containsExactly(true, false, false, false, false, true);
        assertThat(paused.content().get(1).isWebSearchToolResult()).isTrue();
        assertThat(paused.content().get(3).text().orElseThrow().citations().orElseThrow()).hasSize(1);
        anthropicUpstream.take();

        // As Anthropic documents for pause_turn: the answer goes back as the assistant turn, as is.
        final ObjectNode resume = messagesRequest(false);
        final ObjectNode assistant = ((ArrayNode) resume.get("messages")).addObject();
        assistant.put("role", "assistant");
        assistant.set("content", mapper.readTree(Fixtures.written(WHOLE)).get("content"));
        final AggregatedHttpResponse res = gateway.post("/v1/messages", resume.toString());
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        final JsonNode seen = anthropicUpstream.take().json();
        assertThat(seen.get("messages")).isEqualTo(resume.get("messages"));

        // The SDK's own resume (its Message turned back into params) reaches the upstream as well.
        final Message second = client.messages().create(params.addMessage(paused).build());
        assertThat(second.stopReason()).contains(StopReason.PAUSE_TURN);
        final JsonNode sdkSeen = anthropicUpstream.take().json().at("/messages/1/content");
        assertThat(sdkSeen).hasSize(6);
        assertThat(sdkSeen.get(0).get("type").asText()).isEqualTo("server_tool_use");
        assertThat(sdkSeen.get(1).get("type").asText()).isEqualTo("web_search_tool_result");
        assertThat(sdkSeen.at("/3/citations/0/encrypted_index").asText()).isEqualTo("Eo8BCioIARgBIiQ3YTAwMjY1Mi1hMWU2");
    }

    @Test
    void aChatClientGetsAnnotationsAndIsToldTheServerToolsBlocksWereLeftOut() throws Exception {
        final String request = "{\"model\":\"claude/claude-web-search\",\"messages\":[{\"role\":\"user\","
                               + "\"content\":\"Tallest mountain in Alberta?\"}],\"tools\":[{\"type\":"
                               + "\"web_search_20250305\",\"name\":\"web_search\",\"max_uses\":5}]}";
        final AggregatedHttpResponse res = gateway.post("/v1/chat/completions", request);
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        OpenAiSpec.assertValid("CreateChatCompletionResponse", res.content().array());
        assertThat(res.headers().get(DROPPED)).isEqualTo("web_search_20250305");
        final JsonNode message = mapper.readTree(res.contentUtf8()).at("/choices/0/message");
        final String before = "The tallest mountain in Alberta is ";
        final String cited = "Mount Columbia, at 3,747 m (12,293 ft)";
        assertThat(message.get("content").asText()).isEqualTo(before + cited + ". Let me check its first ascent.");
        assertThat(message.get("annotations")).isEqualTo(mapper.readTree("""
                [{"type": "url_citation", "url_citation": {
                   "url": "https://en.wikipedia.org/wiki/Mount_Columbia_(Canada)",
                   "title": "Mount Columbia (Canada) - Wikipedia", "start_index": %d, "end_index": %d}}]"""
                .formatted(before.length(), before.length() + cited.length())));
        assertThat(message.has("tool_calls")).isFalse();

        final AggregatedHttpResponse streamed = gateway.post("/v1/chat/completions",
                request.replace("{\"model\"", "{\"stream\":true,\"model\""));
        assertThat(streamed.headers().get(DROPPED)).isEqualTo("web_search_20250305");
        final StringBuilder text = new StringBuilder();
        for (SseEvent e : events(streamed.contentUtf8())) {
            if (e.isDone()) {
                continue;
            }
            OpenAiSpec.assertValid("CreateChatCompletionStreamResponse", e.dataBytes());
            final JsonNode choice = mapper.readTree(e.data()).at("/choices/0");
            // No chunk that says nothing: the server tool's blocks are left out, not sent empty.
            assertThat(choice.get("delta").size() > 0 || choice.hasNonNull("finish_reason")).as(e.data()).isTrue();
            text.append(choice.at("/delta/content").asText(""));
        }
        assertThat(text.toString()).isEqualTo(before + cited + ". Let me check its first ascent.");
    }

    @Test
    void aResponsesUpstreamsUrlCitationsReachChatAndResponsesClients() throws Exception {
        final String url = "https://en.wikipedia.org/wiki/Mount_Columbia_(Canada)";
        final String title = "Mount Columbia (Canada) - Wikipedia";
        final AggregatedHttpResponse chat = gateway.post("/v1/chat/completions",
                "{\"model\":\"resp/web-search\",\"messages\":[{\"role\":\"user\",\"content\":\"Tallest mountain in"
                + " Alberta?\"}]}");
        assertThat(chat.status().code()).as(chat.contentUtf8()).isEqualTo(200);
        OpenAiSpec.assertValid("CreateChatCompletionResponse", chat.content().array());
        assertThat(mapper.readTree(chat.contentUtf8()).at("/choices/0/message/annotations")).isEqualTo(
                mapper.readTree("[{\"type\":\"url_citation\",\"url_citation\":{\"url\":\"" + url + "\",\"title\":\""
                                + title + "\",\"start_index\":52,\"end_index\":124}}]"));

        final AggregatedHttpResponse responses = gateway.post("/v1/responses",
                "{\"model\":\"resp/web-search\",\"input\":\"Tallest mountain in Alberta?\"}");
        assertThat(responses.status().code()).as(responses.contentUtf8()).isEqualTo(200);
        final JsonNode output = mapper.readTree(responses.contentUtf8()).get("output");
        assertThat(output.get(output.size() - 1).at("/content/0/annotations")).isEqualTo(
                mapper.readTree("[{\"type\":\"url_citation\",\"url\":\"" + url + "\",\"title\":\"" + title
                                + "\",\"start_index\":52,\"end_index\":124}]"));
    }

    @Test
    void aPausedTurnSentToAResponsesUpstreamNamesTheBlocksItLeftOut() throws Exception {
        final ObjectNode resume = mapper.createObjectNode();
        resume.put("model", "resp/web-search");
        resume.put("max_tokens", 4096);
        final ArrayNode messages = resume.putArray("messages");
        messages.addObject().put("role", "user")
                .put("content", "What is the tallest mountain in Alberta, and who first climbed it?");
        messages.addObject().put("role", "assistant")
                .set("content", mapper.readTree(Fixtures.written(WHOLE)).get("content"));
        final AggregatedHttpResponse res = gateway.post("/v1/messages", resume.toString());
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        assertThat(res.headers().get(DROPPED)).contains("messages[].content.server_tool_use")
                                              .contains("messages[].content.web_search_tool_result");
        assertThat(responsesUpstream.take().body()).doesNotContain("srvtoolu_");
    }

    @Test
    void aStreamingResponsesClientGetsTheAnnotationsOfAResponsesUpstream() throws Exception {
        assertStreamedAnnotation("resp/web-search", 52, 124);
    }

    @Test
    void aStreamingResponsesClientGetsAnAnthropicCitationSpanningItsTextBlock() throws Exception {
        // The cited block "Mount Columbia, at 3,747 m (12,293 ft)" follows 35 characters of text.
        assertStreamedAnnotation("claude/claude-web-search", 35, 73);
    }

    /** The annotation event, then the same annotation in the part, the item and the completed response. */
    private static void assertStreamedAnnotation(String model, int start, int end) throws Exception {
        final JsonNode expected = mapper.readTree(
                "{\"type\":\"url_citation\",\"url\":\"https://en.wikipedia.org/wiki/Mount_Columbia_(Canada)\","
                + "\"title\":\"Mount Columbia (Canada) - Wikipedia\",\"start_index\":" + start
                + ",\"end_index\":" + end + "}");
        final AggregatedHttpResponse res = gateway.post("/v1/responses",
                "{\"model\":\"" + model + "\",\"stream\":true,\"input\":\"Tallest mountain in Alberta?\"}");
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        final List<JsonNode> added = new ArrayList<>();
        JsonNode partDone = null;
        JsonNode completed = null;
        for (SseEvent e : events(res.contentUtf8())) {
            final JsonNode json = mapper.readTree(e.data());
            switch (json.get("type").asText()) {
                case "response.output_text.annotation.added":
                    OpenAiSpec.assertValid(OpenAiSpec.RESPONSES, "ResponseOutputTextAnnotationAddedEvent",
                                           e.data().getBytes(StandardCharsets.UTF_8));
                    added.add(json);
                    break;
                case "response.content_part.done": partDone = json; break;
                case "response.completed":
                    OpenAiSpec.assertValid(OpenAiSpec.RESPONSES, "ResponseCompletedEvent",
                                           e.data().getBytes(StandardCharsets.UTF_8));
                    completed = json;
                    break;
                default: break;
            }
        }
        assertThat(added).hasSize(1);
        assertThat(added.get(0).get("annotation")).isEqualTo(expected);
        assertThat(added.get(0).get("annotation_index").asInt()).isZero();
        assertThat(partDone).isNotNull();
        assertThat(partDone.at("/part/annotations")).containsExactly(expected);
        assertThat(completed).isNotNull();
        JsonNode message = null;
        for (JsonNode item : completed.at("/response/output")) {
            if ("message".equals(item.get("type").asText())) {
                message = item;
            }
        }
        assertThat(message).isNotNull();
        assertThat(message.at("/content/0/annotations")).containsExactly(expected);
    }

    private static List<SseEvent> events(String sse) {
        final List<SseEvent> events = new ArrayList<>();
        final SseParser parser = new SseParser();
        parser.feed(sse.getBytes(StandardCharsets.UTF_8), events::add);
        parser.finish(events::add);
        return events;
    }

    private static List<JsonNode> blockEvents(String sse) throws Exception {
        final List<JsonNode> out = new ArrayList<>();
        for (SseEvent e : events(sse)) {
            final JsonNode json = mapper.readTree(e.data());
            if (json.get("type").asText().startsWith("content_block_")) {
                out.add(json);
            }
        }
        return out;
    }
}
