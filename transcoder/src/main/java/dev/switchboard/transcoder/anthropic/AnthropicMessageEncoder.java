package dev.switchboard.transcoder.anthropic;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.protobuf.Value;

import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.Citation;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.ToolCall;

/**
 * Lays an OpenAI-shaped conversation out the way the Messages API wants it: system and developer
 * text hoisted into the top-level {@code system}; consecutive tool results (and a user message
 * after them) merged into one user turn, since Anthropic answers 400 when a tool_use is not
 * followed by all its tool_result blocks in the next user message; assistant thinking first,
 * empty text omitted.
 */
final class AnthropicMessageEncoder {

    /** One Anthropic message being assembled. */
    private static final class Turn {
        final String role;
        final List<AnthropicContent> blocks = new ArrayList<>();
        /** A user turn that so far holds only tool results, so more may join it. */
        boolean toolResults;

        Turn(String role, boolean toolResults) {
            this.role = role;
            this.toolResults = toolResults;
        }
    }

    /** The laid-out request: system blocks (possibly none) and the turns. */
    static final class Conversation {
        private final List<AnthropicContent> system = new ArrayList<>();
        private final List<Turn> turns = new ArrayList<>();

        boolean hasSystem() {
            return !system.isEmpty();
        }

        /** Adds a gateway instruction (a JSON-answer rule) after the client's system text. */
        void addSystem(String text) {
            system.add(AnthropicContent.text(text, null));
        }

        /**
         * One string when nothing needs a block of its own; an array of text blocks when a part
         * carries cache_control, which only a block can hold.
         */
        void writeSystem(JsonGenerator g) throws IOException {
            g.writeFieldName("system");
            if (system.stream().allMatch(AnthropicContent::isPlainText)) {
                final StringBuilder sb = new StringBuilder();
                for (AnthropicContent c : system) {
                    if (sb.length() > 0) {
                        sb.append("\n\n");
                    }
                    sb.append(c.plainText());
                }
                g.writeString(sb.toString());
                return;
            }
            g.writeStartArray();
            for (AnthropicContent c : system) {
                c.write(g);
            }
            g.writeEndArray();
        }

        void writeMessages(JsonGenerator g) throws IOException {
            g.writeArrayFieldStart("messages");
            for (Turn t : turns) {
                g.writeStartObject();
                g.writeStringField("role", t.role);
                writeContent(g, "content", t.blocks);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
    }

    static Conversation plan(List<Message> messages, List<String> dropped) {
        final Conversation c = new Conversation();
        for (int i = 0; i < messages.size(); i++) {
            final Message m = messages.get(i);
            final String path = "messages[" + i + ']';
            switch (m.getRole()) {
                case ROLE_SYSTEM:
                case ROLE_DEVELOPER:
                    addSystem(c, m, path);
                    break;
                case ROLE_USER:
                    addUser(c, m, path);
                    break;
                case ROLE_TOOL:
                    addToolResult(c, m, path);
                    break;
                case ROLE_ASSISTANT:
                    addAssistant(c, m, path, i == messages.size() - 1, dropped);
                    break;
                default:
                    throw GatewayException.invalid(path + ".role: required");
            }
        }
        return c;
    }

    /** Whitespace-only system text is rejected by Anthropic, so it is left out. */
    private static void addSystem(Conversation c, Message m, String path) {
        final int before = c.system.size();
        for (int j = 0; j < m.getContentCount(); j++) {
            final ContentPart part = m.getContent(j);
            if (part.getPartCase() != ContentPart.PartCase.TEXT) {
                throw GatewayException.invalid(path + ".content[" + j + "]: Anthropic takes only text as system"
                                               + " instructions");
            }
            if (!part.getText().isBlank()) {
                c.system.add(AnthropicContent.text(part.getText(), AnthropicContent.cacheControl(part.getExtra())));
            }
        }
        applyMessageCacheControl(c.system, before, m);
    }

    private static void addUser(Conversation c, Message m, String path) {
        final List<AnthropicContent> blocks = userBlocks(m, path);
        applyMessageCacheControl(blocks, 0, m);
        if (blocks.isEmpty()) {
            // Anthropic rejects empty content; an empty user message says nothing anyway.
            return;
        }
        final Turn last = lastTurn(c);
        final Turn turn = last != null && "user".equals(last.role) ? last : newTurn(c, "user", false);
        // Tool results must lead a user turn; once text follows, later results start a new one.
        turn.toolResults = false;
        turn.blocks.addAll(blocks);
    }

    private static void addToolResult(Conversation c, Message m, String path) {
        final List<AnthropicContent> inner = userBlocks(m, path);
        final String toolUseId = m.getToolCallId();
        // An Anthropic client's is_error travels on the tool message (see the Messages ingress).
        final Value isError = m.getExtra().getFieldsMap().get("is_error");
        final AnthropicContent result = new AnthropicContent(null, g -> {
            g.writeStringField("type", "tool_result");
            g.writeStringField("tool_use_id", toolUseId);
            if (!inner.isEmpty()) {
                writeContent(g, "content", inner);
            }
            if (isError != null && isError.getBoolValue()) {
                g.writeBooleanField("is_error", true);
            }
        }, AnthropicContent.cacheControl(m.getExtra()));
        final Turn last = lastTurn(c);
        final Turn turn = last != null && last.toolResults ? last : newTurn(c, "user", true);
        turn.blocks.add(result);
    }

    private static List<AnthropicContent> userBlocks(Message m, String path) {
        final List<AnthropicContent> blocks = new ArrayList<>();
        for (int j = 0; j < m.getContentCount(); j++) {
            final AnthropicContent block = AnthropicContent.userPart(m.getContent(j), path + ".content[" + j + ']');
            if (block != null) {
                blocks.add(block);
            }
        }
        return blocks;
    }

    /**
     * Thinking blocks go first (Anthropic checks that a tool-using turn starts with its thinking),
     * then text, then tool_use; in a turn with server tool blocks, thinking stays in its place
     * among them, as Anthropic interleaved it. Reasoning without this adapter's state (another provider's, or
     * none) cannot be verified by Anthropic and is left out. A final assistant message is a
     * prefill, whose text may not end in whitespace.
     */
    private static void addAssistant(Conversation c, Message m, String path, boolean last,
                                     List<String> dropped) {
        final List<AnthropicContent> blocks = new ArrayList<>();
        // A turn with this format's server tool blocks keeps its thinking where it was, between them.
        final boolean inPlace = hasOwnBlocks(m);
        if (!inPlace) {
            for (ContentPart part : m.getContentList()) {
                if (part.getPartCase() == ContentPart.PartCase.REASONING) {
                    addThinking(blocks, part);
                }
            }
        }
        boolean hasText = false;
        // A final assistant turn's text is stripped only where it ends the turn: a paused turn
        // (pause_turn) comes back ending in a server tool block, with its text as it was.
        final int lastText = last && m.getToolCallsCount() == 0 ? lastPart(m) : -1;
        for (int j = 0; j < m.getContentCount(); j++) {
            final ContentPart part = m.getContent(j);
            switch (part.getPartCase()) {
                case REASONING:
                    if (inPlace) {
                        addThinking(blocks, part);
                    }
                    break;
                case TEXT: {
                    final String text = j == lastText ? part.getText().stripTrailing() : part.getText();
                    if (!text.isBlank()) {
                        blocks.add(text(text, part));
                        hasText = true;
                    }
                    break;
                }
                case PASS_THROUGH:
                    if (AnthropicPassThrough.isOwn(part.getPassThrough())) {
                        final String json = part.getPassThrough().getJson();
                        blocks.add(new AnthropicContent(null, g -> AnthropicPassThrough.writeFields(g, json), null));
                    } else if (!dropped.contains(part.getPassThrough().getType())) {
                        dropped.add(part.getPassThrough().getType());
                    }
                    break;
                default:
                    throw GatewayException.invalid(path + ".content[" + j + "]: Anthropic takes only text in"
                                                   + " assistant messages");
            }
        }
        if (!hasText && !m.getRefusal().isBlank()) {
            blocks.add(AnthropicContent.text(last ? m.getRefusal().stripTrailing() : m.getRefusal(), null));
        }
        for (int j = 0; j < m.getToolCallsCount(); j++) {
            blocks.add(toolUse(m.getToolCalls(j), path + ".tool_calls[" + j + ']'));
        }
        applyMessageCacheControl(blocks, 0, m);
        if (!blocks.isEmpty()) {
            newTurn(c, "assistant", false).blocks.addAll(blocks);
        }
    }

    private static void addThinking(List<AnthropicContent> blocks, ContentPart part) {
        final AnthropicContent thinking = thinking(part);
        if (thinking != null) {
            blocks.add(thinking);
        }
    }

    private static boolean hasOwnBlocks(Message m) {
        for (ContentPart part : m.getContentList()) {
            if (part.getPartCase() == ContentPart.PartCase.PASS_THROUGH
                && AnthropicPassThrough.isOwn(part.getPassThrough())) {
                return true;
            }
        }
        return false;
    }

    /** The index of the last part that is not reasoning, or -1. */
    private static int lastPart(Message m) {
        for (int j = m.getContentCount() - 1; j >= 0; j--) {
            if (m.getContent(j).getPartCase() != ContentPart.PartCase.REASONING) {
                return j;
            }
        }
        return -1;
    }

    /** A text block; an Anthropic citation on the part goes back with it as written. */
    private static AnthropicContent text(String text, ContentPart part) {
        final Value cc = AnthropicContent.cacheControl(part.getExtra());
        final List<String> citations = new ArrayList<>();
        for (Citation c : part.getCitationsList()) {
            if (c.hasOriginal() && AnthropicPassThrough.isOwn(c.getOriginal())) {
                citations.add(c.getOriginal().getJson());
            }
        }
        if (citations.isEmpty()) {
            return AnthropicContent.text(text, cc);
        }
        return new AnthropicContent(null, g -> {
            g.writeStringField("type", "text");
            g.writeStringField("text", text);
            g.writeArrayFieldStart("citations");
            for (String json : citations) {
                g.writeRawValue(json);
            }
            g.writeEndArray();
        }, cc);
    }

    @Nullable
    private static AnthropicContent thinking(ContentPart part) {
        final String payload = AnthropicNames.statePayload(part.getProviderState());
        if (payload == null) {
            return null;
        }
        final Value cc = AnthropicContent.cacheControl(part.getExtra());
        if (part.getReasoning().getRedacted() || payload.startsWith(AnthropicNames.REDACTED)) {
            final String data = payload.startsWith(AnthropicNames.REDACTED)
                                ? payload.substring(AnthropicNames.REDACTED.length()) : payload;
            return new AnthropicContent(null, g -> {
                g.writeStringField("type", "redacted_thinking");
                g.writeStringField("data", data);
            }, cc);
        }
        final String text = part.getReasoning().getText();
        return new AnthropicContent(null, g -> {
            g.writeStringField("type", "thinking");
            g.writeStringField("thinking", text);
            g.writeStringField("signature", payload);
        }, cc);
    }

    /** Anthropic wants the arguments as a JSON object; empty arguments mean a call without any. */
    private static AnthropicContent toolUse(ToolCall call, String path) {
        final String input = inputObject(call.getArguments(), path + ".function.arguments");
        final String id = call.getId();
        final String name = call.getName();
        return new AnthropicContent(null, g -> {
            g.writeStringField("type", "tool_use");
            g.writeStringField("id", id);
            g.writeStringField("name", name);
            g.writeFieldName("input");
            // Validated and re-serialised by inputObject, so it is one well-formed object.
            g.writeRawValue(input);
        }, null);
    }

    private static String inputObject(String arguments, String path) {
        if (arguments.isBlank()) {
            return "{}";
        }
        try (JsonParser p = Json.FACTORY.createParser(arguments)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw GatewayException.invalid(path + ": Anthropic needs the arguments as a JSON object");
            }
            final String copy = AnthropicWire.copy(p);
            if (p.nextToken() != null) {
                throw GatewayException.invalid(path + ": unexpected content after the JSON object");
            }
            return copy;
        } catch (IOException e) {
            throw GatewayException.invalid(path + ": not valid JSON, which Anthropic needs");
        }
    }

    /**
     * A cache_control on the message itself (a convention some OpenAI clients follow) marks the
     * message's last block, which is where Anthropic's cache breakpoint for it belongs.
     */
    private static void applyMessageCacheControl(List<AnthropicContent> blocks, int from, Message m) {
        final Value cc = AnthropicContent.cacheControl(m.getExtra());
        if (cc != null && blocks.size() > from) {
            final int lastIndex = blocks.size() - 1;
            blocks.set(lastIndex, blocks.get(lastIndex).withCacheControl(cc));
        }
    }

    /** A lone plain text block goes as a string, the form the API documents first. */
    private static void writeContent(JsonGenerator g, String field, List<AnthropicContent> blocks)
            throws IOException {
        g.writeFieldName(field);
        if (blocks.size() == 1 && blocks.get(0).isPlainText()) {
            g.writeString(blocks.get(0).plainText());
            return;
        }
        g.writeStartArray();
        for (AnthropicContent b : blocks) {
            b.write(g);
        }
        g.writeEndArray();
    }

    @Nullable
    private static Turn lastTurn(Conversation c) {
        return c.turns.isEmpty() ? null : c.turns.get(c.turns.size() - 1);
    }

    private static Turn newTurn(Conversation c, String role, boolean toolResults) {
        final Turn t = new Turn(role, toolResults);
        c.turns.add(t);
        return t;
    }

    private AnthropicMessageEncoder() {}
}
