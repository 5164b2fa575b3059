package dev.switchboard.server.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.switchboard.server.storage.Storage;
import dev.switchboard.server.testing.MutableClock;
import dev.switchboard.server.usage.Limiter.Ticket;
import dev.switchboard.server.usage.Tokens;
import dev.switchboard.transcoder.error.GatewayException;

/** The test: 50 concurrent requests against a budget that allows 10. */
class BudgetUnderConcurrencyTest {
    static final long CENT = GatewayLimiterTest.CENT;
    static final int CALLERS = 50;

    @TempDir
    Path dataDir;
    Storage storage;
    LimitStore store;
    ExecutorService pool;

    @BeforeEach
    void open() {
        storage = Storage.open(dataDir, null);
        store = new LimitStore(storage.jdbi());
        store.put(new Policy(new Subject(Scope.KEY, "k"), 0, 0, 0, new Policy.Budget(10 * CENT, Period.DAY, false),
                             null, 0));
        pool = Executors.newFixedThreadPool(CALLERS);
    }

    @AfterEach
    void close() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        storage.close();
    }

    /** Every caller admitted at once, then each request costing {@code cost}: what was admitted and spent. */
    long[] run(GatewayLimiter limiter, long cost) throws Exception {
        final CountDownLatch start = new CountDownLatch(1);
        final CountDownLatch admitted = new CountDownLatch(CALLERS);
        final List<Future<Long>> spent = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            spent.add(pool.submit(() -> {
                final Ticket t;
                try {
                    start.await();
                    t = limiter.admit(GatewayLimiterTest.demand(GatewayLimiterTest.key("u", "k")));
                } catch (GatewayException refused) {
                    return -1L;
                } finally {
                    admitted.countDown();
                }
                // Every request is in flight before any ends: the worst case for a budget.
                admitted.await();
                t.settle(Tokens.NONE, cost);
                return cost;
            }));
        }
        start.countDown();
        long n = 0;
        long total = 0;
        for (Future<Long> f : spent) {
            final long c = f.get(10, TimeUnit.SECONDS);
            if (c >= 0) {
                n++;
                total += c;
            }
        }
        return new long[] { n, total };
    }

    @Test
    void aReservationAsLargeAsTheCostSpendsAtMostTheBudget() throws Exception {
        final GatewayLimiter limiter = new GatewayLimiter(store, new MutableClock(GatewayLimiterTest.T0),
                                                          ZoneOffset.UTC, CENT);
        limiter.reload();
        final long[] r = run(limiter, CENT);
        assertThat(r[0]).isEqualTo(10);
        assertThat(r[1]).isEqualTo(10 * CENT);
        // Spent: the next one is refused too.
        assertThat(run(limiter, CENT)[0]).isZero();
    }

    @Test
    void aCostAboveTheReservationOvershootsByAtMostTheInFlightDifferenceThenReservesTheRealCost() throws Exception {
        final GatewayLimiter limiter = new GatewayLimiter(store, new MutableClock(GatewayLimiterTest.T0),
                                                          ZoneOffset.UTC, CENT / 2);
        limiter.reload();
        // 20 reservations of half a cent fit the 10 cents; each costs a cent.
        final long[] r = run(limiter, CENT);
        assertThat(r[0]).isEqualTo(20);
        assertThat(r[1]).isLessThanOrEqualTo(10 * CENT + r[0] * (CENT - CENT / 2));
        assertThat(run(limiter, CENT)[0]).isZero();
    }
}
