package dev.switchboard.server.observe.metrics;

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

import dev.switchboard.server.observe.RequestWatch;
import dev.switchboard.server.usage.Ingress;
import dev.switchboard.server.usage.Tokens;
import dev.switchboard.server.usage.UsageRecord;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * What the metrics add to one request, on the request's thread: every call the core makes on its
 * watch (the watch made, a try, the first token, {@code events} streamed events, the try's end,
 * the ledger's row, the log's completion), with the metrics on (cached meters, Prometheus
 * histograms) and off ({@link RequestWatch#NONE}, what {@code --metrics off} runs).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MetricsWatchBench {
    /** 0: a whole answer; 20: a short stream. */
    @Param({"0", "20"})
    public int events;

    private MetricsWatcher watcher;
    private UsageRecord record;

    @Setup
    public void setUp() {
        final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        watcher = new MetricsWatcher(new GenAiMeters(registry, ModelLabels.ALL));
        record = new UsageRecord("0190aabbccdd-1", System.currentTimeMillis(), "u1", "k1", "sb-benchkey", null, null,
                                 Ingress.CHAT, "mock", "gpt-4o-mini", "mock/gpt-4o-mini", null, events > 0, 200, null,
                                 new Tokens(12, 30, 0, 0, 0), 27_000L, null, 40, 12L, 1, 0, UsageRecord.REPORTED,
                                 false);
    }

    @Benchmark
    public RequestWatch on() {
        return request(watcher.watch("/v1/chat/completions"));
    }

    @Benchmark
    public RequestWatch off() {
        return request(RequestWatch.NONE);
    }

    private RequestWatch request(RequestWatch w) {
        w.trying("mock", "gpt-4o-mini", null, 1);
        w.firstToken();
        for (int i = 0; i < events; i++) {
            w.streamed();
        }
        w.tryEnded(null);
        w.ended(record);
        w.completed(null);
        return w;
    }
}
