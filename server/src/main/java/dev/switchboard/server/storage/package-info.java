/**
 * The data directory: the database (SQLite, portable SQL), its migrations and the keyset check at
 * open. Each feature keeps its own DAO next to it; this package only opens and upgrades the store.
 */
package dev.switchboard.server.storage;
