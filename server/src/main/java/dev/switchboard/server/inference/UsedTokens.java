package dev.switchboard.server.inference;

import dev.switchboard.server.inference.PlannedCalls.Used;
import dev.switchboard.server.usage.Tokens;
import dev.switchboard.transcoder.format.TokenEstimate;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.Choice;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.ToolCall;

/**
 * What a chat request may spend and did spend, for its account: the provider's reported usage
 * when there is one, else the gateway's estimate (four bytes of UTF-8 per token), marked as such.
 */
final class UsedTokens {
    /** An answer without usage: the provider reported none. */
    static final String NOT_REPORTED = "estimated:not_reported";

    private UsedTokens() {}

    /** The request's own cap on output tokens over all its choices, or 0 when it set none. */
    static long maxOutput(ChatCompletionRequest req) {
        final long cap = req.hasMaxCompletionTokens() ? req.getMaxCompletionTokens()
                         : req.hasMaxTokens() ? req.getMaxTokens() : 0;
        return cap * Math.max(1, req.getN());
    }

    /** A whole answer's usage: as reported, or estimated from {@code prompt} and the answer's text. */
    static Used of(ChatCompletionResponse r, long prompt) {
        if (r.hasUsage()) {
            return Used.reported(Tokens.of(r.getUsage()));
        }
        long output = 0;
        for (Choice c : r.getChoicesList()) {
            for (ContentPart part : c.getMessage().getContentList()) {
                output += TokenEstimate.text(part.hasReasoning() ? part.getReasoning().getText() : part.getText());
            }
            for (ToolCall call : c.getMessage().getToolCallsList()) {
                output += TokenEstimate.text(call.getName()) + TokenEstimate.text(call.getArguments());
            }
            output += TokenEstimate.text(c.getMessage().getRefusal());
        }
        return new Used(new Tokens(prompt, output, 0, 0, 0), NOT_REPORTED);
    }
}
