package dev.switchboard.server.observe.log;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.observe.RequestWatch;
import dev.switchboard.server.observe.TelemetrySettings;
import dev.switchboard.server.observe.Watcher;

/**
 * The JSON access log: one line per request, written off the request's thread. The request's
 * event loop only queues an {@link AccessEntry} (offer never blocks; a full queue drops, counts and
 * warns at most every 10 s); one writer thread formats a batch into one buffer and writes it to
 * stdout or an appended file with one write and one flush. Written straight to the stream rather
 * than through a logger: the line is the record, and nothing formats it twice.
 */
public final class AccessLog implements Watcher, AutoCloseable {
    /** The most of each body a line carries (with --log-bodies on): the first 64 KiB of its text. */
    public static final int BODY_CAP = 64 * 1024;
    private static final Logger logger = LoggerFactory.getLogger(AccessLog.class);
    private static final int QUEUE = 65_536;
    private static final int BATCH = 1024;
    private static final long NAP_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    private static final long WARN_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final long CLOSE_WAIT_MILLIS = 5_000;
    /** How long a line waits for the ledger's row of a request whose log completed first. */
    private static final Duration ROW_WAIT = Duration.ofSeconds(10);

    private final ArrayBlockingQueue<AccessEntry> queue;
    private final OutputStream out;
    private final boolean ownsOut;
    private final AccessLine line;
    private final Duration rowWait;
    private final Thread thread;
    private final LongAdder dropped = new LongAdder();
    private final LongAdder droppedSinceWarning = new LongAdder();
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);
    private volatile boolean closing;

    AccessLog(OutputStream out, boolean ownsOut, AccessLine line, int capacity) {
        this(out, ownsOut, line, capacity, ROW_WAIT);
    }

    AccessLog(OutputStream out, boolean ownsOut, AccessLine line, int capacity, Duration rowWait) {
        this.out = out;
        this.ownsOut = ownsOut;
        this.line = line;
        this.rowWait = rowWait;
        queue = new ArrayBlockingQueue<>(capacity);
        thread = new Thread(this::run, "access-log-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The access log {@code settings} ask for, or null for {@code --access-log off}. A file is
     * created if missing and appended to; one that cannot be opened fails the start.
     *
     * @param redact masks secrets in bodies (used only with {@code --log-bodies on})
     */
    @Nullable
    public static AccessLog open(TelemetrySettings settings, UnaryOperator<String> redact) {
        final String where = settings.accessLog();
        if (TelemetrySettings.OFF.equals(where)) {
            return null;
        }
        final AccessLine line = new AccessLine(settings.logBodies(), redact);
        if (TelemetrySettings.STDOUT.equals(where)) {
            return new AccessLog(System.out, false, line, QUEUE);
        }
        final Path file = Path.of(where);
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            return new AccessLog(new FileOutputStream(file.toFile(), true), true, line, QUEUE);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("--access-log: cannot open '" + where + "' for appending: " + e, e);
        }
    }

    @Override
    public RequestWatch watch(ServiceRequestContext ctx, String requestId) {
        return new AccessWatch(this, requestId);
    }

    Duration rowWait() {
        return rowWait;
    }

    void offer(AccessEntry entry) {
        if (closing || !queue.offer(entry)) {
            dropped.increment();
            droppedSinceWarning.increment();
            warnDropped();
        }
    }

    /** Lines queued, not yet written. */
    public int queued() {
        return queue.size();
    }

    /** Lines dropped because the queue was full or the log closing. */
    public long dropped() {
        return dropped.sum();
    }

    /** Writes what is queued, flushes, and stops (waits at most 5 s). */
    @Override
    public void close() {
        closing = true;
        LockSupport.unpark(thread);
        try {
            thread.join(CLOSE_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (ownsOut && !thread.isAlive()) {
            try {
                out.close();
            } catch (IOException e) {
                logger.warn("access log: closing the file failed: {}", e.toString());
            }
        }
    }

    private void run() {
        final List<AccessEntry> batch = new ArrayList<>(BATCH);
        while (true) {
            queue.drainTo(batch, BATCH);
            if (batch.isEmpty()) {
                if (closing) {
                    return;
                }
                // Naps rather than waits on the queue: a waiting reader is woken by every offer,
                // a context switch per request on the request's own cores.
                LockSupport.parkNanos(NAP_NANOS);
                continue;
            }
            write(batch);
            batch.clear();
        }
    }

    private void write(List<AccessEntry> batch) {
        try {
            line.writeTo(batch, out);
        } catch (IOException | UncheckedIOException e) {
            dropped.add(batch.size());
            logger.warn("access log: writing {} line(s) failed: {}", batch.size(), e.toString());
        } catch (RuntimeException e) {
            // A line that cannot be formatted must not stop the log.
            dropped.add(batch.size());
            logger.warn("access log: formatting {} line(s) failed", batch.size(), e);
        }
    }

    private void warnDropped() {
        final long now = System.nanoTime();
        final long last = lastWarning.get();
        if (now - last >= WARN_EVERY_NANOS && lastWarning.compareAndSet(last, now)) {
            logger.warn("access log: queue full or closed: {} line(s) dropped since the last warning ({} in all)",
                        droppedSinceWarning.sumThenReset(), dropped.sum());
        }
    }
}
