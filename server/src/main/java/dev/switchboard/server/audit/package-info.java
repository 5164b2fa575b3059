/**
 * The audit log: one hash-chained entry per admin change, written in the change's own
 * transaction ({@link dev.switchboard.server.audit.AuditLog}), and authentication failures
 * counted per source address and written once a minute per address
 * ({@link dev.switchboard.server.audit.AuthFailures}).
 */
package dev.switchboard.server.audit;
