/**
 * Rate limits, budgets and quotas: the gateway's {@link dev.switchboard.server.usage.Limiter}
 * ({@link dev.switchboard.server.limits.GatewayLimiter}: token buckets per minute, concurrency
 * counters and period tallies in memory, reserved before a request and reconciled after it) and the
 * LimitAdmin service that sets them. It depends on usage's seam, auth and audit, never on the core.
 */
package dev.switchboard.server.limits;
