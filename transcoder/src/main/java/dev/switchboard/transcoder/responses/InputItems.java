package dev.switchboard.transcoder.responses;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.protobuf.ByteString;
import com.google.protobuf.Value;

import dev.switchboard.transcoder.common.ClientJson;
import dev.switchboard.transcoder.common.DataUrl;
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
 * A Responses {@code input} (a string, or a list of items) → canonical messages. Responses splits
 * one assistant turn into items (reasoning, message, function calls); consecutive assistant items
 * are folded back into one assistant message, so every upstream sees a turn as it would have
 * produced it. Each item is read into values first because its fields come in any order.
 */
final class InputItems {
    private InputItems() {}

    static List<Message> read(JsonParser p) throws IOException {
        final List<Message> out = new ArrayList<>();
        if (p.hasToken(JsonToken.VALUE_STRING)) {
            out.add(Message.newBuilder().setRole(Role.ROLE_USER)
                           .addContent(ContentPart.newBuilder().setText(p.getText())).build());
            return out;
        }
        ClientJson.expectArray(p, "input");
        // The assistant turn being folded from consecutive items; null between turns.
        Message.Builder assistant = null;
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            final String path = "input[" + i++ + ']';
            ClientJson.expectObject(p, path);
            final Map<String, Value> item = JsonValues.readStruct(p).getFieldsMap();
            final String type = item.containsKey("type") ? ClientJson.string(item, "type", path) : "message";
            final Role role = "message".equals(type) ? role(ClientJson.string(item, "role", path), path) : null;
            final boolean assistantItem = role == Role.ROLE_ASSISTANT || "function_call".equals(type)
                                          || "reasoning".equals(type);
            if (!assistantItem && assistant != null) {
                out.add(assistant.build());
                assistant = null;
            }
            if (assistantItem && assistant == null) {
                assistant = Message.newBuilder().setRole(Role.ROLE_ASSISTANT);
            }
            switch (type) {
                case "message":
                    if (role == Role.ROLE_ASSISTANT) {
                        assistantContent(item, path, assistant);
                    } else {
                        out.add(message(role, item, path));
                    }
                    break;
                case "function_call":
                    assistant.addToolCalls(functionCall(item, path, assistant.getToolCallsCount()));
                    break;
                case "reasoning":
                    assistant.addContent(reasoning(item, path));
                    break;
                case "function_call_output":
                    out.add(functionOutput(item, path));
                    break;
                default:
                    throw GatewayException.invalid(path + ".type: unsupported input item type '"
                                                   + Json.abbreviate(type, 40) + '\'');
            }
        }
        if (assistant != null) {
            out.add(assistant.build());
        }
        return out;
    }

    private static Role role(String role, String path) {
        switch (role) {
            case "user": return Role.ROLE_USER;
            case "assistant": return Role.ROLE_ASSISTANT;
            case "system": return Role.ROLE_SYSTEM;
            case "developer": return Role.ROLE_DEVELOPER;
            default:
                throw GatewayException.invalid(path + ".role: unknown role '" + Json.abbreviate(role, 32)
                                               + "' (expected: user, assistant, system or developer)");
        }
    }

    private static Message message(Role role, Map<String, Value> item, String path) {
        final Message.Builder m = Message.newBuilder().setRole(role);
        final Value content = item.get("content");
        if (content == null || content.hasNullValue()) {
            throw ClientJson.required(path + ".content");
        }
        if (content.hasStringValue()) {
            return m.addContent(ContentPart.newBuilder().setText(content.getStringValue())).build();
        }
        if (!content.hasListValue()) {
            throw ClientJson.wrongType(content, path + ".content", "a string or an array");
        }
        int i = 0;
        for (Value v : content.getListValue().getValuesList()) {
            m.addContent(inputPart(v, path + ".content[" + i++ + ']'));
        }
        return m.build();
    }

    private static ContentPart inputPart(Value v, String path) {
        if (!v.hasStructValue()) {
            throw ClientJson.wrongType(v, path, "an object");
        }
        final Map<String, Value> f = v.getStructValue().getFieldsMap();
        final String type = ClientJson.string(f, "type", path);
        switch (type) {
            case "input_text":
            case "output_text":
            case "text":
                return ContentPart.newBuilder().setText(ClientJson.string(f, "text", path)).build();
            case "input_image":
                return ContentPart.newBuilder().setImage(image(f, path)).build();
            case "input_file":
                return ContentPart.newBuilder().setFile(file(f, path)).build();
            default:
                throw GatewayException.invalid(path + ".type: unsupported content type '"
                                               + Json.abbreviate(type, 32) + '\'');
        }
    }

    private static ImagePart image(Map<String, Value> f, String path) {
        final ImagePart.Builder image = ImagePart.newBuilder();
        final String detail = ClientJson.optString(f, "detail", path);
        if (detail != null && !"auto".equals(detail)) {
            image.setDetail(detail);
        }
        final String url = ClientJson.optString(f, "image_url", path);
        if (url == null) {
            throw GatewayException.invalid(path + ": image_url required (file ids are not supported)");
        }
        if (!DataUrl.isDataUrl(url)) {
            return image.setUrl(url).build();
        }
        final DataUrl data = DataUrl.parse(url);
        if (data == null) {
            throw GatewayException.invalid(path + ".image_url: expected a base64 data URL");
        }
        return image.setData(ByteString.copyFrom(data.data())).setMediaType(data.mediaType()).build();
    }

    private static FilePart file(Map<String, Value> f, String path) {
        final FilePart.Builder file = FilePart.newBuilder();
        final String fileId = ClientJson.optString(f, "file_id", path);
        final String fileUrl = ClientJson.optString(f, "file_url", path);
        final String fileData = ClientJson.optString(f, "file_data", path);
        final String filename = ClientJson.optString(f, "filename", path);
        if (filename != null) {
            file.setFilename(filename);
        }
        if (fileId != null) {
            return file.setFileId(fileId).build();
        }
        if (fileUrl != null) {
            return file.setUrl(fileUrl).build();
        }
        if (fileData == null) {
            throw GatewayException.invalid(path + ": file_id, file_url or file_data required");
        }
        final DataUrl data = DataUrl.parse(fileData);
        if (data == null) {
            throw GatewayException.invalid(path + ".file_data: expected a base64 data URL");
        }
        return file.setData(ByteString.copyFrom(data.data())).setMediaType(data.mediaType()).build();
    }

    /** An assistant message item: its text (and refusal) join the turn being folded. */
    private static void assistantContent(Map<String, Value> item, String path, Message.Builder turn) {
        final Value content = item.get("content");
        if (content != null && content.hasStringValue()) {
            turn.addContent(ContentPart.newBuilder().setText(content.getStringValue()));
            return;
        }
        if (content == null || !content.hasListValue()) {
            throw ClientJson.wrongType(content == null ? Value.getDefaultInstance() : content, path + ".content",
                                       "a string or an array");
        }
        int i = 0;
        for (Value v : content.getListValue().getValuesList()) {
            final String at = path + ".content[" + i++ + ']';
            if (!v.hasStructValue()) {
                throw ClientJson.wrongType(v, at, "an object");
            }
            final Map<String, Value> f = v.getStructValue().getFieldsMap();
            if ("refusal".equals(ClientJson.string(f, "type", at))) {
                turn.setRefusal(turn.getRefusal() + ClientJson.string(f, "refusal", at));
            } else {
                turn.addContent(inputPart(v, at));
            }
        }
    }

    private static ToolCall functionCall(Map<String, Value> item, String path, int index) {
        final ToolCall.Builder call = ToolCall.newBuilder().setIndex(index).setType("function");
        ToolCallIds.readClientId(ClientJson.string(item, "call_id", path), call);
        call.setName(ClientJson.string(item, "name", path));
        final String arguments = ClientJson.optString(item, "arguments", path);
        return call.setArguments(arguments == null ? "" : arguments).build();
    }

    private static ContentPart reasoning(Map<String, Value> item, String path) {
        final StringBuilder text = new StringBuilder();
        final Value summary = item.get("summary");
        if (summary != null && summary.hasListValue()) {
            for (Value v : summary.getListValue().getValuesList()) {
                if (v.hasStructValue()) {
                    final String t = ClientJson.optString(v.getStructValue().getFieldsMap(), "text", path + ".summary");
                    if (t != null) {
                        text.append(text.length() > 0 ? "\n\n" : "").append(t);
                    }
                }
            }
        }
        final String encrypted = ClientJson.optString(item, "encrypted_content", path);
        final ReasoningState.Decoded state = ReasoningState.decode(encrypted);
        return ContentPart.newBuilder()
                          .setReasoning(ReasoningPart.newBuilder().setText(text.toString()).setRedacted(state.redacted()))
                          .setProviderState(state.state())
                          .build();
    }

    private static Message functionOutput(Map<String, Value> item, String path) {
        final Message.Builder m = Message.newBuilder().setRole(Role.ROLE_TOOL)
                .setToolCallId(ToolCallIds.bareId(ClientJson.string(item, "call_id", path)));
        final Value output = item.get("output");
        if (output == null || output.hasNullValue()) {
            throw ClientJson.required(path + ".output");
        }
        if (output.hasStringValue()) {
            return m.addContent(ContentPart.newBuilder().setText(output.getStringValue())).build();
        }
        if (!output.hasListValue()) {
            throw ClientJson.wrongType(output, path + ".output", "a string or an array");
        }
        int i = 0;
        for (Value v : output.getListValue().getValuesList()) {
            m.addContent(inputPart(v, path + ".output[" + i++ + ']'));
        }
        return m.build();
    }
}
