package dev.switchboard.server.access;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When each key was last used, kept off the request path: a request puts the time in a map (only
 * when the one there is a minute old), and a task writes the map to the database once a minute.
 */
final class LastUsed implements AutoCloseable {
    static final Duration RESOLUTION = Duration.ofMinutes(1);
    private static final Logger logger = LoggerFactory.getLogger(LastUsed.class);

    private final AccessStore store;
    private final Map<String, Long> seen = new ConcurrentHashMap<>();
    private final Map<String, Long> pending = new ConcurrentHashMap<>();
    private final ScheduledFuture<?> flusher;

    LastUsed(AccessStore store, ScheduledExecutorService executor) {
        this.store = store;
        flusher = executor.scheduleWithFixedDelay(this::flush, RESOLUTION.toMillis(), RESOLUTION.toMillis(),
                                                  TimeUnit.MILLISECONDS);
    }

    /** On the event loop: a map read, and a write at most once a minute per key. */
    void used(String keyId, long nowMillis) {
        final Long last = seen.get(keyId);
        if (last == null || nowMillis - last >= RESOLUTION.toMillis()) {
            seen.put(keyId, nowMillis);
            pending.put(keyId, nowMillis);
        }
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        final Map<String, Instant> batch = new HashMap<>();
        for (String id : pending.keySet()) {
            final Long at = pending.remove(id);
            if (at != null) {
                batch.put(id, Instant.ofEpochMilli(at));
            }
        }
        try {
            store.touchKeys(batch);
        } catch (RuntimeException e) {
            logger.warn("cannot record when {} key(s) were last used", batch.size(), e);
        }
    }

    @Override
    public void close() {
        flusher.cancel(false);
        flush();
    }
}
