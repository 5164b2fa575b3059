package dev.switchboard.transcoder.openai;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.common.JsonValues;
import dev.switchboard.transcoder.common.UpstreamJson;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.Choice;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.FinishReason;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.ReasoningPart;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.ToolCall;
import dev.switchboard.v1.Usage;

/**
 * Reads an upstream's non-streamed chat.completion body, leniently: OpenAI-compatible servers leave
 * fields out, send nulls and add their own. Unknown top-level fields are kept in {@code extra}; unknown
 * fields deeper down are ignored.
 */
public final class OpenAiChatResponseDecoder {

    public static ChatCompletionResponse decode(byte[] json) {
        return UpstreamJson.parse(json, OpenAiChatResponseDecoder::read);
    }

    private static ChatCompletionResponse read(JsonParser p) throws IOException {
        if (!UpstreamJson.isObject(p)) {
            throw new GatewayException(ErrorKind.UPSTREAM_ERROR,
                                       "upstream returned malformed JSON: expected an object");
        }
        final ChatCompletionResponse.Builder r = ChatCompletionResponse.newBuilder();
        final Struct.Builder extra = Struct.newBuilder();
        Value error = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "id":
                    r.setId(UpstreamJson.stringOrEmpty(p));
                    break;
                case "created":
                    r.setCreated(UpstreamJson.longValue(p, 0));
                    break;
                case "model":
                    r.setModel(UpstreamJson.stringOrEmpty(p));
                    break;
                case "system_fingerprint":
                    r.setSystemFingerprint(UpstreamJson.stringOrEmpty(p));
                    break;
                case "service_tier":
                    r.setServiceTier(UpstreamJson.stringOrEmpty(p));
                    break;
                case "choices":
                    if (UpstreamJson.isArray(p)) {
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            readChoice(p, r);
                        }
                    }
                    break;
                case "usage": {
                    final Usage usage = OpenAiUsage.read(p);
                    if (usage != null) {
                        r.setUsage(usage);
                    }
                    break;
                }
                case "object":
                    p.skipChildren();
                    break;
                case "error":
                    error = JsonValues.readValue(p);
                    break;
                default:
                    extra.putFields(field, JsonValues.readValue(p));
                    break;
            }
        }
        if (error != null && !error.hasNullValue() && r.getChoicesCount() == 0) {
            // Some proxies answer 200 with an error object instead of a completion.
            throw OpenAiErrors.inBody(error);
        }
        if (extra.getFieldsCount() > 0) {
            r.setExtra(extra);
        }
        return r.build();
    }

    private static void readChoice(JsonParser p, ChatCompletionResponse.Builder r) throws IOException {
        if (!UpstreamJson.isObject(p)) {
            return;
        }
        final Choice.Builder c = Choice.newBuilder().setIndex(r.getChoicesCount());
        String finish = null;
        boolean hasMessage = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "index":
                    c.setIndex(UpstreamJson.intValue(p, c.getIndex()));
                    break;
                case "message":
                    if (UpstreamJson.isObject(p)) {
                        c.setMessage(readMessage(p));
                        hasMessage = true;
                    }
                    break;
                case "finish_reason":
                    finish = UpstreamJson.string(p);
                    break;
                case "logprobs":
                    if (!p.hasToken(JsonToken.VALUE_NULL)) {
                        c.setLogprobs(JsonValues.readValue(p));
                    }
                    break;
                default:
                    p.skipChildren();
                    break;
            }
        }
        final FinishReason known = OpenAiNames.finishReason(finish);
        if (known != null) {
            c.setFinishReason(known);
        } else if (hasMessage) {
            // A whole response is finished by definition, whatever the upstream called it.
            c.setFinishReason(FinishReason.FINISH_REASON_STOP);
        }
        r.addChoices(c);
    }

    /** Reads the assistant message; reasoning goes before the text, as the model produced it. */
    private static Message readMessage(JsonParser p) throws IOException {
        final Message.Builder m = Message.newBuilder().setRole(Role.ROLE_ASSISTANT);
        final StringBuilder text = new StringBuilder();
        String reasoning = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "content":
                    readContent(p, text);
                    break;
                case "refusal":
                    m.setRefusal(UpstreamJson.stringOrEmpty(p));
                    break;
                case "reasoning_content":
                case "reasoning": {
                    final String s = UpstreamJson.string(p);
                    if (reasoning == null) {
                        reasoning = s;
                    }
                    break;
                }
                case "tool_calls":
                    if (UpstreamJson.isArray(p)) {
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            readToolCall(p, m);
                        }
                    }
                    break;
                default:
                    p.skipChildren();
                    break;
            }
        }
        if (reasoning != null && !reasoning.isEmpty()) {
            m.addContent(ContentPart.newBuilder().setReasoning(ReasoningPart.newBuilder().setText(reasoning)));
        }
        if (text.length() > 0) {
            m.addContent(ContentPart.newBuilder().setText(text.toString()));
        }
        return m.build();
    }

    /** Content is a string, null, or (Mistral and some others) an array of parts: their text is kept. */
    private static void readContent(JsonParser p, StringBuilder text) throws IOException {
        if (p.hasToken(JsonToken.VALUE_STRING)) {
            text.append(p.getText());
            return;
        }
        if (!UpstreamJson.isArray(p)) {
            return;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (!UpstreamJson.isObject(p)) {
                continue;
            }
            final Struct part = JsonValues.readStruct(p);
            final Value partText = part.getFieldsOrDefault("text", Value.getDefaultInstance());
            if ("text".equals(part.getFieldsOrDefault("type", Value.getDefaultInstance()).getStringValue()) &&
                partText.hasStringValue()) {
                text.append(partText.getStringValue());
            }
        }
    }

    private static void readToolCall(JsonParser p, Message.Builder m) throws IOException {
        if (!UpstreamJson.isObject(p)) {
            return;
        }
        final ToolCall.Builder call = ToolCall.newBuilder().setType("function").setIndex(m.getToolCallsCount());
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "id":
                    call.setId(UpstreamJson.stringOrEmpty(p));
                    break;
                case "function":
                    if (UpstreamJson.isObject(p)) {
                        readFunction(p, call);
                    }
                    break;
                default:
                    p.skipChildren();
                    break;
            }
        }
        m.addToolCalls(call);
    }

    /** Reads name and arguments; arguments sent as a JSON object instead of text are re-serialised. */
    static void readFunction(JsonParser p, ToolCall.Builder call) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            if ("name".equals(field)) {
                call.setName(UpstreamJson.stringOrEmpty(p));
            } else if ("arguments".equals(field)) {
                if (p.currentToken().isStructStart()) {
                    final Value args = JsonValues.readValue(p);
                    call.setArguments(new String(Json.write(g -> JsonValues.writeValue(g, args)),
                                                 StandardCharsets.UTF_8));
                } else {
                    call.setArguments(UpstreamJson.stringOrEmpty(p));
                }
            } else {
                p.skipChildren();
            }
        }
    }

    private OpenAiChatResponseDecoder() {}
}
