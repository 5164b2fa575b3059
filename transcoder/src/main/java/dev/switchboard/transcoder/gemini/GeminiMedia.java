package dev.switchboard.transcoder.gemini;

import java.io.IOException;
import java.util.Base64;
import java.util.Locale;
import javax.annotation.Nullable;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.AudioPart;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.FilePart;
import dev.switchboard.v1.ImagePart;

/**
 * Media parts as Gemini parts: bytes as {@code inlineData {mimeType, data}} (base64), URLs as
 * {@code fileData {mimeType, fileUri}}. Gemini has no provider file ids in OpenAI's sense: a file is
 * referred to by its URI.
 */
final class GeminiMedia {

    /** Text, or an image, audio or file part as {@code inlineData} (bytes) or {@code fileData} (a URI). */
    static void write(JsonGenerator g, ContentPart part, String path) throws IOException {
        switch (part.getPartCase()) {
            case TEXT:
                g.writeStartObject();
                g.writeStringField("text", part.getText());
                g.writeEndObject();
                break;
            case IMAGE:
                image(g, part.getImage(), path);
                break;
            case AUDIO:
                audio(g, part.getAudio(), path);
                break;
            case FILE:
                file(g, part.getFile(), path);
                break;
            default:
                break;
        }
    }

    private static void image(JsonGenerator g, ImagePart image, String path) throws IOException {
        if (!image.getData().isEmpty()) {
            if (image.getMediaType().isEmpty()) {
                throw GatewayException.invalid(path + ": an inline image needs its media type");
            }
            inlineData(g, image.getMediaType(), image.getData().toByteArray());
        } else if (!image.getUrl().isEmpty()) {
            fileData(g, image.getMediaType().isEmpty() ? imageTypeOf(image.getUrl()) : image.getMediaType(),
                     image.getUrl());
        } else {
            throw GatewayException.invalid(path + ": an image needs a url or data");
        }
    }

    private static void audio(JsonGenerator g, AudioPart audio, String path) throws IOException {
        if (audio.getFormat().isEmpty()) {
            throw GatewayException.invalid(path + ".format: required");
        }
        inlineData(g, "audio/" + audio.getFormat().toLowerCase(Locale.ROOT), audio.getData().toByteArray());
    }

    private static void file(JsonGenerator g, FilePart file, String path) throws IOException {
        if (!file.getData().isEmpty()) {
            String type = file.getMediaType();
            if (type.isEmpty() && file.getFilename().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
                type = "application/pdf";
            }
            if (type.isEmpty()) {
                throw GatewayException.invalid(path + ": Gemini needs the media type of an inline file");
            }
            inlineData(g, type, file.getData().toByteArray());
        } else if (!file.getUrl().isEmpty()) {
            fileData(g, file.getMediaType().isEmpty() ? null : file.getMediaType(), file.getUrl());
        } else if (file.getFileId().contains("://")) {
            fileData(g, file.getMediaType().isEmpty() ? null : file.getMediaType(), file.getFileId());
        } else {
            throw GatewayException.invalid(path + ".file_id: Gemini takes files by URI (upload through the"
                                           + " Gemini File API and pass its uri), not by id");
        }
    }

    private static void inlineData(JsonGenerator g, String mimeType, byte[] data) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("inlineData");
        g.writeStringField("mimeType", mimeType);
        g.writeStringField("data", Base64.getEncoder().encodeToString(data));
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void fileData(JsonGenerator g, @Nullable String mimeType, String uri) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("fileData");
        if (mimeType != null) {
            g.writeStringField("mimeType", mimeType);
        }
        g.writeStringField("fileUri", uri);
        g.writeEndObject();
        g.writeEndObject();
    }

    /** The image type a URL's extension names; null leaves it to Gemini. */
    @Nullable
    private static String imageTypeOf(String url) {
        String path = url.toLowerCase(Locale.ROOT);
        final int cut = Math.min(path.indexOf('?') < 0 ? path.length() : path.indexOf('?'),
                                 path.indexOf('#') < 0 ? path.length() : path.indexOf('#'));
        path = path.substring(0, cut);
        if (path.endsWith(".png")) {
            return "image/png";
        }
        if (path.endsWith(".jpg") || path.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (path.endsWith(".webp")) {
            return "image/webp";
        }
        if (path.endsWith(".gif")) {
            return "image/gif";
        }
        if (path.endsWith(".heic")) {
            return "image/heic";
        }
        return null;
    }

    private GeminiMedia() {}
}
