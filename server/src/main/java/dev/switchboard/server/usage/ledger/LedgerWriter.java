package dev.switchboard.server.usage.ledger;

import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteException;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.usage.Ledger;
import dev.switchboard.server.usage.UsageRecord;

/**
 * The ledger: rows queue in memory (offer never blocks, a full queue drops and counts) and one
 * thread of its own writes them every flush interval, or sooner once a batch is full, each batch
 * in one transaction with its rollups. A failed batch is retried until it is written; while it is
 * retried new rows wait in the queue, and once that is full they are dropped, counted and logged,
 * so memory stays bounded by the queue and one batch. Each batch has an id, written with it: a try
 * whose commit failed after it took effect is not written again by the next.
 */
public final class LedgerWriter implements Ledger, AutoCloseable {
    static final int BATCH = 5_000;
    private static final Logger logger = LoggerFactory.getLogger(LedgerWriter.class);
    private static final long WARN_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);
    private static final long MAX_BACKOFF_MS = 5_000;
    /** How often the writer looks at the queue between flushes (whether it is full, or closing). */
    private static final long CLOSE_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final Jdbi jdbi;
    private final ZoneId zone;
    private final long flushNanos;
    private final ArrayBlockingQueue<UsageRecord> queue;
    private final Thread thread;
    private final LongAdder dropped = new LongAdder();
    private final LongAdder droppedSinceWarning = new LongAdder();
    private final AtomicLong lastWarning;
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong failedFlushes = new AtomicLong();
    private volatile long lastFlushNanos;
    private volatile boolean closing;
    /** Its INSERTs, prepared once per connection (the writer thread's alone). */
    private final Statements statements = new Statements();
    /** The writer thread's own connection, opened on its first batch. */
    @Nullable
    private Handle handle;
    /** Set when close gave up waiting: the writer stops retrying. */
    private volatile boolean abandoned;
    /** Batch ids are this writer's random prefix and a sequence number (the writer thread's alone). */
    private final String batchPrefix = Long.toHexString(System.currentTimeMillis()) + '-'
                                       + Long.toHexString(ThreadLocalRandom.current().nextLong()) + '-';
    private long batches;

    /** Starts the writer thread; rows offered before {@link #close} are written to {@code jdbi}'s database. */
    public LedgerWriter(Jdbi jdbi, ZoneId zone, LedgerSettings settings) {
        this.jdbi = jdbi;
        this.zone = zone;
        flushNanos = settings.flushInterval().toNanos();
        queue = new ArrayBlockingQueue<>(settings.queueSize());
        lastWarning = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);
        thread = new Thread(this::run, "usage-ledger-writer");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void offer(UsageRecord record) {
        if (closing || !queue.offer(record)) {
            dropped.increment();
            droppedSinceWarning.increment();
            warnDropped();
        }
    }

    /** Rows waiting to be written. */
    public int queueDepth() {
        return queue.size();
    }

    /** Rows written since start. */
    public long rowsWritten() {
        return written.get();
    }

    /** Rows offered when the queue was full (or after close), or refused by the database: never written. */
    public long rowsDropped() {
        return dropped.sum();
    }

    /** Batches that failed and were retried. */
    public long failedFlushes() {
        return failedFlushes.get();
    }

    /** How long the last batch took to write, its transaction included. */
    public Duration lastFlushDuration() {
        return Duration.ofNanos(lastFlushNanos);
    }

    /** Writes everything queued, then stops; waits at most 10 s (a database that stays down loses the rest). */
    @Override
    public void close() {
        closing = true;
        try {
            thread.join(CLOSE_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            abandoned = true;
            logger.error("usage ledger: could not write the last {} queued row(s) within {} s; they are lost",
                         queue.size(), CLOSE_WAIT.toSeconds());
            return;
        }
        // An offer that raced with close, enqueued after the writer's last look: counted, not silent.
        final int late = queue.size();
        if (late > 0) {
            queue.clear();
            dropped.add(late);
            logger.warn("usage ledger: {} row(s) offered while closing were not written", late);
        }
    }

    private void run() {
        final List<UsageRecord> batch = new ArrayList<>(BATCH);
        try {
            while (!abandoned) {
                collect(batch);
                if (batch.isEmpty()) {
                    if (closing && queue.isEmpty()) {
                        return;
                    }
                    continue;
                }
                writeUntilDone(batch);
                batch.clear();
            }
        } finally {
            closeHandle();
        }
    }

    /**
     * Fills {@code batch} until it is full or the flush interval passed (at once when closing). The
     * writer naps between looks instead of waiting on the queue: a waiting reader would be woken by
     * every offer, a context switch per request on the request's own cores.
     */
    private void collect(List<UsageRecord> batch) {
        final long deadline = System.nanoTime() + flushNanos;
        while (true) {
            queue.drainTo(batch, BATCH - batch.size());
            final long left = deadline - System.nanoTime();
            if (batch.size() >= BATCH || left <= 0 || closing) {
                return;
            }
            LockSupport.parkNanos(Math.min(left, CLOSE_POLL_NANOS));
            if (Thread.interrupted()) {
                // Nobody interrupts this thread but the JVM's end: write what there is.
                return;
            }
        }
    }

    private void writeUntilDone(List<UsageRecord> batch) {
        writeUntilDone(batch, batchPrefix + Long.toHexString(batches++));
    }

    private void writeUntilDone(List<UsageRecord> batch, String batchId) {
        long backoffMs = 50;
        while (!abandoned) {
            try {
                write(batch, batchId);
                return;
            } catch (RuntimeException e) {
                failedFlushes.incrementAndGet();
                if (isRejected(e)) {
                    writeOneByOne(batch, batchId);
                    return;
                }
                logger.warn("usage ledger: writing {} row(s) failed, retrying in {} ms ({} queued): {}",
                            batch.size(), backoffMs, queue.size(), e.toString());
                sleep(backoffMs);
                backoffMs = Math.min(MAX_BACKOFF_MS, backoffMs * 2);
            }
        }
    }

    private void write(List<UsageRecord> batch, String batchId) {
        final long start = System.nanoTime();
        if (handle == null) {
            // One connection for the writer's life: its page cache keeps the indexes' hot pages, where a
            // connection per batch would read them from the file again every time.
            handle = jdbi.open();
        }
        try {
            // False: an earlier try's commit took effect after all; its rows count as written then.
            handle.inTransaction(h -> LedgerSql.write(h, statements, batchId, System.currentTimeMillis(), batch,
                                                      new Rollups(zone)));
        } catch (RuntimeException e) {
            // The next try starts on a fresh connection, whatever state this one is in.
            closeHandle();
            throw e;
        }
        lastFlushNanos = System.nanoTime() - start;
        written.addAndGet(batch.size());
    }

    private void closeHandle() {
        statements.close();
        if (handle != null) {
            try {
                handle.close();
            } catch (RuntimeException e) {
                logger.debug("usage ledger: closing its connection failed", e);
            }
            handle = null;
        }
    }

    /**
     * A batch the database refuses as such (a constraint, not a lock or I/O): each row alone, so
     * that one bad row is dropped and logged instead of stopping the ledger.
     */
    private void writeOneByOne(List<UsageRecord> batch, String batchId) {
        for (int i = 0; i < batch.size(); i++) {
            final UsageRecord r = batch.get(i);
            final String rowBatchId = batchId + '/' + i;
            try {
                write(List.of(r), rowBatchId);
            } catch (RuntimeException e) {
                if (!isRejected(e)) {
                    writeUntilDone(List.of(r), rowBatchId);
                    continue;
                }
                dropped.increment();
                logger.error("usage ledger: the database refused the row of request {}: {}", r.requestId(),
                             e.toString());
            }
        }
    }

    /** A constraint violation (SQLite's, or SQL state class 23): retrying the same rows cannot succeed. */
    private static boolean isRejected(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                return sqlite.getResultCode().name().startsWith("SQLITE_CONSTRAINT")
                       || sqlite.getResultCode().name().startsWith("SQLITE_MISMATCH");
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    private void warnDropped() {
        final long now = System.nanoTime();
        final long last = lastWarning.get();
        if (now - last >= WARN_EVERY_NANOS && lastWarning.compareAndSet(last, now)) {
            logger.warn("usage ledger: queue full ({} rows) or closed: {} row(s) dropped since the last warning "
                        + "({} in all)", queue.remainingCapacity() + queue.size(), droppedSinceWarning.sumThenReset(),
                        dropped.sum());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            // The writer's own thread, interrupted by no one: keeping the flag would turn every
            // later wait into a busy loop.
        }
    }
}
