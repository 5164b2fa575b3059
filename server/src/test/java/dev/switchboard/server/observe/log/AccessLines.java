package dev.switchboard.server.observe.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.linecorp.armeria.common.AggregatedHttpResponse;

/** Reads an access-log file the way a log shipper would: each line parsed as JSON on its own. */
final class AccessLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AccessLines() {}

    static List<JsonNode> all(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            final List<JsonNode> lines = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isEmpty()) {
                    lines.add(JSON.readTree(line));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one line of the answer's request (named by its x-switchboard-request-id), waiting for the writer. */
    static JsonNode of(Path file, AggregatedHttpResponse res) throws InterruptedException {
        final String id = res.headers().get("x-switchboard-request-id");
        assertThat(id).as("x-switchboard-request-id").isNotBlank();
        return of(file, id);
    }

    static JsonNode of(Path file, String requestId) throws InterruptedException {
        final long deadline = System.nanoTime() + 10_000_000_000L;
        List<JsonNode> mine = List.of();
        while (System.nanoTime() < deadline) {
            mine = all(file).stream().filter(l -> requestId.equals(l.path("request_id").asText())).toList();
            if (!mine.isEmpty()) {
                // A second line for the same request would come in the same or the next batch.
                Thread.sleep(100);
                mine = all(file).stream().filter(l -> requestId.equals(l.path("request_id").asText())).toList();
                break;
            }
            Thread.sleep(20);
        }
        assertThat(mine).as("access-log lines of request " + requestId).hasSize(1);
        return mine.get(0);
    }
}
