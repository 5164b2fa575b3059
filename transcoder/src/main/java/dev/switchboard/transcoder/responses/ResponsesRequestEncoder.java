package dev.switchboard.transcoder.responses;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.switchboard.transcoder.common.DataUrl;
import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.common.JsonValues;
import dev.switchboard.transcoder.format.DroppedParams;
import dev.switchboard.transcoder.format.EncodedRequest;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.ImagePart;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.ResponseFormat;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.Tool;
import dev.switchboard.v1.ToolCall;

/**
 * Canonical request → OpenAI Responses {@code POST /responses}. The gateway keeps no state with
 * the provider ({@code store:false}): every turn sends the whole conversation as input items,
 * with reasoning items carried back through their encrypted content.
 */
final class ResponsesRequestEncoder {
    /** Chat request fields the Responses API also takes under the same name and meaning. */
    private static final Set<String> PASSED_EXTRAS = Set.of("service_tier", "prompt_cache_key",
                                                            "safety_identifier", "truncation");

    /** The top-level fields this encoder writes itself; a passed-through field never overrides one. */
    private static final Set<String> OWN_FIELDS = Set.of(
            "model", "input", "instructions", "tools", "tool_choice", "parallel_tool_calls", "text", "reasoning",
            "max_output_tokens", "temperature", "top_p", "store", "stream", "user", "include", "metadata");

    private ResponsesRequestEncoder() {}

    static EncodedRequest encode(ChatCompletionRequest req, String model, boolean stream) {
        final List<String> dropped = new ArrayList<>();
        final byte[] body = Json.write(g -> write(g, req, model, stream, dropped));
        return new EncodedRequest("/responses", java.util.Map.of(), body, dropped);
    }

    private static void write(JsonGenerator g, ChatCompletionRequest req, String model, boolean stream,
                              List<String> dropped) throws IOException {
        g.writeStartObject();
        g.writeStringField("model", model);
        g.writeArrayFieldStart("input");
        for (Message m : req.getMessagesList()) {
            writeMessage(g, m, dropped);
        }
        g.writeEndArray();
        g.writeBooleanField("store", false);
        if (stream) {
            g.writeBooleanField("stream", true);
        }
        if (req.hasTemperature()) {
            g.writeNumberField("temperature", req.getTemperature());
        }
        if (req.hasTopP()) {
            g.writeNumberField("top_p", req.getTopP());
        }
        if (req.hasMaxCompletionTokens()) {
            g.writeNumberField("max_output_tokens", req.getMaxCompletionTokens());
        } else if (req.hasMaxTokens()) {
            g.writeNumberField("max_output_tokens", req.getMaxTokens());
        }
        if (!req.getUser().isEmpty()) {
            g.writeStringField("user", req.getUser());
        }
        if (req.getMetadataCount() > 0) {
            g.writeObjectFieldStart("metadata");
            for (var e : req.getMetadataMap().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        writeTools(g, req);
        writeTextFormat(g, req.getResponseFormat());
        final String effort = ResponsesReasoning.effort(req);
        if (effort != null) {
            g.writeObjectFieldStart("reasoning");
            g.writeStringField("effort", effort);
            if (!"none".equals(effort)) {
                g.writeStringField("summary", "auto");
            }
            g.writeEndObject();
        }
        // Without storage upstream, reasoning survives a tool round trip only encrypted.
        if (ResponsesReasoning.includeEncrypted(model, effort)) {
            g.writeArrayFieldStart("include");
            g.writeString(ResponsesReasoning.ENCRYPTED);
            g.writeEndArray();
        }
        // Fields that came in as a Responses request pass through; of other formats, a few
        // that mean the same here.
        final boolean own = "responses".equals(req.getExtraFormat());
        for (var e : req.getExtra().getFieldsMap().entrySet()) {
            if (own ? !OWN_FIELDS.contains(e.getKey()) : PASSED_EXTRAS.contains(e.getKey())) {
                g.writeFieldName(e.getKey());
                JsonValues.writeValue(g, e.getValue());
            } else if (!("output_config".equals(e.getKey()) && ResponsesReasoning.outputConfigTaken(req))) {
                dropped.add(e.getKey());
            }
        }
        g.writeEndObject();
        droppedParams(req, dropped);
    }

    /** What the Responses API has no field for. */
    private static void droppedParams(ChatCompletionRequest req, List<String> dropped) {
        if (req.getStopCount() > 0) {
            dropped.add("stop");
        }
        DroppedParams.openAiOnly(req, dropped);
        DroppedParams.passThroughBlocks(req, dropped);
        if (req.hasTopK()) {
            dropped.add("top_k");
        }
    }

    private static void writeMessage(JsonGenerator g, Message m, List<String> dropped) throws IOException {
        switch (m.getRole()) {
            case ROLE_TOOL:
                g.writeStartObject();
                g.writeStringField("type", "function_call_output");
                g.writeStringField("call_id", m.getToolCallId());
                g.writeStringField("output", text(m));
                g.writeEndObject();
                return;
            case ROLE_ASSISTANT:
                writeAssistant(g, m);
                return;
            default:
                g.writeStartObject();
                g.writeStringField("role", m.getRole() == Role.ROLE_SYSTEM ? "system"
                                           : m.getRole() == Role.ROLE_DEVELOPER ? "developer" : "user");
                g.writeArrayFieldStart("content");
                for (ContentPart part : m.getContentList()) {
                    writeInputPart(g, part, dropped);
                }
                g.writeEndArray();
                g.writeEndObject();
        }
    }

    /** An assistant turn becomes its items: reasoning, then the message, then each function call. */
    private static void writeAssistant(JsonGenerator g, Message m) throws IOException {
        for (ContentPart part : m.getContentList()) {
            if (part.getPartCase() == ContentPart.PartCase.REASONING) {
                final ReasoningItem item = ReasoningItem.fromState(part.getProviderState());
                if (item != null) {
                    item.write(g, part.getReasoning().getText());
                }
            }
        }
        final String text = text(m);
        if (!text.isEmpty() || !m.getRefusal().isEmpty()) {
            g.writeStartObject();
            g.writeStringField("role", "assistant");
            g.writeArrayFieldStart("content");
            if (!text.isEmpty()) {
                g.writeStartObject();
                g.writeStringField("type", "output_text");
                g.writeStringField("text", text);
                g.writeEndObject();
            }
            if (!m.getRefusal().isEmpty()) {
                g.writeStartObject();
                g.writeStringField("type", "refusal");
                g.writeStringField("refusal", m.getRefusal());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        for (ToolCall call : m.getToolCallsList()) {
            g.writeStartObject();
            g.writeStringField("type", "function_call");
            g.writeStringField("call_id", call.getId());
            g.writeStringField("name", call.getName());
            g.writeStringField("arguments", call.getArguments());
            g.writeEndObject();
        }
    }

    private static void writeInputPart(JsonGenerator g, ContentPart part, List<String> dropped) throws IOException {
        switch (part.getPartCase()) {
            case TEXT:
                g.writeStartObject();
                g.writeStringField("type", "input_text");
                g.writeStringField("text", part.getText());
                g.writeEndObject();
                break;
            case IMAGE: {
                final ImagePart image = part.getImage();
                g.writeStartObject();
                g.writeStringField("type", "input_image");
                g.writeStringField("image_url", image.getUrl().isEmpty()
                        ? DataUrl.format(image.getMediaType(), image.getData().toByteArray()) : image.getUrl());
                g.writeStringField("detail", image.getDetail().isEmpty() ? "auto" : image.getDetail());
                g.writeEndObject();
                break;
            }
            case FILE: {
                g.writeStartObject();
                g.writeStringField("type", "input_file");
                final var file = part.getFile();
                if (!file.getFileId().isEmpty()) {
                    g.writeStringField("file_id", file.getFileId());
                } else if (!file.getUrl().isEmpty()) {
                    g.writeStringField("file_url", file.getUrl());
                } else {
                    g.writeStringField("file_data", DataUrl.format(file.getMediaType(), file.getData().toByteArray()));
                }
                if (!file.getFilename().isEmpty()) {
                    g.writeStringField("filename", file.getFilename());
                }
                g.writeEndObject();
                break;
            }
            case AUDIO:
                dropped.add("input_audio");
                break;
            default:
                break;
        }
    }

    private static void writeTools(JsonGenerator g, ChatCompletionRequest req) throws IOException {
        if (req.getToolsCount() > 0) {
            g.writeArrayFieldStart("tools");
            for (Tool t : req.getToolsList()) {
                if (!"function".equals(t.getType())) {
                    // A built-in tool (web_search, file_search…): the client wrote it for this API.
                    g.writeStartObject();
                    g.writeStringField("type", t.getType());
                    JsonValues.writeFields(g, t.getExtra(), Set.of("type"));
                    g.writeEndObject();
                    continue;
                }
                g.writeStartObject();
                g.writeStringField("type", "function");
                g.writeStringField("name", t.getName());
                if (!t.getDescription().isEmpty()) {
                    g.writeStringField("description", t.getDescription());
                }
                g.writeFieldName("parameters");
                if (t.hasParameters()) {
                    JsonValues.writeStruct(g, t.getParameters());
                } else {
                    g.writeStartObject();
                    g.writeStringField("type", "object");
                    g.writeObjectFieldStart("properties");
                    g.writeEndObject();
                    g.writeEndObject();
                }
                // Responses makes tools strict unless told otherwise; chat completions does not.
                g.writeBooleanField("strict", t.hasStrict() && t.getStrict());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        switch (req.getToolChoice().getMode()) {
            case MODE_AUTO: g.writeStringField("tool_choice", "auto"); break;
            case MODE_NONE: g.writeStringField("tool_choice", "none"); break;
            case MODE_REQUIRED: g.writeStringField("tool_choice", "required"); break;
            case MODE_FUNCTION:
                g.writeObjectFieldStart("tool_choice");
                g.writeStringField("type", "function");
                g.writeStringField("name", req.getToolChoice().getFunctionName());
                g.writeEndObject();
                break;
            default:
                break;
        }
        if (req.hasParallelToolCalls()) {
            g.writeBooleanField("parallel_tool_calls", req.getParallelToolCalls());
        }
    }

    private static void writeTextFormat(JsonGenerator g, ResponseFormat f) throws IOException {
        if (f.getType() != ResponseFormat.Type.TYPE_JSON_SCHEMA && f.getType() != ResponseFormat.Type.TYPE_JSON_OBJECT) {
            return;
        }
        g.writeObjectFieldStart("text");
        g.writeObjectFieldStart("format");
        if (f.getType() == ResponseFormat.Type.TYPE_JSON_OBJECT) {
            g.writeStringField("type", "json_object");
        } else {
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
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** The plain text of a message (tool outputs and assistant history are text in this API). */
    private static String text(Message m) {
        final StringBuilder sb = new StringBuilder();
        for (ContentPart part : m.getContentList()) {
            if (part.getPartCase() == ContentPart.PartCase.TEXT) {
                sb.append(part.getText());
            }
        }
        return sb.toString();
    }
}
