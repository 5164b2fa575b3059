package dev.switchboard.transcoder.responses;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.switchboard.transcoder.common.ToolCallIds;
import dev.switchboard.v1.Citation;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.ToolCall;

/**
 * Responses output items and their ids. Ids derive from the response id and the item's place, so a
 * streamed item, the completed response and a later GET all name an item the same way without
 * storing ids: {@code rs_<id>_<n>} for the n-th reasoning item, {@code msg_<id>} for the message,
 * {@code fc_<id>_<index>} for the function call of that tool-call index.
 */
final class OutputItems {
    private OutputItems() {}

    static String reasoningId(String responseId, int n) {
        return "rs_" + suffix(responseId) + '_' + n;
    }

    static String messageId(String responseId, int n) {
        return "msg_" + suffix(responseId) + (n == 0 ? "" : "_" + n);
    }

    static String callId(String responseId, int index) {
        return "fc_" + suffix(responseId) + '_' + index;
    }

    private static String suffix(String responseId) {
        return responseId.startsWith("resp_") ? responseId.substring(5) : responseId;
    }

    /** The items of an assistant message, in Responses order: reasoning, the message, function calls. */
    static void writeAll(JsonGenerator g, String responseId, Message m) throws IOException {
        int reasoning = 0;
        final StringBuilder text = new StringBuilder();
        final List<Citation> citations = new ArrayList<>();
        for (ContentPart part : m.getContentList()) {
            if (part.getPartCase() == ContentPart.PartCase.REASONING) {
                writeReasoning(g, reasoningId(responseId, reasoning++), part.getReasoning().getText(),
                               ReasoningState.encode(part.getProviderState(), part.getReasoning().getRedacted()),
                               "completed");
            } else if (part.getPartCase() == ContentPart.PartCase.TEXT) {
                final int offset = text.codePointCount(0, text.length());
                for (Citation c : part.getCitationsList()) {
                    if (!c.getUrl().isEmpty()) {
                        citations.add(c.toBuilder().setStartIndex(offset + c.getStartIndex())
                                       .setEndIndex(offset + c.getEndIndex()).build());
                    }
                }
                text.append(part.getText());
            }
        }
        if (text.length() > 0 || !m.getRefusal().isEmpty()) {
            writeMessage(g, messageId(responseId, 0), text.toString(), citations, m.getRefusal(), "completed");
        }
        for (ToolCall call : m.getToolCallsList()) {
            writeCall(g, callId(responseId, call.getIndex()), ToolCallIds.clientId(call), call.getName(),
                      call.getArguments(), "completed");
        }
    }

    static void writeReasoning(JsonGenerator g, String id, String summary, @Nullable String encrypted,
                               String status) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("type", "reasoning");
        g.writeArrayFieldStart("summary");
        if (!summary.isEmpty()) {
            writeSummaryPart(g, summary);
        }
        g.writeEndArray();
        if (encrypted == null) {
            g.writeNullField("encrypted_content");
        } else {
            g.writeStringField("encrypted_content", encrypted);
        }
        g.writeStringField("status", status);
        g.writeEndObject();
    }

    static void writeSummaryPart(JsonGenerator g, String text) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "summary_text");
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    /** A message item; {@code text} null writes it with no content yet (a stream's first view). */
    static void writeMessage(JsonGenerator g, String id, @Nullable String text, String refusal, String status)
            throws IOException {
        writeMessage(g, id, text, List.of(), refusal, status);
    }

    /** A message item whose text cites web pages (url_citation annotations). */
    static void writeMessage(JsonGenerator g, String id, @Nullable String text, List<Citation> citations,
                             String refusal, String status) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("type", "message");
        g.writeStringField("status", status);
        g.writeStringField("role", "assistant");
        g.writeArrayFieldStart("content");
        if (text != null && !text.isEmpty()) {
            writeTextPart(g, text, citations);
        }
        if (!refusal.isEmpty()) {
            g.writeStartObject();
            g.writeStringField("type", "refusal");
            g.writeStringField("refusal", refusal);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static void writeTextPart(JsonGenerator g, String text) throws IOException {
        writeTextPart(g, text, List.of());
    }

    static void writeTextPart(JsonGenerator g, String text, List<Citation> citations) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "output_text");
        g.writeArrayFieldStart("annotations");
        for (Citation c : citations) {
            writeUrlCitation(g, c);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("logprobs");
        g.writeEndArray();
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    /** A url_citation annotation: {@code {type, url, title, start_index, end_index}}. */
    static void writeUrlCitation(JsonGenerator g, Citation c) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "url_citation");
        g.writeStringField("url", c.getUrl());
        g.writeStringField("title", c.getTitle());
        g.writeNumberField("start_index", c.getStartIndex());
        g.writeNumberField("end_index", c.getEndIndex());
        g.writeEndObject();
    }

    static void writeCall(JsonGenerator g, String id, String callId, String name, String arguments, String status)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("type", "function_call");
        g.writeStringField("status", status);
        g.writeStringField("call_id", callId);
        g.writeStringField("name", name);
        g.writeStringField("arguments", arguments);
        g.writeEndObject();
    }
}
