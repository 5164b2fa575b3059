package dev.switchboard.transcoder.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.switchboard.transcoder.common.SseEvent;
import dev.switchboard.transcoder.error.GatewayException;

/**
 * The text-delta shortcut of {@link AnthropicStreamDecoder} against its parser: every recorded
 * stream, and events built to trip it, must decode exactly as without it, and text must take it.
 */
class AnthropicShortcutTest {
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(1_700_000_000), ZoneOffset.UTC);
    private static final String START = "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":\"message\","
            + "\"role\":\"assistant\",\"model\":\"claude-x\",\"content\":[],\"usage\":{\"input_tokens\":10,\"output_tokens\":1}}}";
    private static final String BLOCK = "{\"type\":\"content_block_start\",\"index\":0,"
            + "\"content_block\":{\"type\":\"text\",\"text\":\"\"}}";

    static Stream<String> recordings() {
        return AnthropicStreamFixturesTest.expectations().map(AnthropicStreamFixturesTest.Expected::recording);
    }

    private static String text(String t) {
        return "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"" + t + "\"}}";
    }

    /** Every event's output (chunks, or the error) both ways; the shortcut's hits. */
    private static int bothWays(List<SseEvent> events) {
        final AnthropicStreamDecoder plain = new AnthropicStreamDecoder("m", CLOCK, false);
        final AnthropicStreamDecoder fast = new AnthropicStreamDecoder("m", CLOCK, true);
        for (SseEvent e : events) {
            assertThat(outcome(fast, e)).as(e.data()).isEqualTo(outcome(plain, e));
        }
        return fast.shortcutHits();
    }

    private static Object outcome(AnthropicStreamDecoder d, SseEvent e) {
        final List<Object> out = new ArrayList<>();
        try {
            d.decode(e, out::add);
        } catch (GatewayException ex) {
            out.add(ex.kind() + ": " + ex.getMessage());
        }
        return out;
    }

    private static List<SseEvent> events(String... data) {
        return Stream.of(data).map(d -> new SseEvent(null, d)).toList();
    }

    @ParameterizedTest
    @MethodSource("recordings")
    void recordedStreamsDecodeAsWithoutTheShortcut(String recording) {
        bothWays(AnthropicStreamFixturesTest.events(recording));
    }

    @Test
    void textStreamsTakeIt() {
        assertThat(bothWays(AnthropicStreamFixturesTest.events("antpy-http-tool-roundtrip-stream.json#1")))
                .isGreaterThan(3);
        assertThat(bothWays(events(START, BLOCK, text("Hel"), text("lo"), text(" wor"), text("ld"))))
                .isEqualTo(3);
    }

    @Test
    void eventsShapedOtherwiseGoToTheParser() {
        // An empty text (dropped), escapes, non-ASCII, another index, another delta type with the
        // same key, a usage object, fields in another order, trailing bytes, malformed JSON.
        assertThat(bothWays(events(START, BLOCK, text("a"),
                text(""), text("say \\\"hi\\\"\\n"), text("caf\u00e9 \\u00e9"), text("\\ud83d\\ude00"),
                "{\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"text_delta\",\"text\":\"b\"}}",
                "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"thinking_delta\",\"text\":\"c\"}}",
                "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"d\"},"
                + "\"usage\":{\"output_tokens\":5}}",
                "{\"type\":\"content_block_delta\",\"delta\":{\"type\":\"text_delta\",\"text\":\"e\"},\"index\":0}",
                text("f") + " ", text("g\" , \"x\":\"y"), text("h"),
                "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"i\"}",
                text("j"),
                "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"},\"usage\":{\"output_tokens\":9}}",
                "{\"type\":\"message_stop\"}", text("after the end")))).isPositive();
    }

    @Test
    void whitespaceBetweenTheClosingBracketsVariesAsAnthropicPadsIt() {
        final String open = "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"";
        assertThat(bothWays(events(START, BLOCK, open + "a\"}   }", open + "b\"}}", open + "c\" }\t\n} ",
                                   open + "d\"}      }   "))).isEqualTo(3);
        // Anything but whitespace and the same brackets goes to the parser.
        assertThat(bothWays(events(START, BLOCK, open + "a\"}   }", open + "b\"}}]", open + "c\"} x }",
                                   open + "d\"]}", open + "e\"}", open + "f\"}, \"x\": 1}"))).isZero();
    }

    @Test
    void aStreamWithoutItsStartKeepsTheRoleOnTheFirstChunkOnly() {
        assertThat(bothWays(events(BLOCK, text("a"), text("b"), text("c")))).isEqualTo(1);
    }
}
