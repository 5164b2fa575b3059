package dev.switchboard.server.observe.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The registry's wall time follows the real one, a tick behind at most, and stops when closed. */
class CoarseClockTest {
    @Test
    void wallTimeFollowsTheRealClockAndStopsWhenClosed() throws InterruptedException {
        final CoarseClock clock = new CoarseClock();
        final long first = clock.wallTime();
        assertThat(first).isBetween(System.currentTimeMillis() - 1_000, System.currentTimeMillis());
        Thread.sleep(CoarseClock.TICK_MILLIS * 6);
        final long later = clock.wallTime();
        // Bounds wide enough for a busy CI machine; a clock that never ticks fails the first.
        assertThat(later - first).isGreaterThanOrEqualTo(CoarseClock.TICK_MILLIS * 2);
        assertThat(System.currentTimeMillis() - later).isLessThan(1_000);
        final long n0 = clock.monotonicTime();
        assertThat(clock.monotonicTime()).isGreaterThanOrEqualTo(n0);

        clock.close();
        Thread.sleep(CoarseClock.TICK_MILLIS * 3);
        final long stopped = clock.wallTime();
        Thread.sleep(CoarseClock.TICK_MILLIS * 3);
        assertThat(clock.wallTime()).isEqualTo(stopped);
    }
}
