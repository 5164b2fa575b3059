/**
 * Users and their client API keys: the tables, the in-memory {@link
 * dev.switchboard.server.access.Directory} the request path reads (no database read per request),
 * and the {@code AccessAdmin} gRPC service that manages them.
 */
package dev.switchboard.server.access;
