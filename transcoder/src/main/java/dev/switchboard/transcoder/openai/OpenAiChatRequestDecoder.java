package dev.switchboard.transcoder.openai;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import dev.switchboard.transcoder.common.ClientJson;
import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.common.JsonValues;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.Reasoning;
import dev.switchboard.v1.ResponseFormat;
import dev.switchboard.v1.StreamOptions;
import dev.switchboard.v1.Tool;
import dev.switchboard.v1.ToolChoice;

/**
 * Reads a client's OpenAI chat-completions request body into the canonical request, strictly: wrong
 * types and unknown enum values are invalid-request errors naming the field. Top-level fields this
 * gateway does not model are kept verbatim in {@code extra}; JSON null means "not set".
 */
public final class OpenAiChatRequestDecoder {

    public static DecodedChatRequest decode(byte[] json) {
        return ClientJson.parse(json, OpenAiChatRequestDecoder::readRequest);
    }

    private static DecodedChatRequest readRequest(JsonParser p) throws IOException {
        ClientJson.expectObject(p, "request body");
        final ChatCompletionRequest.Builder b = ChatCompletionRequest.newBuilder();
        final Struct.Builder extra = Struct.newBuilder();
        boolean stream = false;
        boolean hasMessages = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "model":
                    b.setModel(ClientJson.optStringOrEmpty(p, field));
                    break;
                case "messages":
                    hasMessages = readMessages(p, b);
                    break;
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
                case "top_k": {
                    final Integer v = ClientJson.optInt(p, field);
                    if (v != null) {
                        b.setTopK(v);
                    }
                    break;
                }
                case "max_tokens": {
                    final Integer v = ClientJson.optInt(p, field);
                    if (v != null) {
                        b.setMaxTokens(v);
                    }
                    break;
                }
                case "max_completion_tokens": {
                    final Integer v = ClientJson.optInt(p, field);
                    if (v != null) {
                        b.setMaxCompletionTokens(v);
                    }
                    break;
                }
                case "stop":
                    readStop(p, b);
                    break;
                case "n": {
                    final Integer v = ClientJson.optInt(p, field);
                    if (v != null) {
                        b.setN(v);
                    }
                    break;
                }
                case "seed": {
                    final Long v = ClientJson.optLong(p, field);
                    if (v != null) {
                        b.setSeed(v);
                    }
                    break;
                }
                case "presence_penalty": {
                    final Double v = ClientJson.optDouble(p, field);
                    if (v != null) {
                        b.setPresencePenalty(v);
                    }
                    break;
                }
                case "frequency_penalty": {
                    final Double v = ClientJson.optDouble(p, field);
                    if (v != null) {
                        b.setFrequencyPenalty(v);
                    }
                    break;
                }
                case "logprobs": {
                    final Boolean v = ClientJson.optBool(p, field);
                    if (v != null) {
                        b.setLogprobs(v);
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
                case "user":
                    b.setUser(ClientJson.optStringOrEmpty(p, field));
                    break;
                case "metadata":
                    readMetadata(p, b);
                    break;
                case "logit_bias":
                    readLogitBias(p, b);
                    break;
                case "tools":
                    readTools(p, b);
                    break;
                case "tool_choice":
                    if (!p.hasToken(JsonToken.VALUE_NULL)) {
                        b.setToolChoice(readToolChoice(p));
                    }
                    break;
                case "parallel_tool_calls": {
                    final Boolean v = ClientJson.optBool(p, field);
                    if (v != null) {
                        b.setParallelToolCalls(v);
                    }
                    break;
                }
                case "response_format":
                    if (!p.hasToken(JsonToken.VALUE_NULL)) {
                        b.setResponseFormat(readResponseFormat(p));
                    }
                    break;
                case "reasoning_effort": {
                    final String v = ClientJson.optString(p, field);
                    if (v != null) {
                        b.setReasoning(Reasoning.newBuilder().setEffort(v));
                    }
                    break;
                }
                case "stream":
                    stream = Boolean.TRUE.equals(ClientJson.optBool(p, field));
                    break;
                case "stream_options":
                    readStreamOptions(p, b);
                    break;
                default:
                    extra.putFields(field, JsonValues.readValue(p));
                    break;
            }
        }
        if (b.getModel().isEmpty()) {
            throw ClientJson.required("model");
        }
        if (!hasMessages) {
            throw ClientJson.required("messages");
        }
        if (b.getMessagesCount() == 0) {
            throw GatewayException.invalid("messages: must contain at least one message");
        }
        if (extra.getFieldsCount() > 0) {
            b.setExtra(extra);
        }
        return new DecodedChatRequest(b.build(), stream);
    }

    private static boolean readMessages(JsonParser p, ChatCompletionRequest.Builder b) throws IOException {
        if (p.hasToken(JsonToken.VALUE_NULL)) {
            return false;
        }
        ClientJson.expectArray(p, "messages");
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            b.addMessages(OpenAiMessageDecoder.read(p, "messages[" + i++ + ']'));
        }
        return true;
    }

    private static void readStop(JsonParser p, ChatCompletionRequest.Builder b) throws IOException {
        switch (p.currentToken()) {
            case VALUE_NULL:
                return;
            case VALUE_STRING:
                b.addStop(p.getText());
                return;
            case START_ARRAY: {
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    b.addStop(ClientJson.string(p, "stop[" + i++ + ']'));
                }
                return;
            }
            default:
                throw ClientJson.wrongType(p, "stop", "a string or an array");
        }
    }

    private static void readMetadata(JsonParser p, ChatCompletionRequest.Builder b) throws IOException {
        if (p.hasToken(JsonToken.VALUE_NULL)) {
            return;
        }
        ClientJson.expectObject(p, "metadata");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String key = p.currentName();
            p.nextToken();
            b.putMetadata(key, ClientJson.string(p, "metadata." + Json.abbreviate(key, 64)));
        }
    }

    private static void readLogitBias(JsonParser p, ChatCompletionRequest.Builder b) throws IOException {
        if (p.hasToken(JsonToken.VALUE_NULL)) {
            return;
        }
        ClientJson.expectObject(p, "logit_bias");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String key = p.currentName();
            p.nextToken();
            final Double bias = ClientJson.optDouble(p, "logit_bias." + Json.abbreviate(key, 64));
            if (bias == null) {
                throw ClientJson.required("logit_bias." + Json.abbreviate(key, 64));
            }
            b.putLogitBias(key, bias);
        }
    }

    private static void readStreamOptions(JsonParser p, ChatCompletionRequest.Builder b) throws IOException {
        if (p.hasToken(JsonToken.VALUE_NULL)) {
            return;
        }
        ClientJson.expectObject(p, "stream_options");
        final StreamOptions.Builder options = StreamOptions.newBuilder();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            if ("include_usage".equals(field)) {
                options.setIncludeUsage(Boolean.TRUE.equals(ClientJson.optBool(p, "stream_options.include_usage")));
            } else {
                // include_obfuscation and future options concern the client's stream from us, which
                // the gateway writes itself.
                p.skipChildren();
            }
        }
        b.setStreamOptions(options);
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

    /**
     * Reads one tool. A function tool becomes name/description/parameters/strict; any other type (a
     * provider built-in) keeps all its fields but type in extra, so it passes through unchanged.
     */
    private static Tool readTool(JsonParser p, String path) throws IOException {
        final ClientJson.Typed typed = ClientJson.readTyped(p, path);
        final Struct.Builder fields = typed.fields();
        final Tool.Builder tool = Tool.newBuilder().setType(typed.type());
        if ("function".equals(typed.type())) {
            readFunction(ClientJson.object(fields.getFieldsMap(), "function", path).getFieldsMap(), path + ".function",
                         tool);
            fields.removeFields("function");
        }
        if (fields.getFieldsCount() > 0) {
            tool.setExtra(fields);
        }
        return tool.build();
    }

    /**
     * A function's name (required), description, parameters and strict flag, as OpenAI's chat and
     * Responses APIs both spell them (nested under {@code function} in one, flat in the other).
     */
    public static void readFunction(Map<String, Value> fields, String path, Tool.Builder tool) {
        final String name = ClientJson.string(fields, "name", path);
        if (name.isEmpty()) {
            throw ClientJson.required(path + ".name");
        }
        tool.setName(name);
        final String description = ClientJson.optString(fields, "description", path);
        if (description != null) {
            tool.setDescription(description);
        }
        final Struct parameters = ClientJson.optObject(fields, "parameters", path);
        if (parameters != null) {
            tool.setParameters(parameters);
        }
        final Boolean strict = ClientJson.optBool(fields, "strict", path);
        if (strict != null) {
            tool.setStrict(strict);
        }
    }

    private static ToolChoice readToolChoice(JsonParser p) throws IOException {
        if (p.hasToken(JsonToken.VALUE_STRING)) {
            final String mode = p.getText();
            switch (mode) {
                case "auto":
                    return ToolChoice.newBuilder().setMode(ToolChoice.Mode.MODE_AUTO).build();
                case "none":
                    return ToolChoice.newBuilder().setMode(ToolChoice.Mode.MODE_NONE).build();
                case "required":
                    return ToolChoice.newBuilder().setMode(ToolChoice.Mode.MODE_REQUIRED).build();
                default:
                    throw GatewayException.invalid("tool_choice: unknown value '" + Json.abbreviate(mode, 32) +
                                                   "' (expected: auto, none, required or an object)");
            }
        }
        ClientJson.expectObject(p, "tool_choice");
        String type = null;
        String name = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            if ("type".equals(field)) {
                type = ClientJson.string(p, "tool_choice.type");
            } else if ("function".equals(field)) {
                ClientJson.expectObject(p, "tool_choice.function");
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    final String inner = p.currentName();
                    p.nextToken();
                    if ("name".equals(inner)) {
                        name = ClientJson.string(p, "tool_choice.function.name");
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        if (!"function".equals(type)) {
            throw type == null ? ClientJson.required("tool_choice.type")
                               : GatewayException.invalid("tool_choice.type: unsupported type '" +
                                                          Json.abbreviate(type, 32) + '\'');
        }
        if (name == null || name.isEmpty()) {
            throw ClientJson.required("tool_choice.function.name");
        }
        return ToolChoice.newBuilder().setMode(ToolChoice.Mode.MODE_FUNCTION).setFunctionName(name).build();
    }

    private static ResponseFormat readResponseFormat(JsonParser p) throws IOException {
        ClientJson.expectObject(p, "response_format");
        final ResponseFormat.Builder format = ResponseFormat.newBuilder();
        String type = null;
        boolean hasSchema = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            if ("type".equals(field)) {
                type = ClientJson.string(p, "response_format.type");
            } else if ("json_schema".equals(field) && !p.hasToken(JsonToken.VALUE_NULL)) {
                readJsonSchema(p, format);
                hasSchema = true;
            } else {
                p.skipChildren();
            }
        }
        if (type == null) {
            throw ClientJson.required("response_format.type");
        }
        switch (type) {
            case "text":
                return format.setType(ResponseFormat.Type.TYPE_TEXT).build();
            case "json_object":
                return format.setType(ResponseFormat.Type.TYPE_JSON_OBJECT).build();
            case "json_schema":
                if (!hasSchema) {
                    throw ClientJson.required("response_format.json_schema");
                }
                return format.setType(ResponseFormat.Type.TYPE_JSON_SCHEMA).build();
            default:
                throw GatewayException.invalid("response_format.type: unknown type '" +
                                               Json.abbreviate(type, 32) + '\'');
        }
    }

    private static void readJsonSchema(JsonParser p, ResponseFormat.Builder format) throws IOException {
        final String path = "response_format.json_schema";
        ClientJson.expectObject(p, path);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "name":
                    format.setName(ClientJson.string(p, path + ".name"));
                    break;
                case "description":
                    format.setDescription(ClientJson.optStringOrEmpty(p, path + ".description"));
                    break;
                case "schema":
                    if (!p.hasToken(JsonToken.VALUE_NULL)) {
                        ClientJson.expectObject(p, path + ".schema");
                        format.setSchema(JsonValues.readStruct(p));
                    }
                    break;
                case "strict": {
                    final Boolean strict = ClientJson.optBool(p, path + ".strict");
                    if (strict != null) {
                        format.setStrict(strict);
                    }
                    break;
                }
                default:
                    p.skipChildren();
                    break;
            }
        }
        if (format.getName().isEmpty()) {
            throw ClientJson.required(path + ".name");
        }
    }

    private OpenAiChatRequestDecoder() {}
}
