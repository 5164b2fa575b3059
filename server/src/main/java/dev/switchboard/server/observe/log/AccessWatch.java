package dev.switchboard.server.observe.log;

import java.util.concurrent.TimeUnit;

import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.common.logging.RequestLog;

import dev.switchboard.server.observe.RequestWatch;
import dev.switchboard.server.usage.UsageRecord;
import dev.switchboard.transcoder.error.GatewayException;

/**
 * The access log's view of one request: keeps the ledger's row (or the refusal) and queues one
 * entry when the request is complete. A client that leaves mid-try can complete the request's log
 * before the core closes its account: then the entry waits for the row, a few seconds at most
 * (a row that never comes must not cost the request its line).
 */
final class AccessWatch implements RequestWatch {
    private final AccessLog sink;
    private final String requestId;
    @Nullable
    private UsageRecord usage;
    @Nullable
    private GatewayException refused;
    private boolean tried;
    /** A complete log waiting for the row; null once queued or while the request runs. */
    @Nullable
    private RequestLog waiting;
    private boolean queued;

    AccessWatch(AccessLog sink, String requestId) {
        this.sink = sink;
        this.requestId = requestId;
    }

    @Override
    public void refused(GatewayException e) {
        refused = e;
    }

    @Override
    public void trying(String provider, String model, @Nullable String alias, int attempt) {
        tried = true;
    }

    @Override
    public synchronized void ended(UsageRecord record) {
        usage = record;
        if (waiting != null) {
            queue(waiting);
        }
    }

    @Override
    public synchronized void completed(RequestLog log) {
        if (tried && usage == null) {
            waiting = log;
            log.context().eventLoop().schedule(this::noRow, sink.rowWait().toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        queue(log);
    }

    private synchronized void noRow() {
        if (waiting != null) {
            queue(waiting);
        }
    }

    private void queue(RequestLog log) {
        if (!queued) {
            queued = true;
            waiting = null;
            sink.offer(new AccessEntry(log, requestId, usage, refused));
        }
    }
}
