package dev.switchboard.server.upstream;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import com.linecorp.armeria.common.HttpResponse;

import dev.switchboard.server.provider.UpstreamProvider;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;

import io.netty.util.concurrent.EventExecutor;

/**
 * Times one upstream stream: its first body bytes must come within the provider's first-token
 * timeout, then no silence between two reads may outlast its timeout; past either, the response is
 * aborted with the timeout error, which reaches the stream's subscriber. Headers and an error
 * status's body do not count as reads.
 *
 * <p>Armeria's {@code StreamMessage.timeout} has one duration per operator, so it cannot give the
 * first byte a different limit than the silences after it. Moving the client context's response
 * timeout on every read would be a cross-thread task per chunk, and a move racing with completion
 * re-armed a timer that kept finished requests reachable for the whole timeout. So: one timer per
 * stream, on the stream's executor, re-armed only when it fires, cancelled when the response ends.
 * A read only stores a time.
 */
final class ReadClock implements Runnable {
    private final UpstreamProvider provider;
    private final HttpResponse response;
    private final EventExecutor executor;
    private final long startNanos = System.nanoTime();
    private final long firstByteNanos;
    private final long idleNanos;
    /** When the last body bytes arrived; 0 before the first. Written and read on the executor. */
    private long lastReadNanos;
    private volatile ScheduledFuture<?> timer;
    private volatile boolean stopped;

    private ReadClock(UpstreamProvider provider, HttpResponse response, EventExecutor executor) {
        this.provider = provider;
        this.response = response;
        this.executor = executor;
        firstByteNanos = provider.firstTokenTimeout().toNanos();
        idleNanos = provider.timeout().toNanos();
    }

    /** Starts timing {@code response}, whose subscriber runs on {@code executor}. */
    static ReadClock start(UpstreamProvider provider, HttpResponse response, EventExecutor executor) {
        final ReadClock clock = new ReadClock(provider, response, executor);
        clock.timer = executor.schedule(clock, clock.firstByteNanos, TimeUnit.NANOSECONDS);
        response.whenComplete().handle((unused, cause) -> {
            clock.stop();
            return null;
        });
        return clock;
    }

    /** Body bytes arrived: the timeout bounds silence, not length. */
    void read() {
        final long now = System.nanoTime();
        if (lastReadNanos == 0 && startNanos + firstByteNanos - now > idleNanos) {
            // The timer waits for the first byte's limit, later than the silence now allowed: once
            // per stream, and only when the first byte is given longer than the silences after it.
            timer.cancel(false);
            timer = executor.schedule(this, idleNanos, TimeUnit.NANOSECONDS);
        }
        lastReadNanos = now;
    }

    @Override
    public void run() {
        if (stopped) {
            return;
        }
        final boolean started = lastReadNanos != 0;
        final long deadline = started ? lastReadNanos + idleNanos : startNanos + firstByteNanos;
        final long left = deadline - System.nanoTime();
        if (left > 0) {
            timer = executor.schedule(this, left, TimeUnit.NANOSECONDS);
            return;
        }
        stopped = true;
        response.abort(new GatewayException(ErrorKind.UPSTREAM_TIMEOUT, "upstream_timeout", "provider '"
                + provider.name()
                + (started ? "' sent nothing for " + idleNanos / 1_000_000 + "ms in the middle of the stream"
                           : "' did not start answering within " + firstByteNanos / 1_000_000 + "ms")));
    }

    private void stop() {
        stopped = true;
        timer.cancel(false);
    }
}
