package dev.switchboard.server.observe.log;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.RequestHeaders;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.common.logging.RequestLog;
import com.linecorp.armeria.common.logging.RequestLogBuilder;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.auth.Credential;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.auth.Role;
import dev.switchboard.server.usage.Ingress;
import dev.switchboard.server.usage.Tokens;
import dev.switchboard.server.usage.UsageRecord;

/**
 * The access log's cost per request (the budget: metrics and the access log together at
 * most 10% of a request's CPU). {@code format}: the writer thread's work for one routed request's
 * line (Jackson streaming into the reused buffer, a batch of {@link #BATCH} written to a null
 * stream). {@code record}: the request's own thread, the watch told the ledger's row and the
 * complete log, one entry queued ({@link #BATCH} a time; the writer drains them meanwhile, and
 * between invocations, so the queue never overflows and every offer is a real one).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(1)
public class AccessLogBench {
    private static final int BATCH = 100;

    private RequestLog log;
    private UsageRecord usage;
    private List<AccessEntry> batch;
    private AccessLine line;
    private AccessLog accessLog;

    @Setup
    public void setUp() {
        final ServiceRequestContext ctx = ServiceRequestContext.of(HttpRequest.of(
                RequestHeaders.of(HttpMethod.POST, "/v1/chat/completions")));
        ctx.setAttr(Principal.ATTR, new Principal("u-17", "ada", Role.MEMBER, Credential.API_KEY, "k-42",
                                                  "sb-Q2xpZW50", null, null, List.of(), null));
        final RequestLogBuilder b = ctx.logBuilder();
        b.endRequest();
        b.responseHeaders(ResponseHeaders.of(200));
        b.endResponse();
        log = ctx.log().whenComplete().join();
        usage = new UsageRecord("18c2f0a1b2c3d4e5f6a7b8", System.currentTimeMillis(), "u-17", "k-42", "sb-Q2xpZW50",
                                null, null, Ingress.CHAT, "openai", "gpt-4o-mini", "fast", "fast", false, 200, null,
                                new Tokens(1200, 310, 1024, 0, 0), 2_345_678L, null, 812, 95L, 1, 0, "reported",
                                false);
        batch = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            batch.add(new AccessEntry(log, "18c2f0a1b2c3d4e5f6a7b" + i, usage, null));
        }
        line = new AccessLine(false, UnaryOperator.identity());
        accessLog = new AccessLog(OutputStream.nullOutputStream(), false,
                                  new AccessLine(false, UnaryOperator.identity()), 65_536);
    }

    @TearDown
    public void tearDown() {
        accessLog.close();
        // The request's side never waits: when the writer falls behind, lines are dropped and counted.
        System.err.println("access log: " + accessLog.dropped() + " line(s) dropped during the run");
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void format() throws IOException {
        line.writeTo(batch, OutputStream.nullOutputStream());
    }

    @Setup(Level.Invocation)
    public void drained() throws InterruptedException {
        while (accessLog.queued() > 0) {
            Thread.sleep(1);
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void record() {
        for (int i = 0; i < BATCH; i++) {
            final AccessWatch watch = new AccessWatch(accessLog, "18c2f0a1b2c3d4e5f6a7b8");
            watch.trying("openai", "gpt-4o-mini", "fast", 1);
            watch.ended(usage);
            watch.completed(log);
        }
    }
}
