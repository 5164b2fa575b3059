package dev.switchboard.transcoder.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule that puts reasoning inside completion tokens whichever way an upstream counted, with
 * numbers from recordings (xAI, Azure, DeepSeek, Gemini) and the cases their numbers cannot settle.
 */
class ReasoningTokensTest {

    @Test
    void aTotalThatAddsReasoningOnTopMeansItWasCountedApart() {
        // xAI (vercel-xai-text.json): 12 + 1 + 228 = 241.
        assertThat(ReasoningTokens.inCompletion(12, 1, 228, 241, false)).isEqualTo(229);
        // xAI tool call (vercel-xai-tool-call.json): 291 + 26 + 189 = 506, reasoning below completion.
        assertThat(ReasoningTokens.inCompletion(291, 26, 189, 506, false)).isEqualTo(215);
        // Gemini (vercel-google-text.json): 9 + 28 + 244 = 281.
        assertThat(ReasoningTokens.inCompletion(9, 28, 244, 281, true)).isEqualTo(272);
    }

    @Test
    void aTotalOfPromptPlusCompletionMeansReasoningIsInside() {
        // Azure (vercel-azure-model-router): 15 + 78 = 93 with 64 reasoning tokens.
        assertThat(ReasoningTokens.inCompletion(15, 78, 64, 93, false)).isEqualTo(78);
        // DeepSeek (vercel-deepseek-tool-call.json): 339 + 92 = 431 with 48.
        assertThat(ReasoningTokens.inCompletion(339, 92, 48, 431, false)).isEqualTo(92);
        // A Gemini-shaped report whose candidates already hold the thoughts is not counted twice.
        assertThat(ReasoningTokens.inCompletion(9, 300, 244, 309, true)).isEqualTo(300);
    }

    @Test
    void withoutATotalMoreReasoningThanCompletionCanOnlyBeApart() {
        assertThat(ReasoningTokens.inCompletion(12, 1, 290, -1, false)).isEqualTo(291);
        assertThat(ReasoningTokens.inCompletion(12, 1, 290, 0, false)).isEqualTo(291);
    }

    @Test
    void aTotalOfPromptPlusCompletionIsTheBillEvenWhenReasoningExceedsTheCompletion() {
        // OpenRouter (written/openai-compatible/openrouter-usage-cost-reasoning-over-completion.sse, from
        // its recording): max_completion_tokens 10, completion 10, reasoning 11, total 43 + 10 = 53.
        assertThat(ReasoningTokens.inCompletion(43, 10, 11, 53, false)).isEqualTo(10);
        assertThat(ReasoningTokens.within(11, 10)).isEqualTo(10);
        assertThat(ReasoningTokens.inCompletion(12, 1, 290, 13, false)).isEqualTo(1);
        assertThat(ReasoningTokens.within(290, 1)).isEqualTo(1);
        assertThat(ReasoningTokens.within(64, 78)).isEqualTo(64);
    }

    @Test
    void whenTheNumbersCannotTellTheFormatsDefinitionDecides() {
        assertThat(ReasoningTokens.inCompletion(12, 100, 40, -1, false)).isEqualTo(100);
        assertThat(ReasoningTokens.inCompletion(12, 100, 40, -1, true)).isEqualTo(140);
        // A total that adds something else (audio, tool prompts the decoder did not count).
        assertThat(ReasoningTokens.inCompletion(12, 100, 40, 500, false)).isEqualTo(100);
        assertThat(ReasoningTokens.inCompletion(12, 100, 0, 112, true)).isEqualTo(100);
    }

    @Test
    void theTotalIsNeverBelowItsParts() {
        assertThat(ReasoningTokens.total(12, 291, 303)).isEqualTo(303);
        assertThat(ReasoningTokens.total(12, 291, 13)).isEqualTo(303);
        assertThat(ReasoningTokens.total(12, 291, -1)).isEqualTo(303);
        assertThat(ReasoningTokens.total(12, 100, 500)).isEqualTo(500);
    }
}
