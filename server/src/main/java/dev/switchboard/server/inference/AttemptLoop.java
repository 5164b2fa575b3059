package dev.switchboard.server.inference;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.provider.ProviderHealth;
import dev.switchboard.server.routing.Attempts;
import dev.switchboard.server.routing.Attempts.Attempt;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.GatewayInfo;
import io.netty.util.concurrent.EventExecutor;

/**
 * One unary exchange through its plan: tries, retries and fallbacks until a target answers.
 * Whole chat completions, embeddings and token counts share it; only what one try sends differs.
 * When the client goes away, the try in flight is cancelled (which abandons its upstream request)
 * and nothing more is sent: no scheduled retry, no fallback. Its state lives on one event loop.
 */
final class AttemptLoop<T> {

    /** One try of one target, bounded by {@code timeout}; cancelling the future abandons the try. */
    @FunctionalInterface
    interface Send<T> {
        CompletableFuture<T> send(Attempt a, Duration timeout);
    }

    /** What answered, and how the plan got there. */
    record Served<T>(T value, Attempt attempt, Attempts attempts) {
        GatewayInfo info(List<String> droppedParams) {
            return AttemptLoop.info(attempts, attempt, droppedParams);
        }
    }

    private final Attempts attempts;
    private final ProviderHealth health;
    private final EventExecutor loop;
    private final Send<T> send;
    private final CompletionStage<?> clientGone;
    private final CompletableFuture<Served<T>> result = new CompletableFuture<>();
    /** The try in flight or the retry waiting for its time: what leaving must stop. */
    @Nullable
    private Future<?> pending;
    private boolean cancelled;

    /** {@code clientGone} completes when the client gives up on the request (on any thread). */
    AttemptLoop(Attempts attempts, ProviderHealth health, EventExecutor loop, Send<T> send,
                CompletionStage<?> clientGone) {
        this.attempts = attempts;
        this.health = health;
        this.loop = loop;
        this.send = send;
        this.clientGone = clientGone;
    }

    /** Runs the plan on the loop; the answer, or a CancellationException once the client left. */
    CompletableFuture<Served<T>> run() {
        clientGone.thenRunAsync(this::cancel, OnLoop.of(loop));
        OnLoop.of(loop).execute(this::next);
        return result;
    }

    private void cancel() {
        if (cancelled || result.isDone()) {
            return;
        }
        cancelled = true;
        if (pending != null) {
            pending.cancel(false);
        }
        result.cancel(false);
    }

    private void next() {
        if (cancelled) {
            return;
        }
        final Attempt a = attempts.next();
        if (a == null) {
            result.completeExceptionally(attempts.exhausted());
            return;
        }
        launch(a);
    }

    private void launch(Attempt a) {
        if (cancelled) {
            return;
        }
        if (attempts.pastDeadline()) {
            result.completeExceptionally(new GatewayException(ErrorKind.UPSTREAM_TIMEOUT, "deadline_exceeded",
                                                              "the request's deadline passed before an answer"));
            return;
        }
        final Duration timeout = min(a.provider().timeout(), attempts.remaining());
        final long start = System.nanoTime();
        a.state().started();
        CompletableFuture<T> sent;
        try {
            sent = send.send(a, timeout);
        } catch (RuntimeException e) {
            // An encoder refusing the request: a retry may run from a timer, so never let it escape.
            sent = CompletableFuture.failedFuture(e);
        }
        pending = sent;
        sent.whenCompleteAsync((done, cause) -> {
            a.state().ended();
            if (cancelled) {
                // Neither the provider's success nor its failure: the client ended the try.
                return;
            }
            if (cause == null) {
                a.state().firstToken(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                attempts.succeeded(a);
                observe(health, a, null);
                result.complete(new Served<>(done, a, attempts));
            } else {
                failed(a, Errors.toGateway(cause));
            }
        }, OnLoop.of(loop));
    }

    private void failed(Attempt a, GatewayException e) {
        observe(health, a, e);
        final Attempts.Decision d = attempts.onFailure(a, e);
        if (d instanceof Attempts.RetryAfter r) {
            pending = loop.schedule(() -> launch(attempts.again(a)), r.delay().toMillis(), TimeUnit.MILLISECONDS);
        } else if (d instanceof Attempts.MoveOn) {
            next();
        } else {
            result.completeExceptionally(((Attempts.Stop) d).error());
        }
    }

    /** What served the request, for the response and its headers. */
    static GatewayInfo info(Attempts attempts, Attempt a, List<String> droppedParams) {
        final GatewayInfo.Builder b = GatewayInfo.newBuilder()
                                                 .setProvider(a.provider().name())
                                                 .setUpstreamModel(a.target().model())
                                                 .setAttempts(attempts.total())
                                                 .setMaxAttempts(attempts.plan().retry().maxAttempts());
        // Once per answer; protobuf's addAll makes a list even for nothing to add.
        if (!droppedParams.isEmpty()) {
            b.addAllDroppedParams(droppedParams);
        }
        if (!attempts.failovers().isEmpty()) {
            b.addAllFailovers(attempts.failovers());
        }
        if (attempts.plan().alias() != null) {
            b.setAlias(attempts.plan().alias());
        }
        return b.build();
    }

    /** Live traffic feeds the provider's state: a success, or an upstream-side failure. */
    static void observe(ProviderHealth health, Attempt a, @Nullable GatewayException e) {
        if (e == null) {
            health.served(a.provider());
        } else {
            health.failed(a.provider(), e);
        }
    }

    /** The smaller, and never zero: Armeria reads a zero timeout as none. */
    private static Duration min(Duration a, Duration b) {
        final Duration d = a.compareTo(b) <= 0 ? a : b;
        return d.toMillis() < 1 ? Duration.ofMillis(1) : d;
    }
}
