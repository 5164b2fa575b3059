package dev.switchboard.server.responses;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.linecorp.armeria.common.annotation.Nullable;

/**
 * Deletes stored responses older than the retention (30 days by default, as OpenAI keeps them), at
 * start-up and then every hour, on a blocking executor. Without it the table grows forever.
 */
public final class ResponseRetention implements AutoCloseable {
    private static final Logger logger = LoggerFactory.getLogger(ResponseRetention.class);
    private static final Duration EVERY = Duration.ofHours(1);

    @Nullable
    private final ScheduledFuture<?> task;

    private ResponseRetention(@Nullable ScheduledFuture<?> task) {
        this.task = task;
    }

    /** Starts the purge; {@code days} 0 keeps responses until they are deleted. */
    public static ResponseRetention start(ResponseStore store, int days, ScheduledExecutorService executor) {
        if (days == 0) {
            return new ResponseRetention(null);
        }
        final long keepSeconds = Duration.ofDays(days).toSeconds();
        return new ResponseRetention(executor.scheduleWithFixedDelay(() -> {
            try {
                final int n = store.deleteCreatedBefore(Instant.now().getEpochSecond() - keepSeconds);
                if (n > 0) {
                    logger.info("deleted {} stored response(s) older than {} days", n, days);
                }
            } catch (RuntimeException e) {
                // Next hour tries again; one failed purge must not end the schedule.
                logger.warn("could not delete expired stored responses", e);
            }
        }, 0, EVERY.toSeconds(), TimeUnit.SECONDS));
    }

    @Override
    public void close() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
