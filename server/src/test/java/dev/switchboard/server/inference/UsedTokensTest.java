package dev.switchboard.server.inference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.switchboard.server.usage.Tokens;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.Choice;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.ToolCall;
import dev.switchboard.v1.Usage;

/** What a chat request may spend (its own cap) and did spend (reported, or estimated and marked so). */
class UsedTokensTest {
    @Test
    void theOutputCapIsMaxCompletionTokensOrMaxTokensTimesTheChoices() {
        assertThat(UsedTokens.maxOutput(ChatCompletionRequest.getDefaultInstance())).isZero();
        assertThat(UsedTokens.maxOutput(ChatCompletionRequest.newBuilder().setMaxTokens(100).build())).isEqualTo(100);
        assertThat(UsedTokens.maxOutput(ChatCompletionRequest.newBuilder().setMaxTokens(100)
                                                             .setMaxCompletionTokens(50).setN(3).build()))
                .isEqualTo(150);
    }

    @Test
    void reportedUsageIsTakenAsIsAndAnAnswerWithoutUsageIsEstimatedFromItsText() {
        final Usage u = Usage.newBuilder().setPromptTokens(14).setCompletionTokens(30).setCachedPromptTokens(4)
                             .setReasoningTokens(7).build();
        final PlannedCalls.Used reported = UsedTokens.of(ChatCompletionResponse.newBuilder().setUsage(u).build(), 99);
        assertThat(reported.tokens()).isEqualTo(new Tokens(14, 30, 4, 0, 7));
        assertThat(reported.source()).isEqualTo("reported");

        // 12 bytes of text (3 tokens), a tool call "f" (1) with arguments {"a":1} (7 bytes: 2).
        final ChatCompletionResponse bare = ChatCompletionResponse.newBuilder().addChoices(Choice.newBuilder().setMessage(
                Message.newBuilder().addContent(ContentPart.newBuilder().setText("Hello world!"))
                       .addToolCalls(ToolCall.newBuilder().setName("f").setArguments("{\"a\":1}")))).build();
        final PlannedCalls.Used estimated = UsedTokens.of(bare, 20);
        assertThat(estimated.tokens()).isEqualTo(new Tokens(20, 3 + 1 + 2, 0, 0, 0));
        assertThat(estimated.source()).isEqualTo("estimated:not_reported");
    }
}
