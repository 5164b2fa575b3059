package dev.switchboard.server.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.linecorp.armeria.client.retry.Backoff;
import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.provider.ProviderRegistry;
import dev.switchboard.server.provider.UpstreamProvider;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.error.RetryAdvice;
import dev.switchboard.v1.Failover;

/**
 * The failure policy of one request: which target to try next, whether a failure is retried on
 * the same target (exponential backoff with jitter, never sooner than the upstream's Retry-After,
 * as the upstream's x-should-retry allows, within the deadline), moves on to the next target, or
 * ends the request. Used by one request on one event loop: not thread-safe.
 */
public final class Attempts {
    /** Failures worth another try: the upstream, not the request, was the problem. */
    static final Set<ErrorKind> RETRYABLE = Set.of(ErrorKind.UPSTREAM_UNREACHABLE, ErrorKind.UPSTREAM_ERROR,
                                                   ErrorKind.UPSTREAM_UNAVAILABLE, ErrorKind.UPSTREAM_TIMEOUT,
                                                   ErrorKind.RATE_LIMITED);

    /** One try of one target. */
    public record Attempt(Target target, UpstreamProvider provider, TargetTraffic state, int number) {}

    /** What to do after a failure. */
    public sealed interface Decision permits RetryAfter, MoveOn, Stop {}

    /** Try the same target again after this delay. */
    public record RetryAfter(Duration delay) implements Decision {}

    /** Try the next target. */
    public record MoveOn() implements Decision {}

    /** Report this error; nothing else will help. */
    public record Stop(GatewayException error) implements Decision {}

    private final RoutePlan plan;
    private final ProviderRegistry providers;
    private final TargetStates states;
    private final long deadlineNanos;
    private final TargetGate gate;
    /** Built on the first failure: most requests never need one. */
    @Nullable
    private Backoff backoff;
    private final List<Failover> failovers = new ArrayList<>();
    /** Why targets were passed over without a try, for the error when nothing is left. */
    private final List<String> notes = new ArrayList<>();
    private int next;
    private int total;
    private int skippedOpen;
    /** The soonest a target skipped by a rate limit (the gateway's or its provider's) may take a request again. */
    @Nullable
    private GatewayException limited;
    private int minContextWindow;
    @Nullable
    private Target failed;
    @Nullable
    private GatewayException lastError;

    public Attempts(RoutePlan plan, ProviderRegistry providers, TargetStates states, long deadlineNanos) {
        this(plan, providers, states, deadlineNanos, TargetGate.OPEN);
    }

    public Attempts(RoutePlan plan, ProviderRegistry providers, TargetStates states, long deadlineNanos,
                    TargetGate gate) {
        this.plan = plan;
        this.providers = providers;
        this.states = states;
        this.deadlineNanos = deadlineNanos;
        this.gate = gate;
    }

    /**
     * The next target to try, skipping unusable ones, targets whose provider said they are out of
     * requests or tokens (until its reset), and open circuits; null when none is left.
     */
    @Nullable
    public Attempt next() {
        while (next < plan.targets().size()) {
            final Target t = plan.targets().get(next++);
            if (minContextWindow > 0 && t.contextWindow() <= minContextWindow) {
                continue;
            }
            final UpstreamProvider p = providers.get(t.provider());
            if (p == null || !p.enabled()) {
                note(t, p == null ? "provider '" + t.provider() + "' does not exist"
                                  : "provider '" + t.provider() + "' is disabled");
                continue;
            }
            final TargetTraffic state = states.of(t.key());
            final Instant until = state.exhaustedUntil(states.now());
            if (until != null) {
                // Before the breaker: a half-open circuit's one trial is not spent on a known refusal.
                limitedBy(t, providerLimited(until));
                continue;
            }
            if (!state.breaker().tryRequest()) {
                skippedOpen++;
                note(t, "circuit open");
                continue;
            }
            final GatewayException refused = gate.admit(t, p);
            if (refused != null) {
                limitedBy(t, refused);
                continue;
            }
            return begin(t, p, state, 1);
        }
        return null;
    }

    /**
     * The same target once more, after a RetryAfter decision; null when its rate limit now refuses
     * it (the caller moves on, as if the decision had been to).
     */
    @Nullable
    public Attempt again(Attempt a) {
        final GatewayException refused = gate.admit(a.target(), a.provider());
        if (refused != null) {
            note(a.target(), refused.getMessage());
            return null;
        }
        return begin(a.target(), a.provider(), a.state(), a.number() + 1);
    }

    private Attempt begin(Target t, UpstreamProvider p, TargetTraffic state, int number) {
        total++;
        if (failed != null && !failed.key().equals(t.key())) {
            failovers.add(Failover.newBuilder().setFrom(failed.key()).setTo(t.key())
                                  .setReason(lastError == null ? "" : lastError.kind() + ": " + lastError.getMessage())
                                  .build());
            failed = null;
        }
        return new Attempt(t, p, state, number);
    }

    /**
     * What to do after {@code a} failed with {@code e}. The upstream's own advice
     * ({@code x-should-retry}, see {@link RetryAdvice}) wins over the error's kind: RETRY makes any
     * failure retryable, DO_NOT_RETRY sends a retryable one to the next target at once, FINAL (a
     * client error the provider reported inside its answer) ends the request with it.
     */
    public Decision onFailure(Attempt a, GatewayException e) {
        lastError = e;
        failed = a.target();
        if (e.retryAdvice() == RetryAdvice.FINAL) {
            return new Stop(e);
        }
        if (!RETRYABLE.contains(e.kind()) && e.retryAdvice() != RetryAdvice.RETRY) {
            if (e.kind() == ErrorKind.CONTEXT_TOO_LONG && plan.fallbackOnContextLength()) {
                // Only a target with a larger window can take this request.
                minContextWindow = Math.max(minContextWindow, Math.max(1, a.target().contextWindow()));
                return new MoveOn();
            }
            return new Stop(e);
        }
        a.state().breaker().onFailure();
        if (e.retryAdvice() != RetryAdvice.DO_NOT_RETRY && a.number() < plan.retry().maxAttempts()) {
            if (backoff == null) {
                backoff = Backoff.exponential(plan.retry().initialBackoff().toMillis(),
                                              plan.retry().maxBackoff().toMillis()).withJitter(0.2);
            }
            long delay = backoff.nextDelayMillis(a.number());
            if (e.retryAfter() != null) {
                // Never sooner than the upstream asked; a wait longer than our own longest
                // backoff is better spent on another target.
                if (e.retryAfter().compareTo(plan.retry().maxBackoff()) > 0) {
                    return new MoveOn();
                }
                delay = Math.max(delay, e.retryAfter().toMillis());
            }
            if (delay >= 0 && System.nanoTime() + delay * 1_000_000 < deadlineNanos) {
                return new RetryAfter(Duration.ofMillis(delay));
            }
        }
        return new MoveOn();
    }

    /** Records a target that served: it may go on serving. */
    public void succeeded(Attempt a) {
        a.state().breaker().onSuccess();
    }

    /** Marks the latest switch as one where the new target continued a partial answer. */
    public void markMidStream() {
        if (!failovers.isEmpty()) {
            final int last = failovers.size() - 1;
            failovers.set(last, failovers.get(last).toBuilder().setMidStream(true).build());
        }
    }

    /** The error to report when no target is left. */
    public GatewayException exhausted() {
        if (lastError != null) {
            return lastError;
        }
        if (limited != null) {
            // Nothing was tried: every usable target is at its rate limit (the upstream is not
            // called to collect its 429).
            return new GatewayException(limited.kind(), limited.code(),
                                        "every target of " + name() + " is at its rate limit: "
                                        + String.join("; ", notes), limited.retryAfter(), null);
        }
        if (skippedOpen > 0) {
            return new GatewayException(ErrorKind.UPSTREAM_UNAVAILABLE, "circuit_open",
                                        "every target of " + name() + " is cooling down after repeated failures "
                                        + "(circuit open); try again shortly");
        }
        return new GatewayException(ErrorKind.UPSTREAM_UNAVAILABLE, "no_target",
                                    "no target of " + name() + " is available: " + String.join("; ", notes));
    }

    private void limitedBy(Target t, GatewayException refused) {
        if (limited == null || refused.retryAfter() != null && limited.retryAfter() != null
                               && refused.retryAfter().compareTo(limited.retryAfter()) < 0) {
            limited = refused;
        }
        note(t, refused.getMessage());
    }

    /** A target its provider refuses until {@code until}, learned from its answers' headers. */
    private GatewayException providerLimited(Instant until) {
        // Whole seconds, rounded up, as Retry-After speaks: never an invitation to come early.
        final long millis = Math.max(0, Duration.between(states.now(), until).toMillis());
        return new GatewayException(ErrorKind.RATE_LIMITED, "provider_rate_limited",
                                    "rate limited by the provider until " + until,
                                    Duration.ofSeconds((millis + 999) / 1000), null);
    }

    private void note(Target t, String why) {
        notes.add(t.key() + ": " + why);
    }

    private String name() {
        return plan.alias() != null ? "alias '" + plan.alias() + "'" : "'" + plan.targets().get(0).key() + "'";
    }

    public boolean pastDeadline() {
        return System.nanoTime() >= deadlineNanos;
    }

    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
    }

    public int total() {
        return total;
    }

    public List<Failover> failovers() {
        return failovers;
    }

    public RoutePlan plan() {
        return plan;
    }
}
