/**
 * Accounting for every routed request: the seam the core calls ({@link
 * dev.switchboard.server.usage.Metering}: admit before routing, settle once at the end), the
 * ledger row ({@link dev.switchboard.server.usage.UsageRecord}), and the parts behind the seam —
 * the {@link dev.switchboard.server.usage.Limiter} (rate limits, budgets, quotas), the
 * {@link dev.switchboard.server.usage.Pricing} (tokens to money) and the
 * {@link dev.switchboard.server.usage.Ledger} (rows written in batches off the request path, and
 * the rollups reports read). It depends on auth and the transcoder's error table, never on the core.
 */
package dev.switchboard.server.usage;
