package dev.switchboard.transcoder.responses;

import java.util.Locale;
import javax.annotation.Nullable;

import com.google.protobuf.Value;

import dev.switchboard.v1.ChatCompletionRequest;

/**
 * The {@code reasoning} settings and the {@code include} a stateless Responses request needs.
 *
 * <p>Effort: the client's own effort; else an Anthropic client's {@code output_config.effort}
 * (low, medium, high as named; xhigh and max as xhigh, OpenAI's highest); else its thinking
 * budget, read back through the budgets the Anthropic adapter gives each effort (low 1,024,
 * medium 4,096, high 16,384): under 4,096 is low, under 16,384 medium, from there high.
 *
 * <p>Encrypted reasoning: with {@code store:false} a reasoning item comes back to the next turn
 * only through its {@code encrypted_content}, which the API returns only when asked. Models
 * reason by default, so it is always asked for, except when the client turned reasoning off
 * (effort {@code none}, its explicit opt-out) or the model is one of OpenAI's models without
 * reasoning, which answer such a request with 400 "Encrypted content is not supported with this
 * model".
 */
final class ResponsesReasoning {
    static final String ENCRYPTED = "reasoning.encrypted_content";

    private ResponsesReasoning() {}

    /** The effort to send, or null for none (the model's default). */
    @Nullable
    static String effort(ChatCompletionRequest req) {
        if (!req.getReasoning().getEffort().isEmpty()) {
            return req.getReasoning().getEffort();
        }
        final String anthropic = anthropicEffort(req);
        if (anthropic != null) {
            switch (anthropic) {
                case "low":
                case "medium":
                case "high":
                    return anthropic;
                case "xhigh":
                case "max":
                    return "xhigh";
                default:
                    break;
            }
        }
        if (req.getReasoning().hasBudgetTokens() && req.getReasoning().getBudgetTokens() > 0) {
            final int budget = req.getReasoning().getBudgetTokens();
            return budget < 4_096 ? "low" : budget < 16_384 ? "medium" : "high";
        }
        return null;
    }

    /** Whether the encrypted reasoning is asked for (see the class comment). */
    static boolean includeEncrypted(String model, @Nullable String effort) {
        return !"none".equals(effort) && !withoutReasoning(model);
    }

    /** Whether {@code output_config} held nothing but an effort this adapter took. */
    static boolean outputConfigTaken(ChatCompletionRequest req) {
        final Value v = req.getExtra().getFieldsMap().get("output_config");
        return v != null && v.hasStructValue() && v.getStructValue().getFieldsCount() == 1
               && anthropicEffort(req) != null && req.getReasoning().getEffort().isEmpty();
    }

    @Nullable
    private static String anthropicEffort(ChatCompletionRequest req) {
        if (!"anthropic".equals(req.getExtraFormat())) {
            return null;
        }
        final Value config = req.getExtra().getFieldsMap().get("output_config");
        if (config == null || !config.hasStructValue()) {
            return null;
        }
        final Value effort = config.getStructValue().getFieldsMap().get("effort");
        return effort != null && effort.hasStringValue() ? effort.getStringValue() : null;
    }

    /** OpenAI's chat models without reasoning: GPT-3.5, the GPT-4 family (4o, 4.1, 4.5), GPT-5 chat. */
    private static boolean withoutReasoning(String model) {
        final String m = model.substring(model.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return m.startsWith("gpt-3.5") || m.startsWith("gpt-4") || m.startsWith("chatgpt-")
               || m.startsWith("gpt-5-chat");
    }
}
