package dev.switchboard.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Runs after the whole server suite (its own surefire execution, see server/pom.xml): every line
 * the suite logged (surefire keeps each test class's output in target/surefire-reports/*-output.txt,
 * the gateway's loggers at DEBUG) is searched for every secret the tests used, as
 * {@code testing.SecretsSeen} recorded them. Zero hits, or the build fails naming the file. The
 * gateways the suite starts write their JSON access log to stdout (the default), so every request's
 * line is among what is searched; the check makes sure it saw them.
 */
class SecretsInLogsCheck {
    /** Shorter values are not secrets worth the name (and would match by chance). */
    private static final int MIN_LENGTH = 12;
    /** What only an access-log line carries. */
    private static final String ACCESS_LINE = "{\"time\":\"";

    @Test
    void noSecretAppearsInAnyLogLine() throws IOException {
        final Set<String> secrets = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("target/test-secrets"))) {
            for (Path f : files.toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (line.length() >= MIN_LENGTH) {
                        secrets.add(line);
                    }
                }
            }
        }
        assertThat(secrets).as("secrets recorded by the suite").hasSizeGreaterThan(20);
        final List<String> hits = new ArrayList<>();
        int scanned = 0;
        int accessLines = 0;
        try (Stream<Path> files = Files.list(Path.of("target/surefire-reports"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith("-output.txt")).toList()) {
                final String log = Files.readString(f, StandardCharsets.ISO_8859_1);
                scanned++;
                for (int i = log.indexOf(ACCESS_LINE); i >= 0; i = log.indexOf(ACCESS_LINE, i + 1)) {
                    if (log.startsWith("\"request_id\":\"", log.indexOf(',', i) + 1)) {
                        accessLines++;
                    }
                }
                for (String secret : secrets) {
                    if (log.contains(secret)) {
                        hits.add(f.getFileName() + " contains a secret ending in "
                                 + secret.substring(secret.length() - 4));
                    }
                }
            }
        }
        assertThat(scanned).as("log files of the suite").isGreaterThan(10);
        assertThat(accessLines).as("access-log lines among them").isGreaterThan(500);
        assertThat(hits).isEmpty();
    }
}
