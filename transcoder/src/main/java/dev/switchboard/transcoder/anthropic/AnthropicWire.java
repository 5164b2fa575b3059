package dev.switchboard.transcoder.anthropic;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.transcoder.json.Json;
import dev.switchboard.transcoder.json.UpstreamJson;

/**
 * Anthropic's response-side objects, read leniently with Jackson streaming. Fields are collected
 * before they are interpreted because their order is not fixed: Anthropic-compatible servers write
 * {@code type} last. Unknown fields are skipped.
 */
final class AnthropicWire {

    /**
     * A content block, a content_block_delta's {@code delta} or a message_delta's {@code delta}:
     * they share most field names, so one reader serves all three and the fields a type lacks stay
     * empty. A tool_use's {@code input} is kept as compact JSON text.
     */
    record Part(String type, String id, String name, String text, String thinking, String signature, String data,
                @Nullable String input, String partialJson, @Nullable String stopReason, String stopExplanation) {}

    /** An error object: {@code {"type":"overloaded_error","message":"Overloaded"}}. */
    record ErrorObject(String type, String message) {}

    /** A message (a whole response, or message_start's head with empty content). */
    record Message(String type, String id, String model, List<Part> content, @Nullable String stopReason,
                   String stopExplanation, @Nullable ErrorObject error) {}

    /** One stream event; only the parts its type has are set. */
    record Event(String type, int index, @Nullable Message message, @Nullable Part block,
                 @Nullable Part delta, @Nullable ErrorObject error) {}

    /** Reads a stream event; usage found in it (message_start, message_delta) goes into {@code usage}. */
    static Event readEvent(JsonParser p, AnthropicUsage usage) throws IOException {
        String type = "";
        int index = -1;
        Message message = null;
        Part block = null;
        Part delta = null;
        ErrorObject error = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "type":
                    type = UpstreamJson.stringOrEmpty(p);
                    break;
                case "index":
                    index = UpstreamJson.intValue(p, -1);
                    break;
                case "message":
                    message = UpstreamJson.isObject(p) ? readMessage(p, usage) : null;
                    break;
                case "content_block":
                    block = UpstreamJson.isObject(p) ? readPart(p) : null;
                    break;
                case "delta":
                    delta = UpstreamJson.isObject(p) ? readPart(p) : null;
                    break;
                case "usage":
                    usage.read(p);
                    break;
                case "error":
                    error = UpstreamJson.isObject(p) ? readError(p) : null;
                    break;
                default:
                    p.skipChildren();
                    break;
            }
        }
        return new Event(type, index, message, block, delta, error);
    }

    /** Reads the message object at the current token. */
    static Message readMessage(JsonParser p, AnthropicUsage usage) throws IOException {
        String type = "";
        String id = "";
        String model = "";
        final List<Part> content = new ArrayList<>();
        String stopReason = null;
        String explanation = "";
        ErrorObject error = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "type":
                    type = UpstreamJson.stringOrEmpty(p);
                    break;
                case "id":
                    id = UpstreamJson.stringOrEmpty(p);
                    break;
                case "model":
                    model = UpstreamJson.stringOrEmpty(p);
                    break;
                case "content":
                    if (UpstreamJson.isArray(p)) {
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            if (UpstreamJson.isObject(p)) {
                                content.add(readPart(p));
                            }
                        }
                    }
                    break;
                case "stop_reason":
                    stopReason = UpstreamJson.string(p);
                    break;
                case "stop_details":
                    explanation = readExplanation(p);
                    break;
                case "usage":
                    usage.read(p);
                    break;
                case "error":
                    error = UpstreamJson.isObject(p) ? readError(p) : null;
                    break;
                default:
                    p.skipChildren();
                    break;
            }
        }
        return new Message(type, id, model, content, stopReason, explanation, error);
    }

    private static Part readPart(JsonParser p) throws IOException {
        String type = "";
        String id = "";
        String name = "";
        String text = "";
        String thinking = "";
        String signature = "";
        String data = "";
        String input = null;
        String partialJson = "";
        String stopReason = null;
        String explanation = "";
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "type":
                    type = UpstreamJson.stringOrEmpty(p);
                    break;
                case "id":
                    id = UpstreamJson.stringOrEmpty(p);
                    break;
                case "name":
                    name = UpstreamJson.stringOrEmpty(p);
                    break;
                case "text":
                    text = UpstreamJson.stringOrEmpty(p);
                    break;
                case "thinking":
                    thinking = UpstreamJson.stringOrEmpty(p);
                    break;
                case "signature":
                    signature = UpstreamJson.stringOrEmpty(p);
                    break;
                case "data":
                    data = UpstreamJson.stringOrEmpty(p);
                    break;
                case "input":
                    input = p.hasToken(JsonToken.START_OBJECT) ? copy(p) : skip(p);
                    break;
                case "partial_json":
                    partialJson = UpstreamJson.stringOrEmpty(p);
                    break;
                case "stop_reason":
                    stopReason = UpstreamJson.string(p);
                    break;
                case "stop_details":
                    explanation = readExplanation(p);
                    break;
                default:
                    // citations, caller, cache_control: nothing the canonical message carries.
                    p.skipChildren();
                    break;
            }
        }
        return new Part(type, id, name, text, thinking, signature, data, input, partialJson, stopReason, explanation);
    }

    static ErrorObject readError(JsonParser p) throws IOException {
        String type = "";
        String message = "";
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            if ("type".equals(field)) {
                type = UpstreamJson.stringOrEmpty(p);
            } else if ("message".equals(field)) {
                message = UpstreamJson.stringOrEmpty(p);
            } else {
                p.skipChildren();
            }
        }
        return new ErrorObject(type, message);
    }

    /** A refusal's {@code stop_details.explanation}: why the answer was blocked. */
    private static String readExplanation(JsonParser p) throws IOException {
        String explanation = "";
        if (!UpstreamJson.isObject(p)) {
            return explanation;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            if ("explanation".equals(field)) {
                explanation = UpstreamJson.stringOrEmpty(p);
            } else {
                p.skipChildren();
            }
        }
        return explanation;
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
