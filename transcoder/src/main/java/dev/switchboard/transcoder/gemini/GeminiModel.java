package dev.switchboard.transcoder.gemini;

import java.nio.charset.StandardCharsets;

/**
 * What the adapter needs to know about a Gemini model name: its resource path and the few
 * family differences the request must follow.
 */
final class GeminiModel {
    private static final String MODELS = "models/";
    private static final String TUNED = "tunedModels/";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** The name without the {@code models/} prefix Gemini's own lists and SDKs use. */
    static String bare(String model) {
        return model.startsWith(MODELS) ? model.substring(MODELS.length()) : model;
    }

    /** {@code models/<name>} (or {@code tunedModels/<name>}), escaped for a URL path. */
    static String resource(String model) {
        if (model.startsWith(TUNED)) {
            return TUNED + escape(model.substring(TUNED.length()));
        }
        return MODELS + escape(bare(model));
    }

    /**
     * Models older than Gemini 2.0 take only the OpenAPI-subset {@code parameters} /
     * {@code responseSchema}, not full JSON Schema.
     */
    static boolean legacySchema(String model) {
        final String m = bare(model);
        return m.startsWith("gemini-1.") || "gemini-pro".equals(m) || m.startsWith("gemini-pro-vision");
    }

    /** Gemini 3 takes a thinking level and requires function-call signatures on replay. */
    static boolean gemini3(String model) {
        return bare(model).startsWith("gemini-3");
    }

    /** Gemini 3 Flash is the one family that knows the "minimal" thinking level. */
    static boolean flash(String model) {
        return bare(model).contains("flash");
    }

    /** Models that cannot turn thinking off: a budget of 0 is rejected (2.5 Pro's minimum is 128). */
    static boolean alwaysThinks(String model) {
        return bare(model).startsWith("gemini-2.5-pro");
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters, so a name cannot alter the path. */
    private static String escape(String s) {
        final StringBuilder sb = new StringBuilder(s.length());
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            final char c = (char) (b & 0xFF);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~') {
                sb.append(c);
            } else {
                sb.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return sb.toString();
    }

    private GeminiModel() {}
}
