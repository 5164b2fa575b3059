package dev.switchboard.transcoder.gemini;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.Reasoning;
import dev.switchboard.v1.ResponseFormat;

/**
 * Sampling parameters, output format and thinking as Gemini's {@code generationConfig}.
 *
 * <p>Reasoning: an explicit budget becomes {@code thinkingBudget}. An effort becomes
 * {@code thinkingLevel} on Gemini 3 (low/medium/high as named; minimal as "minimal" on Flash and
 * "low" elsewhere; none as the lowest level, listed as dropped since Gemini 3 cannot stop
 * thinking) and a budget on earlier models: none 0 (128 on 2.5 Pro, which cannot stop thinking;
 * listed), minimal 512, low 1024, medium 8192, high 24576. Thoughts are asked for
 * ({@code includeThoughts}) whenever reasoning is on.
 */
final class GeminiGenerationConfig {

    static void write(JsonGenerator g, ChatCompletionRequest req, String model, List<String> dropped)
            throws IOException {
        final Lazy c = new Lazy(g);
        if (req.hasTemperature()) {
            c.open().writeNumberField("temperature", req.getTemperature());
        }
        if (req.hasTopP()) {
            c.open().writeNumberField("topP", req.getTopP());
        }
        if (req.hasTopK()) {
            c.open().writeNumberField("topK", req.getTopK());
        }
        if (req.hasMaxCompletionTokens() || req.hasMaxTokens()) {
            c.open().writeNumberField("maxOutputTokens", req.hasMaxCompletionTokens() ? req.getMaxCompletionTokens()
                                                                                      : req.getMaxTokens());
        }
        if (req.getStopCount() > 0) {
            c.open().writeArrayFieldStart("stopSequences");
            for (String stop : req.getStopList()) {
                g.writeString(stop);
            }
            g.writeEndArray();
        }
        if (req.hasN()) {
            c.open().writeNumberField("candidateCount", req.getN());
        }
        if (req.hasSeed()) {
            // Gemini's seed is an int32.
            if (req.getSeed() >= Integer.MIN_VALUE && req.getSeed() <= Integer.MAX_VALUE) {
                c.open().writeNumberField("seed", (int) req.getSeed());
            } else {
                dropped.add("seed");
            }
        }
        if (req.hasPresencePenalty()) {
            c.open().writeNumberField("presencePenalty", req.getPresencePenalty());
        }
        if (req.hasFrequencyPenalty()) {
            c.open().writeNumberField("frequencyPenalty", req.getFrequencyPenalty());
        }
        // Gemini's logprobsResult is not translated back into OpenAI's logprobs yet, so asking for it
        // would cost tokens the client never sees.
        if (req.hasLogprobs() && req.getLogprobs()) {
            dropped.add("logprobs");
        }
        if (req.hasTopLogprobs()) {
            dropped.add("top_logprobs");
        }
        if (req.hasResponseFormat()) {
            responseFormat(c, req.getResponseFormat(), model);
        }
        if (req.hasReasoning()) {
            thinking(c, req.getReasoning(), model, dropped);
        }
        c.close();
    }

    private static void responseFormat(Lazy c, ResponseFormat format, String model) throws IOException {
        switch (format.getType()) {
            case TYPE_JSON_OBJECT:
                c.open().writeStringField("responseMimeType", "application/json");
                break;
            case TYPE_JSON_SCHEMA:
                c.open().writeStringField("responseMimeType", "application/json");
                if (format.hasSchema()) {
                    GeminiTools.writeSchema(c.g, format.getSchema(), GeminiModel.legacySchema(model),
                                            "responseJsonSchema", "responseSchema", "response_format.json_schema");
                }
                break;
            default:
                break;
        }
    }

    private static void thinking(Lazy c, Reasoning r, String model, List<String> dropped) throws IOException {
        final String effort = r.getEffort().toLowerCase(Locale.ROOT);
        if (!r.hasBudgetTokens() && effort.isEmpty()) {
            return;
        }
        final JsonGenerator g = c.open();
        g.writeObjectFieldStart("thinkingConfig");
        final boolean on;
        if (r.hasBudgetTokens()) {
            g.writeNumberField("thinkingBudget", r.getBudgetTokens());
            on = r.getBudgetTokens() != 0;
        } else if (GeminiModel.gemini3(model)) {
            g.writeStringField("thinkingLevel", level(effort, model, dropped));
            on = !"none".equals(effort);
        } else {
            g.writeNumberField("thinkingBudget", budget(effort, model, dropped));
            on = !"none".equals(effort);
        }
        if (on) {
            g.writeBooleanField("includeThoughts", true);
        }
        g.writeEndObject();
    }

    private static String level(String effort, String model, List<String> dropped) {
        switch (effort) {
            case "none":
                dropped.add("reasoning_effort");
                return GeminiModel.flash(model) ? "minimal" : "low";
            case "minimal":
                return GeminiModel.flash(model) ? "minimal" : "low";
            case "low":
            case "medium":
            case "high":
                return effort;
            case "xhigh":
                return "high";
            default:
                throw unknownEffort(effort);
        }
    }

    private static int budget(String effort, String model, List<String> dropped) {
        switch (effort) {
            case "none":
                if (GeminiModel.alwaysThinks(model)) {
                    dropped.add("reasoning_effort");
                    return 128;
                }
                return 0;
            case "minimal":
                return 512;
            case "low":
                return 1024;
            case "medium":
                return 8192;
            case "high":
            case "xhigh":
                return 24576;
            default:
                throw unknownEffort(effort);
        }
    }

    private static GatewayException unknownEffort(String effort) {
        return GatewayException.invalid("reasoning_effort: unknown value '" + effort
                                        + "' (expected none, minimal, low, medium or high)");
    }

    /** Opens {@code generationConfig} on first use, so an empty one is never written. */
    private static final class Lazy {
        final JsonGenerator g;
        private boolean open;

        Lazy(JsonGenerator g) {
            this.g = g;
        }

        JsonGenerator open() throws IOException {
            if (!open) {
                g.writeObjectFieldStart("generationConfig");
                open = true;
            }
            return g;
        }

        void close() throws IOException {
            if (open) {
                g.writeEndObject();
            }
        }
    }

    private GeminiGenerationConfig() {}
}
