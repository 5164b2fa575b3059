package dev.switchboard.transcoder.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.transcoder.common.SseEvent;
import dev.switchboard.transcoder.common.SseParser;
import dev.switchboard.transcoder.format.StreamDecoder;
import dev.switchboard.transcoder.testing.Fixtures;
import dev.switchboard.v1.ChatCompletionChunk;

/**
 * Our Anthropic output checked against the real API's: each recorded Anthropic response (or
 * stream) is decoded to canonical form by the upstream adapter, encoded again by the Messages
 * ingress, and compared field by field with the recording.
 */
class MessagesRecordingsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String MODEL = "claude-asked-for";

    @ParameterizedTest
    @ValueSource(strings = { "vercel-anthropic-text.json", "vercel-anthropic-tool-no-args.json",
                             "vercel-anthropic-refusal.json", "vercel-anthropic-json-tool.1.json",
                             "antpy-http-tool-roundtrip-nonstream.json#0", "antpy-http-tool-roundtrip-nonstream.json#1",
                             "antpy-http-structured-output-nonstream.json#0" })
    void wholeMessageMatchesTheRecording(String name) throws Exception {
        final JsonNode recorded = recordedBody(name);
        final byte[] upstream = MAPPER.writeValueAsBytes(recorded);
        final JsonNode ours = MAPPER.readTree(MessagesResponseEncoder.encode(new AnthropicFormat().decodeChat(upstream),
                                                                            MODEL));
        assertThat(ours.get("id")).isEqualTo(recorded.get("id"));
        assertThat(ours.get("type").asText()).isEqualTo("message");
        assertThat(ours.get("role").asText()).isEqualTo("assistant");
        assertThat(ours.get("model").asText()).isEqualTo(MODEL);
        assertThat(ours.get("stop_reason")).isEqualTo(recorded.get("stop_reason"));
        assertThat(ours.get("stop_sequence").isNull()).isTrue();
        for (String field : new String[] { "input_tokens", "output_tokens", "cache_read_input_tokens",
                                           "cache_creation_input_tokens" }) {
            assertThat(ours.at("/usage/" + field).asInt()).as(field).isEqualTo(recorded.at("/usage/" + field).asInt());
        }
        final JsonNode want = recorded.get("content");
        final JsonNode got = ours.get("content");
        assertThat(got.size()).isEqualTo(want.size());
        for (int i = 0; i < want.size(); i++) {
            final JsonNode w = want.get(i);
            final JsonNode g = got.get(i);
            assertThat(g.get("type")).as("content[%d].type", i).isEqualTo(w.get("type"));
            switch (w.get("type").asText()) {
                case "text":
                    assertThat(g.get("text")).isEqualTo(w.get("text"));
                    break;
                case "tool_use":
                    assertThat(g.get("id")).isEqualTo(w.get("id"));
                    assertThat(g.get("name")).isEqualTo(w.get("name"));
                    assertThat(g.get("input")).isEqualTo(w.get("input"));
                    break;
                default:
                    assertThat(g).isEqualTo(w);
                    break;
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "antpy-stream-basic-text.sse", "antpy-stream-tool-use.sse",
                             "vercel-anthropic-text.chunks.jsonl", "vercel-anthropic-tool-no-args.chunks.jsonl",
                             "vercel-anthropic-message-delta-input-tokens.chunks.jsonl",
                             "antpy-http-tool-roundtrip-stream.json#0", "antpy-http-tool-roundtrip-stream.json#1" })
    void streamMatchesTheRecordedEventSequence(String name) throws Exception {
        final List<SseEvent> recorded = recordedEvents(name);
        final MessagesStreamEncoder encoder = new MessagesStreamEncoder(MODEL);
        final StreamDecoder decoder = new AnthropicFormat().newStreamDecoder("upstream-model");
        final StringBuilder sse = new StringBuilder();
        for (SseEvent e : recorded) {
            final List<ChatCompletionChunk> chunks = new ArrayList<>();
            decoder.decode(e, chunks::add);
            chunks.forEach(c -> sse.append(new String(encoder.encode(c), StandardCharsets.UTF_8)));
        }
        sse.append(new String(encoder.finish(), StandardCharsets.UTF_8));
        final List<SseEvent> ours = parse(sse.toString());

        // Every event has its event: line, naming the type its JSON says.
        for (SseEvent e : ours) {
            assertThat(e.event()).as(e.data()).isEqualTo(MAPPER.readTree(e.data()).get("type").asText());
        }
        assertThat(names(ours).subList(0, 2)).containsExactly("message_start", "ping");
        assertThat(structure(names(ours))).isEqualTo(structure(names(recorded)));

        final JsonNode wantStart = first(recorded, "message_start").get("message");
        final JsonNode gotStart = first(ours, "message_start").get("message");
        assertThat(gotStart.get("id")).isEqualTo(wantStart.get("id"));
        assertThat(gotStart.get("model").asText()).isEqualTo(MODEL);
        assertThat(gotStart.get("content").isEmpty()).isTrue();

        assertThat(blocks(ours)).isEqualTo(blocks(recorded));

        final JsonNode wantDelta = first(recorded, "message_delta");
        final JsonNode gotDelta = first(ours, "message_delta");
        assertThat(gotDelta.at("/delta/stop_reason")).isEqualTo(wantDelta.at("/delta/stop_reason"));
        assertThat(gotDelta.at("/usage/output_tokens")).isEqualTo(wantDelta.at("/usage/output_tokens"));
        final int input = wantDelta.at("/usage/input_tokens").isMissingNode()
                          ? wantStart.at("/usage/input_tokens").asInt() : wantDelta.at("/usage/input_tokens").asInt();
        assertThat(gotDelta.at("/usage/input_tokens").asInt()).isEqualTo(input);
    }

    /** Per block index: the start block's kind, id and name, and everything its deltas add up to. */
    private static Map<Integer, String> blocks(List<SseEvent> events) throws Exception {
        final Map<Integer, StringBuilder> text = new LinkedHashMap<>();
        final Map<Integer, String> heads = new LinkedHashMap<>();
        for (SseEvent e : events) {
            final JsonNode n = MAPPER.readTree(e.data());
            final int index = n.path("index").asInt();
            switch (n.get("type").asText()) {
                case "content_block_start": {
                    final JsonNode b = n.get("content_block");
                    heads.put(index, b.get("type").asText() + ' ' + b.path("id").asText() + ' '
                                     + b.path("name").asText() + ' ' + b.path("text").asText());
                    text.put(index, new StringBuilder());
                    break;
                }
                case "content_block_delta": {
                    final JsonNode d = n.get("delta");
                    text.get(index).append(d.path("text").asText()).append(d.path("partial_json").asText())
                        .append(d.path("thinking").asText());
                    break;
                }
                default:
                    break;
            }
        }
        final Map<Integer, String> out = new LinkedHashMap<>();
        for (Map.Entry<Integer, String> h : heads.entrySet()) {
            String body = text.get(h.getKey()).toString();
            if (h.getValue().startsWith("tool_use")) {
                // Compare arguments as JSON; no arguments at all is the empty object.
                body = MAPPER.readTree(body.isEmpty() ? "{}" : body).toString();
            }
            out.put(h.getKey(), h.getValue() + " | " + body);
        }
        return out;
    }

    private static JsonNode first(List<SseEvent> events, String type) throws Exception {
        for (SseEvent e : events) {
            final JsonNode n = MAPPER.readTree(e.data());
            if (type.equals(n.get("type").asText())) {
                return n;
            }
        }
        throw new AssertionError("no " + type + " event");
    }

    private static List<String> names(List<SseEvent> events) throws Exception {
        final List<String> out = new ArrayList<>();
        for (SseEvent e : events) {
            out.add(MAPPER.readTree(e.data()).get("type").asText());
        }
        return out;
    }

    /**
     * The event sequence without pings (Anthropic sends them anywhere) and with each run of deltas
     * as one: how finely a block's deltas are cut is the upstream decoder's business (it drops the
     * empty first input_json_delta, for one).
     */
    private static List<String> structure(List<String> names) {
        final List<String> out = new ArrayList<>();
        for (String n : names) {
            if (!"ping".equals(n) && !("content_block_delta".equals(n) && !out.isEmpty()
                                       && "content_block_delta".equals(out.get(out.size() - 1)))) {
                out.add(n);
            }
        }
        return out;
    }

    private static List<SseEvent> parse(String body) {
        final List<SseEvent> events = new ArrayList<>();
        final SseParser parser = new SseParser();
        parser.feed(body.getBytes(StandardCharsets.UTF_8), events::add);
        parser.finish(events::add);
        return events;
    }

    /** {@code file} or {@code file#n}, the n-th exchange's response body of an antpy recording. */
    static JsonNode recordedBody(String name) throws Exception {
        final int hash = name.indexOf('#');
        if (hash < 0) {
            return MAPPER.readTree(Fixtures.bytes("anthropic/" + name));
        }
        final JsonNode body = exchange(name).at("/response/body");
        return body.isTextual() ? MAPPER.readTree(body.asText()) : body;
    }

    static JsonNode exchange(String name) throws Exception {
        final int hash = name.indexOf('#');
        return MAPPER.readTree(Fixtures.bytes("anthropic/" + name.substring(0, hash)))
                     .get(Integer.parseInt(name.substring(hash + 1)));
    }

    private static List<SseEvent> recordedEvents(String name) throws Exception {
        if (name.contains("#")) {
            return parse(exchange(name).at("/response/body").asText());
        }
        if (name.endsWith(".jsonl")) {
            return Fixtures.jsonl("anthropic/" + name).stream().map(line -> new SseEvent(null, line)).toList();
        }
        return Fixtures.sseEvents("anthropic/" + name);
    }
}
