package dev.switchboard.transcoder.anthropic;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.Nullable;

/** Numbers Anthropic requires that OpenAI clients do not send: output limits and thinking budgets. */
final class AnthropicLimits {
    /** For names we cannot place: the smallest output limit any Claude model has had. */
    static final int UNKNOWN_MODEL_MAX_TOKENS = 4096;
    /** Anthropic's smallest accepted thinking budget. */
    static final int MIN_THINKING_BUDGET = 1024;

    /** {@code claude-<family>-<major>[-<minor>]}, the naming since Claude 4 (dates and "-latest" may follow). */
    private static final Pattern NEW_STYLE = Pattern.compile("claude-(opus|sonnet|haiku)-(\\d+)(?:-(\\d)(?!\\d))?");

    /**
     * The max_tokens to send when the client gave none: the model's documented maximum output, per
     * Anthropic's models overview (docs.anthropic.com/en/docs/about-claude/models/overview):
     * Claude 3 Haiku/Sonnet/Opus 4,096; Claude 3.5 Sonnet/Haiku 8,192; Claude 3.7 Sonnet 64,000;
     * Opus 4 and 4.1 32,000; Sonnet 4, Sonnet 4.5, Haiku 4.5 and Opus 4.5 64,000. Later Claude
     * models get 64,000 too: the newest ones allow more, but none of this naming allows less than
     * the 4.5 generation. Names are matched anywhere, so Bedrock- and Vertex-style ids
     * ({@code anthropic.claude-3-5-sonnet-…}, {@code claude-3-5-sonnet@…}) work as well. Anything
     * else (an Anthropic-compatible server's own model) gets 4,096.
     */
    static int defaultMaxTokens(String model) {
        final String m = model.toLowerCase(Locale.ROOT);
        if (m.contains("claude-3-7-")) {
            return 64_000;
        }
        if (m.contains("claude-3-5-")) {
            return 8_192;
        }
        if (m.contains("claude-3-")) {
            return 4_096;
        }
        final Matcher matcher = NEW_STYLE.matcher(m);
        if (matcher.find()) {
            final int major = Integer.parseInt(matcher.group(2));
            final int minor = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
            if ("opus".equals(matcher.group(1)) && major == 4 && minor <= 1) {
                return 32_000;
            }
            if (major >= 4) {
                return 64_000;
            }
        }
        return UNKNOWN_MODEL_MAX_TOKENS;
    }

    /**
     * The thinking budget an OpenAI reasoning effort stands for: minimal and low take Anthropic's
     * minimum (1,024), medium 4,096, high 16,384 (steps of four, as the effort levels are roughly
     * spaced in OpenAI's own token use). "none" and "" mean no thinking; null is returned for
     * those and for efforts we do not know, which the caller reports as dropped.
     */
    @Nullable
    static Integer effortBudget(String effort) {
        switch (effort) {
            case "minimal":
            case "low":
                return MIN_THINKING_BUDGET;
            case "medium":
                return 4_096;
            case "high":
                return 16_384;
            default:
                return null;
        }
    }

    private AnthropicLimits() {}
}
