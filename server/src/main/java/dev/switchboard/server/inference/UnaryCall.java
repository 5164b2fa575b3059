package dev.switchboard.server.inference;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.switchboard.server.routing.Attempts;
import dev.switchboard.server.routing.Attempts.Attempt;
import dev.switchboard.server.upstream.UpstreamCaller.Completion;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.ChatCompletionResponse;

/** One whole-answer request through its plan: tries, retries and fallbacks until one answers. */
final class UnaryCall {
    private final CallContext c;
    private final CompletableFuture<ChatCompletionResponse> result = new CompletableFuture<>();

    UnaryCall(CallContext c) {
        this.c = c;
    }

    CompletableFuture<ChatCompletionResponse> run() {
        next();
        return result;
    }

    private void next() {
        final Attempt a = c.attempts().next();
        if (a == null) {
            result.completeExceptionally(c.attempts().exhausted());
            return;
        }
        launch(a);
    }

    private void launch(Attempt a) {
        if (c.attempts().pastDeadline()) {
            result.completeExceptionally(new GatewayException(ErrorKind.UPSTREAM_TIMEOUT, "deadline_exceeded",
                                                              "the request's deadline passed before an answer"));
            return;
        }
        final Duration timeout = min(a.provider().timeout(), c.attempts().remaining());
        final long start = System.nanoTime();
        a.state().started();
        c.caller().complete(a.provider(), RequestShaping.forTarget(c.request(), a.target()), a.target().model(), timeout)
         .whenCompleteAsync((done, cause) -> {
             a.state().ended();
             if (cause == null) {
                 a.state().firstToken(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                 c.attempts().succeeded(a);
                 c.observe(a, null);
                 result.complete(answer(a, done));
             } else {
                 failed(a, Errors.toGateway(cause));
             }
         }, OnLoop.of(c.loop()));
    }

    private void failed(Attempt a, GatewayException e) {
        c.observe(a, e);
        final Attempts.Decision d = c.attempts().onFailure(a, e);
        if (d instanceof Attempts.RetryAfter r) {
            c.loop().schedule(() -> launch(c.attempts().again(a)), r.delay().toMillis(), TimeUnit.MILLISECONDS);
        } else if (d instanceof Attempts.MoveOn) {
            next();
        } else {
            result.completeExceptionally(((Attempts.Stop) d).error());
        }
    }

    private ChatCompletionResponse answer(Attempt a, Completion done) {
        return done.response().toBuilder().setGateway(c.info(a, done.droppedParams())).build();
    }

    /** The smaller, and never zero: Armeria reads a zero timeout as none. */
    private static Duration min(Duration a, Duration b) {
        final Duration d = a.compareTo(b) <= 0 ? a : b;
        return d.toMillis() < 1 ? Duration.ofMillis(1) : d;
    }
}
