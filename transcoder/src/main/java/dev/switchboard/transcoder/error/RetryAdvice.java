package dev.switchboard.transcoder.error;

/**
 * Whether the upstream wants the same request tried again: its {@code x-should-retry} header, or
 * its status where the error kind alone cannot say (the rules of the official OpenAI and Anthropic
 * SDKs). The gateway's retry policy follows it; the error's kind still decides what the client sees.
 */
public enum RetryAdvice {
    /** Nothing said: the error's kind decides. */
    UNSAID,
    /** Try the same target again, even for a kind that is not retried otherwise. */
    RETRY,
    /** Do not try the same target again; another target may still serve the request. */
    DO_NOT_RETRY,
    /**
     * The provider's own answer to this request, reported inside an answer it had begun (see
     * {@link InBandErrors}): neither this target nor another is asked again.
     */
    FINAL
}
