package dev.switchboard.transcoder.openai;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.common.JsonValues;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.ResponseFormat;
import dev.switchboard.v1.Tool;
import dev.switchboard.v1.ToolChoice;

/**
 * Writes the canonical request as an OpenAI chat-completions body for an OpenAI-format upstream.
 * Only fields that are set are written; unmodelled fields go back verbatim from {@code extra}.
 */
public final class OpenAiChatRequestEncoder {
    /** Every top-level field this encoder writes itself; extra never overrides them. */
    private static final Set<String> REQUEST_FIELDS = Set.of(
            "model", "messages", "temperature", "top_p", "top_k", "max_tokens", "max_completion_tokens",
            "stop", "n", "seed", "presence_penalty", "frequency_penalty", "logprobs", "top_logprobs", "user",
            "metadata", "logit_bias", "tools", "tool_choice", "parallel_tool_calls", "response_format",
            "reasoning_effort", "stream", "stream_options");
    private static final Set<String> TOOL_FIELDS = Set.of("type", "function");

    /** Encodes {@code req} for an upstream that takes no reasoning back (OpenAI's own API). */
    public static byte[] encode(ChatCompletionRequest req, String upstreamModel, boolean stream) {
        return encode(req, upstreamModel, stream, ReasoningField.NONE);
    }

    /**
     * Encodes {@code req} with {@code upstreamModel} as the model. {@code stream_options} is written
     * only for a streamed call, where OpenAI allows it; assistant turns' reasoning goes back in
     * {@code reasoning}'s field.
     */
    public static byte[] encode(ChatCompletionRequest req, String upstreamModel, boolean stream,
                                ReasoningField reasoning) {
        return Json.write(g -> write(g, req, upstreamModel, stream, reasoning));
    }

    private static void write(JsonGenerator g, ChatCompletionRequest req, String upstreamModel, boolean stream,
                              ReasoningField reasoning) throws IOException {
        g.writeStartObject();
        g.writeStringField("model", upstreamModel);
        final boolean extras = carriesExtra(req);
        g.writeArrayFieldStart("messages");
        for (Message m : req.getMessagesList()) {
            OpenAiMessageEncoder.write(g, m, extras, reasoning);
        }
        g.writeEndArray();
        if (req.hasTemperature()) {
            writeNumberField(g, "temperature", req.getTemperature());
        }
        if (req.hasTopP()) {
            writeNumberField(g, "top_p", req.getTopP());
        }
        if (req.hasTopK()) {
            g.writeNumberField("top_k", req.getTopK());
        }
        if (req.hasMaxTokens()) {
            g.writeNumberField("max_tokens", req.getMaxTokens());
        }
        if (req.hasMaxCompletionTokens()) {
            g.writeNumberField("max_completion_tokens", req.getMaxCompletionTokens());
        }
        if (req.getStopCount() > 0) {
            g.writeArrayFieldStart("stop");
            for (String s : req.getStopList()) {
                g.writeString(s);
            }
            g.writeEndArray();
        }
        if (req.hasN()) {
            g.writeNumberField("n", req.getN());
        }
        if (req.hasSeed()) {
            g.writeNumberField("seed", req.getSeed());
        }
        if (req.hasPresencePenalty()) {
            writeNumberField(g, "presence_penalty", req.getPresencePenalty());
        }
        if (req.hasFrequencyPenalty()) {
            writeNumberField(g, "frequency_penalty", req.getFrequencyPenalty());
        }
        if (req.hasLogprobs()) {
            g.writeBooleanField("logprobs", req.getLogprobs());
        }
        if (req.hasTopLogprobs()) {
            g.writeNumberField("top_logprobs", req.getTopLogprobs());
        }
        if (!req.getUser().isEmpty()) {
            g.writeStringField("user", req.getUser());
        }
        if (req.getMetadataCount() > 0) {
            g.writeObjectFieldStart("metadata");
            for (Map.Entry<String, String> e : req.getMetadataMap().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        if (req.getLogitBiasCount() > 0) {
            g.writeObjectFieldStart("logit_bias");
            for (Map.Entry<String, Double> e : req.getLogitBiasMap().entrySet()) {
                writeNumberField(g, e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        if (req.getToolsCount() > 0) {
            g.writeArrayFieldStart("tools");
            for (Tool tool : req.getToolsList()) {
                writeTool(g, tool, extras);
            }
            g.writeEndArray();
        }
        if (req.hasToolChoice()) {
            writeToolChoice(g, req.getToolChoice());
        }
        if (req.hasParallelToolCalls()) {
            g.writeBooleanField("parallel_tool_calls", req.getParallelToolCalls());
        }
        if (req.hasResponseFormat()) {
            writeResponseFormat(g, req.getResponseFormat());
        }
        // An explicit thinking budget has no OpenAI equivalent; only the effort travels.
        if (!req.getReasoning().getEffort().isEmpty()) {
            g.writeStringField("reasoning_effort", req.getReasoning().getEffort());
        }
        if (stream) {
            g.writeBooleanField("stream", true);
            if (req.hasStreamOptions()) {
                g.writeObjectFieldStart("stream_options");
                g.writeBooleanField("include_usage", req.getStreamOptions().getIncludeUsage());
                g.writeEndObject();
            }
        }
        if (extras) {
            JsonValues.writeFields(g, req.getExtra(), REQUEST_FIELDS);
        }
        g.writeEndObject();
    }

    /**
     * Whether the request's unmodelled fields are OpenAI's: fields that came in another format
     * (say Anthropic's {@code context_management}) would make an OpenAI server answer 400.
     */
    public static boolean carriesExtra(ChatCompletionRequest req) {
        return req.getExtraFormat().isEmpty() || "openai".equals(req.getExtraFormat());
    }

    private static void writeNumberField(JsonGenerator g, String name, double value) throws IOException {
        g.writeFieldName(name);
        JsonValues.writeNumber(g, value);
    }

    private static void writeTool(JsonGenerator g, Tool tool, boolean extras) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", tool.getType().isEmpty() ? "function" : tool.getType());
        final boolean function = tool.getType().isEmpty() || "function".equals(tool.getType());
        if (function) {
            g.writeObjectFieldStart("function");
            g.writeStringField("name", tool.getName());
            if (!tool.getDescription().isEmpty()) {
                g.writeStringField("description", tool.getDescription());
            }
            if (tool.hasParameters()) {
                g.writeFieldName("parameters");
                JsonValues.writeStruct(g, tool.getParameters());
            }
            if (tool.hasStrict()) {
                g.writeBooleanField("strict", tool.getStrict());
            }
            g.writeEndObject();
        }
        // A built-in tool is all extra, whatever its format; a function's extras (Anthropic's
        // cache_control) only go to the format they came in.
        if (extras || !function) {
            JsonValues.writeFields(g, tool.getExtra(), TOOL_FIELDS);
        }
        g.writeEndObject();
    }

    private static void writeToolChoice(JsonGenerator g, ToolChoice choice) throws IOException {
        switch (choice.getMode()) {
            case MODE_AUTO:
                g.writeStringField("tool_choice", "auto");
                break;
            case MODE_NONE:
                g.writeStringField("tool_choice", "none");
                break;
            case MODE_REQUIRED:
                g.writeStringField("tool_choice", "required");
                break;
            case MODE_FUNCTION:
                g.writeObjectFieldStart("tool_choice");
                g.writeStringField("type", "function");
                g.writeObjectFieldStart("function");
                g.writeStringField("name", choice.getFunctionName());
                g.writeEndObject();
                g.writeEndObject();
                break;
            default:
                break;
        }
    }

    private static void writeResponseFormat(JsonGenerator g, ResponseFormat format) throws IOException {
        switch (format.getType()) {
            case TYPE_TEXT:
                g.writeObjectFieldStart("response_format");
                g.writeStringField("type", "text");
                g.writeEndObject();
                break;
            case TYPE_JSON_OBJECT:
                g.writeObjectFieldStart("response_format");
                g.writeStringField("type", "json_object");
                g.writeEndObject();
                break;
            case TYPE_JSON_SCHEMA:
                g.writeObjectFieldStart("response_format");
                g.writeStringField("type", "json_schema");
                g.writeObjectFieldStart("json_schema");
                g.writeStringField("name", format.getName());
                if (!format.getDescription().isEmpty()) {
                    g.writeStringField("description", format.getDescription());
                }
                if (format.hasSchema()) {
                    g.writeFieldName("schema");
                    JsonValues.writeStruct(g, format.getSchema());
                }
                if (format.hasStrict()) {
                    g.writeBooleanField("strict", format.getStrict());
                }
                g.writeEndObject();
                g.writeEndObject();
                break;
            default:
                break;
        }
    }

    private OpenAiChatRequestEncoder() {}
}
