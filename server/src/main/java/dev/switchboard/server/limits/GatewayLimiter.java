package dev.switchboard.server.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.access.Directory;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.usage.Demand;
import dev.switchboard.server.usage.Ingress;
import dev.switchboard.server.usage.Limiter;
import dev.switchboard.transcoder.error.GatewayException;
import io.github.bucket4j.TimeMeter;

/**
 * The gateway's limiter: every policy held in memory (reloaded after each change made here, and
 * every {@link Directory#REFRESH} for other replicas' changes and for what the ledger says was
 * spent), and the live state of each limited subject in a bounded map. Nothing on the request
 * path reads the database or blocks.
 */
public final class GatewayLimiter implements Limiter, AutoCloseable {
    /** Tokens reserved for a request's output when it sets no max_tokens (none for embeddings). */
    public static final long DEFAULT_OUTPUT_TOKENS = 1024;
    /** What a request reserves of a budget before its cost is known, until the subject has a recent cost: $0.01. */
    public static final long DEFAULT_RESERVE_NANOS = 10_000_000L;
    /** Subjects idle this long lose their live state (rebuilt from the policy and the ledger when they return). */
    static final Duration IDLE = Duration.ofMinutes(10);
    static final long MAX_SUBJECTS = 100_000;

    private static final Logger logger = LoggerFactory.getLogger(GatewayLimiter.class);

    private final LimitStore store;
    private final Clock clock;
    private final ZoneId zone;
    private final long reserveNanos;
    private final TimeMeter time;
    private final Cache<Subject, Live> live;
    private volatile Map<Subject, Policy> policies = Map.of();
    private volatile Map<Subject, Usage> usage = Map.of();
    /** Whether any provider or model has limits: most gateways set none, and then a try checks nothing. */
    private volatile boolean targetLimits;
    @Nullable
    private ScheduledFuture<?> refresh;

    /**
     * @param zone the gateway's time zone, where budget and quota days and months start
     * @param reserveNanos what a request reserves of a budget when its subject has no recent cost
     */
    GatewayLimiter(LimitStore store, Clock clock, ZoneId zone, long reserveNanos) {
        this.store = store;
        this.clock = clock;
        this.zone = zone;
        this.reserveNanos = reserveNanos;
        time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return TimeUnit.MILLISECONDS.toNanos(clock.millis());
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        // Upkeep (expiry, eviction) on the reader's thread: handing it to the common pool wakes
        // another thread every few hundred reads, on the cores the event loops need.
        live = Caffeine.newBuilder().executor(Runnable::run).maximumSize(MAX_SUBJECTS).expireAfterAccess(IDLE)
                       .build();
    }

    /** Loads every policy and what was spent (blocking), then re-reads both every {@link Directory#REFRESH}. */
    public static GatewayLimiter start(org.jdbi.v3.core.Jdbi jdbi, ZoneId zone, ScheduledExecutorService background) {
        final GatewayLimiter limiter = new GatewayLimiter(new LimitStore(jdbi), Clock.systemUTC(), zone,
                                                          DEFAULT_RESERVE_NANOS);
        limiter.reload();
        final long every = Directory.REFRESH.toMillis();
        limiter.refresh = background.scheduleWithFixedDelay(() -> {
            try {
                limiter.reload();
            } catch (RuntimeException e) {
                logger.warn("cannot re-read limits and spend; keeping the last ones", e);
            }
        }, every, every, TimeUnit.MILLISECONDS);
        return limiter;
    }

    LimitStore store() {
        return store;
    }

    ZoneId zone() {
        return zone;
    }

    /** Re-reads the policies and the ledger's spend since each period began. Blocking: off the event loop. */
    synchronized void reload() {
        final Map<Subject, Policy> next = new HashMap<>();
        for (Policy p : store.list()) {
            next.put(p.subject(), p);
        }
        policies = Map.copyOf(next);
        targetLimits = next.keySet().stream().anyMatch(s -> s.scope() == Scope.PROVIDER || s.scope() == Scope.MODEL);
        final long now = nowMillis();
        final Map<Scope, Map<Period, Map<String, LimitStore.Used>>> read = new EnumMap<>(Scope.class);
        final Map<Subject, Usage> used = new HashMap<>();
        for (Policy p : next.values()) {
            if (p.budget() == null && p.quota() == null) {
                continue;
            }
            final Scope scope = p.subject().scope();
            final Map<Period, Map<String, LimitStore.Used>> byPeriod = read.computeIfAbsent(scope, s -> {
                final Map<Period, Map<String, LimitStore.Used>> m = new EnumMap<>(Period.class);
                for (Period period : Period.values()) {
                    m.put(period, store.usedSince(s, period.start(now, zone)));
                }
                return m;
            });
            final Usage u = new Usage(byPeriod.get(Period.DAY).getOrDefault(p.subject().id(), LimitStore.Used.NONE),
                                      byPeriod.get(Period.MONTH).getOrDefault(p.subject().id(), LimitStore.Used.NONE));
            used.put(p.subject(), u);
            final Live l = live.getIfPresent(p.subject());
            if (l != null) {
                rebase(l, u, now);
            }
        }
        usage = Map.copyOf(used);
    }

    private void rebase(Live l, Usage u, long now) {
        if (l.spend != null) {
            final Period period = l.policy.budget().period();
            l.spend.rebase(period.start(now, zone), u.of(period).nanos(), now);
        }
        if (l.policy.quota() != null) {
            final Period period = l.policy.quota().period();
            if (l.quotaRequests != null) {
                l.quotaRequests.rebase(period.start(now, zone), u.of(period).requests(), now);
            }
            if (l.quotaTokens != null) {
                l.quotaTokens.rebase(period.start(now, zone), u.of(period).tokens(), now);
            }
        }
    }

    @Override
    public Ticket admit(Demand demand) {
        // Embeddings answer with no tokens of output.
        final long output = demand.maxOutputTokens() > 0 ? demand.maxOutputTokens()
                            : demand.ingress() == Ingress.EMBEDDINGS ? 0 : DEFAULT_OUTPUT_TOKENS;
        final long estimate = demand.promptEstimate() + output;
        final Principal p = demand.principal();
        final List<Hold> holds = new ArrayList<>(3);
        final long now = nowMillis();
        for (Subject s : subjects(p)) {
            final Live l = live(s);
            if (l == null) {
                continue;
            }
            final Hold h = new Hold(l);
            final GatewayException refused = h.take(estimate, reserveNanos, now);
            if (refused != null) {
                holds.forEach(Hold::giveBack);
                // The refusing limit's state is what the caller needs to see.
                RateHeaders.set(demand.headers(), List.of(h));
                throw refused;
            }
            holds.add(h);
        }
        RateHeaders.set(demand.headers(), holds);
        return new Reservation(this, estimate, holds);
    }

    private static List<Subject> subjects(@Nullable Principal p) {
        if (p == null) {
            return List.of(Subject.GLOBAL);
        }
        if (p.keyId() == null) {
            return List.of(Subject.GLOBAL, new Subject(Scope.USER, p.userId()));
        }
        return List.of(Subject.GLOBAL, new Subject(Scope.USER, p.userId()), new Subject(Scope.KEY, p.keyId()));
    }

    /** The live state of a subject with limits, built or rebuilt for its current policy; null without limits. */
    @Nullable
    Live live(Subject s) {
        final Policy p = policies.get(s);
        if (p == null) {
            return null;
        }
        final Live l = live.getIfPresent(s);
        if (l != null && (l.policy == p || l.policy.sameLimits(p))) {
            return l;
        }
        return live.asMap().compute(s, (k, old) -> old != null && old.policy.sameLimits(p)
                                                   ? old
                                                   : Live.of(p, old, time, zone, nowMillis(),
                                                             usage.getOrDefault(s, Usage.NONE)));
    }

    boolean hasTargetLimits() {
        return targetLimits;
    }

    long nowMillis() {
        return clock.millis();
    }

    @Override
    public void close() {
        if (refresh != null) {
            refresh.cancel(false);
        }
    }
}
