package dev.switchboard.server.e2e;

import static dev.switchboard.server.e2e.ResponsesApiE2ETest.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.client.OpenAIClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseStatus;
import com.openai.models.responses.ResponseStreamEvent;

import com.linecorp.armeria.common.AggregatedHttpResponse;

import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.MixedUpstreams;
import dev.switchboard.transcoder.testing.Fixtures;

/**
 * OpenAI's Responses API (official openai-java Responses client) over the upstream formats other
 * than Anthropic's (that one is {@link ResponsesApiE2ETest}): an OpenAI-chat upstream
 * ({@code oai}), a Gemini upstream ({@code gem}) and a Responses upstream ({@code resp}), each a
 * fake replaying recorded traffic. The gateway keeps the conversation, so a
 * {@code previous_response_id} turn must send each upstream the whole first turn in its own format.
 */
class ResponsesApiOverChatGeminiAndResponsesUpstreamsE2ETest {
    static final ObjectMapper mapper = new ObjectMapper();
    /** Read off openai/chat/oaipy-stream-text-include-usage.sse (the gateway always asks for usage). */
    static final String OPENAI_STREAM_TEXT = "I'm unable to provide real-time weather updates. To get the current"
                                             + " weather in San Francisco, I recommend checking a reliable weather"
                                             + " website or a weather app.";
    /** The two phase messages of openai/responses/vercel-openai-phase.1.chunks.jsonl, joined as one answer. */
    static final String RESPONSES_STREAM_TEXT = "Got it\n\nHere are a few **AI";

    @TempDir
    static Path dataDir;
    static MixedUpstreams upstreams;
    static OpenAIClient openai;

    @BeforeAll
    static void start() {
        upstreams = new MixedUpstreams(dataDir);
        openai = ResponsesApiE2ETest.client(upstreams.gateway);
    }

    @AfterAll
    static void stop() {
        openai.close();
        upstreams.close();
    }

    @BeforeEach
    void forgetEarlierRequests() {
        upstreams.forget();
    }

    static JsonNode json(String s) throws Exception {
        return mapper.readTree(s);
    }

    static String recorded(String fixture, String pointer) throws Exception {
        return mapper.readTree(Fixtures.bytes(fixture)).at(pointer).asText();
    }

    static Response create(String model, String instructions, String input) {
        return openai.responses().create(ResponseCreateParams.builder().model(model).instructions(instructions)
                                                             .input(input).build());
    }

    /** Both turns of a conversation and what the upstream received for the second. */
    record Turns(Response first, Response second, JsonNode sent) {}

    /**
     * "Hello!" with instructions, then "Tell me more." through {@code previous_response_id} (naming
     * {@code model} again: a response names the upstream's model, not the one asked for).
     */
    static Turns twoTurns(String model, Callable<FakeUpstream.Seen> upstream) throws Exception {
        final Response first = create(model, "Be friendly.", "Hello!");
        upstream.call();
        final Response second = openai.responses().create(ResponseCreateParams.builder().model(model)
                .previousResponseId(first.id()).input("Tell me more.").build());
        assertThat(second.previousResponseId()).contains(first.id());
        return new Turns(first, second, upstream.call().json());
    }

    /** Streams one request; returns the completed response, after checking the text deltas add up to it. */
    static Response stream(String model) {
        final List<String> types = new ArrayList<>();
        final StringBuilder deltas = new StringBuilder();
        Response completed = null;
        try (StreamResponse<ResponseStreamEvent> s = openai.responses().createStreaming(
                ResponseCreateParams.builder().model(model).input("Hello!").build())) {
            for (Iterator<ResponseStreamEvent> it = s.stream().iterator(); it.hasNext();) {
                final ResponseStreamEvent e = it.next();
                types.add(ResponsesApiE2ETest.type(e));
                e.outputTextDelta().ifPresent(d -> deltas.append(d.delta()));
                if (e.isCompleted()) {
                    completed = e.asCompleted().response();
                }
            }
        }
        assertThat(completed).as("response.completed").isNotNull();
        assertThat(text(completed)).isEqualTo(deltas.toString());
        assertThat(ResponsesApiE2ETest.collapse(types)).containsExactly(
                "created", "in_progress", "output_item.added", "content_part.added", "output_text.delta",
                "output_text.done", "content_part.done", "output_item.done", "completed");
        // Stored by the time it completed.
        assertThat(text(openai.responses().retrieve(completed.id()))).isEqualTo(deltas.toString());
        return completed;
    }

    // --- OpenAI chat upstream -------------------------------------------------------------------

    @Test
    void openAiChatUpstreamCreate() throws Exception {
        final Response r = create("oai/gpt-4o-mini", "Be friendly.", "Hello!");
        assertThat(r.status()).contains(ResponseStatus.COMPLETED);
        assertThat(text(r)).isEqualTo(recorded("openai/chat/vercel-openai-text.json", "/choices/0/message/content"));
        assertThat(r.usage().orElseThrow().inputTokens()).isEqualTo(16);
        assertThat(r.usage().orElseThrow().outputTokens()).isEqualTo(363);
        final FakeUpstream.Seen seen = upstreams.openai.take();
        assertThat(seen.headers().path()).isEqualTo("/v1/chat/completions");
        assertThat(seen.json().get("messages")).isEqualTo(json(
                "[{\"role\":\"system\",\"content\":\"Be friendly.\"},{\"role\":\"user\",\"content\":\"Hello!\"}]"));
    }

    @Test
    void openAiChatUpstreamStream() throws Exception {
        final Response done = stream("oai/gpt-4o-mini");
        assertThat(text(done)).isEqualTo(OPENAI_STREAM_TEXT);
        assertThat(done.usage().orElseThrow().totalTokens()).isEqualTo(44);
        final JsonNode sent = upstreams.openai.take().json();
        assertThat(sent.get("stream").asBoolean()).isTrue();
        assertThat(sent.at("/stream_options/include_usage").asBoolean()).isTrue();
    }

    @Test
    void openAiChatUpstreamSecondTurnGetsTheWholeFirstTurn() throws Exception {
        final Turns t = twoTurns("oai/gpt-4o-mini", upstreams.openai::take);
        assertThat(text(t.second())).isEqualTo(text(t.first()));
        // Instructions are not inherited; the conversation is.
        assertThat(t.sent().get("messages")).isEqualTo(json(
                "[{\"role\":\"user\",\"content\":\"Hello!\"},"
                + "{\"role\":\"assistant\",\"content\":" + mapper.writeValueAsString(text(t.first())) + "},"
                + "{\"role\":\"user\",\"content\":\"Tell me more.\"}]"));
    }

    // --- Gemini upstream ------------------------------------------------------------------------

    @Test
    void geminiUpstreamCreate() throws Exception {
        final Response r = create("gem/gemini-2.5-flash", "Be friendly.", "Hello!");
        assertThat(r.status()).contains(ResponseStatus.COMPLETED);
        assertThat(text(r)).isEqualTo(recorded("gemini/vercel-google-text.json",
                                               "/candidates/0/content/parts/0/text"));
        assertThat(r.usage().orElseThrow().inputTokens()).isEqualTo(9);
        assertThat(r.usage().orElseThrow().totalTokens()).isEqualTo(281);
        final FakeUpstream.Seen seen = upstreams.gemini.take();
        assertThat(seen.headers().path()).isEqualTo("/v1beta/models/gemini-2.5-flash:generateContent");
        assertThat(seen.json().get("systemInstruction")).isEqualTo(json("{\"parts\":[{\"text\":\"Be friendly.\"}]}"));
        assertThat(seen.json().get("contents")).isEqualTo(json(
                "[{\"role\":\"user\",\"parts\":[{\"text\":\"Hello!\"}]}]"));
    }

    @Test
    void geminiUpstreamStream() throws Exception {
        final Response done = stream("gem/gemini-2.5-flash");
        final StringBuilder recordedText = new StringBuilder();
        mapper.readTree(Fixtures.bytes("gemini/jsgenai-stream-text-gemini-2.0-flash.json"))
              .at("/interactions/0/response/bodySegments")
              .forEach(s -> recordedText.append(s.at("/candidates/0/content/parts/0/text").asText()));
        assertThat(text(done)).isEqualTo(recordedText.toString());
        assertThat(done.usage().orElseThrow().totalTokens()).isEqualTo(383);
        assertThat(upstreams.gemini.take().headers().path())
                .isEqualTo("/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse");
    }

    @Test
    void geminiUpstreamSecondTurnGetsTheWholeFirstTurnWithItsSignature() throws Exception {
        final Turns t = twoTurns("gem/gemini-2.5-flash", upstreams.gemini::take);
        final JsonNode sent = t.sent();
        assertThat(sent.has("systemInstruction")).isFalse();
        // The recorded answer's text part carried a thoughtSignature: it goes back with the text.
        assertThat(sent.get("contents")).isEqualTo(json(
                "[{\"role\":\"user\",\"parts\":[{\"text\":\"Hello!\"}]},"
                + "{\"role\":\"model\",\"parts\":[{\"text\":" + mapper.writeValueAsString(text(t.first()))
                + ",\"thoughtSignature\":" + mapper.writeValueAsString(recorded(
                        "gemini/vercel-google-text.json", "/candidates/0/content/parts/0/thoughtSignature")) + "}]},"
                + "{\"role\":\"user\",\"parts\":[{\"text\":\"Tell me more.\"}]}]"));
    }

    // --- Responses upstream ---------------------------------------------------------------------

    @Test
    void responsesUpstreamCreate() throws Exception {
        final Response r = create("resp/gpt-5.3-codex", "Be friendly.", "Hello!");
        assertThat(r.status()).contains(ResponseStatus.COMPLETED);
        final String commentary = recorded("openai/responses/vercel-openai-phase.1.json", "/output/0/content/0/text");
        final String answer = recorded("openai/responses/vercel-openai-phase.1.json", "/output/1/content/0/text");
        assertThat(text(r)).isEqualTo(commentary + "\n\n" + answer);
        assertThat(r.usage().orElseThrow().totalTokens()).isEqualTo(7666);
        assertThat(r.usage().orElseThrow().inputTokensDetails().cachedTokens()).isEqualTo(3072);
        assertThat(r.usage().orElseThrow().outputTokensDetails().reasoningTokens()).isEqualTo(58);
        final FakeUpstream.Seen seen = upstreams.responses.take();
        assertThat(seen.headers().path()).isEqualTo("/v1/responses");
        assertThat(seen.headers().get("authorization")).isEqualTo("Bearer " + MixedUpstreams.RESPONSES_KEY);
        // The gateway keeps the state itself: the upstream is never asked to store.
        assertThat(seen.json().get("store").asBoolean()).isFalse();
        assertThat(seen.json().has("previous_response_id")).isFalse();
    }

    @Test
    void responsesUpstreamStream() throws Exception {
        final Response done = stream("resp/gpt-5.3-codex");
        assertThat(text(done)).isEqualTo(RESPONSES_STREAM_TEXT);
        assertThat(done.usage().orElseThrow().totalTokens()).isEqualTo(7575);
        assertThat(upstreams.responses.take().json().get("stream").asBoolean()).isTrue();
    }

    @Test
    void responsesUpstreamSecondTurnGetsTheWholeFirstTurnNotAnUpstreamId() throws Exception {
        final Turns t = twoTurns("resp/gpt-5.3-codex", upstreams.responses::take);
        final JsonNode sent = t.sent();
        assertThat(sent.has("previous_response_id")).as("the upstream stored nothing to point at").isFalse();
        assertThat(sent.get("store").asBoolean()).isFalse();
        assertThat(sent.get("input")).isEqualTo(json(
                "[{\"role\":\"user\",\"content\":[{\"type\":\"input_text\",\"text\":\"Hello!\"}]},"
                + "{\"role\":\"assistant\",\"content\":[{\"type\":\"output_text\",\"text\":"
                + mapper.writeValueAsString(text(t.first())) + "}]},"
                + "{\"role\":\"user\",\"content\":[{\"type\":\"input_text\",\"text\":\"Tell me more.\"}]}]"));
    }

    // --- every upstream: a failure mid-stream ---------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = { "oai/error-in-stream", "gem/error-in-stream" })
    void aFailureMidStreamEndsWithAnErrorEventThenResponseFailed(String model) throws Exception {
        final AggregatedHttpResponse res = upstreams.gateway.post("/v1/responses",
                "{\"model\":\"" + model + "\",\"input\":\"hi\",\"stream\":true}");
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        final List<String> types = new ArrayList<>();
        JsonNode error = null;
        for (String data : InferenceE2ETest.dataLines(res.contentUtf8())) {
            final JsonNode e = json(data);
            types.add(e.get("type").asText());
            error = "error".equals(e.get("type").asText()) ? e : error;
        }
        // Text had started (each fake sends one text chunk first), then the stream failed: never a silent cut.
        assertThat(types).startsWith("response.created", "response.in_progress").contains("response.output_text.delta")
                         .endsWith("error", "response.failed");
        assertThat(error.get("message").asText()).isNotBlank().doesNotContain(MixedUpstreams.OPENAI_KEY);
    }
}
