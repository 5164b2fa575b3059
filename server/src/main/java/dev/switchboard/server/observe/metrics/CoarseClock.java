package dev.switchboard.server.observe.metrics;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Clock;

/**
 * The registry's clock, with a wall time read from a field that a daemon thread refreshes every
 * {@link #TICK_MILLIS}. Micrometer reads the wall clock twice per recorded sample (each timer and
 * summary rotates its max and its histogram by it): some 60 reads for one streamed answer, one per
 * event for the inter-token histogram, at ~30 ns each on these machines. The wall time only decides
 * when a max's window turns (every 20 s), where 50 ms of lag changes nothing; durations are measured
 * by the callers with {@link System#nanoTime()}, and the monotonic time here is the real one.
 */
final class CoarseClock implements Clock, AutoCloseable {
    static final long TICK_MILLIS = 50;

    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        final Thread t = new Thread(r, "metrics-clock");
        t.setDaemon(true);
        return t;
    });
    private volatile long wallTime = System.currentTimeMillis();

    CoarseClock() {
        ticker.scheduleAtFixedRate(() -> wallTime = System.currentTimeMillis(), TICK_MILLIS, TICK_MILLIS,
                                   TimeUnit.MILLISECONDS);
    }

    @Override
    public long wallTime() {
        return wallTime;
    }

    @Override
    public long monotonicTime() {
        return System.nanoTime();
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }
}
