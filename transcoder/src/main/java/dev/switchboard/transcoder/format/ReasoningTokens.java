package dev.switchboard.transcoder.format;

/**
 * The gateway's one definition of completion tokens, OpenAI's: {@code completion_tokens} includes
 * {@code reasoning_tokens}, as Anthropic's {@code output_tokens} includes thinking. Upstreams do
 * not all count that way (xAI reports reasoning apart from {@code completion_tokens} and adds it to
 * {@code total_tokens}; Gemini's {@code candidatesTokenCount} leaves {@code thoughtsTokenCount}
 * out), so every decoder normalises its counts here, and every ingress reports the same numbers.
 */
public final class ReasoningTokens {

    /**
     * The completion count with reasoning in it, decided from the report's own numbers:
     * <ol>
     *   <li>no reasoning: the completion as reported;</li>
     *   <li>a total equal to prompt + completion + reasoning counted it apart, one equal to
     *       prompt + completion counted it in (with reasoning above zero both cannot hold): the
     *       total is what was billed, so it decides first, even against a reasoning count larger
     *       than the completion (OpenRouter reported 11 reasoning tokens in a completion of 10 capped
     *       by max_completion_tokens 10, total 43 + 10 = 53; {@link #within} caps such a count);</li>
     *   <li>more reasoning than completion: a part cannot exceed its whole, so the report counted
     *       reasoning apart;</li>
     *   <li>otherwise (no total, or one that adds other counts): the format's own definition.</li>
     * </ol>
     * An upstream that counts reasoning apart, sends no total and reasons less than it answers
     * cannot be told from one that counts it in; its format's definition decides.
     *
     * @param prompt every prompt token the upstream's total counts
     * @param total the reported total, or a negative number when there is none
     * @param apartByDefinition whether the format's reference counts reasoning apart
     */
    public static int inCompletion(int prompt, int completion, int reasoning, long total,
                                   boolean apartByDefinition) {
        if (reasoning <= 0) {
            return completion;
        }
        final boolean apart;
        if (total == (long) prompt + completion + reasoning) {
            apart = true;
        } else if (total == (long) prompt + completion) {
            apart = false;
        } else if (reasoning > completion) {
            apart = true;
        } else {
            apart = apartByDefinition;
        }
        return apart ? saturated((long) completion + reasoning) : completion;
    }

    /**
     * The reasoning count to report within a completion that already includes reasoning: never
     * more than that completion, since a part cannot exceed its whole.
     */
    public static int within(int reasoning, int completion) {
        return Math.max(0, Math.min(reasoning, completion));
    }

    /** The total to report: the upstream's, but never less than its parts (or their sum when it sent none). */
    public static int total(int prompt, int completion, long reported) {
        final long parts = (long) prompt + completion;
        return saturated(Math.max(reported, parts));
    }

    private static int saturated(long n) {
        return (int) Math.min(Integer.MAX_VALUE, n);
    }

    private ReasoningTokens() {}
}
