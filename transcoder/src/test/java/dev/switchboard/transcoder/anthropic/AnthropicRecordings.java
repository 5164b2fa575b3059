package dev.switchboard.transcoder.anthropic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.transcoder.common.SseEvent;
import dev.switchboard.transcoder.common.SseParser;
import dev.switchboard.transcoder.format.StreamDecoder;
import dev.switchboard.transcoder.testing.Fixtures;
import dev.switchboard.v1.ChatCompletionChunk;

/** The Anthropic recordings under fixtures/upstream/anthropic/, as events and exchanges. */
final class AnthropicRecordings {
    static final String DIR = "anthropic/";
    static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * The events of a stream recording. A vercel {@code .chunks.jsonl} file has no {@code event:}
     * lines, so each line becomes an event with data only, as the decoder must cope with.
     */
    static List<SseEvent> events(String file) {
        if (file.endsWith(".jsonl")) {
            final List<SseEvent> events = new ArrayList<>();
            for (String line : Fixtures.jsonl(DIR + file)) {
                events.add(new SseEvent(null, line));
            }
            return events;
        }
        return Fixtures.sseEvents(DIR + file);
    }

    /** The events of a raw SSE body held as a string (the antpy HTTP recordings). */
    static List<SseEvent> sseBody(String body) {
        final List<SseEvent> events = new ArrayList<>();
        final SseParser parser = new SseParser();
        parser.feed(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), events::add);
        parser.finish(events::add);
        return events;
    }

    /** The exchanges of an antpy inline-snapshot recording: {@code [{request, response}]}. */
    static JsonNode exchanges(String file) {
        return tree(Fixtures.bytes(DIR + file));
    }

    static JsonNode tree(byte[] json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs every event through a fresh decoder. */
    static List<ChatCompletionChunk> decode(List<SseEvent> events) {
        final StreamDecoder decoder = new AnthropicFormat().newStreamDecoder("requested-model");
        final List<ChatCompletionChunk> chunks = new ArrayList<>();
        final Consumer<ChatCompletionChunk> out = chunks::add;
        for (SseEvent e : events) {
            decoder.decode(e, out);
        }
        if (!decoder.finished()) {
            throw new AssertionError("the decoder did not see the end of the stream");
        }
        return chunks;
    }

    private AnthropicRecordings() {}
}
