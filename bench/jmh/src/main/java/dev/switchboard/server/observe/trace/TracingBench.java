package dev.switchboard.server.observe.trace;

import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpHeaders;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.RequestHeaders;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.common.logging.RequestLog;
import com.linecorp.armeria.server.Server;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.observe.RequestWatch;
import dev.switchboard.server.usage.Ingress;
import dev.switchboard.server.usage.Tokens;
import dev.switchboard.server.usage.UsageRecord;

/**
 * What tracing adds to one routed request: its span started (client headers read), one try's span
 * current while the upstream request's headers are built (the {@code traceparent} added), the try
 * ended, the request's span described and ended; the spans exported to a loopback collector that
 * answers OK. {@code off} is what runs with no collector named: the upstream headers checked for
 * a current span. Besides the time on the request's thread, each iteration prints the process's
 * CPU per request (the batch exporter, the collector, GC and JIT included) and the request thread's.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TracingBench {
    @Param({"off", "0", "0.1", "1"})
    public String tracing;

    /**
     * The rest of a request's work, simulated ({@link Blackhole#consumeCPU}), so requests come at a
     * gateway's pace and the exporter keeps up as it would; 0 for tracing's own time alone (then
     * the queue overflows at ratio 1 and drops spans, which costs less than exporting them).
     */
    @Param({"0", "21000"})
    public long work;

    private Server collector;
    private Tracing tracer;
    private ServiceRequestContext ctx;
    private RequestLog log;
    private RequestHeaders upstream;
    private UsageRecord record;
    private long ops;
    private long cpuAtStart;
    private long threadCpuAtStart;

    @Setup
    public void setUp() {
        collector = Server.builder().http(0).service(
                "/opentelemetry.proto.collector.trace.v1.TraceService/Export",
                (c, req) -> HttpResponse.of(req.aggregate().thenApply(unused -> HttpResponse.of(
                        ResponseHeaders.builder(200).set("content-type", "application/grpc").build(),
                        HttpData.wrap(new byte[5]), HttpHeaders.of("grpc-status", "0"))))).build();
        collector.start().join();
        if (!tracing.equals("off")) {
            tracer = new Tracing("http://127.0.0.1:" + collector.activeLocalPort(), Double.parseDouble(tracing));
        }
        ctx = ServiceRequestContext.of(HttpRequest.of(HttpMethod.POST, "/v1/chat/completions"));
        ctx.logBuilder().endRequest();
        ctx.logBuilder().responseHeaders(ResponseHeaders.of(200));
        ctx.logBuilder().endResponse();
        log = ctx.log().whenComplete().join();
        upstream = RequestHeaders.builder(HttpMethod.POST, "/v1/chat/completions")
                                 .add("authorization", "Bearer sk-bench").add("content-type", "application/json")
                                 .build();
        record = new UsageRecord("req", 0, "u1", "k1", "sb-bench", null, null, Ingress.CHAT, "mock", "gpt-4o-mini",
                                 "mock/gpt-4o-mini", null, false, 200, null, new Tokens(14, 30, 0, 0, 0), null, null,
                                 5, 2L, 1, 0, UsageRecord.REPORTED, false);
    }

    @TearDown
    public void tearDown() {
        if (tracer != null) {
            tracer.close();
        }
        collector.stop().join();
    }

    @Setup(Level.Iteration)
    public void startCounting() {
        ops = 0;
        cpuAtStart = processCpuNanos();
        threadCpuAtStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    @TearDown(Level.Iteration)
    public void printCpu() {
        final long n = Math.max(ops, 1);
        final long thread = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - threadCpuAtStart;
        System.out.println("  process CPU per request: " + (processCpuNanos() - cpuAtStart) / n + " ns (request thread "
                           + thread / n + " ns)");
    }

    @Benchmark
    public RequestHeaders request() {
        ops++;
        Blackhole.consumeCPU(work);
        if (tracer == null) {
            return TraceHeaders.withCurrentSpan(upstream);
        }
        final RequestWatch watch = tracer.watcher().watch(ctx, "req");
        watch.trying("mock", "gpt-4o-mini", null, 1);
        final RequestHeaders sent = watch.inTry(() -> TraceHeaders.withCurrentSpan(upstream));
        watch.firstToken();
        watch.tryEnded(null);
        watch.ended(record);
        watch.completed(log);
        return sent;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
