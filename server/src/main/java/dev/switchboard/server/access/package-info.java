/**
 * Users and their client API keys: the tables, the in-memory {@link
 * dev.switchboard.server.access.Directory} the request path reads (no database read per request),
 * the authenticator over every credential, and {@link dev.switchboard.server.access.Accounts}, what
 * the admin API does with users and keys.
 */
package dev.switchboard.server.access;
