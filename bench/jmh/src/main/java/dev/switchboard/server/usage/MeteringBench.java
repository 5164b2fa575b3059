package dev.switchboard.server.usage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import dev.switchboard.server.auth.Credential;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.auth.Role;
import dev.switchboard.server.limits.GatewayLimiter;
import dev.switchboard.server.pricing.PriceSheet;
import dev.switchboard.server.pricing.PriceTable;
import dev.switchboard.server.storage.Storage;
import dev.switchboard.server.usage.ledger.LedgerSettings;
import dev.switchboard.server.usage.ledger.LedgerWriter;

/**
 * What metering adds to one request, on the request's thread: admit (the global, user and key
 * limits: requests and tokens per minute, concurrency, a budget and a quota, all set), one target
 * check (the provider's limits), the account filled in, then settle (reconcile, price from the
 * shipped table, one offer to the ledger's queue, which a writer thread drains into SQLite as in
 * production). {@code off} is what {@code --usage off} runs: Metering.OFF.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MeteringBench {
    private static final String HIGH = "1000000000";

    private Path dir;
    private Storage storage;
    private ScheduledExecutorService background;
    private GatewayLimiter limiter;
    private LedgerWriter ledger;
    private Metering on;
    private Principal principal;
    private long n;

    @Setup
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("metering-bench");
        storage = Storage.open(dir, null);
        storage.jdbi().useHandle(h -> {
            for (String[] s : List.of(new String[] {"global", "all"}, new String[] {"user", "u1"},
                                      new String[] {"key", "k1"}, new String[] {"provider", "mock"})) {
                final boolean spend = !s[0].equals("provider");
                h.execute("INSERT INTO limits (scope, subject, rpm, tpm, max_concurrent, budget_nanos, budget_period,"
                          + " quota_requests, quota_period, update_time) VALUES (?, ?, " + HIGH + ", " + HIGH + "0,"
                          + " 100000, ?, ?, ?, ?, 0)",
                          s[0], s[1], spend ? 1_000_000_000_000_000L : 0, spend ? "month" : null,
                          spend ? 1_000_000_000_000L : 0, spend ? "day" : null);
            }
        });
        background = Executors.newSingleThreadScheduledExecutor();
        limiter = GatewayLimiter.start(storage.jdbi(), ZoneOffset.UTC, background);
        ledger = new LedgerWriter(storage.jdbi(), ZoneOffset.UTC, LedgerSettings.DEFAULT);
        on = new Meter(limiter, new PriceTable(PriceSheet.shipped()), ledger);
        principal = new Principal("u1", "bench", Role.MEMBER, Credential.API_KEY, "k1", "sb-benchkey", null, null,
                                  List.of(), null);
    }

    @TearDown
    public void tearDown() {
        ledger.close();
        limiter.close();
        background.shutdownNow();
        storage.close();
    }

    @Benchmark
    public Metered meteredOn() {
        return request(on);
    }

    @Benchmark
    public Metered meteredOff() {
        return request(Metering.OFF);
    }

    private Metered request(Metering metering) {
        final Metered m = metering.admit(new Demand(Long.toHexString(n++), principal, Ingress.CHAT, "gpt-4o-mini",
                                                    false, 14, 0, ReplyHeaders.NONE, Watch.NONE));
        if (m.tryTarget("mock", "gpt-4o-mini") != null) {
            throw new IllegalStateException("a limit refused the benchmark's request");
        }
        m.trying("mock", "gpt-4o-mini", null);
        m.firstToken();
        m.tokens(new Tokens(14, 30, 0, 0, 0), UsageRecord.REPORTED);
        m.attempts(1, 0);
        m.tryEnded(null);
        m.succeeded();
        return m;
    }
}
