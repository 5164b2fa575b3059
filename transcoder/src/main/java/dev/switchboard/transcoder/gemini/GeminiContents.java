package dev.switchboard.transcoder.gemini;

import java.io.IOException;
import java.util.List;
import javax.annotation.Nullable;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.ToolCall;

/**
 * Writes the conversation as Gemini {@code contents} (user → "user", assistant → "model", tool
 * results → one "user" turn of {@code functionResponse} parts per run of tool messages) and the
 * system and developer messages, wherever they stand, as {@code systemInstruction}.
 */
final class GeminiContents {
    /**
     * The value Google documents for replaying a function call whose signature was lost (for
     * example history from another provider); Gemini 3 rejects unsigned calls otherwise.
     */
    static final String SKIP_SIGNATURE = "skip_thought_signature_validator";

    static void writeSystemInstruction(JsonGenerator g, List<Message> messages) throws IOException {
        boolean open = false;
        for (int i = 0; i < messages.size(); i++) {
            final Message m = messages.get(i);
            if (m.getRole() != Role.ROLE_SYSTEM && m.getRole() != Role.ROLE_DEVELOPER) {
                continue;
            }
            for (int j = 0; j < m.getContentCount(); j++) {
                final ContentPart part = m.getContent(j);
                if (part.getPartCase() != ContentPart.PartCase.TEXT) {
                    throw GatewayException.invalid("messages[" + i + "].content[" + j
                                                   + "]: Gemini takes only text in system instructions");
                }
                if (part.getText().isEmpty()) {
                    continue;
                }
                if (!open) {
                    g.writeObjectFieldStart("systemInstruction");
                    g.writeArrayFieldStart("parts");
                    open = true;
                }
                g.writeStartObject();
                g.writeStringField("text", part.getText());
                g.writeEndObject();
            }
        }
        if (open) {
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    static void writeContents(JsonGenerator g, List<Message> messages, String model) throws IOException {
        final boolean gemini3 = GeminiModel.gemini3(model);
        g.writeArrayFieldStart("contents");
        int i = 0;
        while (i < messages.size()) {
            final Message m = messages.get(i);
            switch (m.getRole()) {
                case ROLE_SYSTEM:
                case ROLE_DEVELOPER:
                    i++;
                    break;
                case ROLE_USER:
                    writeUser(g, m, "messages[" + i + ']');
                    i++;
                    break;
                case ROLE_ASSISTANT:
                    writeModel(g, m, "messages[" + i + ']', gemini3);
                    i++;
                    break;
                case ROLE_TOOL: {
                    int end = i;
                    while (end < messages.size() && messages.get(end).getRole() == Role.ROLE_TOOL) {
                        end++;
                    }
                    writeToolResults(g, messages, i, end);
                    i = end;
                    break;
                }
                default:
                    throw GatewayException.invalid("messages[" + i + "].role: required");
            }
        }
        g.writeEndArray();
    }

    /** A user turn; one without anything Gemini can take is left out, as Gemini rejects empty turns. */
    private static void writeUser(JsonGenerator g, Message m, String path) throws IOException {
        boolean open = false;
        for (int j = 0; j < m.getContentCount(); j++) {
            final ContentPart part = m.getContent(j);
            if (part.getPartCase() == ContentPart.PartCase.REASONING
                || part.getPartCase() == ContentPart.PartCase.TEXT && part.getText().isEmpty()
                || part.getPartCase() == ContentPart.PartCase.PART_NOT_SET
                || part.getPartCase() == ContentPart.PartCase.PASS_THROUGH) {
                continue;
            }
            if (!open) {
                startTurn(g, "user");
                open = true;
            }
            GeminiMedia.write(g, part, path + ".content[" + j + ']');
        }
        if (open) {
            endTurn(g);
        }
    }

    /**
     * A model turn: reasoning as thought parts, text, then the function calls, each with the
     * signature Gemini gave it. A signature that came on a reasoning part without text (Gemini
     * sent it on a text part) goes back on the next text part; with no text to carry it, it is
     * left out, as text signatures are optional and Gemini rejects empty text parts.
     */
    private static void writeModel(JsonGenerator g, Message m, String path, boolean gemini3) throws IOException {
        if (!hasModelParts(m)) {
            return;
        }
        startTurn(g, "model");
        String pending = null;
        for (int j = 0; j < m.getContentCount(); j++) {
            final ContentPart part = m.getContent(j);
            final String own = GeminiState.signature(part.getProviderState());
            switch (part.getPartCase()) {
                case REASONING:
                    if (part.getReasoning().getRedacted()) {
                        break;
                    }
                    if (part.getReasoning().getText().isEmpty()) {
                        if (own != null) {
                            pending = own;
                        }
                        break;
                    }
                    g.writeStartObject();
                    g.writeStringField("text", part.getReasoning().getText());
                    g.writeBooleanField("thought", true);
                    writeSignature(g, own);
                    g.writeEndObject();
                    break;
                case TEXT:
                    if (part.getText().isEmpty()) {
                        if (own != null) {
                            pending = own;
                        }
                        break;
                    }
                    g.writeStartObject();
                    g.writeStringField("text", part.getText());
                    writeSignature(g, own != null ? own : pending);
                    g.writeEndObject();
                    pending = null;
                    break;
                case IMAGE:
                case AUDIO:
                case FILE:
                    GeminiMedia.write(g, part, path + ".content[" + j + ']');
                    break;
                default:
                    break;
            }
        }
        if (!m.getRefusal().isEmpty()) {
            g.writeStartObject();
            g.writeStringField("text", m.getRefusal());
            g.writeEndObject();
        }
        for (int k = 0; k < m.getToolCallsCount(); k++) {
            final ToolCall call = m.getToolCalls(k);
            final String callPath = path + ".tool_calls[" + k + ']';
            if (call.getName().isEmpty()) {
                throw GatewayException.invalid(callPath + ".function.name: required");
            }
            String signature = GeminiState.signature(call.getProviderState());
            if (signature == null && k == 0 && gemini3) {
                // Only the first of parallel calls carries a signature; the rest legitimately have none.
                signature = SKIP_SIGNATURE;
            }
            g.writeStartObject();
            g.writeObjectFieldStart("functionCall");
            final String id = GeminiToolIds.geminiId(call.getId());
            if (id != null) {
                g.writeStringField("id", id);
            }
            g.writeStringField("name", call.getName());
            g.writeFieldName("args");
            if (call.getArguments().isBlank()) {
                g.writeStartObject();
                g.writeEndObject();
            } else if (!copyObject(g, call.getArguments())) {
                throw GatewayException.invalid(callPath + ".function.arguments: Gemini needs a JSON object");
            }
            g.writeEndObject();
            writeSignature(g, signature);
            g.writeEndObject();
        }
        endTurn(g);
    }

    private static boolean hasModelParts(Message m) {
        if (m.getToolCallsCount() > 0 || !m.getRefusal().isEmpty()) {
            return true;
        }
        for (ContentPart part : m.getContentList()) {
            switch (part.getPartCase()) {
                case TEXT:
                    if (!part.getText().isEmpty()) {
                        return true;
                    }
                    break;
                case REASONING:
                    if (!part.getReasoning().getRedacted() && !part.getReasoning().getText().isEmpty()) {
                        return true;
                    }
                    break;
                case IMAGE:
                case AUDIO:
                case FILE:
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    /**
     * One user turn answering the calls of the preceding model turn. Gemini matches a
     * {@code functionResponse} to its call by name, so the name is looked up from the tool_call_id
     * among the earlier assistant tool calls; the call's own id goes along only when Gemini gave it.
     */
    private static void writeToolResults(JsonGenerator g, List<Message> messages, int from, int to)
            throws IOException {
        startTurn(g, "user");
        for (int i = from; i < to; i++) {
            final Message m = messages.get(i);
            final String path = "messages[" + i + ']';
            final String name = callName(messages, from, m, path);
            final StringBuilder text = new StringBuilder();
            for (ContentPart part : m.getContentList()) {
                if (part.getPartCase() == ContentPart.PartCase.TEXT) {
                    text.append(part.getText());
                }
            }
            g.writeStartObject();
            g.writeObjectFieldStart("functionResponse");
            final String id = GeminiToolIds.geminiId(m.getToolCallId());
            if (id != null) {
                g.writeStringField("id", id);
            }
            g.writeStringField("name", name);
            g.writeFieldName("response");
            if (!copyObject(g, text.toString())) {
                g.writeStartObject();
                g.writeStringField("result", text.toString());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        endTurn(g);
    }

    /** The name of the call a tool message answers: nearest assistant turn first, then earlier ones. */
    private static String callName(List<Message> messages, int before, Message result, String path) {
        final String id = result.getToolCallId();
        if (!id.isEmpty()) {
            for (int i = before - 1; i >= 0; i--) {
                final Message m = messages.get(i);
                if (m.getRole() != Role.ROLE_ASSISTANT) {
                    continue;
                }
                for (ToolCall call : m.getToolCallsList()) {
                    if (call.getId().equals(id) && !call.getName().isEmpty()) {
                        return call.getName();
                    }
                }
            }
        }
        if (!result.getName().isEmpty()) {
            return result.getName();
        }
        throw GatewayException.invalid(path + ".tool_call_id: no earlier assistant tool call has this id"
                                       + " (Gemini matches tool results to calls by function name)");
    }

    private static void writeSignature(JsonGenerator g, @Nullable String signature) throws IOException {
        if (signature != null) {
            g.writeStringField("thoughtSignature", signature);
        }
    }

    private static void startTurn(JsonGenerator g, String role) throws IOException {
        g.writeStartObject();
        g.writeStringField("role", role);
        g.writeArrayFieldStart("parts");
    }

    private static void endTurn(JsonGenerator g) throws IOException {
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * Copies {@code json} into {@code g} when it is exactly one JSON object; writes nothing and
     * returns false otherwise. It is read twice so nothing is written for text that turns out not
     * to be an object halfway through.
     */
    static boolean copyObject(JsonGenerator g, String json) throws IOException {
        if (!isObject(json)) {
            return false;
        }
        try (JsonParser p = Json.FACTORY.createParser(json)) {
            p.nextToken();
            g.copyCurrentStructure(p);
        }
        return true;
    }

    private static boolean isObject(String json) {
        try (JsonParser p = Json.FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            p.skipChildren();
            return p.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    private GeminiContents() {}
}
