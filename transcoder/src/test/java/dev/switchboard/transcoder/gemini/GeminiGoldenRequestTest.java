package dev.switchboard.transcoder.gemini;

import static dev.switchboard.transcoder.gemini.GeminiRecordings.FORMAT;
import static dev.switchboard.transcoder.gemini.GeminiRecordings.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.protobuf.TextFormat;

import dev.switchboard.transcoder.format.EncodedRequest;
import dev.switchboard.transcoder.openai.OpenAiChatRequestDecoder;
import dev.switchboard.transcoder.testing.Fixtures;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Role;

/**
 * Walks {@code golden/gemini/}: every case's canonical request, encoded, must give the path and the
 * body written by hand in the case folder (see its README for how they relate to the recordings).
 */
class GeminiGoldenRequestTest {
    private static final Pattern PATH = Pattern.compile("/models/([^:]+):(generateContent|streamGenerateContent\\?alt=sse)");

    static Stream<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> dirs = Files.list(root())) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    private static Path root() throws URISyntaxException {
        return Paths.get(GeminiGoldenRequestTest.class.getClassLoader().getResource("golden/gemini").toURI());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void encodesTheHandWrittenRequest(String name) throws Exception {
        final Path dir = root().resolve(name);
        final String path = Files.readString(dir.resolve("path.txt")).strip();
        final Matcher m = PATH.matcher(path);
        assertThat(m.matches()).as("path.txt names the model and the method").isTrue();
        final String model = m.group(1);
        final boolean stream = m.group(2).startsWith("stream");

        final EncodedRequest encoded = FORMAT.encodeChat(input(dir), model, stream);

        assertThat(encoded.path()).isEqualTo(path);
        assertThat(encoded.path()).doesNotContain("key=");
        assertThat(encoded.headers()).isEmpty();
        assertThat(json(encoded.body())).isEqualTo(json(Files.readAllBytes(dir.resolve("request.json"))));
        final Path dropped = dir.resolve("dropped.txt");
        final List<String> expectedDropped = Files.exists(dropped)
                ? Files.readAllLines(dropped).stream().filter(l -> !l.isBlank()).toList() : List.of();
        assertThat(encoded.droppedParams()).isEqualTo(expectedDropped);
    }

    private static ChatCompletionRequest input(Path dir) throws IOException {
        if (Files.exists(dir.resolve("canonical.textproto"))) {
            return TextFormat.parse(Files.readString(dir.resolve("canonical.textproto")), ChatCompletionRequest.class);
        }
        final byte[] openai = Files.exists(dir.resolve("openai-request.json"))
                ? Files.readAllBytes(dir.resolve("openai-request.json"))
                : Fixtures.bytes(Files.readString(dir.resolve("openai-fixture.txt")).strip());
        return OpenAiChatRequestDecoder.decode(openai).request();
    }

    /** countTokens takes the same contents as generateContent; the recorded ones must match ours. */
    @Test
    void contentsMatchTheRecordedCountTokensRequest() {
        final ChatCompletionRequest req = ChatCompletionRequest.newBuilder().addMessages(
                Message.newBuilder().setRole(Role.ROLE_USER)
                       .addContent(ContentPart.newBuilder().setText("The quick brown fox jumps over the lazy dog.")))
                                                               .build();
        final EncodedRequest encoded = FORMAT.encodeChat(req, "gemini-2.5-flash", false);
        final GeminiRecordings.Interaction recorded = GeminiRecordings.jsgenai("gemini/jsgenai-count-tokens.json").get(0);
        assertThat(json(encoded.body()).get("contents")).isEqualTo(recorded.request().get("contents"));
    }

    @Test
    void recordedPathsMatchOurs() {
        // The recorded URLs carry the API version, which lives in the provider's base URL.
        final GeminiRecordings.Interaction stream =
                GeminiRecordings.jsgenai("gemini/jsgenai-stream-text-gemini-2.0-flash.json").get(0);
        final GeminiRecordings.Interaction unary =
                GeminiRecordings.jsgenai("gemini/jsgenai-nonstream-function-calling-two-turns.json").get(0);
        final ChatCompletionRequest req = ChatCompletionRequest.newBuilder().addMessages(
                Message.newBuilder().setRole(Role.ROLE_USER).addContent(ContentPart.newBuilder().setText("hi"))).build();
        assertThat("/v1beta" + FORMAT.encodeChat(req, "gemini-2.0-flash", true).path()).isEqualTo(stream.url());
        assertThat("/v1beta" + FORMAT.encodeChat(req, "models/gemini-2.0-flash", false).path()).isEqualTo(unary.url());
        assertThat(new String(FORMAT.encodeChat(req, "gemini-2.0-flash", true).body(), StandardCharsets.UTF_8))
                .doesNotContain("\"stream\"");
    }
}
