package dev.switchboard.transcoder.gemini;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.transcoder.common.SseEvent;
import dev.switchboard.transcoder.format.StreamDecoder;
import dev.switchboard.transcoder.testing.Fixtures;
import dev.switchboard.v1.ChatCompletionChunk;

/** Reads the Gemini recordings: vercel JSONL, raw SSE, and js-genai replay files. */
final class GeminiRecordings {
    static final ObjectMapper MAPPER = new ObjectMapper();
    /** A fixed clock and id source, so minted values are reproducible. */
    static final long NOW = 1_700_000_000L;
    static final GeminiFormat FORMAT = new GeminiFormat(() -> NOW, () -> "nonce");

    /** One recorded HTTP exchange of a js-genai replay file. */
    record Interaction(String url, JsonNode request, int status, List<JsonNode> response) {}

    static List<Interaction> jsgenai(String path) {
        try {
            final JsonNode root = MAPPER.readTree(Fixtures.bytes(path));
            final List<Interaction> out = new ArrayList<>();
            for (JsonNode it : root.get("interactions")) {
                final JsonNode req = it.get("request");
                final JsonNode res = it.get("response");
                final List<JsonNode> segments = new ArrayList<>();
                res.get("bodySegments").forEach(segments::add);
                out.add(new Interaction(req.get("url").asText(), req.get("bodySegments").get(0),
                                        res.get("statusCode").asInt(), segments));
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(path, e);
        }
    }

    /**
     * The stream payloads of a recording: a {@code .chunks.jsonl} or {@code .sse} file, or
     * {@code <jsgenai file>#<interaction>} for the parsed SSE segments of a js-genai exchange.
     */
    static List<String> payloads(String path) {
        final int hash = path.indexOf('#');
        if (hash < 0) {
            return Fixtures.streamPayloads(path);
        }
        final Interaction it = jsgenai(path.substring(0, hash)).get(Integer.parseInt(path.substring(hash + 1)));
        return it.response().stream().map(JsonNode::toString).toList();
    }

    static List<ChatCompletionChunk> decode(String path, String model) {
        final StreamDecoder decoder = FORMAT.newStreamDecoder(model);
        final List<ChatCompletionChunk> chunks = new ArrayList<>();
        for (String data : payloads(path)) {
            decoder.decode(new SseEvent(null, data), chunks::add);
        }
        if (!decoder.finished()) {
            throw new AssertionError(path + ": the decoder did not see the end of the stream");
        }
        return chunks;
    }

    static void feed(StreamDecoder decoder, List<String> payloads, Consumer<ChatCompletionChunk> out) {
        for (String data : payloads) {
            decoder.decode(new SseEvent(null, data), out);
        }
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    static JsonNode json(byte[] bytes) {
        try {
            return MAPPER.readTree(bytes);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private GeminiRecordings() {}
}
