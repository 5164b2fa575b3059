package dev.switchboard.transcoder.responses;

import static dev.switchboard.transcoder.responses.ResponsesRecordingsTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.switchboard.transcoder.anthropic.AnthropicFormat;
import dev.switchboard.transcoder.common.SseEvent;
import dev.switchboard.transcoder.common.SseParser;
import dev.switchboard.transcoder.format.StreamDecoder;
import dev.switchboard.transcoder.format.UpstreamFormat;
import dev.switchboard.transcoder.testing.Fixtures;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.Citation;
import dev.switchboard.v1.StoredResponse;

/**
 * A Responses client's stream carries the citations its whole answer does, as OpenAI's streaming
 * reference writes them: a {@code response.output_text.annotation.added} event per url_citation, and
 * the annotations in the text part of {@code content_part.done} and in the message of
 * {@code output_item.done}. From a Responses upstream (fixtures/written/responses/web-search-url-citation.sse)
 * the span is the upstream's; from an Anthropic upstream (anthropic/messages/web-search-pause-turn.sse)
 * a citation covers its whole text block, so its span is that block's place in the message's text.
 */
class StreamedAnnotationsTest {
    private static final String URL = "https://en.wikipedia.org/wiki/Mount_Columbia_(Canada)";
    private static final String TITLE = "Mount Columbia (Canada) - Wikipedia";

    @Test
    void aResponsesUpstreamsAnnotationEventBecomesACitationWithItsSpan() {
        final List<Citation> cited = new ArrayList<>();
        for (ChatCompletionChunk c : decode(new ResponsesFormat(), "responses/web-search-url-citation.sse")) {
            if (c.getChoicesCount() > 0) {
                cited.addAll(c.getChoices(0).getDelta().getCitationsList());
            }
        }
        assertThat(cited).containsExactly(Citation.newBuilder().setUrl(URL).setTitle(TITLE)
                                                  .setStartIndex(52).setEndIndex(124).build());
    }

    @Test
    void aResponsesClientGetsTheResponsesUpstreamsAnnotationInItsStream() throws Exception {
        final List<ResponseEventEncoder.Event> events = reEncode(
                new ResponsesFormat(), "responses/web-search-url-citation.sse", "responses/web-search-url-citation.json");
        assertAnnotated(events, 52, 124);
    }

    @Test
    void aResponsesClientGetsAnAnthropicCitationSpanningItsTextBlock() throws Exception {
        final List<ResponseEventEncoder.Event> events = reEncode(
                new AnthropicFormat(), "anthropic/messages/web-search-pause-turn.sse",
                "anthropic/messages/web-search-pause-turn.json");
        // "The tallest mountain " + "in Alberta is " (35 characters), then the cited block
        // "Mount Columbia, at 3,747 m (12,293 ft)" (38 characters).
        final JsonNode message = assertAnnotated(events, 35, 73);
        assertThat(message.at("/content/0/text").asText())
                .startsWith("The tallest mountain in Alberta is Mount Columbia, at 3,747 m (12,293 ft). ");
    }

    /** Checks the three places an annotation goes; gives back the finished message item. */
    private static JsonNode assertAnnotated(List<ResponseEventEncoder.Event> events, int start, int end)
            throws Exception {
        final JsonNode expected = json("""
                {"type": "url_citation", "url": "%s", "title": "%s", "start_index": %d, "end_index": %d}"""
                .formatted(URL, TITLE, start, end));
        final List<JsonNode> added = ofType(events, "response.output_text.annotation.added");
        assertThat(added).hasSize(1);
        final JsonNode partDone = ofType(events, "response.content_part.done").get(0);
        assertThat(added.get(0).get("item_id")).isEqualTo(partDone.get("item_id"));
        assertThat(added.get(0).get("output_index")).isEqualTo(partDone.get("output_index"));
        assertThat(added.get(0).get("content_index").asInt()).isEqualTo(0);
        assertThat(added.get(0).get("annotation_index").asInt()).isEqualTo(0);
        assertThat(added.get(0).get("annotation")).isEqualTo(expected);
        assertThat(partDone.at("/part/annotations")).containsExactly(expected);
        JsonNode message = null;
        for (JsonNode done : ofType(events, "response.output_item.done")) {
            if ("message".equals(done.at("/item/type").asText())) {
                message = done.get("item");
            }
        }
        assertThat(message).isNotNull();
        assertThat(message.at("/content/0/annotations")).containsExactly(expected);
        final int text = events.indexOf(events.stream().filter(e -> e.type().equals("response.output_text.done"))
                                              .findFirst().orElseThrow());
        final int annotation = events.indexOf(events.stream()
                .filter(e -> e.type().equals("response.output_text.annotation.added")).findFirst().orElseThrow());
        assertThat(annotation).isLessThan(text);
        return message;
    }

    private static List<ResponseEventEncoder.Event> reEncode(UpstreamFormat format, String stream, String whole)
            throws Exception {
        final List<ResponseEventEncoder.Event> events = new ArrayList<>();
        final ResponseEventEncoder encoder = new ResponseEventEncoder(events::add);
        final StoredResponse start = ResponsesRecordingsTest.started("resp_1", "model");
        encoder.started(start);
        decode(format, stream).forEach(encoder::chunk);
        final ChatCompletionResponse answer = format.decodeChat(Fixtures.written(whole).getBytes(StandardCharsets.UTF_8));
        encoder.completed(start.toBuilder().setCompletion(answer).build());
        return ResponsesRecordingsTest.validated(events);
    }

    private static List<JsonNode> ofType(List<ResponseEventEncoder.Event> events, String type) throws Exception {
        final List<JsonNode> found = new ArrayList<>();
        for (ResponseEventEncoder.Event e : events) {
            if (e.type().equals(type)) {
                found.add(json(e.json()));
            }
        }
        return found;
    }

    private static List<ChatCompletionChunk> decode(UpstreamFormat format, String fixture) {
        final StreamDecoder decoder = format.newStreamDecoder("model");
        final List<SseEvent> events = new ArrayList<>();
        final SseParser parser = new SseParser();
        parser.feed(Fixtures.written(fixture).getBytes(StandardCharsets.UTF_8), events::add);
        parser.finish(events::add);
        final List<ChatCompletionChunk> chunks = new ArrayList<>();
        events.forEach(e -> decoder.decode(e, chunks::add));
        return chunks;
    }
}
