package dev.switchboard.server.audit;

import static java.util.Objects.requireNonNull;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;

import dev.switchboard.server.auth.FailureGate;

/**
 * Failed authentications counted per source and calendar minute, in memory only: the
 * authenticator asks {@link #limited} before it checks a credential (answering 429 when true)
 * and reports each failure with {@link #failed}, both on the event loop, so neither touches the
 * database. A scheduled task writes one audit entry per source and closed minute ("auth.failure",
 * changes {@code {"count": "N"}}), so a flood of bad keys makes one row a minute per address, not
 * one per attempt.
 *
 * <p>An IPv6 source is its /64 network (one host usually holds a whole /64). At most
 * {@link #MAX_TRACKED} sources are tracked; the counts of those pushed out are written under the
 * source {@code "*"}, so none is lost.
 */
public final class AuthFailures implements FailureGate, AutoCloseable {
    /** Failures a source may have in a minute before it is refused without a check (the default). */
    public static final int MAX_PER_MINUTE = 20;
    static final int MAX_TRACKED = 20_000;
    static final String ACTION = "auth.failure";
    static final String OVERFLOW_SOURCE = "*";
    private static final long MINUTE_MILLIS = 60_000;
    private static final long FLUSH_SECONDS = 10;
    private static final Logger logger = LoggerFactory.getLogger(AuthFailures.class);

    private final AuditLog log;
    private final Clock clock;
    private final Cache<Window, Integer> counts;
    /** Minute to the failures of sources evicted from {@link #counts} during it. */
    private final ConcurrentMap<Long, Integer> overflow = new ConcurrentHashMap<>();
    private volatile ScheduledFuture<?> flushing;
    private int maxPerMinute = MAX_PER_MINUTE;

    AuthFailures(AuditLog log, Clock clock, int maxTracked) {
        this.log = requireNonNull(log, "log");
        this.clock = requireNonNull(clock, "clock");
        counts = Caffeine.newBuilder()
                         .maximumSize(maxTracked)
                         // Eviction work is small and bounded; doing it on the caller keeps the count exact.
                         .executor(Runnable::run)
                         .<Window, Integer>evictionListener((window, count, cause) -> {
                             if (cause == RemovalCause.SIZE && window != null && count != null) {
                                 overflow.merge(window.minute(), count, Integer::sum);
                             }
                         })
                         .build();
    }

    /** Counts failures and writes them every ten seconds on {@code executor} (a blocking one). */
    public static AuthFailures start(AuditLog log, ScheduledExecutorService executor, int maxPerMinute) {
        final AuthFailures failures = new AuthFailures(log, Clock.systemUTC(), MAX_TRACKED);
        failures.maxPerMinute = maxPerMinute;
        failures.flushing = executor.scheduleWithFixedDelay(failures::flushClosedMinutes, FLUSH_SECONDS,
                                                            FLUSH_SECONDS, TimeUnit.SECONDS);
        return failures;
    }

    /** Whether {@code address} failed more than the limit (default {@link #MAX_PER_MINUTE}) times this minute. */
    @Override
    public boolean limited(InetAddress address) {
        if (counts.estimatedSize() == 0) {
            // Every request asks: nothing to allocate while nobody failed.
            return false;
        }
        final Integer count = counts.getIfPresent(new Window(source(address), minute()));
        return count != null && count > maxPerMinute;
    }

    /** Counts one failed authentication from {@code address}. */
    @Override
    public void failed(InetAddress address) {
        counts.asMap().merge(new Window(source(address), minute()), 1, Integer::sum);
    }

    /** Writes the minutes that have closed. */
    void flushClosedMinutes() {
        try {
            flush(minute());
        } catch (RuntimeException e) {
            // Kept in memory and written on the next run; the task must not die of it.
            logger.warn("cannot write authentication failures to the audit log", e);
        }
    }

    /** Writes every minute before {@code minute} (all of them: {@link Long#MAX_VALUE}). */
    void flush(long minute) {
        final List<Window> windows = new ArrayList<>();
        final List<Integer> taken = new ArrayList<>();
        for (Window w : List.copyOf(counts.asMap().keySet())) {
            if (w.minute() < minute) {
                final Integer count = counts.asMap().remove(w);
                if (count != null) {
                    windows.add(w);
                    taken.add(count);
                }
            }
        }
        for (Long m : List.copyOf(overflow.keySet())) {
            if (m < minute) {
                final Integer count = overflow.remove(m);
                if (count != null) {
                    windows.add(new Window(null, m));
                    taken.add(count);
                }
            }
        }
        if (windows.isEmpty()) {
            return;
        }
        final List<AuditEvent> entries = new ArrayList<>(windows.size());
        for (int i = 0; i < windows.size(); i++) {
            entries.add(entry(windows.get(i), taken.get(i)));
        }
        entries.sort(Comparator.comparing(AuditEvent::time).thenComparing(AuditEvent::source));
        try {
            log.append(entries);
        } catch (RuntimeException e) {
            for (int i = 0; i < windows.size(); i++) {
                final Window w = windows.get(i);
                if (w.address() == null) {
                    overflow.merge(w.minute(), taken.get(i), Integer::sum);
                } else {
                    counts.asMap().merge(w, taken.get(i), Integer::sum);
                }
            }
            throw e;
        }
    }

    /** Stops the task and writes every count, the current minute's too. */
    @Override
    public void close() {
        final ScheduledFuture<?> f = flushing;
        if (f != null) {
            f.cancel(false);
        }
        try {
            flush(Long.MAX_VALUE);
        } catch (RuntimeException e) {
            logger.warn("cannot write authentication failures to the audit log at shutdown", e);
        }
    }

    private static AuditEvent entry(Window w, int count) {
        final String source = w.address() == null ? OVERFLOW_SOURCE
                              : w.address() instanceof Inet6Address ? w.address().getHostAddress() + "/64"
                              : w.address().getHostAddress();
        return new AuditEvent(Instant.ofEpochMilli(w.minute() * MINUTE_MILLIS), "anonymous", "none", source,
                              ACTION, "sources/" + source, "unauthenticated", Map.of("count", Integer.toString(count)));
    }

    private long minute() {
        return clock.millis() / MINUTE_MILLIS;
    }

    /** IPv4 as it is; IPv6 as its /64 network. */
    private static InetAddress source(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        final byte[] bytes = address.getAddress();
        for (int i = 8; i < bytes.length; i++) {
            bytes[i] = 0;
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("16 bytes are an IPv6 address", e);
        }
    }

    /** One source in one minute; a null address stands for the sources no longer tracked. */
    private record Window(InetAddress address, long minute) {}
}
