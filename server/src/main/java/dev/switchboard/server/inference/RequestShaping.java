package dev.switchboard.server.inference;

import dev.switchboard.server.routing.Target;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Reasoning;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.TargetOverrides;

/** What a request becomes for one target: the alias's overrides, and a continuation's prefix. */
final class RequestShaping {
    private RequestShaping() {}

    /** The target's overrides win over the client's values. */
    static ChatCompletionRequest forTarget(ChatCompletionRequest req, Target t) {
        final TargetOverrides o = t.overrides();
        if (!o.hasTemperature() && !o.hasTopP() && !o.hasMaxTokens() && o.getReasoningEffort().isEmpty()) {
            return req;
        }
        final ChatCompletionRequest.Builder b = req.toBuilder();
        if (o.hasTemperature()) {
            b.setTemperature(o.getTemperature());
        }
        if (o.hasTopP()) {
            b.setTopP(o.getTopP());
        }
        if (o.hasMaxTokens()) {
            // One limit, in the field every format reads.
            b.clearMaxCompletionTokens().setMaxTokens(o.getMaxTokens());
        }
        if (!o.getReasoningEffort().isEmpty()) {
            b.setReasoning(Reasoning.newBuilder(req.getReasoning()).setEffort(o.getReasoningEffort()));
        }
        return b.build();
    }

    /**
     * The request that continues a partial answer on another target: the answer so far as the
     * assistant's turn, which the model extends (Anthropic treats it as a prefill; OpenAI-style
     * models continue the last assistant message).
     */
    static ChatCompletionRequest continuation(ChatCompletionRequest req, String partial) {
        return req.toBuilder()
                  .addMessages(Message.newBuilder().setRole(Role.ROLE_ASSISTANT)
                                      .addContent(ContentPart.newBuilder().setText(partial)))
                  .build();
    }
}
