package dev.switchboard.server.upstream;


import java.util.List;

/** A running upstream stream that the caller may abandon. */
public interface UpstreamCall {
    /** Request parameters the upstream's format could not carry (known before the first chunk). */
    List<String> droppedParams();

    /** Cancels the upstream request; nothing more reaches the sink. Safe to call more than once. */
    void cancel();
}
