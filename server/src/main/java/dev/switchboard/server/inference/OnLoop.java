package dev.switchboard.server.inference;

import java.util.concurrent.Executor;

import io.netty.util.concurrent.EventExecutor;

/**
 * An executor that runs a callback at once when already on the request's event loop, and hands
 * it to the loop otherwise. {@code whenCompleteAsync(cb, loop)} would queue a task even when the
 * future completed on that very loop, which is the common case with one loop per core.
 */
final class OnLoop {
    private OnLoop() {}

    static Executor of(EventExecutor loop) {
        return task -> run(loop, task);
    }

    /** Runs {@code task} at once when on {@code loop}, on its next turn otherwise. */
    static void run(EventExecutor loop, Runnable task) {
        if (loop.inEventLoop()) {
            task.run();
        } else {
            loop.execute(task);
        }
    }
}
