package dev.switchboard.transcoder.responses;

import java.io.IOException;
import javax.annotation.Nullable;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.common.JsonValues;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.Choice;
import dev.switchboard.v1.ResponseFormat;
import dev.switchboard.v1.StoredResponse;
import dev.switchboard.v1.Tool;
import dev.switchboard.v1.Usage;

/**
 * A {@link StoredResponse} → OpenAI's {@code response} object, the body of create and GET and the
 * payload of the stream's lifecycle events. Every field the spec requires is written, null where
 * the request left it unset, so strict clients (the official SDKs) can read it.
 */
public final class ResponseObjectEncoder {
    private ResponseObjectEncoder() {}

    /** The finished response. */
    public static byte[] encode(StoredResponse r) {
        return Json.write(g -> write(g, r, Phase.DONE, null));
    }

    /** Where a response is: being produced (no output yet), done, or failed with an error. */
    enum Phase { IN_PROGRESS, DONE, FAILED }

    static void write(JsonGenerator g, StoredResponse r, Phase phase, @Nullable GatewayException error)
            throws IOException {
        final ChatCompletionRequest req = r.getRequest();
        final Choice choice = r.getCompletion().getChoicesCount() > 0 ? r.getCompletion().getChoices(0) : null;
        final String incomplete = phase == Phase.DONE ? incompleteReason(r) : null;
        g.writeStartObject();
        g.writeStringField("id", r.getId());
        g.writeStringField("object", "response");
        g.writeNumberField("created_at", r.getCreated());
        g.writeStringField("status", phase == Phase.IN_PROGRESS ? "in_progress" : phase == Phase.FAILED ? "failed"
                                     : incomplete != null ? "incomplete" : "completed");
        if (error == null) {
            g.writeNullField("error");
        } else {
            g.writeObjectFieldStart("error");
            g.writeStringField("code", errorCode(error.kind()));
            g.writeStringField("message", error.getMessage());
            g.writeEndObject();
        }
        if (incomplete == null) {
            g.writeNullField("incomplete_details");
        } else {
            g.writeObjectFieldStart("incomplete_details");
            g.writeStringField("reason", incomplete);
            g.writeEndObject();
        }
        nullableString(g, "instructions", r.getInstructions());
        if (req.hasMaxCompletionTokens()) {
            g.writeNumberField("max_output_tokens", req.getMaxCompletionTokens());
        } else {
            g.writeNullField("max_output_tokens");
        }
        // What the client asked for (an alias, provider/model): clients send it back as the next
        // turn's model, and the upstream's own name would route elsewhere. The headers name what served it.
        g.writeStringField("model", req.getModel());
        g.writeArrayFieldStart("output");
        if (phase == Phase.DONE && choice != null) {
            OutputItems.writeAll(g, r.getId(), choice.getMessage());
        }
        g.writeEndArray();
        g.writeBooleanField("parallel_tool_calls", !req.hasParallelToolCalls() || req.getParallelToolCalls());
        nullableString(g, "previous_response_id", r.getPreviousResponseId());
        writeReasoning(g, req);
        g.writeBooleanField("store", r.getStored());
        nullableNumber(g, "temperature", req.hasTemperature() ? req.getTemperature() : null);
        writeText(g, req.getResponseFormat());
        writeToolChoice(g, req);
        writeTools(g, req);
        nullableNumber(g, "top_p", req.hasTopP() ? req.getTopP() : null);
        g.writeStringField("truncation", "disabled");
        if (phase == Phase.DONE && r.getCompletion().hasUsage()) {
            // Optional in the spec but never null: absent when the upstream reported none.
            writeUsage(g, r.getCompletion().getUsage());
        }
        if (!req.getUser().isEmpty()) {
            g.writeStringField("user", req.getUser());
        }
        g.writeObjectFieldStart("metadata");
        for (var e : req.getMetadataMap().entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** Why the answer stopped short ({@code incomplete_details.reason}); null when it did not. */
    @Nullable
    static String incompleteReason(StoredResponse r) {
        if (r.getCompletion().getChoicesCount() == 0) {
            return null;
        }
        switch (r.getCompletion().getChoices(0).getFinishReason()) {
            case FINISH_REASON_LENGTH: return "max_output_tokens";
            case FINISH_REASON_CONTENT_FILTER: return "content_filter";
            default: return null;
        }
    }

    /** The spec's closed set of response error codes; the kind picks the nearest. */
    static String errorCode(ErrorKind kind) {
        switch (kind) {
            case RATE_LIMITED: return "rate_limit_exceeded";
            case INVALID_REQUEST:
            case CONTEXT_TOO_LONG: return "invalid_prompt";
            default: return "server_error";
        }
    }

    private static void nullableString(JsonGenerator g, String name, String value) throws IOException {
        if (value.isEmpty()) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, value);
        }
    }

    private static void nullableNumber(JsonGenerator g, String name, @Nullable Double value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            JsonValues.writeNumber(g, value);
        }
    }

    private static void writeReasoning(JsonGenerator g, ChatCompletionRequest req) throws IOException {
        if (req.getReasoning().getEffort().isEmpty()) {
            g.writeNullField("reasoning");
            return;
        }
        g.writeObjectFieldStart("reasoning");
        g.writeStringField("effort", req.getReasoning().getEffort());
        g.writeNullField("summary");
        g.writeEndObject();
    }

    private static void writeText(JsonGenerator g, ResponseFormat f) throws IOException {
        g.writeObjectFieldStart("text");
        g.writeObjectFieldStart("format");
        switch (f.getType()) {
            case TYPE_JSON_OBJECT:
                g.writeStringField("type", "json_object");
                break;
            case TYPE_JSON_SCHEMA:
                g.writeStringField("type", "json_schema");
                g.writeStringField("name", f.getName());
                if (!f.getDescription().isEmpty()) {
                    g.writeStringField("description", f.getDescription());
                }
                g.writeFieldName("schema");
                JsonValues.writeStruct(g, f.getSchema());
                if (f.hasStrict()) {
                    g.writeBooleanField("strict", f.getStrict());
                }
                break;
            default:
                g.writeStringField("type", "text");
                break;
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeToolChoice(JsonGenerator g, ChatCompletionRequest req) throws IOException {
        switch (req.getToolChoice().getMode()) {
            case MODE_NONE: g.writeStringField("tool_choice", "none"); break;
            case MODE_REQUIRED: g.writeStringField("tool_choice", "required"); break;
            case MODE_FUNCTION:
                g.writeObjectFieldStart("tool_choice");
                g.writeStringField("type", "function");
                g.writeStringField("name", req.getToolChoice().getFunctionName());
                g.writeEndObject();
                break;
            default: g.writeStringField("tool_choice", "auto"); break;
        }
    }

    private static void writeTools(JsonGenerator g, ChatCompletionRequest req) throws IOException {
        g.writeArrayFieldStart("tools");
        for (Tool t : req.getToolsList()) {
            g.writeStartObject();
            g.writeStringField("type", t.getType());
            if ("function".equals(t.getType())) {
                g.writeStringField("name", t.getName());
                if (!t.getDescription().isEmpty()) {
                    g.writeStringField("description", t.getDescription());
                }
                g.writeFieldName("parameters");
                if (t.hasParameters()) {
                    JsonValues.writeStruct(g, t.getParameters());
                } else {
                    g.writeNull();
                }
                g.writeBooleanField("strict", t.hasStrict() && t.getStrict());
            }
            JsonValues.writeFields(g, t.getExtra(), java.util.Set.of("type"));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeUsage(JsonGenerator g, Usage u) throws IOException {
        g.writeObjectFieldStart("usage");
        g.writeNumberField("input_tokens", u.getPromptTokens());
        g.writeObjectFieldStart("input_tokens_details");
        g.writeNumberField("cached_tokens", u.getCachedPromptTokens());
        g.writeNumberField("cache_write_tokens", u.getCacheWriteTokens());
        g.writeEndObject();
        g.writeNumberField("output_tokens", u.getCompletionTokens());
        g.writeObjectFieldStart("output_tokens_details");
        g.writeNumberField("reasoning_tokens", u.getReasoningTokens());
        g.writeEndObject();
        g.writeNumberField("total_tokens", u.getTotalTokens());
        g.writeEndObject();
    }
}
