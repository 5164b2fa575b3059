package dev.switchboard.server.startup;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import com.linecorp.armeria.server.grpc.HttpJsonTranscodingOptions;

/**
 * Start-up work that depends on nothing of ours, run on other threads while the main thread opens
 * the data directory, so that a cold start overlaps them (see docs/performance.md, "Cold start").
 *
 * <p>The largest single block of a cold start is the static initialiser of Armeria's JSON error
 * handler for unframed gRPC calls, which every {@code GrpcService.builder()} reaches: it generates
 * JSON marshallers for the {@code google.rpc} error details with byte-buddy. The JVM runs a
 * class's initialiser once, on whichever thread gets there first, and makes any other wait for it,
 * so the main thread either finds it done or waits for the rest.
 *
 * <p>Measured with the client factory made the same way ({@code Gateway.open}): first chat answered
 * 0.3 s sooner on one core (the main thread waits on the disk at times while storage opens), 0.5 s
 * sooner on two. Tink's registration moved here as well made it slower, not faster.
 */
public final class Preload {
    private Preload() {}

    /** Starts the gRPC error handler's initialiser on a daemon thread and returns at once. */
    public static void start() {
        thread(() -> {
            try {
                HttpJsonTranscodingOptions.of();
            } catch (Throwable ignored) {
                // The main thread reaches the same initialiser when it builds the gRPC services,
                // and reports its failure there, where start-up stops on it.
            }
        });
    }

    /** {@code supplier} run on a daemon thread of its own. */
    public static <T> CompletableFuture<T> supply(Supplier<T> supplier) {
        final CompletableFuture<T> result = new CompletableFuture<>();
        thread(() -> {
            try {
                result.complete(supplier.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result;
    }

    /** Waits for {@code future}; its failure is rethrown as it was thrown, not wrapped. */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static void thread(Runnable task) {
        final Thread thread = new Thread(task, "switchboard-preload");
        thread.setDaemon(true);
        thread.start();
    }
}
