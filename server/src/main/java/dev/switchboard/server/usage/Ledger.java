package dev.switchboard.server.usage;

/**
 * Where finished requests go: written in batches off the request path. {@link #offer} never
 * blocks; a row it cannot take (the queue full) is counted and logged, never silently dropped.
 */
@FunctionalInterface
public interface Ledger {
    Ledger NONE = record -> {};

    void offer(UsageRecord record);
}
