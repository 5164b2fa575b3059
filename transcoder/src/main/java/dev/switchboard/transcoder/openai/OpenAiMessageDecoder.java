package dev.switchboard.transcoder.openai;

import java.io.IOException;
import java.util.List;
import javax.annotation.Nullable;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.protobuf.ByteString;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import dev.switchboard.transcoder.common.ClientJson;
import dev.switchboard.transcoder.common.DataUrl;
import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.common.JsonValues;
import dev.switchboard.transcoder.common.ToolCallIds;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.AudioPart;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.FilePart;
import dev.switchboard.v1.ImagePart;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.ReasoningPart;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.ToolCall;

/** Reads one message of a client's OpenAI chat request, strictly. */
final class OpenAiMessageDecoder {

    /** Reads the message object at the current token; {@code path} names it in errors. */
    static Message read(JsonParser p, String path) throws IOException {
        ClientJson.expectObject(p, path);
        final Message.Builder m = Message.newBuilder();
        Role role = null;
        boolean hasContent = false;
        String reasoning = null;
        String reasoningField = null;
        List<ContentPart> thinkingBlocks = null;
        final Struct.Builder extra = Struct.newBuilder();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "role": {
                    final String name = ClientJson.string(p, path + ".role");
                    role = OpenAiNames.role(name);
                    if (role == null) {
                        throw GatewayException.invalid(
                                path + ".role: unknown role '" + Json.abbreviate(name, 32) + '\'');
                    }
                    break;
                }
                case "content":
                    hasContent = readContent(p, path + ".content", m);
                    break;
                case "name":
                    m.setName(ClientJson.optStringOrEmpty(p, path + ".name"));
                    break;
                case "tool_calls":
                    readToolCalls(p, path + ".tool_calls", m);
                    break;
                case "tool_call_id":
                    m.setToolCallId(ToolCallIds.bareId(ClientJson.optStringOrEmpty(p, path + ".tool_call_id")));
                    break;
                case "thinking_blocks":
                    thinkingBlocks = ThinkingBlocks.readThinkingBlocks(p, path + ".thinking_blocks");
                    break;
                case "refusal":
                    m.setRefusal(ClientJson.optStringOrEmpty(p, path + ".refusal"));
                    break;
                case "reasoning_content":
                case "reasoning": {
                    // DeepSeek and xAI call it reasoning_content, OpenRouter and vLLM reasoning; some
                    // servers echo both with the same text, so the first one wins.
                    final String text = ClientJson.optString(p, path + '.' + field);
                    if (text != null && reasoning == null) {
                        reasoning = text;
                        reasoningField = field;
                    }
                    break;
                }
                default:
                    extra.putFields(field, JsonValues.readValue(p));
                    break;
            }
        }
        if (role == null) {
            throw ClientJson.required(path + ".role");
        }
        m.setRole(role);
        if (thinkingBlocks != null && !thinkingBlocks.isEmpty() && role == Role.ROLE_ASSISTANT) {
            // The blocks carry the same text as reasoning_content, plus what must come back. A
            // streamed answer sent its text as reasoning_content deltas and only the signature in
            // a block, so a client echoing both gives a block without text: the text is that one.
            if (reasoning != null) {
                thinkingBlocks = ThinkingBlocks.withText(thinkingBlocks, reasoning);
            }
            for (int i = thinkingBlocks.size() - 1; i >= 0; i--) {
                m.addContent(0, thinkingBlocks.get(i));
            }
        } else if (reasoning != null) {
            if (role == Role.ROLE_ASSISTANT) {
                m.addContent(0, ContentPart.newBuilder()
                                           .setReasoning(ReasoningPart.newBuilder().setText(reasoning)));
            } else {
                // Only a model reasons; on another role it is just an unknown field.
                extra.putFields(reasoningField, JsonValues.of(reasoning));
            }
        }
        if (!hasContent && !mayOmitContent(role, m, extra)) {
            throw ClientJson.required(path + ".content");
        }
        if (role == Role.ROLE_TOOL && m.getToolCallId().isEmpty()) {
            throw ClientJson.required(path + ".tool_call_id");
        }
        if (extra.getFieldsCount() > 0) {
            m.setExtra(extra);
        }
        return m.build();
    }

    /** OpenAI lets an assistant turn leave content null when it says something another way. */
    private static boolean mayOmitContent(Role role, Message.Builder m, Struct.Builder extra) {
        return role == Role.ROLE_ASSISTANT &&
               (m.getToolCallsCount() > 0 || !m.getRefusal().isEmpty() || m.getContentCount() > 0 ||
                extra.containsFields("function_call") || extra.containsFields("audio"));
    }

    /** Reads content (a string, an array of parts, or null); returns whether there was any. */
    private static boolean readContent(JsonParser p, String path, Message.Builder m) throws IOException {
        switch (p.currentToken()) {
            case VALUE_NULL:
                return false;
            case VALUE_STRING:
                m.addContent(ContentPart.newBuilder().setText(p.getText()));
                return true;
            case START_ARRAY: {
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    m.addContent(readPart(p, path + '[' + i++ + ']'));
                }
                return true;
            }
            default:
                throw ClientJson.wrongType(p, path, "a string or an array");
        }
    }

    /**
     * Reads one content part. Its fields may come in any order, so they are collected first and
     * interpreted once the type is known. A part type this gateway does not model is kept whole in
     * extra (with its type) so that it still reaches OpenAI-format upstreams unchanged.
     */
    private static ContentPart readPart(JsonParser p, String path) throws IOException {
        final ClientJson.Typed typed = ClientJson.readTyped(p, path);
        final String type = typed.type();
        final Struct.Builder fields = typed.fields();
        final ContentPart.Builder part = ContentPart.newBuilder();
        switch (type) {
            case "text":
                part.setText(ClientJson.string(fields.getFieldsMap(), "text", path));
                fields.removeFields("text");
                break;
            case "image_url":
                part.setImage(image(fields.getFieldsOrDefault("image_url", null), path + ".image_url"));
                fields.removeFields("image_url");
                break;
            case "input_audio":
                part.setAudio(audio(ClientJson.object(fields.getFieldsMap(), "input_audio", path),
                                    path + ".input_audio"));
                fields.removeFields("input_audio");
                break;
            case "file":
                part.setFile(file(ClientJson.object(fields.getFieldsMap(), "file", path), path + ".file"));
                fields.removeFields("file");
                break;
            default:
                fields.putFields("type", JsonValues.of(type));
                break;
        }
        if (fields.getFieldsCount() > 0) {
            part.setExtra(fields);
        }
        return part.build();
    }

    private static ImagePart image(@Nullable Value v, String path) {
        if (v == null || v.hasNullValue()) {
            throw ClientJson.required(path);
        }
        final ImagePart.Builder image = ImagePart.newBuilder();
        final String url;
        if (v.hasStringValue()) {
            // Not OpenAI's shape, but vLLM and others accept the bare URL and clients send it.
            url = v.getStringValue();
        } else if (v.hasStructValue()) {
            final Struct s = v.getStructValue();
            url = ClientJson.string(s.getFieldsMap(), "url", path);
            final String detail = ClientJson.optString(s.getFieldsMap(), "detail", path);
            if (detail != null) {
                image.setDetail(detail);
            }
        } else {
            throw ClientJson.wrongType(v, path, "an object or a string");
        }
        if (DataUrl.isDataUrl(url)) {
            final DataUrl data = DataUrl.parse(url);
            if (data == null) {
                throw GatewayException.invalid(path + ".url: expected a base64 data URL");
            }
            image.setData(ByteString.copyFrom(data.data())).setMediaType(data.mediaType());
        } else {
            image.setUrl(url);
        }
        return image.build();
    }

    private static AudioPart audio(Struct s, String path) {
        final byte[] data = DataUrl.decodeBase64(ClientJson.string(s.getFieldsMap(), "data", path));
        if (data == null) {
            throw GatewayException.invalid(path + ".data: expected base64");
        }
        final AudioPart.Builder audio = AudioPart.newBuilder().setData(ByteString.copyFrom(data));
        final String format = ClientJson.optString(s.getFieldsMap(), "format", path);
        if (format != null) {
            audio.setFormat(format);
        }
        return audio.build();
    }

    private static FilePart file(Struct s, String path) {
        final FilePart.Builder file = FilePart.newBuilder();
        final String fileId = ClientJson.optString(s.getFieldsMap(), "file_id", path);
        final String fileData = ClientJson.optString(s.getFieldsMap(), "file_data", path);
        final String filename = ClientJson.optString(s.getFieldsMap(), "filename", path);
        if (fileId == null && fileData == null) {
            throw GatewayException.invalid(path + ": file_id or file_data required");
        }
        if (fileId != null) {
            file.setFileId(fileId);
        }
        if (filename != null) {
            file.setFilename(filename);
        }
        if (fileData != null) {
            if (DataUrl.isDataUrl(fileData)) {
                final DataUrl data = DataUrl.parse(fileData);
                if (data == null) {
                    throw GatewayException.invalid(path + ".file_data: expected a base64 data URL");
                }
                file.setData(ByteString.copyFrom(data.data())).setMediaType(data.mediaType());
            } else {
                final byte[] data = DataUrl.decodeBase64(fileData);
                if (data == null) {
                    throw GatewayException.invalid(path + ".file_data: expected base64 or a data URL");
                }
                file.setData(ByteString.copyFrom(data));
            }
        }
        return file.build();
    }

    private static void readToolCalls(JsonParser p, String path, Message.Builder m) throws IOException {
        if (p.hasToken(JsonToken.VALUE_NULL)) {
            return;
        }
        ClientJson.expectArray(p, path);
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            m.addToolCalls(readToolCall(p, path + '[' + i + ']', i));
            i++;
        }
    }

    private static ToolCall readToolCall(JsonParser p, String path, int index) throws IOException {
        ClientJson.expectObject(p, path);
        final ToolCall.Builder call = ToolCall.newBuilder().setIndex(index).setType("function");
        boolean hasFunction = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "id":
                    ToolCallIds.readClientId(ClientJson.string(p, path + ".id"), call);
                    break;
                case "type": {
                    final String type = ClientJson.string(p, path + ".type");
                    if (!"function".equals(type)) {
                        throw GatewayException.invalid(
                                path + ".type: unsupported tool call type '" + Json.abbreviate(type, 32) + '\'');
                    }
                    break;
                }
                case "function":
                    readFunction(p, path + ".function", call);
                    hasFunction = true;
                    break;
                default:
                    p.skipChildren();
                    break;
            }
        }
        if (call.getId().isEmpty()) {
            throw ClientJson.required(path + ".id");
        }
        if (!hasFunction) {
            throw ClientJson.required(path + ".function");
        }
        return call.build();
    }

    private static void readFunction(JsonParser p, String path, ToolCall.Builder call) throws IOException {
        ClientJson.expectObject(p, path);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "name":
                    call.setName(ClientJson.string(p, path + ".name"));
                    break;
                case "arguments":
                    call.setArguments(ClientJson.optStringOrEmpty(p, path + ".arguments"));
                    break;
                default:
                    p.skipChildren();
                    break;
            }
        }
        if (call.getName().isEmpty()) {
            throw ClientJson.required(path + ".name");
        }
    }

    private OpenAiMessageDecoder() {}
}
