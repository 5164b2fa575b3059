package dev.switchboard.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every secret a test hands the gateway (keys, client secrets, refresh and access tokens), written
 * down so that {@code SecretsInLogsCheck}, run after the whole suite, can look for each of them in
 * every line the suite logged.
 */
public final class SecretsSeen {
    private static final Path FILE = Path.of(System.getProperty("secrets.seen.dir", "target/test-secrets"))
                                         .resolve("secrets-" + ProcessHandle.current().pid() + ".txt");

    private static final ObjectMapper JSON = new ObjectMapper();

    private SecretsSeen() {}

    public static synchronized void record(String... secrets) {
        try {
            Files.createDirectories(FILE.getParent());
            final StringBuilder lines = new StringBuilder();
            for (String s : secrets) {
                if (s != null && !s.isBlank()) {
                    lines.append(s.strip()).append('\n');
                }
            }
            Files.writeString(FILE, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records the secrets a JSON body hands the gateway: provider keys and secret header values. */
    public static void recordIn(String json) {
        final JsonNode body;
        try {
            body = JSON.readTree(json);
        } catch (IOException e) {
            // Not JSON (a test of bad input): it hands over no secret.
            return;
        }
        if (body == null || !body.isObject()) {
            return;
        }
        for (String field : new String[] { "api_key", "client_secret", "secret" }) {
            if (body.path(field).isTextual()) {
                record(body.get(field).asText());
            }
        }
        body.path("secret_headers").elements().forEachRemaining(v -> record(v.asText()));
    }
}
