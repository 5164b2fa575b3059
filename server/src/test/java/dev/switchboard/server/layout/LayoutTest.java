package dev.switchboard.server.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The module and package rules of docs/architecture.md, read from the sources' imports: the
 * transcoder is pure wire formats, the core knows nothing of its surfaces, and formats do not
 * lean on each other except where the document says so.
 */
class LayoutTest {
    private static final Path SERVER = Path.of("src/main/java/dev/switchboard/server");
    private static final Path TRANSCODER = Path.of("../transcoder/src/main/java/dev/switchboard/transcoder");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+);", Pattern.MULTILINE);

    @Test
    void theTranscoderDoesNoIoAndServesNothing() {
        assertThat(importsMatching(TRANSCODER, "^(com\\.linecorp|io\\.netty|java\\.net|java\\.nio\\.file|org\\.jdbi)\\..*"))
                .isEmpty();
    }

    @Test
    void theCoreImportsNeitherSurface() {
        for (String core : List.of("inference", "routing", "upstream", "provider", "alias", "responses")) {
            assertThat(importsMatching(SERVER.resolve(core), "^dev\\.switchboard\\.server\\.(http|grpc)\\..*"))
                    .as(core).isEmpty();
        }
    }

    @Test
    void formatsDependOnlyOnTheSharedPackagesAndTheNamedExceptions() {
        assertThat(importsMatching(TRANSCODER.resolve("anthropic"),
                                   "^dev\\.switchboard\\.transcoder\\.(openai|gemini|responses)\\..*")).isEmpty();
        assertThat(importsMatching(TRANSCODER.resolve("gemini"),
                                   "^dev\\.switchboard\\.transcoder\\.(openai|anthropic|responses)\\..*")).isEmpty();
        assertThat(importsMatching(TRANSCODER.resolve("openai"),
                                   "^dev\\.switchboard\\.transcoder\\.(gemini|responses)\\..*")).isEmpty();
        // openai reads Anthropic's redacted-thinking tag for thinking_blocks, nothing else of it.
        assertThat(importsMatching(TRANSCODER.resolve("openai"), "^dev\\.switchboard\\.transcoder\\.anthropic\\..*"))
                .allMatch(i -> i.endsWith("anthropic.AnthropicNames"));
        for (String shared : List.of("common", "format", "error")) {
            assertThat(importsMatching(TRANSCODER.resolve(shared),
                                       "^dev\\.switchboard\\.transcoder\\.(openai|anthropic|gemini|responses)\\..*"))
                    .as(shared).isEmpty();
        }
    }

    @Test
    void identityPackagesLayerWithoutCycles() {
        // auth (who is calling) < access (users and keys) < oauth (tokens, issuers) < admin (the
        // AccessAdmin façade); audit and crypto sit below all of them.
        assertThat(importsMatching(SERVER.resolve("auth"), "^dev\\.switchboard\\.server\\.(access|oauth|admin|audit)\\..*"))
                .isEmpty();
        assertThat(importsMatching(SERVER.resolve("access"), "^dev\\.switchboard\\.server\\.(oauth|admin)\\..*"))
                .isEmpty();
        assertThat(importsMatching(SERVER.resolve("oauth"), "^dev\\.switchboard\\.server\\.admin\\..*")).isEmpty();
        for (String below : List.of("audit", "crypto")) {
            assertThat(importsMatching(SERVER.resolve(below),
                                       "^dev\\.switchboard\\.server\\.(access|oauth|admin)\\..*")).as(below).isEmpty();
        }
    }

    @Test
    void accountingSitsBehindOneSeam() {
        // The core calls usage's seam (Metering and its types) and nothing that implements it.
        for (String core : List.of("inference", "routing", "upstream", "provider", "alias", "responses")) {
            assertThat(importsMatching(SERVER.resolve(core),
                                       "^dev\\.switchboard\\.server\\.(limits|pricing|usage\\.ledger)\\..*"))
                    .as(core).isEmpty();
        }
        // The seam knows nothing of the core, nor of the limits and prices behind it.
        assertThat(importsMatching(SERVER.resolve("usage"),
                                   "^dev\\.switchboard\\.server\\.(inference|routing|upstream|limits|pricing)\\..*"))
                .isEmpty();
        for (String behind : List.of("limits", "pricing")) {
            assertThat(importsMatching(SERVER.resolve(behind),
                                       "^dev\\.switchboard\\.server\\.(inference|routing|upstream)\\..*"))
                    .as(behind).isEmpty();
        }
    }

    /** "file: import" for every import under {@code dir} whose name matches {@code regex}. */
    private static List<String> importsMatching(Path dir, String regex) {
        final List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                final Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    if (m.group(1).matches(regex)) {
                        found.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(Files.isDirectory(dir)).as(dir.toString()).isTrue();
        return found;
    }
}
