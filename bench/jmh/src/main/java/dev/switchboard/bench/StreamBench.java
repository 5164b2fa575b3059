package dev.switchboard.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.switchboard.transcoder.anthropic.AnthropicFormat;
import dev.switchboard.transcoder.common.SseEvent;
import dev.switchboard.transcoder.common.SseParser;
import dev.switchboard.transcoder.format.StreamDecoder;
import dev.switchboard.transcoder.format.UpstreamFormat;
import dev.switchboard.transcoder.gemini.GeminiFormat;
import dev.switchboard.transcoder.openai.OpenAiChunkEncoder;
import dev.switchboard.transcoder.openai.OpenAiFormat;
import dev.switchboard.transcoder.responses.ResponsesFormat;
import dev.switchboard.v1.ChatCompletionChunk;

/**
 * Stream translation: one upstream event decoded by its format's stream decoder and re-encoded as
 * an OpenAI chat.completion.chunk (the per-event work of a streamed call), and whole streams fed
 * through the SSE parser as they arrive, framed as {@code data: ...\n\n} as the SSE writer does:
 * the mock's 20-event OpenAI answer, and the same answer from a Responses API (27 events), an
 * Anthropic (26 events) and a Gemini (20 events) upstream. Per-stream figures divide by the event
 * count for a per-event cost.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms512m", "-Xmx512m"})
public class StreamBench {
    static final int OPENAI_EVENTS = 20;
    static final int RESPONSES_DELTAS = 20;
    static final int STREAM_DELTAS = 20;

    private static final byte[] DATA = "data: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "\n\n".getBytes(StandardCharsets.US_ASCII);

    /** Encodes and frames every chunk, keeping the last frame so nothing is optimised away. */
    static final class Sink implements Consumer<ChatCompletionChunk> {
        private final OpenAiChunkEncoder encoder = new OpenAiChunkEncoder(false);
        byte[] last;
        int chunks;

        @Override
        public void accept(ChatCompletionChunk chunk) {
            final byte[] json = encoder.encode(chunk);
            final byte[] out = new byte[DATA.length + json.length + END.length];
            System.arraycopy(DATA, 0, out, 0, DATA.length);
            System.arraycopy(json, 0, out, DATA.length, json.length);
            System.arraycopy(END, 0, out, DATA.length + json.length, END.length);
            last = out;
            chunks++;
        }
    }

    private final UpstreamFormat openAi = new OpenAiFormat();
    private final UpstreamFormat responses = new ResponsesFormat();
    private final UpstreamFormat anthropic = new AnthropicFormat();
    private final UpstreamFormat gemini = new GeminiFormat();
    private final Sink sink = new Sink();
    private final SseEvent openAiText = new SseEvent(null, Payloads.OPENAI_TEXT_CHUNK);
    private final SseEvent openAiTool = new SseEvent(null, Payloads.OPENAI_TOOL_CHUNK);
    private final SseEvent responsesText = new SseEvent("response.output_text.delta", Payloads.RESPONSES_TEXT_DELTA);
    private final byte[] openAiStream = Payloads.openAiStream(OPENAI_EVENTS);
    private final byte[] responsesStream = Payloads.responsesStream(RESPONSES_DELTAS);
    private final SseEvent anthropicText = new SseEvent("content_block_delta", Payloads.anthropicDelta("quick "));
    private final SseEvent geminiText = new SseEvent(null, Payloads.geminiChunk("quick ", false));
    private final byte[] anthropicStream = Payloads.anthropicStream(STREAM_DELTAS);
    private final byte[] geminiStream = Payloads.geminiStream(STREAM_DELTAS);
    private StreamDecoder openAiDecoder;
    private StreamDecoder openAiToolDecoder;
    private StreamDecoder responsesDecoder;
    private StreamDecoder anthropicDecoder;
    private StreamDecoder geminiDecoder;

    @Setup
    public void setUp() {
        openAiDecoder = openAi.newStreamDecoder("gpt-4o-mini");
        openAiToolDecoder = openAi.newStreamDecoder("gpt-4o-mini");
        openAiToolDecoder.decode(new SseEvent(null, Payloads.openAiChunk(
                "{\"index\":0,\"delta\":{\"role\":\"assistant\",\"tool_calls\":[{\"index\":0,\"id\":\"call_1\","
                + "\"type\":\"function\",\"function\":{\"name\":\"get_weather\",\"arguments\":\"\"}}]},"
                + "\"finish_reason\":null}")), sink);
        // A Responses decoder past the events that open the message, ready for text deltas.
        responsesDecoder = responses.newStreamDecoder("gpt-4o-mini");
        final SseParser parser = new SseParser();
        final byte[] head = Payloads.responsesStream(0);
        parser.feed(head, 0, head.length, e -> {
            if (!e.data().contains("\"response.output_text.done\"") && !e.data().contains("part.done")
                && !e.data().contains("item.done") && !e.data().contains("response.completed")) {
                responsesDecoder.decode(e, sink);
            }
        });
        // Anthropic and Gemini decoders past the events that open the message.
        anthropicDecoder = anthropic.newStreamDecoder("claude-3-5-sonnet-20241022");
        final byte[] anthropicHead = Payloads.anthropicStream(0);
        new SseParser().feed(anthropicHead, 0, anthropicHead.length, e -> {
            if ("message_start".equals(e.event()) || "content_block_start".equals(e.event())) {
                anthropicDecoder.decode(e, sink);
            }
        });
        geminiDecoder = gemini.newStreamDecoder("gemini-2.0-flash");
        geminiDecoder.decode(new SseEvent(null, Payloads.geminiChunk("The", false)), sink);
        // Sanity: each whole stream yields its chunks and ends complete.
        checkStream(openAi, openAiStream, OPENAI_EVENTS);
        checkStream(responses, responsesStream, RESPONSES_DELTAS + 2);
        checkStream(anthropic, anthropicStream, STREAM_DELTAS + 1);
        checkStream(gemini, geminiStream, STREAM_DELTAS);
    }

    private void checkStream(UpstreamFormat format, byte[] bytes, int minChunks) {
        final Sink s = new Sink();
        final StreamDecoder d = format.newStreamDecoder("gpt-4o-mini");
        new SseParser().feed(bytes, 0, bytes.length, e -> d.decode(e, s));
        if (s.chunks < minChunks || !d.finished()) {
            throw new IllegalStateException(format.getClass().getSimpleName() + ": " + s.chunks + " chunks, finished="
                                            + d.finished());
        }
    }

    /** A whole stream as it arrives in one buffer: parse, decode, encode, frame; the last frame. */
    private byte[] whole(UpstreamFormat format, String model, byte[] bytes) {
        final StreamDecoder d = format.newStreamDecoder(model);
        new SseParser().feed(bytes, 0, bytes.length, e -> d.decode(e, sink));
        return sink.last;
    }

    /** One OpenAI content delta: decode + encode + frame. */
    @Benchmark
    public byte[] openAiTextChunk() {
        openAiDecoder.decode(openAiText, sink);
        return sink.last;
    }

    /** One OpenAI tool-call arguments delta: decode + encode + frame. */
    @Benchmark
    public byte[] openAiToolChunk() {
        openAiToolDecoder.decode(openAiTool, sink);
        return sink.last;
    }

    /** One Responses API output_text delta → OpenAI chunk. */
    @Benchmark
    public byte[] responsesTextChunk() {
        responsesDecoder.decode(responsesText, sink);
        return sink.last;
    }

    /** One Anthropic text_delta → OpenAI chunk. */
    @Benchmark
    public byte[] anthropicTextChunk() {
        anthropicDecoder.decode(anthropicText, sink);
        return sink.last;
    }

    /** One Gemini streamGenerateContent chunk → OpenAI chunk. */
    @Benchmark
    public byte[] geminiTextChunk() {
        geminiDecoder.decode(geminiText, sink);
        return sink.last;
    }

    /** The mock's whole OpenAI stream (20 events + [DONE], one buffer): parse, decode, encode, frame. */
    @Benchmark
    public byte[] openAiStream() {
        return whole(openAi, "gpt-4o-mini", openAiStream);
    }

    /** The same answer from a Responses API upstream (27 events, 20 of them text deltas). */
    @Benchmark
    public byte[] responsesStream() {
        return whole(responses, "gpt-4o-mini", responsesStream);
    }

    /** The same answer from an Anthropic upstream (the mock's /v1/messages stream: 26 events). */
    @Benchmark
    public byte[] anthropicStream() {
        return whole(anthropic, "claude-3-5-sonnet-20241022", anthropicStream);
    }

    /** The same answer from a Gemini upstream (20 chunks, CRLF-separated). */
    @Benchmark
    public byte[] geminiStream() {
        return whole(gemini, "gemini-2.0-flash", geminiStream);
    }
}
