package dev.switchboard.transcoder.anthropic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.protobuf.ByteString;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import dev.switchboard.transcoder.common.ClientJson;
import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.common.JsonValues;
import dev.switchboard.transcoder.common.ToolCallIds;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.FilePart;
import dev.switchboard.v1.ImagePart;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.ReasoningPart;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.ToolCall;

/**
 * The conversation of a Messages request (top-level {@code system} and {@code messages}) as
 * canonical messages. Anthropic puts tool results inside a user turn; the canonical form has one
 * tool message per result, so a user turn becomes its tool messages first (Anthropic requires
 * them to lead the turn) and then a user message with the rest. Of a block's extra fields only
 * {@code cache_control} is kept: it is the one every upstream adapter knows what to do with.
 */
final class MessagesContent {
    private static final String CACHE_CONTROL = "cache_control";
    /** A tool_result's error flag, kept on the tool message for upstreams that can say it. */
    static final String IS_ERROR = "is_error";

    /** Collects system text and turns in request order (system may come after messages). */
    static final class Builder {
        private final List<Message> system = new ArrayList<>();
        private final List<Message> turns = new ArrayList<>();

        void readSystem(JsonParser p) throws IOException {
            if (p.hasToken(JsonToken.VALUE_NULL)) {
                return;
            }
            final Message.Builder m = Message.newBuilder().setRole(Role.ROLE_SYSTEM);
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                m.addContent(ContentPart.newBuilder().setText(p.getText()));
            } else {
                ClientJson.expectArray(p, "system");
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    final String path = "system[" + i++ + ']';
                    final ClientJson.Typed block = ClientJson.readTyped(p, path);
                    if (!"text".equals(block.type())) {
                        throw GatewayException.invalid(path + ".type: '" + Json.abbreviate(block.type(), 32)
                                                       + "' (expected: text)");
                    }
                    m.addContent(text(block.fields().getFieldsMap(), path));
                }
            }
            system.add(m.build());
        }

        void readMessages(JsonParser p) throws IOException {
            ClientJson.expectArray(p, "messages");
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                readMessage(p, "messages[" + i++ + ']', turns);
            }
        }

        List<Message> build() {
            final List<Message> all = new ArrayList<>(system);
            all.addAll(turns);
            return all;
        }
    }

    private static void readMessage(JsonParser p, String path, List<Message> out) throws IOException {
        ClientJson.expectObject(p, path);
        String role = null;
        List<Block> blocks = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "role":
                    role = ClientJson.string(p, path + ".role");
                    break;
                case "content":
                    blocks = readBlocks(p, path + ".content");
                    break;
                default:
                    p.skipChildren();
                    break;
            }
        }
        if (role == null) {
            throw ClientJson.required(path + ".role");
        }
        if (blocks == null) {
            throw ClientJson.required(path + ".content");
        }
        switch (role) {
            case "user":
                addUser(blocks, path, out);
                break;
            case "assistant":
                out.add(assistant(blocks, path));
                break;
            default:
                throw GatewayException.invalid(path + ".role: '" + Json.abbreviate(role, 32)
                                               + "' (expected: user or assistant)");
        }
    }

    /** One content block: its type, its other fields, and where it sits for error messages. */
    private record Block(String type, Map<String, Value> fields, String path) {}

    /** A string is one text block. */
    private static List<Block> readBlocks(JsonParser p, String path) throws IOException {
        final List<Block> blocks = new ArrayList<>();
        if (p.hasToken(JsonToken.VALUE_STRING)) {
            blocks.add(new Block("text", Map.of("text", JsonValues.of(p.getText())), path));
            return blocks;
        }
        ClientJson.expectArray(p, path);
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            final String at = path + '[' + i++ + ']';
            final ClientJson.Typed typed = ClientJson.readTyped(p, at);
            blocks.add(new Block(typed.type(), typed.fields().getFieldsMap(), at));
        }
        return blocks;
    }

    private static void addUser(List<Block> blocks, String path, List<Message> out) {
        final Message.Builder user = Message.newBuilder().setRole(Role.ROLE_USER);
        for (Block b : blocks) {
            if ("tool_result".equals(b.type())) {
                out.add(toolResult(b));
            } else {
                user.addContent(userPart(b));
            }
        }
        if (user.getContentCount() > 0 || blocks.isEmpty()) {
            out.add(user.build());
        }
    }

    private static Message toolResult(Block b) {
        final Message.Builder m = Message.newBuilder().setRole(Role.ROLE_TOOL).setToolCallId(
                ToolCallIds.bareId(ClientJson.string(b.fields(), "tool_use_id", b.path())));
        final Value content = b.fields().get("content");
        if (content != null && content.hasStringValue()) {
            m.addContent(ContentPart.newBuilder().setText(content.getStringValue()));
        } else if (content != null && content.hasListValue()) {
            int i = 0;
            for (Value v : content.getListValue().getValuesList()) {
                final String at = b.path() + ".content[" + i++ + ']';
                if (!v.hasStructValue()) {
                    throw ClientJson.wrongType(v, at, "an object");
                }
                final Map<String, Value> fields = v.getStructValue().getFieldsMap();
                m.addContent(userPart(new Block(ClientJson.string(fields, "type", at), fields, at)));
            }
        } else if (content != null && !content.hasNullValue()) {
            throw ClientJson.wrongType(content, b.path() + ".content", "a string or an array");
        }
        final Boolean isError = ClientJson.optBool(b.fields(), IS_ERROR, b.path());
        final Struct.Builder extra = Struct.newBuilder();
        if (isError != null && isError) {
            extra.putFields(IS_ERROR, Value.newBuilder().setBoolValue(true).build());
        }
        putCacheControl(b.fields(), extra);
        if (extra.getFieldsCount() > 0) {
            m.setExtra(extra);
        }
        return m.build();
    }

    private static ContentPart userPart(Block b) {
        switch (b.type()) {
            case "text":
                return text(b.fields(), b.path());
            case "image":
                return image(b);
            case "document":
                return document(b);
            default:
                throw GatewayException.invalid(b.path() + ".type: '" + Json.abbreviate(b.type(), 32)
                                               + "' is not supported in a user message");
        }
    }

    private static ContentPart text(Map<String, Value> fields, String path) {
        return withCacheControl(ContentPart.newBuilder().setText(ClientJson.string(fields, "text", path)), fields);
    }

    private static ContentPart image(Block b) {
        final Struct source = ClientJson.object(b.fields(), "source", b.path());
        final String at = b.path() + ".source";
        final Map<String, Value> s = source.getFieldsMap();
        final String type = ClientJson.string(s, "type", at);
        final ImagePart.Builder image = ImagePart.newBuilder();
        switch (type) {
            case "base64":
                image.setMediaType(ClientJson.string(s, "media_type", at)).setData(base64(s, at));
                break;
            case "url":
                image.setUrl(ClientJson.string(s, "url", at));
                break;
            default:
                throw GatewayException.invalid(at + ".type: '" + Json.abbreviate(type, 32)
                                               + "' (expected: base64 or url)");
        }
        return withCacheControl(ContentPart.newBuilder().setImage(image), b.fields());
    }

    /** PDF (base64 or URL), plain text, or a Files API id; the title is the file name. */
    private static ContentPart document(Block b) {
        final Struct source = ClientJson.object(b.fields(), "source", b.path());
        final String at = b.path() + ".source";
        final Map<String, Value> s = source.getFieldsMap();
        final String type = ClientJson.string(s, "type", at);
        final FilePart.Builder file = FilePart.newBuilder();
        switch (type) {
            case "base64":
                file.setMediaType(ClientJson.string(s, "media_type", at)).setData(base64(s, at));
                break;
            case "text":
                file.setMediaType("text/plain").setData(
                        ByteString.copyFrom(ClientJson.string(s, "data", at), StandardCharsets.UTF_8));
                break;
            case "url":
                file.setUrl(ClientJson.string(s, "url", at));
                break;
            case "file":
                file.setFileId(ClientJson.string(s, "file_id", at));
                break;
            default:
                throw GatewayException.invalid(at + ".type: '" + Json.abbreviate(type, 32)
                                               + "' (expected: base64, text, url or file)");
        }
        final String title = ClientJson.optString(b.fields(), "title", b.path());
        if (title != null) {
            file.setFilename(title);
        }
        return withCacheControl(ContentPart.newBuilder().setFile(file), b.fields());
    }

    private static ByteString base64(Map<String, Value> source, String path) {
        try {
            return ByteString.copyFrom(Base64.getMimeDecoder().decode(ClientJson.string(source, "data", path)));
        } catch (IllegalArgumentException e) {
            throw GatewayException.invalid(path + ".data: not valid base64");
        }
    }

    /**
     * Text, thinking and tool_use blocks; server tool blocks (server_tool_use,
     * web_search_tool_result…) and text citations pass through as written, in their place, so a
     * paused turn (pause_turn) goes back to an Anthropic upstream exactly as it came.
     */
    private static Message assistant(List<Block> blocks, String path) {
        final Message.Builder m = Message.newBuilder().setRole(Role.ROLE_ASSISTANT);
        for (Block b : thinkingFirst(blocks)) {
            final Map<String, Value> f = b.fields();
            switch (b.type()) {
                case "text":
                    m.addContent(citedText(b));
                    break;
                case "thinking":
                    m.addContent(ContentPart.newBuilder()
                            .setReasoning(ReasoningPart.newBuilder().setText(ClientJson.string(f, "thinking", b.path())))
                            .setProviderState(ThinkingState.signature(
                                    orEmpty(ClientJson.optString(f, "signature", b.path())))));
                    break;
                case "redacted_thinking":
                    m.addContent(ContentPart.newBuilder()
                            .setReasoning(ReasoningPart.newBuilder().setRedacted(true))
                            .setProviderState(ThinkingState.redacted(ClientJson.string(f, "data", b.path()))));
                    break;
                case "tool_use": {
                    final ToolCall.Builder call = ToolCall.newBuilder().setType("function")
                            .setName(ClientJson.string(f, "name", b.path()))
                            .setIndex(m.getToolCallsCount());
                    ToolCallIds.readClientId(ClientJson.string(f, "id", b.path()), call);
                    final Struct input = ClientJson.optObject(f, "input", b.path());
                    call.setArguments(input == null ? "{}" : new String(Json.write(g -> JsonValues.writeStruct(g, input)),
                                                                        StandardCharsets.UTF_8));
                    m.addToolCalls(call);
                    break;
                }
                default:
                    if (!isServerToolBlock(b.type())) {
                        throw GatewayException.invalid(b.path() + ".type: '" + Json.abbreviate(b.type(), 32)
                                                       + "' is not supported in an assistant message");
                    }
                    m.addContent(ContentPart.newBuilder().setPassThrough(
                            AnthropicPassThrough.block(b.type(), json(b))));
                    break;
            }
        }
        return m.build();
    }

    /**
     * The blocks of Anthropic's server tools and the MCP connector: a call the API ran itself and
     * its result ({@code server_tool_use}, {@code web_search_tool_result},
     * {@code bash_code_execution_tool_result}, {@code mcp_tool_use}…), and a container upload.
     */
    private static boolean isServerToolBlock(String type) {
        return "server_tool_use".equals(type) || type.endsWith("_tool_result") || "mcp_tool_use".equals(type)
               || "container_upload".equals(type);
    }

    /** The block as JSON text, its type first. */
    private static String json(Block b) {
        return new String(Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("type", b.type());
            for (Map.Entry<String, Value> e : b.fields().entrySet()) {
                g.writeFieldName(e.getKey());
                JsonValues.writeValue(g, e.getValue());
            }
            g.writeEndObject();
        }), StandardCharsets.UTF_8);
    }

    /** A text block with its citations, which go back to an Anthropic upstream as they came. */
    private static ContentPart citedText(Block b) {
        final ContentPart text = text(b.fields(), b.path());
        final Value citations = b.fields().get("citations");
        if (citations == null || !citations.hasListValue()) {
            return text;
        }
        final ContentPart.Builder part = text.toBuilder();
        final int length = text.getText().codePointCount(0, text.getText().length());
        int i = 0;
        for (Value c : citations.getListValue().getValuesList()) {
            if (!c.hasStructValue()) {
                throw ClientJson.wrongType(c, b.path() + ".citations[" + i + ']', "an object");
            }
            final String json = new String(Json.write(g -> JsonValues.writeStruct(g, c.getStructValue())),
                                           StandardCharsets.UTF_8);
            part.addCitations(AnthropicPassThrough.citation(json, length));
            i++;
        }
        return part.build();
    }

    /**
     * Thinking blocks first, as Anthropic itself requires of an assistant turn. A stream can only
     * hand out a signature where it arrived, which for Gemini (it signs a text part) is after the
     * text; the canonical form wants the reasoning state ahead of the text it belongs to. A turn
     * with server tool blocks is Anthropic's own and keeps its order.
     */
    private static List<Block> thinkingFirst(List<Block> blocks) {
        for (Block b : blocks) {
            if (isServerToolBlock(b.type())) {
                // A turn with server tools interleaves its thinking with their blocks (thinking,
                // a search, its result, thinking again): it goes back to Anthropic as it came.
                return blocks;
            }
        }
        final List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (b.type().endsWith("thinking")) {
                out.add(b);
            }
        }
        for (Block b : blocks) {
            if (!b.type().endsWith("thinking")) {
                out.add(b);
            }
        }
        return out;
    }

    private static ContentPart withCacheControl(ContentPart.Builder part, Map<String, Value> fields) {
        final Struct.Builder extra = Struct.newBuilder();
        putCacheControl(fields, extra);
        if (extra.getFieldsCount() > 0) {
            part.setExtra(extra);
        }
        return part.build();
    }

    static void putCacheControl(Map<String, Value> fields, Struct.Builder extra) {
        final Value cc = fields.get(CACHE_CONTROL);
        if (cc != null && !cc.hasNullValue()) {
            extra.putFields(CACHE_CONTROL, cc);
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private MessagesContent() {}
}
