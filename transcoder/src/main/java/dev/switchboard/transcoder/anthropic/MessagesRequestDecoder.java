package dev.switchboard.transcoder.anthropic;

import java.io.IOException;
import java.util.Map;
import java.util.function.Consumer;
import javax.annotation.Nullable;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import dev.switchboard.transcoder.common.ClientJson;
import dev.switchboard.transcoder.common.JsonValues;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.Reasoning;
import dev.switchboard.v1.ResponseFormat;
import dev.switchboard.v1.Tool;
import dev.switchboard.v1.ToolChoice;

/**
 * Reads a client's Anthropic Messages request ({@code POST /v1/messages}) into the canonical
 * request, strictly: wrong types are invalid-request errors naming the field. Top-level fields the
 * canonical request does not model are kept verbatim in {@code extra}.
 */
public final class MessagesRequestDecoder {

    /** A request to run: {@code max_tokens} is required, as Anthropic requires it. */
    public static DecodedMessagesRequest decode(byte[] json) {
        return ClientJson.parse(json, p -> read(p, true));
    }

    /** A request to count tokens for: the same body, without {@code max_tokens}. */
    public static DecodedMessagesRequest decodeForCounting(byte[] json) {
        return ClientJson.parse(json, p -> read(p, false));
    }

    private static DecodedMessagesRequest read(JsonParser p, boolean needsMaxTokens) throws IOException {
        ClientJson.expectObject(p, "request body");
        final ChatCompletionRequest.Builder b = ChatCompletionRequest.newBuilder();
        final Struct.Builder extra = Struct.newBuilder();
        final MessagesContent.Builder conversation = new MessagesContent.Builder();
        boolean stream = false;
        boolean hasMessages = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "model":
                    b.setModel(ClientJson.optStringOrEmpty(p, field));
                    break;
                case "system":
                    conversation.readSystem(p);
                    break;
                case "messages":
                    conversation.readMessages(p);
                    hasMessages = true;
                    break;
                case "max_tokens": {
                    final Integer v = ClientJson.optInt(p, field);
                    if (v != null) {
                        if (v < 1) {
                            throw GatewayException.invalid("max_tokens: " + v + " (expected: >= 1)");
                        }
                        b.setMaxTokens(v);
                    }
                    break;
                }
                case "temperature":
                    ifPresent(ClientJson.optDouble(p, field), b::setTemperature);
                    break;
                case "top_p":
                    ifPresent(ClientJson.optDouble(p, field), b::setTopP);
                    break;
                case "top_k":
                    ifPresent(ClientJson.optInt(p, field), b::setTopK);
                    break;
                case "stop_sequences":
                    readStopSequences(p, b);
                    break;
                case "stream": {
                    final Boolean v = ClientJson.optBool(p, field);
                    stream = v != null && v;
                    break;
                }
                case "metadata":
                    readMetadata(p, b);
                    break;
                case "tools":
                    readTools(p, b);
                    break;
                case "tool_choice":
                    readToolChoice(p, b);
                    break;
                case "thinking":
                    readThinking(p, b);
                    break;
                case "output_format":
                    readOutputFormat(p, field, b);
                    break;
                case "output_config":
                    readOutputConfig(p, b, extra);
                    break;
                default:
                    // container, mcp_servers, service_tier, context_management…: kept for an Anthropic upstream.
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
        if (needsMaxTokens && !b.hasMaxTokens()) {
            throw ClientJson.required("max_tokens");
        }
        b.addAllMessages(conversation.build());
        // Set even without top-level extras: message, part and tool extras (cache_control) and the
        // response format are Anthropic's too, and an Anthropic upstream takes them as written.
        b.setExtraFormat("anthropic");
        if (extra.getFieldsCount() > 0) {
            b.setExtra(extra);
        }
        return new DecodedMessagesRequest(b.build(), stream);
    }

    /** A JSON null means "not set", which for an optional proto field is not calling its setter. */
    private static <T> void ifPresent(@Nullable T value, Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    private static void readStopSequences(JsonParser p, ChatCompletionRequest.Builder b) throws IOException {
        if (p.hasToken(JsonToken.VALUE_NULL)) {
            return;
        }
        ClientJson.expectArray(p, "stop_sequences");
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            b.addStop(ClientJson.string(p, "stop_sequences[" + i++ + ']'));
        }
    }

    /** Anthropic's metadata has one field, user_id: the end user, which is the canonical user. */
    private static void readMetadata(JsonParser p, ChatCompletionRequest.Builder b) throws IOException {
        if (p.hasToken(JsonToken.VALUE_NULL)) {
            return;
        }
        ClientJson.expectObject(p, "metadata");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            if ("user_id".equals(field)) {
                b.setUser(ClientJson.optStringOrEmpty(p, "metadata.user_id"));
            } else {
                p.skipChildren();
            }
        }
    }

    private static void readTools(JsonParser p, ChatCompletionRequest.Builder b) throws IOException {
        if (p.hasToken(JsonToken.VALUE_NULL)) {
            return;
        }
        ClientJson.expectArray(p, "tools");
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            final String path = "tools[" + i++ + ']';
            ClientJson.expectObject(p, path);
            b.addTools(readTool(JsonValues.readStruct(p).getFieldsMap(), path));
        }
    }

    /**
     * A custom tool (no type, or {@code custom}) becomes a function tool with input_schema as its
     * parameters; a server tool ({@code web_search_20250305}, {@code bash_20250124}, …) keeps its
     * fields in extra, which the Anthropic upstream writes back as given.
     */
    private static Tool readTool(Map<String, Value> fields, String path) {
        final String type = ClientJson.optString(fields, "type", path);
        final Tool.Builder tool = Tool.newBuilder().setName(ClientJson.string(fields, "name", path));
        if (type != null && !"custom".equals(type)) {
            final Struct.Builder extra = Struct.newBuilder();
            fields.forEach((k, v) -> {
                if (!"type".equals(k) && !"name".equals(k)) {
                    extra.putFields(k, v);
                }
            });
            return tool.setType(type).setExtra(extra).build();
        }
        tool.setType("function").setParameters(ClientJson.object(fields, "input_schema", path));
        final String description = ClientJson.optString(fields, "description", path);
        if (description != null) {
            tool.setDescription(description);
        }
        final Boolean strict = ClientJson.optBool(fields, "strict", path);
        if (strict != null) {
            tool.setStrict(strict);
        }
        final Struct.Builder extra = Struct.newBuilder();
        MessagesContent.putCacheControl(fields, extra);
        if (extra.getFieldsCount() > 0) {
            tool.setExtra(extra);
        }
        return tool.build();
    }

    /** {@code disable_parallel_tool_use} lives inside tool_choice in Anthropic's API. */
    private static void readToolChoice(JsonParser p, ChatCompletionRequest.Builder b) throws IOException {
        if (p.hasToken(JsonToken.VALUE_NULL)) {
            return;
        }
        final ClientJson.Typed typed = ClientJson.readTyped(p, "tool_choice");
        final Map<String, Value> fields = typed.fields().getFieldsMap();
        final ToolChoice.Builder choice = ToolChoice.newBuilder();
        switch (typed.type()) {
            case "auto":
                choice.setMode(ToolChoice.Mode.MODE_AUTO);
                break;
            case "any":
                choice.setMode(ToolChoice.Mode.MODE_REQUIRED);
                break;
            case "none":
                choice.setMode(ToolChoice.Mode.MODE_NONE);
                break;
            case "tool":
                choice.setMode(ToolChoice.Mode.MODE_FUNCTION)
                      .setFunctionName(ClientJson.string(fields, "name", "tool_choice"));
                break;
            default:
                throw GatewayException.invalid("tool_choice.type: '" + typed.type()
                                               + "' (expected: auto, any, tool or none)");
        }
        b.setToolChoice(choice);
        final Boolean noParallel = ClientJson.optBool(fields, "disable_parallel_tool_use", "tool_choice");
        if (noParallel != null && noParallel) {
            b.setParallelToolCalls(false);
        }
    }

    /** {@code {"type":"enabled","budget_tokens":N}} is a thinking budget; disabled is no reasoning asked. */
    private static void readThinking(JsonParser p, ChatCompletionRequest.Builder b) throws IOException {
        if (p.hasToken(JsonToken.VALUE_NULL)) {
            return;
        }
        final ClientJson.Typed typed = ClientJson.readTyped(p, "thinking");
        switch (typed.type()) {
            case "enabled": {
                final Value budget = typed.fields().getFieldsMap().get("budget_tokens");
                if (budget == null || !budget.hasNumberValue() || budget.getNumberValue() != Math.rint(
                        budget.getNumberValue()) || budget.getNumberValue() < 1 || budget.getNumberValue() > 1e9) {
                    throw GatewayException.invalid("thinking.budget_tokens: required, a positive integer");
                }
                b.setReasoning(Reasoning.newBuilder().setBudgetTokens((int) budget.getNumberValue()));
                break;
            }
            case "disabled":
                break;
            default:
                throw GatewayException.invalid("thinking.type: '" + typed.type() + "' (expected: enabled or disabled)");
        }
    }

    /** Structured output: {@code {"type":"json_schema","schema":{…}}}. */
    private static void readOutputFormat(JsonParser p, String path, ChatCompletionRequest.Builder b)
            throws IOException {
        if (p.hasToken(JsonToken.VALUE_NULL)) {
            return;
        }
        final ClientJson.Typed typed = ClientJson.readTyped(p, path);
        if (!"json_schema".equals(typed.type())) {
            throw GatewayException.invalid(path + ".type: '" + typed.type() + "' (expected: json_schema)");
        }
        final Struct schema = ClientJson.object(typed.fields().getFieldsMap(), "schema", path);
        b.setResponseFormat(ResponseFormat.newBuilder().setType(ResponseFormat.Type.TYPE_JSON_SCHEMA)
                                          .setName("response").setSchema(schema));
    }

    /** The GA form of structured output, {@code output_config.format}; other settings (effort) stay extra. */
    private static void readOutputConfig(JsonParser p, ChatCompletionRequest.Builder b, Struct.Builder extra)
            throws IOException {
        if (p.hasToken(JsonToken.VALUE_NULL)) {
            return;
        }
        ClientJson.expectObject(p, "output_config");
        final Struct.Builder rest = Struct.newBuilder();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            if ("format".equals(field)) {
                readOutputFormat(p, "output_config.format", b);
            } else {
                rest.putFields(field, JsonValues.readValue(p));
            }
        }
        if (rest.getFieldsCount() > 0) {
            extra.putFields("output_config", Value.newBuilder().setStructValue(rest).build());
        }
    }

    private MessagesRequestDecoder() {}
}
