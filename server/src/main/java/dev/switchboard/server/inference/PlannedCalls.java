package dev.switchboard.server.inference;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.switchboard.server.provider.ProviderHealth;
import dev.switchboard.server.provider.ProviderRegistry;
import dev.switchboard.server.routing.Attempts;
import dev.switchboard.server.routing.Attempts.Attempt;
import dev.switchboard.server.routing.RoutePlan;
import dev.switchboard.server.routing.Router;
import dev.switchboard.server.routing.TargetStates;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.GatewayInfo;

/**
 * Runs a unary operation (a whole chat completion, embeddings, a token count) and starts streams:
 * the model routed (aliases, "provider/model", bare names), the plan run by one {@link AttemptLoop}
 * within the plan's deadline or the caller's, whichever comes first. A whole answer's future,
 * cancelled by the surface when its client leaves, stops the plan.
 */
final class PlannedCalls {
    /** One try of one target, bounded by {@code timeout}; cancelling the future abandons the try. */
    @FunctionalInterface
    interface Send<T> {
        CompletableFuture<T> send(Attempt a, Duration timeout);
    }

    /** What answered, and what the gateway says about how. */
    record Served<T>(T value, Attempt attempt, AttemptLoop loop) {
        GatewayInfo info(List<String> droppedParams) {
            return loop.info(attempt, droppedParams);
        }
    }

    private final ProviderRegistry providers;
    private final Router router;
    private final TargetStates states;
    private final ProviderHealth health;

    PlannedCalls(ProviderRegistry providers, Router router, TargetStates states, ProviderHealth health) {
        this.providers = providers;
        this.router = router;
        this.states = states;
        this.health = health;
    }

    /** Routes {@code model} and hands the loop that will run its plan to {@code then}, on the caller's loop. */
    void plan(String model, Caller caller, Consumer<AttemptLoop> then, Consumer<GatewayException> routeFailed) {
        router.resolve(model, caller.principal()).whenCompleteAsync((plan, cause) -> {
            if (cause != null) {
                routeFailed.accept(InferenceCore.logged(cause));
                return;
            }
            then.accept(new AttemptLoop(new Attempts(plan, providers, states, deadline(plan, caller)), health,
                                       caller.loop()));
        }, OnLoop.of(caller.loop()));
    }

    /** The whole answer of a unary operation; cancelling it stops the plan. */
    <T, R> CompletableFuture<R> run(String model, Caller caller, Send<T> send, Function<Served<T>, R> answer) {
        final CompletableFuture<R> result = new CompletableFuture<>();
        plan(model, caller, loop -> {
            if (result.isDone()) {
                return;
            }
            result.whenComplete((unused, cause) -> {
                if (result.isCancelled()) {
                    loop.cancel();
                }
            });
            loop.start(new WholeAnswer<>(loop, send, served -> result.complete(answer.apply(served)),
                                         e -> result.completeExceptionally(InferenceCore.logged(e))));
        }, result::completeExceptionally);
        return result;
    }

    /** The plan's own deadline, or the caller's when that comes first ({@link System#nanoTime()}). */
    static long deadline(RoutePlan plan, Caller caller) {
        final long deadline = System.nanoTime() + plan.retry().deadline().toNanos();
        final Long client = caller.deadlineNanos();
        return client != null ? Math.min(deadline, client) : deadline;
    }

    /** A try that asks for a whole answer: the future's outcome is the try's. */
    private static final class WholeAnswer<T> implements AttemptLoop.Try {
        private final AttemptLoop loop;
        private final Send<T> send;
        private final Consumer<Served<T>> answered;
        private final Consumer<GatewayException> failed;

        WholeAnswer(AttemptLoop loop, Send<T> send, Consumer<Served<T>> answered,
                    Consumer<GatewayException> failed) {
            this.loop = loop;
            this.send = send;
            this.answered = answered;
            this.failed = failed;
        }

        @Override
        public Runnable start(Attempt a, Duration timeout) {
            CompletableFuture<T> sent;
            try {
                sent = send.send(a, timeout);
            } catch (RuntimeException e) {
                sent = CompletableFuture.failedFuture(e);
            }
            sent.whenCompleteAsync((value, cause) -> {
                if (cause != null) {
                    loop.failed(a, Errors.toGateway(cause));
                    return;
                }
                loop.answering(a);
                if (loop.succeeded(a)) {
                    answered.accept(new Served<>(value, a, loop));
                }
            }, OnLoop.of(loop.loop()));
            final CompletableFuture<T> inFlight = sent;
            return () -> inFlight.cancel(false);
        }

        @Override
        public void fail(GatewayException e) {
            failed.accept(e);
        }
    }
}
