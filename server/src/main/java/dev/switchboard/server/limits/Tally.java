package dev.switchboard.server.limits;

import java.time.ZoneId;

/**
 * One subject's use of one count (spend, requests or tokens) in the current period: what earlier
 * requests used ({@code base}, from the ledger's rollups, plus what settled here since) and what
 * requests in flight reserved. A request is admitted against used plus reserved, so concurrent
 * requests cannot all see the same room. Synchronized: a few field updates, never I/O.
 */
final class Tally {
    private final Period period;
    private final ZoneId zone;
    private long start;
    private long end;
    private long base;
    private long settled;
    private long reserved;

    Tally(Period period, ZoneId zone, long nowMillis, long base) {
        this.period = period;
        this.zone = zone;
        start = period.start(nowMillis, zone);
        end = period.end(nowMillis, zone);
        this.base = base;
    }

    /**
     * Reserves {@code amount} (capped at {@code limit}, so that one large request can still run
     * alone) unless a hard limit would be passed. Returns the period it was reserved in, or -1
     * when refused.
     */
    synchronized long reserve(long amount, long limit, boolean soft, long nowMillis) {
        roll(nowMillis);
        final long a = Math.min(amount, limit);
        if (!soft && base + settled + reserved + a > limit) {
            return -1;
        }
        reserved += a;
        return start;
    }

    /** The amount {@link #reserve} holds for {@code amount}. */
    static long held(long amount, long limit) {
        return Math.min(amount, limit);
    }

    /** Gives back a reservation; the request ended with {@code actual}, counted in its own period only. */
    synchronized void settle(long periodStart, long held, long actual) {
        if (periodStart != start) {
            // Reserved in a period that has ended: nothing of it is held any more, and the
            // request counts for that period (the ledger's rows), not for this one.
            return;
        }
        reserved = Math.max(0, reserved - held);
        settled += actual;
    }

    /**
     * What the ledger's rollups say was used since {@code periodStart} (all replicas). Rows this
     * replica settled but has not flushed yet are not in it: the larger of the two is kept.
     */
    synchronized void rebase(long periodStart, long fromLedger, long nowMillis) {
        roll(nowMillis);
        if (periodStart == start) {
            base = Math.max(fromLedger, base + settled);
            settled = 0;
        }
    }

    synchronized long used(long nowMillis) {
        roll(nowMillis);
        return base + settled;
    }

    synchronized long reserved() {
        return reserved;
    }

    synchronized long end(long nowMillis) {
        roll(nowMillis);
        return end;
    }

    long start(long nowMillis) {
        return period.start(nowMillis, zone);
    }

    private void roll(long nowMillis) {
        if (nowMillis >= end) {
            start = period.start(nowMillis, zone);
            end = period.end(nowMillis, zone);
            base = 0;
            settled = 0;
            reserved = 0;
        }
    }
}
