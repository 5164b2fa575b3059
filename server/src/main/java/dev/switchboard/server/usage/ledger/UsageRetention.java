package dev.switchboard.server.usage.ledger;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.linecorp.armeria.common.annotation.Nullable;

/**
 * Deletes raw ledger rows older than the retention, at start-up and then daily; the hourly and
 * daily rollups are kept, so reports over any period still add up.
 */
public final class UsageRetention implements AutoCloseable {
    private static final Logger logger = LoggerFactory.getLogger(UsageRetention.class);
    private static final Duration EVERY = Duration.ofDays(1);
    /** Rows per delete: a short write lock each, so the ledger writer never waits long behind a purge. */
    static final int CHUNK = 10_000;

    @Nullable
    private final ScheduledFuture<?> task;

    private UsageRetention(@Nullable ScheduledFuture<?> task) {
        this.task = task;
    }

    /** Starts the purge; {@code days} 0 keeps raw rows forever. */
    public static UsageRetention start(Jdbi jdbi, int days, Clock clock, ScheduledExecutorService executor) {
        if (days == 0) {
            return new UsageRetention(null);
        }
        return new UsageRetention(executor.scheduleWithFixedDelay(() -> {
            try {
                final long n = purge(jdbi, clock.millis() - Duration.ofDays(days).toMillis());
                if (n > 0) {
                    logger.info("deleted {} usage record(s) older than {} days (rollups kept)", n, days);
                }
            } catch (RuntimeException e) {
                // Tomorrow tries again; one failed purge must not end the schedule.
                logger.warn("could not delete expired usage records", e);
            }
        }, 0, EVERY.toSeconds(), TimeUnit.SECONDS));
    }

    /** Deletes the raw rows of requests admitted before {@code beforeMillis}, and their batches' ids; returns how many rows. */
    static long purge(Jdbi jdbi, long beforeMillis) {
        long total = 0;
        while (true) {
            // About CHUNK rows at a time, by time's index (the rows have no other key): up to the
            // time of the CHUNK-th oldest, or every expired row when fewer are left.
            final Long upTo = jdbi.withHandle(h -> h.createQuery(
                    "SELECT time FROM usage_records WHERE time < :before ORDER BY time LIMIT 1 OFFSET " + CHUNK)
                                                     .bind("before", beforeMillis).mapTo(Long.class).findOne()
                                                     .orElse(null));
            if (upTo == null) {
                total += delete(jdbi, "usage_records", "time < :before", beforeMillis);
                break;
            }
            // Inclusive: rows sharing one millisecond past CHUNK of them must not stop the purge.
            total += delete(jdbi, "usage_records", "time <= :before", upTo);
        }
        // A batch id only guards its batch's retry, which happens within seconds of its write.
        delete(jdbi, "usage_batches", "written_at < :before", beforeMillis);
        return total;
    }

    private static int delete(Jdbi jdbi, String table, String where, long before) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM " + table + " WHERE " + where)
                                     .bind("before", before).execute());
    }

    @Override
    public void close() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
