package dev.switchboard.bench;

import java.util.List;
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

import dev.switchboard.transcoder.openai.OpenAiChatResponseEncoder;
import dev.switchboard.transcoder.openai.OpenAiFormat;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.GatewayInfo;

/**
 * The response side of a non-streamed OpenAI → OpenAI call: the upstream's JSON decoded to the
 * canonical response, stamped with what served it (as the core does), and encoded for the
 * client (ChatCompletionsService).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms512m", "-Xmx512m"})
public class OpenAiResponseBench {
    @Param({"chat", "tools"})
    public String body;

    private byte[] json;
    private ChatCompletionResponse response;
    private final OpenAiFormat format = new OpenAiFormat();

    @Setup
    public void setUp() {
        json = Payloads.utf8("chat".equals(body) ? Payloads.CHAT_RESPONSE : Payloads.TOOLS_RESPONSE);
        response = format.decodeChat(json);
        if (response.getChoicesCount() != 1) {
            throw new IllegalStateException("unexpected decoding: " + response);
        }
    }

    /** Upstream JSON → canonical response. */
    @Benchmark
    public ChatCompletionResponse decode() {
        return format.decodeChat(json);
    }

    /** Canonical response → client JSON. */
    @Benchmark
    public byte[] encode() {
        return OpenAiChatResponseEncoder.encode(response);
    }

    /** The whole response path: decode, stamp the gateway info, encode. */
    @Benchmark
    public byte[] relay() {
        final ChatCompletionResponse r = format.decodeChat(json);
        return OpenAiChatResponseEncoder.encode(r.toBuilder().setGateway(GatewayInfo.newBuilder()
                .setProvider("mock").setUpstreamModel("gpt-4o-mini").setAttempts(1)
                .addAllDroppedParams(List.of()).build()).build());
    }
}
