package dev.switchboard.server.inference;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.provider.ProviderHealth;
import dev.switchboard.server.routing.Attempts;
import dev.switchboard.server.routing.Attempts.Attempt;
import dev.switchboard.server.usage.Metered;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.GatewayInfo;

import io.netty.util.concurrent.EventExecutor;

/**
 * The one loop that runs a request's plan, for whole answers and streams alike: {@link Attempts}
 * decides (retry this target after a delay, move on, stop); this runs the decision, bounds each
 * try by the deadline, keeps the targets' in-flight counts and the providers' health, and stops
 * everything when the client leaves (no try in flight, no retry scheduled for later). What one try
 * sends and how it answers is a {@link Try}. All state lives on one event loop.
 */
final class AttemptLoop {

    /** One kind of try: a whole answer ({@link PlannedCalls}) or a stream ({@link StreamCall}). */
    interface Try {
        /**
         * Starts a try of {@code a} within {@code timeout}; it reports back through
         * {@link #answering}, {@link #succeeded} and {@link #failed}. Returns what abandons it.
         */
        Runnable start(Attempt a, Duration timeout);

        /** The plan ended without an answer: no target is left, or nothing else would help. */
        void fail(GatewayException e);

        /** Lets a try overrule the plan's decision (a stream that already sent part of an answer). */
        default Attempts.Decision decide(Attempts.Decision planned, GatewayException e) {
            return planned;
        }
    }

    private final Attempts attempts;
    private final ProviderHealth health;
    private final EventExecutor loop;
    private final Metered metered;
    @Nullable
    private Try kind;
    @Nullable
    private Attempt current;
    private long startNanos;
    /** Abandons the try in flight, or cancels the retry waiting for its time. */
    @Nullable
    private Runnable abandon;
    @Nullable
    private Future<?> retry;
    private boolean cancelled;

    AttemptLoop(Attempts attempts, ProviderHealth health, EventExecutor loop, Metered metered) {
        this.attempts = attempts;
        this.health = health;
        this.loop = loop;
        this.metered = metered;
    }

    /** The request's account: the tries are reported to it here, its end by the kind of try. */
    Metered metered() {
        return metered;
    }

    Attempts attempts() {
        return attempts;
    }

    EventExecutor loop() {
        return loop;
    }

    /** Runs the plan with tries of this kind; on the loop. */
    void start(Try kind) {
        this.kind = kind;
        next();
    }

    /** The client left: abandon what runs, send nothing more. From any thread. */
    void cancel() {
        OnLoop.of(loop).execute(() -> {
            if (cancelled) {
                return;
            }
            cancelled = true;
            if (retry != null) {
                retry.cancel(false);
            }
            if (current != null) {
                current.state().ended();
                metered.tryEnded(null);
                current = null;
                if (abandon != null) {
                    abandon.run();
                }
            }
        });
    }

    /** Moves to the plan's next target, or fails when none is left. */
    void next() {
        if (cancelled) {
            return;
        }
        final Attempt a = attempts.next();
        if (a == null) {
            kind.fail(attempts.exhausted());
            return;
        }
        launch(a);
    }

    private void launch(@Nullable Attempt a) {
        retry = null;
        if (cancelled) {
            return;
        }
        if (a == null) {
            // The retry's target reached its rate limit meanwhile: on to the next.
            next();
            return;
        }
        if (attempts.pastDeadline()) {
            kind.fail(new GatewayException(ErrorKind.UPSTREAM_TIMEOUT, "deadline_exceeded",
                                           "the request's deadline passed before an answer"));
            return;
        }
        current = a;
        startNanos = System.nanoTime();
        a.state().started();
        metered.trying(a.provider().name(), a.target().model(), attempts.plan().alias());
        try {
            final Try k = kind;
            final Duration timeout = min(a.provider().timeout(), attempts.remaining());
            final Runnable started = metered.inTry(() -> k.start(a, timeout));
            // A try may have ended (and another begun) before start returned.
            if (current == a) {
                abandon = started;
            }
        } catch (RuntimeException e) {
            // An encoder refusing the request: a retry may run from a timer, so never let it escape.
            failed(a, Errors.toGateway(e));
        }
    }

    /** Whether reports about {@code a} still count: it is the try in flight and the client is there. */
    boolean live(Attempt a) {
        return a == current && !cancelled;
    }

    /** The try's first answer arrived: the provider is serving, and this is its time to first token. */
    void answering(Attempt a) {
        if (!live(a)) {
            return;
        }
        a.state().firstToken(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
        metered.firstToken();
        health.served(a.provider());
    }

    /** The try delivered its whole answer; false when it no longer counts. */
    boolean succeeded(Attempt a) {
        if (!live(a)) {
            return false;
        }
        end(a, null);
        attempts.succeeded(a);
        return true;
    }

    /** The try failed: the plan decides, the try may overrule, and this runs the decision. */
    void failed(Attempt a, GatewayException e) {
        if (!live(a)) {
            return;
        }
        end(a, e);
        health.failed(a.provider(), e);
        final Attempts.Decision d = kind.decide(attempts.onFailure(a, e), e);
        if (d instanceof Attempts.RetryAfter r) {
            retry = loop.schedule(() -> launch(attempts.again(a)), r.delay().toMillis(), TimeUnit.MILLISECONDS);
        } else if (d instanceof Attempts.MoveOn) {
            next();
        } else {
            kind.fail(((Attempts.Stop) d).error());
        }
    }

    private void end(Attempt a, @Nullable GatewayException e) {
        a.state().ended();
        if (e == null) {
            a.state().served(System.currentTimeMillis());
        } else {
            a.state().failed();
        }
        metered.tryEnded(e);
        current = null;
        abandon = null;
    }

    /** The plan's tries so far, for the request's account. */
    void countAttempts() {
        metered.attempts(attempts.total(), attempts.failovers().size());
    }

    /** What served the request, for the response and its headers. */
    GatewayInfo info(Attempt a, List<String> droppedParams) {
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

    /** The smaller, and never zero: Armeria reads a zero timeout as none. */
    private static Duration min(Duration a, Duration b) {
        final Duration d = a.compareTo(b) <= 0 ? a : b;
        return d.toMillis() < 1 ? Duration.ofMillis(1) : d;
    }
}
