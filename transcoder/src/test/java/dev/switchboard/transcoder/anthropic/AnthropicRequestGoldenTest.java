package dev.switchboard.transcoder.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.switchboard.transcoder.format.EncodedRequest;
import dev.switchboard.transcoder.openai.DecodedChatRequest;
import dev.switchboard.transcoder.openai.OpenAiChatRequestDecoder;

/**
 * Walks {@code golden/anthropic/<case>/}: {@code input.json} is an OpenAI request as a client sends
 * it, decoded by the production OpenAI codec; {@code request.json} is the Messages API body a
 * person wrote from Anthropic's documentation and the recorded requests; {@code dropped.json} the
 * parameters that must be reported as dropped. A top-level {@code _comment} is documentation.
 */
class AnthropicRequestGoldenTest {

    static Stream<String> cases() throws IOException, URISyntaxException {
        final Path root = Path.of(AnthropicRequestGoldenTest.class.getClassLoader()
                                                                  .getResource("golden/anthropic").toURI());
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void encodesTheRequestAPersonWroteFromTheDocs(String name) throws Exception {
        final JsonNode input = withoutComment(read(name, "input.json"));
        final DecodedChatRequest decoded = OpenAiChatRequestDecoder.decode(
                AnthropicRecordings.MAPPER.writeValueAsBytes(input));
        final EncodedRequest encoded = new AnthropicFormat().encodeChat(
                decoded.request(), decoded.request().getModel(), decoded.stream());

        assertThat(encoded.path()).isEqualTo("/messages");
        assertThat(encoded.headers()).containsEntry("anthropic-version", "2023-06-01").hasSize(1);
        assertThat(AnthropicRecordings.tree(encoded.body())).isEqualTo(withoutComment(read(name, "request.json")));
        final List<String> dropped = new ArrayList<>();
        read(name, "dropped.json").forEach(n -> dropped.add(n.asText()));
        assertThat(encoded.droppedParams()).containsExactlyInAnyOrderElementsOf(dropped);
    }

    private static JsonNode read(String name, String file) {
        try {
            return AnthropicRecordings.tree(AnthropicRequestGoldenTest.class.getClassLoader()
                    .getResourceAsStream("golden/anthropic/" + name + '/' + file).readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode withoutComment(JsonNode n) {
        ((ObjectNode) n).remove("_comment");
        return n;
    }
}
