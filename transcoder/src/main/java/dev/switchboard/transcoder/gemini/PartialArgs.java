package dev.switchboard.transcoder.gemini;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Nullable;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.gemini.GeminiResponse.PartialArg;

/**
 * Puts together the arguments of one function call that Vertex AI streamed as
 * {@code partialArgs} (streamFunctionCallArguments): each piece sets a value at a JSON path
 * ({@code $.a.b[0]}, {@code $['a b']}); string pieces at the same path are concatenated. The
 * arguments are handed on whole once the call ends, so clients always get one valid JSON object.
 */
final class PartialArgs {
    /** A number, boolean or null, kept as the JSON text Gemini sent. */
    private record Literal(String json) {}

    private final Map<String, Object> root = new LinkedHashMap<>();

    /** Adds one piece; a piece whose path cannot be read is ignored. */
    void add(PartialArg arg) {
        final List<Object> path = parse(arg.jsonPath());
        if (path == null || path.isEmpty()) {
            return;
        }
        Object container = root;
        for (int i = 0; i < path.size() - 1; i++) {
            final Object key = path.get(i);
            final boolean listNext = path.get(i + 1) instanceof Integer;
            Object child = get(container, key);
            if (listNext ? !(child instanceof List) : !(child instanceof Map)) {
                child = listNext ? new ArrayList<>() : new LinkedHashMap<String, Object>();
                set(container, key, child);
            }
            container = child;
        }
        final Object last = path.get(path.size() - 1);
        if (arg.string() != null) {
            final Object have = get(container, last);
            if (have instanceof StringBuilder) {
                ((StringBuilder) have).append(arg.string());
            } else {
                set(container, last, new StringBuilder(arg.string()));
            }
        } else {
            set(container, last, new Literal(arg.literal()));
        }
    }

    /** The arguments as one JSON object. */
    String json() {
        final StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
            write(g, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static void write(JsonGenerator g, Object v) throws IOException {
        if (v instanceof Map) {
            g.writeStartObject();
            for (Map.Entry<String, Object> e : ((Map<String, Object>) v).entrySet()) {
                g.writeFieldName(e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof List) {
            g.writeStartArray();
            for (Object e : (List<Object>) v) {
                write(g, e);
            }
            g.writeEndArray();
        } else if (v instanceof StringBuilder) {
            g.writeString(v.toString());
        } else if (v instanceof Literal) {
            g.writeRawValue(((Literal) v).json());
        } else {
            g.writeNull();
        }
    }

    @Nullable
    @SuppressWarnings("unchecked")
    private static Object get(Object container, Object key) {
        if (container instanceof Map) {
            return ((Map<String, Object>) container).get(String.valueOf(key));
        }
        final List<Object> list = (List<Object>) container;
        final int i = key instanceof Integer ? (Integer) key : -1;
        return i >= 0 && i < list.size() ? list.get(i) : null;
    }

    @SuppressWarnings("unchecked")
    private static void set(Object container, Object key, Object value) {
        if (container instanceof Map) {
            ((Map<String, Object>) container).put(String.valueOf(key), value);
            return;
        }
        final List<Object> list = (List<Object>) container;
        if (!(key instanceof Integer)) {
            return;
        }
        final int i = (Integer) key;
        while (list.size() <= i) {
            list.add(null);
        }
        list.set(i, value);
    }

    /** {@code $.a.b[0]['c d']} as [a, b, 0, "c d"]; null when it is not a path we can follow. */
    @Nullable
    static List<Object> parse(String path) {
        if (!path.startsWith("$")) {
            return null;
        }
        final List<Object> out = new ArrayList<>();
        int i = 1;
        while (i < path.length()) {
            final char c = path.charAt(i);
            if (c == '.') {
                int end = i + 1;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                if (end == i + 1) {
                    return null;
                }
                out.add(path.substring(i + 1, end));
                i = end;
            } else if (c == '[') {
                final int close = path.indexOf(']', i);
                if (close < 0) {
                    return null;
                }
                final String inner = path.substring(i + 1, close);
                if (inner.length() >= 2 && (inner.charAt(0) == '\'' || inner.charAt(0) == '"')
                    && inner.charAt(inner.length() - 1) == inner.charAt(0)) {
                    out.add(inner.substring(1, inner.length() - 1));
                } else {
                    try {
                        out.add(Integer.parseInt(inner));
                    } catch (NumberFormatException e) {
                        return null;
                    }
                }
                i = close + 1;
            } else {
                return null;
            }
        }
        return out;
    }
}
