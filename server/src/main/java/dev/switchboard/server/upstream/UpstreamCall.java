package dev.switchboard.server.upstream;

/** A running upstream stream that the caller may abandon. */
@FunctionalInterface
public interface UpstreamCall {
    /** Cancels the upstream request; nothing more reaches the sink. Safe to call more than once. */
    void cancel();
}
