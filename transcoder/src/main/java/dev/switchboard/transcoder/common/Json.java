package dev.switchboard.transcoder.common;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;

/**
 * The one Jackson factory every codec reads and writes with, configured once for untrusted input,
 * plus the small plumbing around it.
 */
public final class Json {
    /**
     * Longest single JSON string accepted. Requests are size-capped by the server before decoding;
     * this limit only has to stay above a large base64 image or document (Jackson's default of
     * 20M chars is below OpenAI's 20 MB image limit once base64-encoded).
     */
    private static final int MAX_STRING_LENGTH = 64 * 1024 * 1024;

    /**
     * Thread-safe once built. Field names are not interned: clients and upstreams choose them freely,
     * and interning would let them grow the JVM string table.
     */
    public static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .streamReadConstraints(StreamReadConstraints.builder()
                                                        .maxStringLength(MAX_STRING_LENGTH)
                                                        .build())
            .build();

    /** Writes one JSON document. */
    @FunctionalInterface
    public interface Writer {
        void write(JsonGenerator g) throws IOException;
    }

    /** Reads one JSON document; the parser is on its first token, which may be null for empty input. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(JsonParser p) throws IOException;
    }

    /** Runs {@code body} against a fresh generator and returns the UTF-8 bytes it wrote. */
    public static byte[] write(Writer body) {
        final ByteArrayBuilder out = new ByteArrayBuilder(512);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            body.write(g);
        } catch (IOException e) {
            // Only a bug can get here: the target is memory, and every value we write is valid.
            throw new UncheckedIOException(e);
        }
        final byte[] bytes = out.toByteArray();
        out.release();
        return bytes;
    }

    /**
     * Describes a parse failure without echoing the input: Jackson's message without its source
     * excerpt, plus the position.
     */
    public static String describe(JsonProcessingException e) {
        final StringBuilder sb = new StringBuilder(String.valueOf(e.getOriginalMessage()));
        final JsonLocation loc = e.getLocation();
        if (loc != null && loc.getLineNr() > 0) {
            sb.append(" at line ").append(loc.getLineNr()).append(", column ").append(loc.getColumnNr());
        }
        return sb.toString();
    }

    /** Shortens text quoted back in an error message, so a client never gets its own megabytes back. */
    public static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "...";
    }

    private Json() {}
}
