package dev.switchboard.transcoder.responses;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.transcoder.openai.OpenAiChatResponseEncoder;
import dev.switchboard.transcoder.testing.Fixtures;
import dev.switchboard.transcoder.testing.OpenAiSpec;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.StoredResponse;

/**
 * A Responses upstream's web search answer (fixtures/written/responses/web-search-url-citation.json,
 * from OpenAI's Responses reference: an output_text's url_citation annotations) keeps its citations:
 * as {@code message.annotations} for a chat client, as output_text annotations for a Responses
 * client, both validating against OpenAI's schema.
 */
class UrlCitationTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ANSWER = "responses/web-search-url-citation.json";
    private static final String URL = "https://en.wikipedia.org/wiki/Mount_Columbia_(Canada)";
    private static final String TITLE = "Mount Columbia (Canada) - Wikipedia";

    private static ChatCompletionResponse decoded() {
        return new ResponsesFormat().decodeChat(Fixtures.written(ANSWER).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aChatClientGetsThemAsMessageAnnotations() throws Exception {
        final byte[] body = OpenAiChatResponseEncoder.encode(decoded());
        OpenAiSpec.assertValid("CreateChatCompletionResponse", body);
        assertThat(MAPPER.readTree(body).at("/choices/0/message/annotations")).isEqualTo(MAPPER.readTree("""
                [{"type": "url_citation",
                  "url_citation": {"url": "%s", "title": "%s", "start_index": 52, "end_index": 124}}]"""
                .formatted(URL, TITLE)));
    }

    @Test
    void aResponsesClientGetsThemAsOutputTextAnnotations() throws Exception {
        final StoredResponse stored = StoredResponse.newBuilder().setId("resp_1").setCreated(1767225600)
                .setCompletion(decoded()).setRequest(ChatCompletionRequest.newBuilder().setModel("oa/gpt-5.2"))
                .build();
        final byte[] body = ResponseObjectEncoder.encode(stored);
        OpenAiSpec.assertValid(OpenAiSpec.RESPONSES, "Response", body);
        final JsonNode output = MAPPER.readTree(body).get("output");
        final JsonNode text = output.get(output.size() - 1).at("/content/0");
        assertThat(text.get("type").asText()).isEqualTo("output_text");
        assertThat(text.get("annotations")).isEqualTo(MAPPER.readTree("""
                [{"type": "url_citation", "url": "%s", "title": "%s", "start_index": 52, "end_index": 124}]"""
                .formatted(URL, TITLE)));
    }
}
