package dev.switchboard.transcoder.openai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.switchboard.transcoder.common.TextEventShortcut;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.testing.Fixtures;
import dev.switchboard.v1.ChatCompletionChunk;

/**
 * The stream shortcuts ({@link TextEventShortcut}, {@link TextChunkShortcut}) against the
 * parser and the generator: every recorded stream, and upstream bytes built to trip them, must
 * decode and encode exactly as without them, and the text streams must take them.
 */
class OpenAiChunkShortcutTest {

    static Stream<String> recordings() {
        return OpenAiStreamFixturesTest.recordings();
    }

    /** What one payload decodes to: the chunk, null, or the error's kind and message. */
    private static Object outcome(OpenAiChunkDecoder d, byte[] payload) {
        try {
            return d.decode(payload);
        } catch (GatewayException e) {
            return e.kind() + ": " + e.getMessage();
        }
    }

    /** Decodes the payloads both ways, asserts each pair equal; the shortcut's hit count. */
    private static int bothWays(List<byte[]> payloads) {
        final OpenAiChunkDecoder plain = new OpenAiChunkDecoder(false);
        final OpenAiChunkDecoder fast = new OpenAiChunkDecoder(true);
        for (byte[] payload : payloads) {
            assertThat(outcome(fast, payload)).as(new String(payload, StandardCharsets.UTF_8))
                                              .isEqualTo(outcome(plain, payload));
        }
        return fast.shortcutHits();
    }

    private static List<byte[]> bytes(List<String> payloads) {
        final List<byte[]> out = new ArrayList<>();
        for (String p : payloads) {
            if (!"[DONE]".equals(p.strip())) {
                out.add(p.getBytes(StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("recordings")
    void recordedStreamsDecodeAsWithoutTheShortcut(String path) {
        bothWays(bytes(Fixtures.streamPayloads(path)));
    }

    @ParameterizedTest
    @MethodSource("recordings")
    void recordedStreamsEncodeAsWithoutTheShortcut(String path) {
        for (boolean includeUsage : new boolean[] { false, true }) {
            final OpenAiChunkEncoder encoder = new OpenAiChunkEncoder(includeUsage);
            final OpenAiChunkDecoder decoder = new OpenAiChunkDecoder();
            for (byte[] payload : bytes(Fixtures.streamPayloads(path))) {
                final ChatCompletionChunk chunk = decoder.decode(payload);
                if (chunk != null) {
                    assertThat(new String(encoder.encode(chunk), StandardCharsets.UTF_8))
                            .isEqualTo(new String(OpenAiChunkEncoder.encode(chunk, includeUsage),
                                                  StandardCharsets.UTF_8));
                }
            }
        }
    }

    @Test
    void textStreamsTakeTheShortcuts() {
        // OpenAI's own stream: obfuscation padding of varying length on every event, usage null.
        final List<byte[]> openAi = bytes(Fixtures.streamPayloads("openai/chat/vercel-openai-text.chunks.jsonl"));
        final int texts = openAi.size() - 3; // the role opener, the finish and the usage events are not text
        assertThat(bothWays(openAi)).isEqualTo(texts - 1); // the first text event teaches it
        // Eight text events after the opener, the first of them teaching.
        assertThat(bothWays(bytes(Fixtures.streamPayloads("openai/chat/louter-stream-gpt-4o-mini-no-usage.sse"))))
                .isEqualTo(7);

        assertThat(encodedByTheShortcut(openAi)).isEqualTo(texts);

        // DeepSeek's reasoning: 39 events with nothing but reasoning_content (content null).
        final List<byte[]> deepSeek = bytes(Fixtures.streamPayloads("openai-compatible/vercel-deepseek-tool-call.chunks.jsonl"));
        assertThat(bothWays(deepSeek)).isEqualTo(38);
        assertThat(encodedByTheShortcut(deepSeek)).isEqualTo(39);
    }

    private static int encodedByTheShortcut(List<byte[]> payloads) {
        final OpenAiChunkEncoder encoder = new OpenAiChunkEncoder(false);
        final OpenAiChunkDecoder decoder = new OpenAiChunkDecoder();
        for (byte[] payload : payloads) {
            final ChatCompletionChunk chunk = decoder.decode(payload);
            if (chunk != null) {
                encoder.encode(chunk);
            }
        }
        return encoder.shortcutHits();
    }

    private static byte[] event(String id, String content, String padding) {
        return ("{\"id\":\"" + id + "\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\","
                + "\"choices\":[{\"index\":0,\"delta\":{\"content\":" + content + "},\"logprobs\":null,"
                + "\"finish_reason\":null}]" + padding + "}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void unusualTextDecodesAsWithoutTheShortcut() {
        final List<byte[]> events = new ArrayList<>();
        events.add(event("c", "\"first\"", ""));
        for (String content : new String[] {
                "\"plain\"", "\"\"", "\"say \\\"hi\\\"\\n\"", "\"\\u00e9\\ud83d\\ude00\"", "\"\u4e2d\u6587 \ud83d\ude00\"",
                "\"back\\\\slash\\\\\"", "\"a\\/b\"", "null", "42", "\"a\",\"role\":\"assistant\"",
                "\"a\"},\"finish_reason\":\"stop\"}]}", "\"a\",\"content\":\"b\"", "\"raw\nnewline\"",
                "\"bad \\x escape\"", "\"\u00e9 with \\n\"", "\"unterminated" }) {
            events.add(event("c", content, ""));
            events.add(event("c", "\"back to normal\"", ""));
        }
        // Invalid UTF-8 inside the text.
        final byte[] invalid = event("c", "\"x\"", "");
        final int x = new String(invalid, StandardCharsets.UTF_8).indexOf("\"x\"") + 1;
        invalid[x] = (byte) 0xC3;
        events.add(invalid);
        // As long as a text event, different after the text: an unknown finish reason, logprobs.
        final String text = new String(event("c", "\"same length\"", ""), StandardCharsets.UTF_8);
        events.add(text.replace("\"finish_reason\":null", "\"finish_reason\":\"st\"").getBytes(StandardCharsets.UTF_8));
        events.add(text.replace("\"logprobs\":null", "\"logprobs\":[12]").getBytes(StandardCharsets.UTF_8));
        // Another id, whitespace before the closing brace, bytes after it, a usage object.
        events.add(event("d", "\"other id\"", ""));
        events.add(event("d", "\"spaced\"", " "));
        events.add((new String(event("d", "\"trailing\"", ""), StandardCharsets.UTF_8) + " \n")
                           .getBytes(StandardCharsets.UTF_8));
        events.add(event("d", "\"usage\"", ",\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":2}"));
        assertThat(bothWays(events)).isGreaterThan(10);
    }

    @Test
    void reasoningDecodesAsWithoutTheShortcut() {
        final List<byte[]> events = new ArrayList<>();
        for (String delta : new String[] {
                "\"reasoning_content\":\"one\"", "\"reasoning_content\":\"two\"", "\"content\":null,\"reasoning_content\":\"a\"",
                "\"content\":null,\"reasoning_content\":\"b\"", "\"content\":null,\"reasoning_content\":\"b\",\"reasoning\":\"b\"",
                "\"content\":null,\"reasoning_content\":\"c\",\"reasoning\":\"c\"", "\"reasoning\":null,\"reasoning_content\":\"d\"",
                "\"reasoning\":null,\"reasoning_content\":\"e\"", "\"content\":\"x\",\"reasoning_content\":\"f\"",
                "\"content\":\"x\",\"reasoning_content\":\"g\"", "\"reasoning_content\":\"h\",\"content\":null",
                "\"reasoning_content\":\"i\",\"content\":null", "\"reasoning_content\":\"j\",\"content\":\"k\"" }) {
            events.add(new String(event("c", "\"\"", ""), StandardCharsets.UTF_8)
                               .replace("\"content\":\"\"", delta).getBytes(StandardCharsets.UTF_8));
        }
        assertThat(bothWays(events)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void paddingDecodesAsWithoutTheShortcut() {
        final List<byte[]> events = new ArrayList<>();
        events.add(event("c", "\"first\"", ",\"obfuscation\":\"abc\""));
        for (String padding : new String[] {
                ",\"obfuscation\":\"\"", ",\"obfuscation\":\"a-much-longer-padding\"", ",\"obfuscation\":\"q\\\"x\"",
                ",\"obfuscation\":\"\u00e9\"", ",\"obfuscation\":null", ",\"obfuscation\":{\"a\":1}",
                ",\"obfuscation\":\"x\",\"error\":{\"message\":\"late failure\"}", "" }) {
            events.add(event("c", "\"text\"", padding));
            events.add(event("c", "\"again\"", ",\"obfuscation\":\"zz\""));
        }
        // Malformed after the padding, the same length as a good event.
        final String good = new String(event("c", "\"text\"", ",\"obfuscation\":\"zz\""), StandardCharsets.UTF_8);
        events.add((good.substring(0, good.length() - 1) + "]").getBytes(StandardCharsets.UTF_8));
        assertThat(bothWays(events)).isGreaterThan(5);
    }

    @Test
    void aFrameChangeRelearnsTheEncoderShortcut() {
        final OpenAiChunkEncoder encoder = new OpenAiChunkEncoder(true);
        final OpenAiChunkDecoder decoder = new OpenAiChunkDecoder(false);
        final byte[] thinking = new String(event("d", "\"thinking\"", ""), StandardCharsets.UTF_8)
                .replace("\"content\":", "\"reasoning\":").getBytes(StandardCharsets.UTF_8);
        for (byte[] e : List.of(event("c", "\"one\"", ""), event("c", "\"two\"", ""), event("d", "\"three\"", ""),
                                thinking, event("d", "\"four \\\"quoted\\\"\"", ""))) {
            final ChatCompletionChunk chunk = decoder.decode(e);
            assertThat(new String(encoder.encode(chunk), StandardCharsets.UTF_8))
                    .isEqualTo(new String(OpenAiChunkEncoder.encode(chunk, true), StandardCharsets.UTF_8));
        }
        assertThat(encoder.shortcutHits()).isEqualTo(5);
    }
}
