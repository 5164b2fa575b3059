package dev.switchboard.transcoder.anthropic;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.common.ToolCallIds;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.Choice;
import dev.switchboard.v1.Citation;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.FinishReason;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.ToolCall;
import dev.switchboard.v1.Usage;

/**
 * Writes a canonical response as an Anthropic message: reasoning, text (with its citations) and an
 * Anthropic upstream's server tool blocks in the order the upstream gave them, then tool_use blocks. The model is the one the client asked for.
 */
public final class MessagesResponseEncoder {

    public static byte[] encode(ChatCompletionResponse r, String requestedModel) {
        return Json.write(g -> write(g, r, requestedModel));
    }

    private static void write(JsonGenerator g, ChatCompletionResponse r, String model) throws IOException {
        final Choice choice = r.getChoicesCount() == 0 ? Choice.getDefaultInstance() : r.getChoices(0);
        final Message m = choice.getMessage();
        g.writeStartObject();
        g.writeStringField("id", MessagesWire.messageId(r.getId()));
        g.writeStringField("type", "message");
        g.writeStringField("role", "assistant");
        g.writeStringField("model", model);
        g.writeArrayFieldStart("content");
        boolean hasText = false;
        for (ContentPart part : m.getContentList()) {
            if (part.getPartCase() == ContentPart.PartCase.REASONING) {
                writeReasoning(g, part);
            } else if (part.getPartCase() == ContentPart.PartCase.TEXT && !part.getText().isEmpty()) {
                writeText(g, part);
                hasText = true;
            } else if (part.getPartCase() == ContentPart.PartCase.PASS_THROUGH
                       && AnthropicPassThrough.isOwn(part.getPassThrough())) {
                g.writeRawValue(part.getPassThrough().getJson());
            }
        }
        // OpenAI states a refusal as text in its own field; an Anthropic refusal's explanation is
        // metadata (stop_details), not content, and its stop_reason already says it.
        if (!hasText && !m.getRefusal().isEmpty() && choice.getFinishReason() != FinishReason.FINISH_REASON_CONTENT_FILTER) {
            writeText(g, ContentPart.newBuilder().setText(m.getRefusal()).build());
        }
        for (ToolCall call : m.getToolCallsList()) {
            g.writeStartObject();
            g.writeStringField("type", "tool_use");
            g.writeStringField("id", ToolCallIds.clientId(call));
            g.writeStringField("name", call.getName());
            g.writeFieldName("input");
            writeInput(g, call.getArguments());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("stop_reason", MessagesWire.stopReason(choice.getFinishReason(), choice.getStopSequence()));
        MessagesWire.writeStopSequence(g, choice.getStopSequence());
        MessagesWire.writeUsage(g, r.hasUsage() ? r.getUsage() : Usage.getDefaultInstance());
        g.writeEndObject();
    }

    /** A text block, with the citations an Anthropic upstream gave it as they came. */
    private static void writeText(JsonGenerator g, ContentPart part) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "text");
        g.writeStringField("text", part.getText());
        boolean cited = false;
        for (Citation c : part.getCitationsList()) {
            if (c.hasOriginal() && AnthropicPassThrough.isOwn(c.getOriginal())) {
                if (!cited) {
                    g.writeArrayFieldStart("citations");
                    cited = true;
                }
                g.writeRawValue(c.getOriginal().getJson());
            }
        }
        if (cited) {
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** A thinking block, or redacted_thinking when the upstream sent only encrypted reasoning. */
    static void writeReasoning(JsonGenerator g, ContentPart part) throws IOException {
        final ThinkingState.Wire state = ThinkingState.encode(part.getProviderState());
        g.writeStartObject();
        if (part.getReasoning().getRedacted() || state.redacted()) {
            g.writeStringField("type", "redacted_thinking");
            g.writeStringField("data", state.value());
        } else {
            g.writeStringField("type", "thinking");
            g.writeStringField("thinking", part.getReasoning().getText());
            g.writeStringField("signature", state.value());
        }
        g.writeEndObject();
    }

    /**
     * Arguments are the upstream's JSON text; Anthropic's input is an object, so the text is parsed
     * and copied (never written raw), and anything but one object is an upstream error.
     */
    static void writeInput(JsonGenerator g, String arguments) throws IOException {
        if (arguments.isBlank()) {
            g.writeStartObject();
            g.writeEndObject();
            return;
        }
        try (JsonParser p = Json.FACTORY.createParser(arguments)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw badArguments();
            }
            g.copyCurrentStructure(p);
            if (p.nextToken() != null) {
                throw badArguments();
            }
        } catch (JsonProcessingException e) {
            throw badArguments();
        }
    }

    private static GatewayException badArguments() {
        return new GatewayException(ErrorKind.UPSTREAM_ERROR,
                                    "upstream returned tool arguments that are not one JSON object");
    }

    private MessagesResponseEncoder() {}
}
