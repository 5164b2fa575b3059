package dev.switchboard.server.upstream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

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

import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpHeaders;
import com.linecorp.armeria.common.HttpObject;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.common.ResponseHeaders;

import dev.switchboard.bench.Payloads;
import dev.switchboard.server.provider.ApiFormat;
import dev.switchboard.server.provider.UpstreamHeaders;
import dev.switchboard.server.provider.UpstreamProvider;
import dev.switchboard.transcoder.format.UpstreamFormat;
import dev.switchboard.v1.ChatCompletionChunk;

/**
 * The upstream half of a streamed call, per stream: an upstream's SSE response, already received,
 * through the gateway's decoding pipeline (SSE parsing, the format's stream decoder, timeouts,
 * backpressure, completion checks) to the consumer of canonical chunks, on one event loop. The
 * mock's OpenAI answer (20 events + [DONE]) and its Anthropic answer (26 events, 20 text deltas),
 * each read as the paced scenario reads it (one event per network read) and as stream-tput reads it
 * (the whole body in one read). Divide by 20 for a per-chunk cost. Not measured: the network and
 * the client's own response object, which are the same whatever consumes them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms512m", "-Xmx512m"})
public class UpstreamStreamBench {
    static final int CHUNKS = 20;
    private static final ResponseHeaders OK =
            ResponseHeaders.of(HttpStatus.OK, "content-type", "text/event-stream");

    /**
     * Asks for one chunk at a time, as the relay does, or for everything at once; counts the
     * chunks and keeps the last.
     */
    static final class Sink implements Subscriber<ChatCompletionChunk> {
        private final boolean oneByOne;
        private Subscription subscription;
        ChatCompletionChunk last;
        int chunks;
        boolean complete;

        Sink(boolean oneByOne) {
            this.oneByOne = oneByOne;
        }

        @Override
        public void onSubscribe(Subscription s) {
            subscription = s;
            s.request(oneByOne ? 1 : Long.MAX_VALUE);
        }

        @Override
        public void onNext(ChatCompletionChunk chunk) {
            last = chunk;
            chunks++;
            if (oneByOne) {
                subscription.request(1);
            }
        }

        @Override
        public void onComplete() {
            complete = true;
        }

        @Override
        public void onError(Throwable error) {
            throw new IllegalStateException(error);
        }
    }

    @Param({"paced", "whole"})
    public String reads;

    /** How the consumer asks: one chunk at a time ("one") or all at once ("all"). */
    @Param({"one", "all"})
    public String demand;

    private final BenchLoop loop = new BenchLoop();
    private UpstreamProvider openAi;
    private UpstreamProvider anthropic;
    private HttpObject[] openAiBody;
    private HttpObject[] anthropicBody;

    @Setup
    public void setUp() {
        openAi = provider(ApiFormat.OPENAI);
        anthropic = provider(ApiFormat.ANTHROPIC);
        openAiBody = body(Payloads.openAiStream(CHUNKS));
        anthropicBody = body(Payloads.anthropicStream(CHUNKS));
        for (int i = 0; i < 2; i++) {
            final Sink s = i == 0 ? run(openAi, openAiBody) : run(anthropic, anthropicBody);
            if (!s.complete || s.chunks < CHUNKS) {
                throw new IllegalStateException("stream " + i + ": " + s.chunks + " chunks, complete=" + s.complete);
            }
        }
        if (loop.pendingTimers() != 0) {
            throw new IllegalStateException("a finished stream left its timer running");
        }
    }

    private static UpstreamProvider provider(ApiFormat format) {
        return new UpstreamProvider("id", "bench", "custom", format, true, Duration.ofSeconds(60),
                                    Duration.ofSeconds(60), Duration.ZERO, WebClient.of(),
                                    UpstreamHeaders.of("http://127.0.0.1:1", HttpHeaders.of()),
                                    new Redactor(List.of()), null);
    }

    /** The response's headers, then its body cut at each event's end (paced) or whole. */
    private HttpObject[] body(byte[] sse) {
        final List<HttpObject> out = new ArrayList<>();
        out.add(OK);
        if ("whole".equals(reads)) {
            out.add(HttpData.wrap(sse));
        } else {
            int start = 0;
            for (int i = 0; i + 1 < sse.length; i++) {
                if (sse[i] == '\n' && sse[i + 1] == '\n') {
                    out.add(HttpData.copyOf(sse, start, i + 2 - start));
                    start = i + 2;
                }
            }
        }
        return out.toArray(new HttpObject[0]);
    }

    private Sink run(UpstreamProvider p, HttpObject[] body) {
        final Sink sink = new Sink("one".equals(demand));
        final UpstreamFormat format = p.adapter();
        UpstreamCaller.chunks(p, HttpResponse.of(body), format.newStreamDecoder("m"), loop).subscribe(sink, loop);
        return sink;
    }

    @Benchmark
    public ChatCompletionChunk openAiStream() {
        return run(openAi, openAiBody).last;
    }

    @Benchmark
    public ChatCompletionChunk anthropicStream() {
        return run(anthropic, anthropicBody).last;
    }
}
