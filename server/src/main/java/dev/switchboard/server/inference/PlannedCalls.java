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
import dev.switchboard.server.usage.Demand;
import dev.switchboard.server.usage.Metered;
import dev.switchboard.server.usage.Watch;
import dev.switchboard.server.usage.Metering;
import dev.switchboard.server.usage.Tokens;
import dev.switchboard.server.usage.UsageRecord;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.GatewayInfo;

/**
 * Runs a unary operation (a whole chat completion, embeddings, a token count) and starts streams:
 * the model routed (aliases, "provider/model", bare names), the plan run by one {@link AttemptLoop}
 * within the plan's deadline or the caller's, whichever comes first. A whole answer's future,
 * cancelled by the surface when its client leaves, stops the plan. Every request is admitted by
 * the {@link Metering} before it is routed and its account closed once, whatever the outcome.
 */
final class PlannedCalls {
    /** What a request used, as the account records it. */
    record Used(Tokens tokens, String source) {
        static Used reported(Tokens tokens) {
            return new Used(tokens, UsageRecord.REPORTED);
        }
    }

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
    private final Metering metering;

    PlannedCalls(ProviderRegistry providers, Router router, TargetStates states, ProviderHealth health,
                 Metering metering) {
        this.providers = providers;
        this.router = router;
        this.states = states;
        this.health = health;
        this.metering = metering;
    }

    /**
     * Admits a request before it is routed: the caller's limits, budgets and quotas. Throws the
     * limit's {@link GatewayException} to refuse it; a refused request reaches no provider.
     */
    Metered admit(Caller caller, String model, boolean stream, long promptEstimate, long maxOutputTokens) {
        try {
            return metering.admit(new Demand(caller.requestId(), caller.principal(), caller.ingress(), model, stream,
                                             promptEstimate, maxOutputTokens, caller.headers(), caller.watch()));
        } catch (GatewayException e) {
            caller.watch().refused(e);
            throw e;
        }
    }

    /** An account that limits and records nothing (token counts, which spend no tokens). */
    static Metered unmetered(Caller caller, String model) {
        return Metering.OFF.admit(new Demand(caller.requestId(), caller.principal(), caller.ingress(), model, false,
                                             0, 0, caller.headers(), Watch.NONE));
    }

    /**
     * Routes {@code model} and hands the loop that will run its plan to {@code then}, on the caller's
     * loop; a model that cannot be routed closes the account as failed.
     */
    void plan(String model, Caller caller, Metered metered, Consumer<AttemptLoop> then,
              Consumer<GatewayException> routeFailed) {
        router.resolve(model, caller.principal()).whenCompleteAsync((plan, cause) -> {
            if (cause != null) {
                final GatewayException e = InferenceCore.logged(cause);
                metered.failed(e);
                routeFailed.accept(e);
                return;
            }
            final Attempts attempts = new Attempts(plan, providers, states, deadline(plan, caller),
                                                   (t, p) -> metered.tryTarget(p.name(), t.model()));
            then.accept(new AttemptLoop(attempts, health, caller.loop(), metered));
        }, OnLoop.of(caller.loop()));
    }

    /**
     * The whole answer of a unary operation; cancelling it stops the plan. {@code used} reads what
     * an answer used; a client that leaves is charged the prompt, estimated, once a try has begun.
     */
    <T, R> CompletableFuture<R> run(String model, Caller caller, Metered metered, Send<T> send,
                                    Function<Served<T>, R> answer, Function<T, Used> used) {
        final CompletableFuture<R> result = new CompletableFuture<>();
        plan(model, caller, metered, loop -> {
            if (result.isDone()) {
                metered.abandoned();
                return;
            }
            result.whenComplete((unused, cause) -> {
                if (result.isCancelled()) {
                    loop.cancel();
                    OnLoop.of(loop.loop()).execute(() -> {
                        loop.countAttempts();
                        if (loop.attempts().total() > 0) {
                            metered.tokens(new Tokens(metered.demand().promptEstimate(), 0, 0, 0, 0),
                                           "estimated:client_left");
                        }
                        metered.abandoned();
                    });
                }
            });
            loop.start(new WholeAnswer<>(loop, send, served -> {
                loop.countAttempts();
                final Used u = used.apply(served.value());
                metered.tokens(u.tokens(), u.source());
                metered.succeeded();
                result.complete(answer.apply(served));
            }, e -> {
                loop.countAttempts();
                metered.failed(e);
                result.completeExceptionally(InferenceCore.logged(e));
            }));
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
