package dev.switchboard.server.observe.log;

import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.common.logging.RequestLog;

import dev.switchboard.server.usage.UsageRecord;
import dev.switchboard.transcoder.error.GatewayException;

/**
 * One request as the access log queues it: references only, so the request's thread does no
 * formatting (the complete log is immutable; the writer thread reads it).
 *
 * @param log the request's complete log (its context carries the principal and the trace id)
 * @param usage the ledger's row, for a routed request
 * @param refused the limit that refused the request before routing, or null
 */
record AccessEntry(RequestLog log, String requestId, @Nullable UsageRecord usage,
                   @Nullable GatewayException refused) {}
