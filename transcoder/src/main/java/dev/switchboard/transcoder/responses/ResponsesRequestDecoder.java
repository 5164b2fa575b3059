package dev.switchboard.transcoder.responses;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import dev.switchboard.transcoder.common.ClientJson;
import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.common.JsonValues;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.openai.OpenAiChatRequestDecoder;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.CreateResponseRequest;
import dev.switchboard.v1.Reasoning;
import dev.switchboard.v1.ResponseFormat;
import dev.switchboard.v1.Tool;
import dev.switchboard.v1.ToolChoice;

/**
 * Reads a client's {@code POST /v1/responses} body into a {@link CreateResponseRequest}, strictly
 * (wrong types are invalid-request errors naming the field). Fields this gateway does not model go
 * to the chat request's {@code extra}; JSON null means "not set".
 */
public final class ResponsesRequestDecoder {
    /**
     * Fields about the exchange with us, not the model: the gateway always keeps reasoning state
     * itself (include), and writes the stream itself (stream_options).
     */
    private static final Set<String> CONSUMED = Set.of("include", "stream_options");

    private ResponsesRequestDecoder() {}

    public static DecodedResponseRequest decode(byte[] json) {
        return ClientJson.parse(json, ResponsesRequestDecoder::read);
    }

    private static DecodedResponseRequest read(JsonParser p) throws IOException {
        ClientJson.expectObject(p, "request body");
        final CreateResponseRequest.Builder out = CreateResponseRequest.newBuilder();
        final ChatCompletionRequest.Builder b = ChatCompletionRequest.newBuilder();
        final Struct.Builder extra = Struct.newBuilder();
        boolean stream = false;
        boolean hasInput = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "model": b.setModel(ClientJson.optStringOrEmpty(p, field)); break;
                case "input":
                    if (!p.hasToken(JsonToken.VALUE_NULL)) {
                        b.addAllMessages(InputItems.read(p));
                        hasInput = true;
                    }
                    break;
                case "instructions": out.setInstructions(ClientJson.optStringOrEmpty(p, field)); break;
                case "previous_response_id": out.setPreviousResponseId(ClientJson.optStringOrEmpty(p, field)); break;
                case "store": {
                    final Boolean v = ClientJson.optBool(p, field);
                    if (v != null) {
                        out.setStore(v);
                    }
                    break;
                }
                case "stream": stream = Boolean.TRUE.equals(ClientJson.optBool(p, field)); break;
                case "temperature": {
                    final Double v = ClientJson.optDouble(p, field);
                    if (v != null) {
                        b.setTemperature(v);
                    }
                    break;
                }
                case "top_p": {
                    final Double v = ClientJson.optDouble(p, field);
                    if (v != null) {
                        b.setTopP(v);
                    }
                    break;
                }
                case "max_output_tokens": {
                    final Integer v = ClientJson.optInt(p, field);
                    if (v != null) {
                        b.setMaxCompletionTokens(v);
                    }
                    break;
                }
                case "top_logprobs": {
                    final Integer v = ClientJson.optInt(p, field);
                    if (v != null) {
                        b.setTopLogprobs(v);
                    }
                    break;
                }
                case "parallel_tool_calls": {
                    final Boolean v = ClientJson.optBool(p, field);
                    if (v != null) {
                        b.setParallelToolCalls(v);
                    }
                    break;
                }
                case "user": b.setUser(ClientJson.optStringOrEmpty(p, field)); break;
                case "metadata": readMetadata(p, b); break;
                case "tools": readTools(p, b); break;
                case "tool_choice":
                    if (!p.hasToken(JsonToken.VALUE_NULL)) {
                        b.setToolChoice(readToolChoice(p));
                    }
                    break;
                case "text": readText(p, b); break;
                case "reasoning": readReasoning(p, b); break;
                default:
                    if (CONSUMED.contains(field)) {
                        p.skipChildren();
                    } else {
                        extra.putFields(field, JsonValues.readValue(p));
                    }
                    break;
            }
        }
        if (b.getModel().isEmpty()) {
            throw ClientJson.required("model");
        }
        if (!hasInput) {
            throw ClientJson.required("input");
        }
        if (b.getMessagesCount() == 0) {
            throw GatewayException.invalid("input: must contain at least one item");
        }
        if (extra.getFieldsCount() > 0) {
            b.setExtra(extra).setExtraFormat("responses");
        }
        return new DecodedResponseRequest(out.setRequest(b).build(), stream);
    }

    private static void readMetadata(JsonParser p, ChatCompletionRequest.Builder b) throws IOException {
        if (p.hasToken(JsonToken.VALUE_NULL)) {
            return;
        }
        ClientJson.expectObject(p, "metadata");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String key = p.currentName();
            p.nextToken();
            b.putMetadata(key, ClientJson.string(p, "metadata." + key));
        }
    }

    private static void readTools(JsonParser p, ChatCompletionRequest.Builder b) throws IOException {
        if (p.hasToken(JsonToken.VALUE_NULL)) {
            return;
        }
        ClientJson.expectArray(p, "tools");
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            b.addTools(readTool(p, "tools[" + i++ + ']'));
        }
    }

    /** Responses function tools are flat; other tool types keep their fields in extra. */
    private static Tool readTool(JsonParser p, String path) throws IOException {
        final ClientJson.Typed typed = ClientJson.readTyped(p, path);
        final Struct.Builder fields = typed.fields();
        final Tool.Builder tool = Tool.newBuilder().setType(typed.type());
        if ("function".equals(typed.type())) {
            OpenAiChatRequestDecoder.readFunction(fields.getFieldsMap(), path, tool);
            for (String known : new String[] { "name", "description", "parameters", "strict" }) {
                fields.removeFields(known);
            }
        }
        if (fields.getFieldsCount() > 0) {
            tool.setExtra(fields);
        }
        return tool.build();
    }

    private static ToolChoice readToolChoice(JsonParser p) throws IOException {
        if (p.hasToken(JsonToken.VALUE_STRING)) {
            switch (p.getText()) {
                case "auto": return ToolChoice.newBuilder().setMode(ToolChoice.Mode.MODE_AUTO).build();
                case "none": return ToolChoice.newBuilder().setMode(ToolChoice.Mode.MODE_NONE).build();
                case "required": return ToolChoice.newBuilder().setMode(ToolChoice.Mode.MODE_REQUIRED).build();
                default:
                    throw GatewayException.invalid("tool_choice: unknown value '" + Json.abbreviate(p.getText(), 32)
                                                   + "' (expected: auto, none, required or an object)");
            }
        }
        final ClientJson.Typed typed = ClientJson.readTyped(p, "tool_choice");
        if (!"function".equals(typed.type())) {
            throw GatewayException.invalid("tool_choice.type: unsupported type '"
                                           + Json.abbreviate(typed.type(), 32) + '\'');
        }
        final String name = ClientJson.string(typed.fields().getFieldsMap(), "name", "tool_choice");
        return ToolChoice.newBuilder().setMode(ToolChoice.Mode.MODE_FUNCTION).setFunctionName(name).build();
    }

    /** {@code text.format}: text, json_object, or json_schema with its schema inline. */
    private static void readText(JsonParser p, ChatCompletionRequest.Builder b) throws IOException {
        if (p.hasToken(JsonToken.VALUE_NULL)) {
            return;
        }
        ClientJson.expectObject(p, "text");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            if ("format".equals(field) && !p.hasToken(JsonToken.VALUE_NULL)) {
                b.setResponseFormat(readFormat(p));
            } else {
                // verbosity and future options: no canonical field yet.
                p.skipChildren();
            }
        }
    }

    private static ResponseFormat readFormat(JsonParser p) throws IOException {
        final String path = "text.format";
        final ClientJson.Typed typed = ClientJson.readTyped(p, path);
        final Map<String, Value> f = typed.fields().getFieldsMap();
        switch (typed.type()) {
            case "text":
                return ResponseFormat.newBuilder().setType(ResponseFormat.Type.TYPE_TEXT).build();
            case "json_object":
                return ResponseFormat.newBuilder().setType(ResponseFormat.Type.TYPE_JSON_OBJECT).build();
            case "json_schema": {
                final ResponseFormat.Builder format = ResponseFormat.newBuilder()
                        .setType(ResponseFormat.Type.TYPE_JSON_SCHEMA)
                        .setName(ClientJson.string(f, "name", path))
                        .setSchema(ClientJson.object(f, "schema", path));
                final String description = ClientJson.optString(f, "description", path);
                if (description != null) {
                    format.setDescription(description);
                }
                final Boolean strict = ClientJson.optBool(f, "strict", path);
                if (strict != null) {
                    format.setStrict(strict);
                }
                return format.build();
            }
            default:
                throw GatewayException.invalid(path + ".type: unknown type '" + Json.abbreviate(typed.type(), 32) + '\'');
        }
    }

    private static void readReasoning(JsonParser p, ChatCompletionRequest.Builder b) throws IOException {
        if (p.hasToken(JsonToken.VALUE_NULL)) {
            return;
        }
        ClientJson.expectObject(p, "reasoning");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            if ("effort".equals(field)) {
                final String effort = ClientJson.optString(p, "reasoning.effort");
                if (effort != null) {
                    b.setReasoning(Reasoning.newBuilder().setEffort(effort));
                }
            } else {
                // summary: the gateway always returns what summary the upstream gives.
                p.skipChildren();
            }
        }
    }
}
