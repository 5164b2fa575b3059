package dev.switchboard.transcoder.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.switchboard.transcoder.common.SseEvent;
import dev.switchboard.transcoder.common.SseParser;

/**
 * Loads the recorded third-party upstream traffic under {@code fixtures/upstream/} on the test class
 * path (see its README.md for sources and licenses). Paths are relative to that folder, for example
 * {@code openai/chat/oaipy-stream-text-include-usage.sse}.
 */
public final class Fixtures {
    private static final String ROOT = "fixtures/upstream/";

    public static byte[] bytes(String path) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String string(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    /**
     * A stream written by hand from a provider's reference where no recording shows the rule
     * ({@code fixtures/written/}, see its README.md), for example {@code openai/chat/roleless-text.sse}.
     */
    public static String written(String path) {
        return new String(resource("fixtures/written/" + path), StandardCharsets.UTF_8);
    }

    /** The events of a raw {@code .sse} recording, parsed with the production {@link SseParser}. */
    public static List<SseEvent> sseEvents(String path) {
        final List<SseEvent> events = new ArrayList<>();
        final SseParser parser = new SseParser();
        parser.feed(bytes(path), events::add);
        parser.finish(events::add);
        return events;
    }

    /** The {@code data:} payloads of a raw {@code .sse} recording, {@code [DONE]} included. */
    public static List<String> sseData(String path) {
        return sseEvents(path).stream().map(SseEvent::data).toList();
    }

    /** The payloads of a vercel {@code *.chunks.jsonl} recording: one per non-blank line. */
    public static List<String> jsonl(String path) {
        return string(path).lines().filter(line -> !line.isBlank()).toList();
    }

    /** A hand-written test resource (a golden file), by its path from the classpath root. */
    public static byte[] resource(String path) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The non-blank lines of a hand-written test resource. */
    public static List<String> lines(String path) {
        return new String(resource(path), java.nio.charset.StandardCharsets.UTF_8)
                .lines().filter(line -> !line.isBlank()).toList();
    }

    /** The payloads of either kind of stream recording, chosen by file suffix. */
    public static List<String> streamPayloads(String path) {
        if (path.endsWith(".sse")) {
            return sseData(path);
        }
        if (path.endsWith(".jsonl")) {
            return jsonl(path);
        }
        throw new IllegalArgumentException("not a stream recording: " + path);
    }

    private Fixtures() {}
}
