package dev.switchboard.transcoder.openai;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.common.JsonValues;
import dev.switchboard.transcoder.common.ToolCallIds;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.Choice;
import dev.switchboard.v1.Citation;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.ToolCall;

/**
 * Writes a canonical response as a chat.completion body that validates against OpenAI's
 * {@code CreateChatCompletionResponse}: every required field present, nullable ones written as null.
 */
public final class OpenAiChatResponseEncoder {
    /**
     * Every property OpenAI's schema defines: an upstream's extra field of the same name could have
     * another shape, so it is never copied over them.
     */
    private static final Set<String> RESPONSE_FIELDS = Set.of(
            "id", "object", "created", "model", "choices", "usage", "system_fingerprint", "service_tier",
            "metadata", "moderation");

    public static byte[] encode(ChatCompletionResponse r) {
        return Json.write(g -> write(g, r));
    }

    private static void write(JsonGenerator g, ChatCompletionResponse r) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.getId());
        g.writeStringField("object", "chat.completion");
        g.writeNumberField("created", r.getCreated());
        g.writeStringField("model", r.getModel());
        g.writeArrayFieldStart("choices");
        for (Choice c : r.getChoicesList()) {
            writeChoice(g, c);
        }
        g.writeEndArray();
        if (r.hasUsage()) {
            g.writeFieldName("usage");
            OpenAiUsage.write(g, r.getUsage());
        }
        if (!r.getSystemFingerprint().isEmpty()) {
            g.writeStringField("system_fingerprint", r.getSystemFingerprint());
        }
        if (OpenAiNames.isKnownServiceTier(r.getServiceTier())) {
            g.writeStringField("service_tier", r.getServiceTier());
        }
        JsonValues.writeFields(g, r.getExtra(), RESPONSE_FIELDS);
        g.writeEndObject();
    }

    private static void writeChoice(JsonGenerator g, Choice c) throws IOException {
        g.writeStartObject();
        g.writeNumberField("index", c.getIndex());
        g.writeFieldName("message");
        writeMessage(g, c.getMessage());
        g.writeFieldName("logprobs");
        if (c.hasLogprobs()) {
            OpenAiLogprobs.write(g, c.getLogprobs());
        } else {
            g.writeNull();
        }
        final String finish = OpenAiNames.finishReasonName(c.getFinishReason());
        // The schema requires a reason; a response that is whole has stopped.
        g.writeStringField("finish_reason", finish == null ? "stop" : finish);
        g.writeEndObject();
    }

    /**
     * Text parts are joined into content, their web citations into annotations; reasoning goes
     * out as DeepSeek's reasoning_content; another format's pass-through blocks have no place.
     */
    private static void writeMessage(JsonGenerator g, Message m) throws IOException {
        final StringBuilder text = new StringBuilder();
        final StringBuilder reasoning = new StringBuilder();
        final List<Citation> annotations = new ArrayList<>();
        boolean hasText = false;
        int offset = 0;
        for (ContentPart part : m.getContentList()) {
            if (part.getPartCase() == ContentPart.PartCase.TEXT) {
                text.append(part.getText());
                hasText = true;
                for (Citation c : part.getCitationsList()) {
                    // Only a web page can be a url_citation; a document's citation has no place here.
                    if (!c.getUrl().isEmpty()) {
                        annotations.add(c.toBuilder().setStartIndex(offset + c.getStartIndex())
                                         .setEndIndex(offset + c.getEndIndex()).build());
                    }
                }
                offset += part.getText().codePointCount(0, part.getText().length());
            } else if (part.getPartCase() == ContentPart.PartCase.REASONING && !part.getReasoning().getRedacted()) {
                reasoning.append(part.getReasoning().getText());
            }
        }
        g.writeStartObject();
        g.writeStringField("role", "assistant");
        if (hasText) {
            g.writeStringField("content", text.toString());
        } else {
            g.writeNullField("content");
        }
        if (m.getRefusal().isEmpty()) {
            g.writeNullField("refusal");
        } else {
            g.writeStringField("refusal", m.getRefusal());
        }
        if (!annotations.isEmpty()) {
            writeAnnotations(g, annotations);
        }
        if (m.getToolCallsCount() > 0) {
            g.writeArrayFieldStart("tool_calls");
            for (ToolCall call : m.getToolCallsList()) {
                OpenAiMessageEncoder.writeToolCall(g, call, ToolCallIds.clientId(call));
            }
            g.writeEndArray();
        }
        if (reasoning.length() > 0) {
            g.writeStringField("reasoning_content", reasoning.toString());
        }
        if (ThinkingBlocks.hasReasoningState(m.getContentList())) {
            ThinkingBlocks.writeThinkingBlocks(g, m.getContentList());
        }
        g.writeEndObject();
    }

    /**
     * {@code annotations}: OpenAI's url_citation, {@code {type, url_citation: {url, title,
     * start_index, end_index}}}, the span in characters of the whole message text.
     */
    private static void writeAnnotations(JsonGenerator g, List<Citation> citations) throws IOException {
        g.writeArrayFieldStart("annotations");
        for (Citation c : citations) {
            g.writeStartObject();
            g.writeStringField("type", "url_citation");
            g.writeObjectFieldStart("url_citation");
            g.writeStringField("url", c.getUrl());
            g.writeStringField("title", c.getTitle());
            g.writeNumberField("start_index", c.getStartIndex());
            g.writeNumberField("end_index", c.getEndIndex());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private OpenAiChatResponseEncoder() {}
}
