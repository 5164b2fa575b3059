package dev.switchboard.transcoder.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.transcoder.common.SseEvent;
import dev.switchboard.transcoder.format.StreamDecoder;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionResponse;

/**
 * An Anthropic upstream that stopped at one of the client's stop sequences says which; an
 * Anthropic client gets {@code stop_reason: "stop_sequence"} and the sequence back, whole or
 * streamed. (Shapes from Anthropic's Messages reference: {@code stop_sequence} is the matched
 * sequence, or null.)
 */
class MessagesStopSequenceTest {
    private static final ObjectMapper mapper = new ObjectMapper();

    @Test
    void wholeAnswer() throws Exception {
        final ChatCompletionResponse r = new AnthropicFormat().decodeChat((
                "{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude\","
                + "\"content\":[{\"type\":\"text\",\"text\":\"1, 2, 3\"}],\"stop_reason\":\"stop_sequence\","
                + "\"stop_sequence\":\"4\",\"usage\":{\"input_tokens\":5,\"output_tokens\":6}}")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(r.getChoices(0).getStopSequence()).isEqualTo("4");

        final JsonNode out = mapper.readTree(MessagesResponseEncoder.encode(r, "claude"));
        assertThat(out.path("stop_reason").asText()).isEqualTo("stop_sequence");
        assertThat(out.path("stop_sequence").asText()).isEqualTo("4");
    }

    @Test
    void streamedAnswer() throws Exception {
        final StreamDecoder decoder = new AnthropicFormat().newStreamDecoder("claude");
        final List<ChatCompletionChunk> chunks = new ArrayList<>();
        for (String data : List.of(
                "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\","
                + "\"model\":\"claude\",\"content\":[],\"stop_reason\":null,\"stop_sequence\":null,"
                + "\"usage\":{\"input_tokens\":5,\"output_tokens\":1}}}",
                "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}",
                "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"1, 2, 3\"}}",
                "{\"type\":\"content_block_stop\",\"index\":0}",
                "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"stop_sequence\",\"stop_sequence\":\"4\"},"
                + "\"usage\":{\"output_tokens\":6}}",
                "{\"type\":\"message_stop\"}")) {
            decoder.decode(new SseEvent(null, data), chunks::add);
        }
        final MessagesStreamEncoder encoder = new MessagesStreamEncoder("claude");
        final StringBuilder sse = new StringBuilder();
        for (ChatCompletionChunk c : chunks) {
            sse.append(new String(encoder.encode(c), StandardCharsets.UTF_8));
        }
        sse.append(new String(encoder.finish(), StandardCharsets.UTF_8));
        final String delta = sse.toString().lines().filter(l -> l.startsWith("data: {\"type\":\"message_delta\""))
                                .findFirst().orElseThrow().substring(6);
        final JsonNode d = mapper.readTree(delta).path("delta");
        assertThat(d.path("stop_reason").asText()).isEqualTo("stop_sequence");
        assertThat(d.path("stop_sequence").asText()).isEqualTo("4");
    }
}
