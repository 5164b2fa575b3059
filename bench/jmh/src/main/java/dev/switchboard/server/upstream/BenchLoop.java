package dev.switchboard.server.upstream;

import java.util.concurrent.TimeUnit;

import io.netty.util.concurrent.AbstractScheduledEventExecutor;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.ImmediateEventExecutor;

/**
 * An event loop that is always "in" its own thread: tasks run at once and timers are queued but
 * never fire, so a benchmark measures a stream's work on its loop, not a thread hand-off. Timers a
 * stream forgets to cancel stay queued, which {@link #pendingTimers()} shows.
 */
final class BenchLoop extends AbstractScheduledEventExecutor {
    @Override
    public boolean inEventLoop(Thread thread) {
        return true;
    }

    @Override
    public void execute(Runnable task) {
        task.run();
    }

    int pendingTimers() {
        int n = 0;
        while (pollScheduledTask(Long.MAX_VALUE) != null) {
            n++;
        }
        return n;
    }

    @Override
    public boolean isShuttingDown() {
        return false;
    }

    @Override
    public Future<?> shutdownGracefully(long quietPeriod, long timeout, TimeUnit unit) {
        return terminationFuture();
    }

    @Override
    public Future<?> terminationFuture() {
        return ImmediateEventExecutor.INSTANCE.newSucceededFuture(null);
    }

    @Override
    @Deprecated
    public void shutdown() {}

    @Override
    public boolean isShutdown() {
        return false;
    }

    @Override
    public boolean isTerminated() {
        return false;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }
}
