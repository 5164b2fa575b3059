package dev.switchboard.transcoder.openai;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.protobuf.Struct;

import dev.switchboard.transcoder.common.DataUrl;
import dev.switchboard.transcoder.common.JsonValues;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.AudioPart;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.FilePart;
import dev.switchboard.v1.ImagePart;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.ToolCall;

/** Writes canonical messages in OpenAI's request shape. */
final class OpenAiMessageEncoder {
    /** Written by this encoder, or (is_error, from an Anthropic client's tool_result) unknown to OpenAI. */
    private static final Set<String> MESSAGE_FIELDS =
            Set.of("role", "content", "name", "tool_calls", "tool_call_id", "refusal", "is_error");
    private static final Set<String> TEXT_FIELDS = Set.of("type", "text");
    private static final Set<String> IMAGE_FIELDS = Set.of("type", "image_url");
    private static final Set<String> AUDIO_FIELDS = Set.of("type", "input_audio");
    private static final Set<String> FILE_FIELDS = Set.of("type", "file");
    /** Used when inline image bytes arrive without a media type, which the canonical form forbids. */
    private static final String FALLBACK_MEDIA_TYPE = "application/octet-stream";

    /**
     * Writes one message; {@code extras} says whether its unmodelled fields (and its parts') are
     * OpenAI's to pass on, or another format's (Anthropic's {@code cache_control}) to leave out;
     * {@code reasoning} says where an assistant turn's reasoning goes back.
     */
    static void write(JsonGenerator g, Message m, boolean extras, ReasoningField reasoning) throws IOException {
        g.writeStartObject();
        g.writeStringField("role", OpenAiNames.roleName(m.getRole()));
        writeContent(g, m, extras);
        if (m.getRole() == Role.ROLE_ASSISTANT && reasoning.fieldName() != null) {
            writeReasoning(g, m, reasoning.fieldName());
        }
        if (!m.getName().isEmpty()) {
            g.writeStringField("name", m.getName());
        }
        if (m.getToolCallsCount() > 0) {
            g.writeArrayFieldStart("tool_calls");
            for (ToolCall call : m.getToolCallsList()) {
                writeToolCall(g, call);
            }
            g.writeEndArray();
        }
        if (!m.getToolCallId().isEmpty()) {
            g.writeStringField("tool_call_id", m.getToolCallId());
        }
        if (!m.getRefusal().isEmpty()) {
            g.writeStringField("refusal", m.getRefusal());
        }
        if (extras) {
            JsonValues.writeFields(g, m.getExtra(), MESSAGE_FIELDS);
        }
        g.writeEndObject();
    }

    /**
     * The turn's reasoning text, all its parts joined, as the upstream gave it. An empty text is
     * sent too: a client that sends {@code reasoning_content: ""} back (DeepSeek's own examples
     * do, for a turn without reasoning) tells the server the turn had none. Redacted reasoning has
     * no text to give.
     */
    private static void writeReasoning(JsonGenerator g, Message m, String field) throws IOException {
        StringBuilder text = null;
        for (ContentPart part : m.getContentList()) {
            if (part.getPartCase() != ContentPart.PartCase.REASONING || part.getReasoning().getRedacted()) {
                continue;
            }
            if (text == null) {
                text = new StringBuilder();
            } else if (!part.getReasoning().getText().isEmpty() && text.length() > 0) {
                text.append("\n\n");
            }
            text.append(part.getReasoning().getText());
        }
        if (text != null) {
            g.writeStringField(field, text.toString());
        }
    }

    /** A whole tool call, as in assistant history sent upstream. */
    static void writeToolCall(JsonGenerator g, ToolCall call) throws IOException {
        writeToolCall(g, call, call.getId());
    }

    /** A whole tool call under the given id (clients see state folded into it). */
    static void writeToolCall(JsonGenerator g, ToolCall call, String id) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("type", "function");
        g.writeObjectFieldStart("function");
        g.writeStringField("name", call.getName());
        g.writeStringField("arguments", call.getArguments());
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * Reasoning is never a content part here (see {@link #writeReasoning}). Another format's
     * pass-through blocks (Anthropic server tool blocks) mean nothing here. One plain text part is
     * written as a string, the form every OpenAI-compatible server accepts.
     */
    private static void writeContent(JsonGenerator g, Message m, boolean extras) throws IOException {
        final List<ContentPart> parts = new ArrayList<>(m.getContentCount());
        for (ContentPart part : m.getContentList()) {
            if (part.getPartCase() != ContentPart.PartCase.REASONING
                && part.getPartCase() != ContentPart.PartCase.PASS_THROUGH) {
                parts.add(part);
            }
        }
        if (parts.isEmpty()) {
            if (m.getRole() == Role.ROLE_ASSISTANT && saysSomethingElse(m)) {
                g.writeNullField("content");
            } else {
                g.writeStringField("content", "");
            }
            return;
        }
        if (parts.size() == 1 && isPlainText(parts.get(0), extras)) {
            g.writeStringField("content", parts.get(0).getText());
            return;
        }
        g.writeArrayFieldStart("content");
        for (ContentPart part : parts) {
            writePart(g, part, extras);
        }
        g.writeEndArray();
    }

    /** OpenAI accepts a null content only when the assistant turn carries something else. */
    private static boolean saysSomethingElse(Message m) {
        return m.getToolCallsCount() > 0 || !m.getRefusal().isEmpty() ||
               m.getExtra().containsFields("function_call") || m.getExtra().containsFields("audio");
    }

    private static boolean isPlainText(ContentPart part, boolean extras) {
        return part.getPartCase() == ContentPart.PartCase.TEXT
               && (!extras || JsonValues.isEmpty(part.getExtra())) && part.getProviderState().isEmpty();
    }

    private static void writePart(JsonGenerator g, ContentPart part, boolean extras) throws IOException {
        // Another format's part fields are left out; so is a part type only extra describes.
        final Struct extra = extras ? part.getExtra() : Struct.getDefaultInstance();
        g.writeStartObject();
        switch (part.getPartCase()) {
            case TEXT:
                g.writeStringField("type", "text");
                g.writeStringField("text", part.getText());
                JsonValues.writeFields(g, extra, TEXT_FIELDS);
                break;
            case IMAGE:
                g.writeStringField("type", "image_url");
                writeImage(g, part.getImage());
                JsonValues.writeFields(g, extra, IMAGE_FIELDS);
                break;
            case AUDIO:
                g.writeStringField("type", "input_audio");
                writeAudio(g, part.getAudio());
                JsonValues.writeFields(g, extra, AUDIO_FIELDS);
                break;
            case FILE:
                g.writeStringField("type", "file");
                writeFile(g, part.getFile());
                JsonValues.writeFields(g, extra, FILE_FIELDS);
                break;
            default:
                // A part type we do not model: its fields, type included, were kept in extra.
                JsonValues.writeFields(g, extra, Set.of());
                break;
        }
        g.writeEndObject();
    }

    private static void writeImage(JsonGenerator g, ImagePart image) throws IOException {
        g.writeObjectFieldStart("image_url");
        if (image.getData().isEmpty()) {
            g.writeStringField("url", image.getUrl());
        } else {
            final String mediaType = image.getMediaType().isEmpty() ? FALLBACK_MEDIA_TYPE : image.getMediaType();
            g.writeStringField("url", DataUrl.format(mediaType, image.getData().toByteArray()));
        }
        if (!image.getDetail().isEmpty()) {
            g.writeStringField("detail", image.getDetail());
        }
        g.writeEndObject();
    }

    private static void writeAudio(JsonGenerator g, AudioPart audio) throws IOException {
        g.writeObjectFieldStart("input_audio");
        g.writeStringField("data", Base64.getEncoder().encodeToString(audio.getData().toByteArray()));
        if (!audio.getFormat().isEmpty()) {
            g.writeStringField("format", audio.getFormat());
        }
        g.writeEndObject();
    }

    private static void writeFile(JsonGenerator g, FilePart file) throws IOException {
        if (file.getFileId().isEmpty() && file.getData().isEmpty()) {
            // OpenAI chat has no way to reference a document by URL.
            throw GatewayException.invalid("a file given by URL cannot be sent to an OpenAI-format upstream");
        }
        g.writeObjectFieldStart("file");
        if (!file.getFileId().isEmpty()) {
            g.writeStringField("file_id", file.getFileId());
        }
        if (!file.getData().isEmpty()) {
            final byte[] data = file.getData().toByteArray();
            g.writeStringField("file_data", file.getMediaType().isEmpty()
                                            ? Base64.getEncoder().encodeToString(data)
                                            : DataUrl.format(file.getMediaType(), data));
        }
        if (!file.getFilename().isEmpty()) {
            g.writeStringField("filename", file.getFilename());
        }
        g.writeEndObject();
    }

    private OpenAiMessageEncoder() {}
}
