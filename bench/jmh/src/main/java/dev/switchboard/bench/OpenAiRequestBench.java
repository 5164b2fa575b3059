package dev.switchboard.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.switchboard.transcoder.format.EncodedRequest;
import dev.switchboard.transcoder.openai.OpenAiChatRequestDecoder;
import dev.switchboard.transcoder.openai.OpenAiFormat;
import dev.switchboard.v1.ChatCompletionRequest;

/**
 * The request side of an OpenAI → OpenAI call: the client's JSON decoded to the canonical request
 * (ChatCompletionsService), and that request encoded for the upstream (OpenAiFormat, as the caller
 * does it: with the upstream's model name).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms512m", "-Xmx512m"})
public class OpenAiRequestBench {
    @Param({"chat", "tools"})
    public String body;

    private byte[] json;
    private ChatCompletionRequest request;
    private final OpenAiFormat format = new OpenAiFormat();

    @Setup
    public void setUp() {
        json = Payloads.utf8("chat".equals(body) ? Payloads.CHAT_REQUEST : Payloads.TOOLS_REQUEST);
        request = OpenAiChatRequestDecoder.decode(json).request();
        if (format.encodeChat(request, "gpt-4o-mini", false).body().length == 0) {
            throw new IllegalStateException("empty encoding");
        }
    }

    /** Client JSON → canonical request. */
    @Benchmark
    public ChatCompletionRequest decode() {
        return OpenAiChatRequestDecoder.decode(json).request();
    }

    /** Canonical request → upstream JSON. */
    @Benchmark
    public EncodedRequest encode() {
        return format.encodeChat(request, "gpt-4o-mini", false);
    }

    /** Both: the whole request translation of one non-streamed call. */
    @Benchmark
    public EncodedRequest decodeEncode() {
        return format.encodeChat(OpenAiChatRequestDecoder.decode(json).request(), "gpt-4o-mini", false);
    }
}
