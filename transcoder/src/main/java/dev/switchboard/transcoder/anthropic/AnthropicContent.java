package dev.switchboard.transcoder.anthropic;

import java.io.IOException;
import java.util.Base64;
import java.util.Locale;
import javax.annotation.Nullable;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.protobuf.ByteString;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.common.JsonValues;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.FilePart;
import dev.switchboard.v1.ImagePart;

/**
 * One Anthropic content block about to be written, and the builders for the blocks a user turn
 * (or a tool result) can hold: text, image, document.
 */
record AnthropicContent(@Nullable String plainText, Json.Writer fields, @Nullable Value cacheControl) {
    private static final String CACHE_CONTROL = "cache_control";
    private static final byte[] PDF_MAGIC = { '%', 'P', 'D', 'F', '-' };

    /** True for a text block with nothing else on it: a lone one may be sent as a bare string. */
    boolean isPlainText() {
        return plainText != null && cacheControl == null;
    }

    AnthropicContent withCacheControl(@Nullable Value cc) {
        return cc == null ? this : new AnthropicContent(plainText, fields, cc);
    }

    void write(JsonGenerator g) throws IOException {
        g.writeStartObject();
        fields.write(g);
        if (cacheControl != null) {
            g.writeFieldName(CACHE_CONTROL);
            JsonValues.writeValue(g, cacheControl);
        }
        g.writeEndObject();
    }

    static AnthropicContent text(String text, @Nullable Value cacheControl) {
        return new AnthropicContent(text, g -> {
            g.writeStringField("type", "text");
            g.writeStringField("text", text);
        }, cacheControl);
    }

    /** A client's cache_control on a part, message or tool, passed on as given. */
    @Nullable
    static Value cacheControl(Struct extra) {
        final Value v = extra.getFieldsMap().get(CACHE_CONTROL);
        return v == null || v.hasNullValue() ? null : v;
    }

    /**
     * A user-side block for a canonical part, or null for a part Anthropic rejects when empty
     * (whitespace-only text) or that has no place in a user turn (reasoning).
     *
     * @throws GatewayException INVALID_REQUEST for content Anthropic cannot take at all
     */
    @Nullable
    static AnthropicContent userPart(ContentPart part, String path) {
        final Value cc = cacheControl(part.getExtra());
        switch (part.getPartCase()) {
            case TEXT:
                return part.getText().isBlank() ? null : text(part.getText(), cc);
            case IMAGE:
                return new AnthropicContent(null, image(part.getImage(), path), cc);
            case FILE:
                return new AnthropicContent(null, document(part.getFile(), path), cc);
            case AUDIO:
                throw GatewayException.invalid(path + ": Anthropic does not accept audio input");
            case REASONING:
                return null;
            default: {
                final Value type = part.getExtra().getFieldsMap().get("type");
                final String name = type != null && type.hasStringValue() ? type.getStringValue() : "unknown";
                throw GatewayException.invalid(path + ": content part type '" + Json.abbreviate(name, 32)
                                               + "' cannot be sent to Anthropic");
            }
        }
    }

    /** Inline bytes go as base64 (never as a data URL); an http(s) URL as a url source. */
    private static Json.Writer image(ImagePart image, String path) {
        if (!image.getData().isEmpty()) {
            if (image.getMediaType().isBlank()) {
                throw GatewayException.invalid(path + ".media_type: required with inline image data");
            }
            final String mediaType = normaliseMediaType(image.getMediaType());
            final ByteString data = image.getData();
            return g -> {
                g.writeStringField("type", "image");
                writeBase64Source(g, mediaType, data);
            };
        }
        if (image.getUrl().isEmpty()) {
            throw GatewayException.invalid(path + ": an image needs a URL or data");
        }
        final String url = image.getUrl();
        return g -> {
            g.writeStringField("type", "image");
            writeUrlSource(g, url);
        };
    }

    /**
     * PDFs (inline or by URL) and plain text become document blocks; the filename becomes the
     * title. Provider file ids are not portable to Anthropic's Files API, so they are refused.
     */
    private static Json.Writer document(FilePart file, String path) {
        final String title = file.getFilename();
        final Json.Writer source;
        if (!file.getData().isEmpty()) {
            final ByteString data = file.getData();
            String mediaType = normaliseMediaType(file.getMediaType());
            if (mediaType.isEmpty() && data.startsWith(ByteString.copyFrom(PDF_MAGIC))) {
                mediaType = "application/pdf";
            }
            if ("application/pdf".equals(mediaType)) {
                source = g -> writeBase64Source(g, "application/pdf", data);
            } else if ("text/plain".equals(mediaType)) {
                source = g -> {
                    g.writeObjectFieldStart("source");
                    g.writeStringField("type", "text");
                    g.writeStringField("media_type", "text/plain");
                    g.writeStringField("data", data.toStringUtf8());
                    g.writeEndObject();
                };
            } else {
                throw GatewayException.invalid(path + ": Anthropic takes PDF or plain-text documents, not '"
                                               + Json.abbreviate(mediaType, 64) + '\'');
            }
        } else if (!file.getUrl().isEmpty()) {
            final String url = file.getUrl();
            source = g -> writeUrlSource(g, url);
        } else {
            throw GatewayException.invalid(path + ": file ids cannot be sent to Anthropic; send the file data");
        }
        return g -> {
            g.writeStringField("type", "document");
            source.write(g);
            if (!title.isEmpty()) {
                g.writeStringField("title", title);
            }
        };
    }

    private static void writeBase64Source(JsonGenerator g, String mediaType, ByteString data) throws IOException {
        g.writeObjectFieldStart("source");
        g.writeStringField("type", "base64");
        g.writeStringField("media_type", mediaType);
        g.writeStringField("data", Base64.getEncoder().encodeToString(data.toByteArray()));
        g.writeEndObject();
    }

    private static void writeUrlSource(JsonGenerator g, String url) throws IOException {
        g.writeObjectFieldStart("source");
        g.writeStringField("type", "url");
        g.writeStringField("url", url);
        g.writeEndObject();
    }

    /** {@code image/jpg} is common and not a registered type; Anthropic accepts only image/jpeg. */
    static String normaliseMediaType(String mediaType) {
        final String lower = mediaType.trim().toLowerCase(Locale.ROOT);
        return "image/jpg".equals(lower) ? "image/jpeg" : lower;
    }
}
