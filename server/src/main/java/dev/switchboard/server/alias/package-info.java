/**
 * Aliases: one name for several provider models and a strategy to choose among them. Admin,
 * validation, table and the in-memory snapshot routing reads. Apart from {@code provider}: an alias
 * names providers but has its own lifecycle and table, and holds no secret.
 */
package dev.switchboard.server.alias;
