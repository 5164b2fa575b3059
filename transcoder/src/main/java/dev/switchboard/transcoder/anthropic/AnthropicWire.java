package dev.switchboard.transcoder.anthropic;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.common.UpstreamJson;

/**
 * Anthropic's response-side objects, read leniently with Jackson streaming. Events, messages,
 * content blocks, deltas and errors share their field names, so one reader collects every field
 * we use from any of them; the records below take the ones their kind has. Fields are collected
 * before they are interpreted because their order is not fixed (Anthropic-compatible servers
 * write {@code type} last). Unknown fields are skipped.
 */
final class AnthropicWire {

    /**
     * A content block, a content_block_delta's {@code delta} or a message_delta's {@code delta};
     * the fields its type lacks stay empty. A tool_use's {@code input} is kept as compact JSON text.
     * {@code raw} is the whole object as JSON text, kept for content blocks (a block the canonical
     * types do not model passes through as written); {@code citations} are a text block's citations
     * (or a citations_delta's one citation), each as JSON text.
     */
    record Part(String type, String id, String name, String text, String thinking, String signature, String data,
                @Nullable String input, String partialJson, @Nullable String stopReason, String stopExplanation,
                String stopSequence, String raw, List<String> citations, boolean hasCitations) {}

    /** An error object: {@code {"type":"overloaded_error","message":"Overloaded"}}. */
    record ErrorObject(String type, String message) {}

    /** A message (a whole response, or message_start's head with empty content). */
    record Message(String type, String id, String model, List<Part> content, @Nullable String stopReason,
                   String stopExplanation, String stopSequence, @Nullable ErrorObject error) {}

    /** One stream event; only the parts its type has are set. */
    record Event(String type, int index, @Nullable Message message, @Nullable Part block,
                 @Nullable Part delta, @Nullable ErrorObject error) {}

    /** Every field used from any Anthropic object; an object fills the ones it has. */
    private static final class Fields {
        String type = "";
        String id = "";
        String name = "";
        String model = "";
        String text = "";
        String thinking = "";
        String signature = "";
        String data = "";
        String partialJson = "";
        /** An error's message (a string); an event's message object is in {@link #messageObject}. */
        String message = "";
        String explanation = "";
        String stopSequence = "";
        @Nullable
        String input;
        @Nullable
        String stopReason;
        int index = -1;
        final List<Part> content = new ArrayList<>();
        @Nullable
        Fields messageObject;
        @Nullable
        Fields block;
        @Nullable
        Fields delta;
        @Nullable
        Fields error;
        @Nullable
        Fields stopDetails;
        String raw = "";
        final List<String> citations = new ArrayList<>();
        boolean hasCitations;
    }

    /** Reads a stream event; usage found in it (message_start, message_delta) goes into {@code usage}. */
    static Event readEvent(JsonParser p, AnthropicUsage usage) throws IOException {
        final Fields f = read(p, usage);
        return new Event(f.type, f.index, f.messageObject == null ? null : message(f.messageObject),
                         part(f.block), part(f.delta), error(f.error));
    }

    /** Reads the message object at the current token. */
    static Message readMessage(JsonParser p, AnthropicUsage usage) throws IOException {
        return message(read(p, usage));
    }

    /** Reads the error object at the current token. */
    static ErrorObject readError(JsonParser p) throws IOException {
        return error(read(p, new AnthropicUsage()));
    }

    /** Reads the object at the current token (START_OBJECT) and the objects inside it. */
    private static Fields read(JsonParser p, AnthropicUsage usage) throws IOException {
        final Fields f = new Fields();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "type": f.type = UpstreamJson.stringOrEmpty(p); break;
                case "id": f.id = UpstreamJson.stringOrEmpty(p); break;
                case "name": f.name = UpstreamJson.stringOrEmpty(p); break;
                case "model": f.model = UpstreamJson.stringOrEmpty(p); break;
                case "text": f.text = UpstreamJson.stringOrEmpty(p); break;
                case "thinking": f.thinking = UpstreamJson.stringOrEmpty(p); break;
                case "signature": f.signature = UpstreamJson.stringOrEmpty(p); break;
                case "data": f.data = UpstreamJson.stringOrEmpty(p); break;
                case "partial_json": f.partialJson = UpstreamJson.stringOrEmpty(p); break;
                case "explanation": f.explanation = UpstreamJson.stringOrEmpty(p); break;
                case "stop_reason": f.stopReason = UpstreamJson.string(p); break;
                case "stop_sequence": f.stopSequence = UpstreamJson.stringOrEmpty(p); break;
                case "index": f.index = UpstreamJson.intValue(p, -1); break;
                case "input": f.input = p.hasToken(JsonToken.START_OBJECT) ? copy(p) : skip(p); break;
                case "usage": usage.read(p); break;
                case "message":
                    if (p.hasToken(JsonToken.START_OBJECT)) {
                        f.messageObject = read(p, usage);
                    } else {
                        f.message = UpstreamJson.stringOrEmpty(p);
                    }
                    break;
                case "content":
                    if (UpstreamJson.isArray(p)) {
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            if (UpstreamJson.isObject(p)) {
                                f.content.add(part(withRaw(p, usage)));
                            }
                        }
                    } else {
                        // A web_search_tool_result's content (an array) is kept in its block's raw JSON.
                        p.skipChildren();
                    }
                    break;
                case "citations":
                    f.hasCitations = true;
                    if (UpstreamJson.isArray(p)) {
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            if (UpstreamJson.isObject(p)) {
                                f.citations.add(copy(p));
                            } else {
                                p.skipChildren();
                            }
                        }
                    } else {
                        p.skipChildren();
                    }
                    break;
                case "citation":
                    if (UpstreamJson.isObject(p)) {
                        f.citations.add(copy(p));
                    } else {
                        p.skipChildren();
                    }
                    break;
                case "content_block": f.block = UpstreamJson.isObject(p) ? withRaw(p, usage) : null; break;
                case "delta": f.delta = object(p, usage); break;
                case "error": f.error = object(p, usage); break;
                case "stop_details": f.stopDetails = object(p, usage); break;
                default:
                    // caller, cache_control, service_tier: nothing the canonical types carry.
                    p.skipChildren();
                    break;
            }
        }
        return f;
    }

    /**
     * The object at the current token, read, with its JSON text kept: content blocks are rare
     * (one per block, not per delta), so reading them twice costs little.
     */
    private static Fields withRaw(JsonParser p, AnthropicUsage usage) throws IOException {
        final String raw = copy(p);
        try (JsonParser q = Json.FACTORY.createParser(raw)) {
            q.nextToken();
            final Fields f = read(q, usage);
            f.raw = raw;
            return f;
        }
    }

    @Nullable
    private static Fields object(JsonParser p, AnthropicUsage usage) throws IOException {
        return UpstreamJson.isObject(p) ? read(p, usage) : null;
    }

    private static Message message(Fields f) {
        return new Message(f.type, f.id, f.model, f.content, f.stopReason, explanation(f), f.stopSequence,
                           error(f.error));
    }

    @Nullable
    private static Part part(@Nullable Fields f) {
        return f == null ? null : new Part(f.type, f.id, f.name, f.text, f.thinking, f.signature, f.data, f.input,
                                           f.partialJson, f.stopReason, explanation(f), f.stopSequence, f.raw,
                                           f.citations, f.hasCitations);
    }

    @Nullable
    private static ErrorObject error(@Nullable Fields f) {
        return f == null ? null : new ErrorObject(f.type, f.message);
    }

    /** A refusal's {@code stop_details.explanation}: why the answer was blocked. */
    private static String explanation(Fields f) {
        return f.stopDetails == null ? "" : f.stopDetails.explanation;
    }

    /** The value at the current token as compact JSON text, numbers exactly as written. */
    static String copy(JsonParser p) throws IOException {
        final StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
            g.copyCurrentStructure(p);
        }
        return out.toString();
    }

    @Nullable
    private static String skip(JsonParser p) throws IOException {
        p.skipChildren();
        return null;
    }

    private AnthropicWire() {}
}
