package dev.switchboard.transcoder.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import javax.annotation.Nullable;

/** A base64 {@code data:} URL, the form OpenAI uses for inline images and files. */
public record DataUrl(String mediaType, byte[] data) {
    private static final String PREFIX = "data:";
    private static final String BASE64 = ";base64";

    public static boolean isDataUrl(String url) {
        return url.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /**
     * Parses a base64 data URL; null when it is not one we can carry as bytes (no {@code ;base64},
     * bad base64). Clients commonly write {@code image/jpg}, which is not a registered type: it is
     * normalised to {@code image/jpeg} because Anthropic and Gemini reject it.
     */
    @Nullable
    public static DataUrl parse(String url) {
        final int comma = url.indexOf(',');
        if (!isDataUrl(url) || comma < 0) {
            return null;
        }
        final String header = url.substring(PREFIX.length(), comma);
        if (!header.toLowerCase(Locale.ROOT).endsWith(BASE64)) {
            return null;
        }
        final int semi = header.indexOf(';');
        final String mediaType = normaliseMediaType(header.substring(0, semi));
        final byte[] data = decodeBase64(url.substring(comma + 1));
        return data == null ? null : new DataUrl(mediaType, data);
    }

    /** Decodes standard base64, or returns null when it is not. */
    @Nullable
    public static byte[] decodeBase64(String b64) {
        try {
            return Base64.getDecoder().decode(b64.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static String format(String mediaType, byte[] data) {
        return PREFIX + mediaType + BASE64 + ',' + Base64.getEncoder().encodeToString(data);
    }

    static String normaliseMediaType(String mediaType) {
        final String lower = mediaType.trim().toLowerCase(Locale.ROOT);
        return "image/jpg".equals(lower) ? "image/jpeg" : lower;
    }
}
