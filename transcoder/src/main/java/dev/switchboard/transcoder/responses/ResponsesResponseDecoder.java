package dev.switchboard.transcoder.responses;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import dev.switchboard.transcoder.common.UpstreamJson;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.Choice;
import dev.switchboard.v1.Citation;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.FinishReason;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.ReasoningPart;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.ToolCall;
import dev.switchboard.v1.Usage;

/**
 * A Responses {@code response} object → a chat completion. Output items become one assistant
 * message: reasoning first, message texts joined (a "commentary" preamble and the final answer are
 * both things the model said), function calls as tool calls.
 */
final class ResponsesResponseDecoder {
    /** Between two message items, so their texts do not run together. */
    static final String ITEM_SEPARATOR = "\n\n";

    private ResponsesResponseDecoder() {}

    /** What a response object says; the stream decoder reads the same object at the end. */
    static final class Parsed {
        String id = "";
        long created;
        String model = "";
        String serviceTier = "";
        String status = "";
        String incompleteReason = "";
        @Nullable
        GatewayException error;
        @Nullable
        Usage usage;
        final List<ContentPart> reasoning = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        boolean hasText;
        /** The url_citation annotations of the message texts, spans in the joined text. */
        final List<Citation> citations = new ArrayList<>();
        final StringBuilder refusal = new StringBuilder();
        final List<ToolCall> calls = new ArrayList<>();

        FinishReason finishReason() {
            switch (incompleteReason) {
                case "max_output_tokens": return FinishReason.FINISH_REASON_LENGTH;
                case "content_filter": return FinishReason.FINISH_REASON_CONTENT_FILTER;
                default:
                    return calls.isEmpty() ? FinishReason.FINISH_REASON_STOP : FinishReason.FINISH_REASON_TOOL_CALLS;
            }
        }
    }

    static ChatCompletionResponse decode(byte[] body) {
        final Parsed r = UpstreamJson.parse(body, ResponsesResponseDecoder::read);
        if (r.error != null) {
            throw r.error;
        }
        final Message.Builder m = Message.newBuilder().setRole(Role.ROLE_ASSISTANT).addAllContent(r.reasoning);
        if (r.hasText) {
            m.addContent(ContentPart.newBuilder().setText(r.text.toString()).addAllCitations(r.citations));
        }
        if (r.refusal.length() > 0) {
            m.setRefusal(r.refusal.toString());
        }
        m.addAllToolCalls(r.calls);
        final ChatCompletionResponse.Builder out = ChatCompletionResponse.newBuilder()
                .setId(r.id).setCreated(r.created).setModel(r.model).setServiceTier(r.serviceTier)
                .addChoices(Choice.newBuilder().setIndex(0).setMessage(m).setFinishReason(r.finishReason()));
        if (r.usage != null) {
            out.setUsage(r.usage);
        }
        return out.build();
    }

    /** Reads a response object at the current token. */
    static Parsed read(JsonParser p) throws IOException {
        if (!UpstreamJson.isObject(p)) {
            throw new GatewayException(ErrorKind.UPSTREAM_ERROR, "upstream returned malformed JSON: expected a response");
        }
        final Parsed r = new Parsed();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "id": r.id = UpstreamJson.stringOrEmpty(p); break;
                case "created_at": r.created = UpstreamJson.longValue(p, 0); break;
                case "model": r.model = UpstreamJson.stringOrEmpty(p); break;
                case "service_tier": r.serviceTier = UpstreamJson.stringOrEmpty(p); break;
                case "status": r.status = UpstreamJson.stringOrEmpty(p); break;
                case "usage": r.usage = ResponsesUsage.read(p); break;
                case "incomplete_details": r.incompleteReason = reasonOf(p); break;
                case "error":
                    if (!p.hasToken(JsonToken.VALUE_NULL)) {
                        r.error = ResponsesErrors.read(p);
                    }
                    break;
                case "output":
                    if (UpstreamJson.isArray(p)) {
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            readItem(p, r);
                        }
                    }
                    break;
                default:
                    p.skipChildren();
                    break;
            }
        }
        return r;
    }

    private static String reasonOf(JsonParser p) throws IOException {
        if (!UpstreamJson.isObject(p)) {
            return "";
        }
        String reason = "";
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            if ("reason".equals(field)) {
                reason = UpstreamJson.stringOrEmpty(p);
            } else {
                p.skipChildren();
            }
        }
        return reason;
    }

    /** One output item; types this gateway does not model (web search calls…) are skipped. */
    static void readItem(JsonParser p, Parsed r) throws IOException {
        final Item item = Item.read(p);
        switch (item.type) {
            case "message":
                if (item.text.length() > 0) {
                    if (r.hasText) {
                        r.text.append(ITEM_SEPARATOR);
                    }
                    final int offset = r.text.codePointCount(0, r.text.length());
                    for (Citation c : item.citations) {
                        r.citations.add(c.toBuilder().setStartIndex(offset + c.getStartIndex())
                                         .setEndIndex(offset + c.getEndIndex()).build());
                    }
                    r.text.append(item.text);
                    r.hasText = true;
                }
                r.refusal.append(item.refusal);
                break;
            case "function_call":
                r.calls.add(ToolCall.newBuilder().setIndex(r.calls.size()).setId(item.callId).setType("function")
                                    .setName(item.name).setArguments(item.arguments).build());
                break;
            case "reasoning":
                r.reasoning.add(item.reasoningPart());
                break;
            default:
                break;
        }
    }

    /** The fields of an output item that matter here, whatever its type. */
    static final class Item {
        String type = "";
        String id = "";
        String callId = "";
        String name = "";
        String arguments = "";
        @Nullable
        String encryptedContent;
        final StringBuilder text = new StringBuilder();
        final StringBuilder refusal = new StringBuilder();
        final StringBuilder summary = new StringBuilder();
        /** The url_citation annotations of the output texts, spans in {@link #text}. */
        final List<Citation> citations = new ArrayList<>();

        /**
         * A reasoning item as reasoning: its summary, or, from models whose raw chain of thought is
         * shown (gpt-oss on OpenRouter, vLLM, Ollama), its {@code reasoning_text} content.
         */
        ContentPart reasoningPart() {
            final CharSequence reasoning = summary.length() > 0 ? summary : text;
            return ContentPart.newBuilder()
                              .setReasoning(ReasoningPart.newBuilder().setText(reasoning.toString()))
                              .setProviderState(new ReasoningItem(id, encryptedContent).toState())
                              .build();
        }

        static Item read(JsonParser p) throws IOException {
            final Item item = new Item();
            if (!UpstreamJson.isObject(p)) {
                return item;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                final String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "type": item.type = UpstreamJson.stringOrEmpty(p); break;
                    case "id": item.id = UpstreamJson.stringOrEmpty(p); break;
                    case "call_id": item.callId = UpstreamJson.stringOrEmpty(p); break;
                    case "name": item.name = UpstreamJson.stringOrEmpty(p); break;
                    case "arguments": item.arguments = UpstreamJson.stringOrEmpty(p); break;
                    case "encrypted_content": item.encryptedContent = UpstreamJson.string(p); break;
                    case "content": readParts(p, item, item.text); break;
                    case "summary": readParts(p, item, item.summary); break;
                    default: p.skipChildren(); break;
                }
            }
            return item;
        }

        /**
         * The url_citation annotations of an output_text part; file citations and paths name files
         * of the upstream's own storage, which no other format can point to.
         */
        static void readAnnotations(JsonParser p, List<Citation> out) throws IOException {
            if (!UpstreamJson.isArray(p)) {
                p.skipChildren();
                return;
            }
            while (p.nextToken() != JsonToken.END_ARRAY) {
                final Citation c = readUrlCitation(p);
                if (c != null) {
                    out.add(c);
                }
            }
        }

        /** One annotation object at the current token, if it is a url_citation. */
        @Nullable
        static Citation readUrlCitation(JsonParser p) throws IOException {
            if (!UpstreamJson.isObject(p)) {
                p.skipChildren();
                return null;
            }
            String type = "";
            final Citation.Builder c = Citation.newBuilder();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                final String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "type": type = UpstreamJson.stringOrEmpty(p); break;
                    case "url": c.setUrl(UpstreamJson.stringOrEmpty(p)); break;
                    case "title": c.setTitle(UpstreamJson.stringOrEmpty(p)); break;
                    case "start_index": c.setStartIndex(UpstreamJson.intValue(p, 0)); break;
                    case "end_index": c.setEndIndex(UpstreamJson.intValue(p, 0)); break;
                    default: p.skipChildren(); break;
                }
            }
            return "url_citation".equals(type) && !c.getUrl().isEmpty() ? c.build() : null;
        }

        /** output_text / summary_text / reasoning_text parts append to {@code into}; refusal parts to the refusal. */
        private static void readParts(JsonParser p, Item item, StringBuilder into) throws IOException {
            if (!UpstreamJson.isArray(p)) {
                return;
            }
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (!UpstreamJson.isObject(p)) {
                    continue;
                }
                String type = "";
                String text = "";
                final List<Citation> cited = new ArrayList<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    final String field = p.currentName();
                    p.nextToken();
                    switch (field) {
                        case "type": type = UpstreamJson.stringOrEmpty(p); break;
                        case "text":
                        case "refusal": text = UpstreamJson.stringOrEmpty(p); break;
                        case "annotations": readAnnotations(p, cited); break;
                        default: p.skipChildren(); break;
                    }
                }
                if (into == item.text && "output_text".equals(type)) {
                    final int offset = into.codePointCount(0, into.length());
                    for (Citation c : cited) {
                        item.citations.add(c.toBuilder().setStartIndex(offset + c.getStartIndex())
                                            .setEndIndex(offset + c.getEndIndex()).build());
                    }
                }
                if ("refusal".equals(type)) {
                    item.refusal.append(text);
                } else if (into.length() > 0 && ("summary_text".equals(type) || "reasoning_text".equals(type))) {
                    into.append(ITEM_SEPARATOR).append(text);
                } else {
                    into.append(text);
                }
            }
        }
    }
}
