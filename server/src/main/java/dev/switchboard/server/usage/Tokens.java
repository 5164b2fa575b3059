package dev.switchboard.server.usage;

import dev.switchboard.v1.Usage;

/**
 * A request's tokens. cached and cacheWrite are part of prompt, reasoning part of completion,
 * as in the canonical {@link Usage}.
 */
public record Tokens(long prompt, long completion, long cached, long cacheWrite, long reasoning) {
    public static final Tokens NONE = new Tokens(0, 0, 0, 0, 0);

    public static Tokens of(Usage u) {
        return new Tokens(u.getPromptTokens(), u.getCompletionTokens(), u.getCachedPromptTokens(),
                          u.getCacheWriteTokens(), u.getReasoningTokens());
    }

    /** Input plus output: what tokens-per-minute limits and token quotas count. */
    public long total() {
        return prompt + completion;
    }
}
