package dev.switchboard.server.routing;

import java.util.Map;

import com.linecorp.armeria.common.annotation.Nullable;

/**
 * List prices in USD per million tokens (prompt, completion) of well-known models, for the
 * lowest-cost strategy. Prices change: an alias target's own input/output price wins, and a model
 * missing here counts as unknown (tried after every priced one). Matched on the model name after
 * the provider, so "openrouter/openai/gpt-4o" finds "openai/gpt-4o" and then "gpt-4o".
 */
final class Prices {
    record Price(double input, double output) {
        double blended() {
            // A typical chat spends about three prompt tokens per completion token.
            return (3 * input + output) / 4;
        }
    }

    private static final Map<String, Price> TABLE = Map.ofEntries(
            Map.entry("gpt-4o", new Price(2.50, 10.00)),
            Map.entry("gpt-4o-mini", new Price(0.15, 0.60)),
            Map.entry("gpt-4.1", new Price(2.00, 8.00)),
            Map.entry("gpt-4.1-mini", new Price(0.40, 1.60)),
            Map.entry("gpt-4.1-nano", new Price(0.10, 0.40)),
            Map.entry("o3-mini", new Price(1.10, 4.40)),
            Map.entry("o4-mini", new Price(1.10, 4.40)),
            Map.entry("claude-3-5-haiku-latest", new Price(0.80, 4.00)),
            Map.entry("claude-sonnet-4-0", new Price(3.00, 15.00)),
            Map.entry("claude-opus-4-0", new Price(15.00, 75.00)),
            Map.entry("gemini-2.0-flash", new Price(0.10, 0.40)),
            Map.entry("gemini-2.5-flash", new Price(0.30, 2.50)),
            Map.entry("gemini-2.5-pro", new Price(1.25, 10.00)),
            Map.entry("grok-3-mini", new Price(0.30, 0.50)),
            Map.entry("deepseek-chat", new Price(0.27, 1.10)));

    private Prices() {}

    /** The target's blended price per million tokens, or null when unknown. */
    @Nullable
    static Double blended(Target t) {
        if (t.inputPrice() != null && t.outputPrice() != null) {
            return new Price(t.inputPrice(), t.outputPrice()).blended();
        }
        String model = t.model();
        while (true) {
            final Price p = TABLE.get(model);
            if (p != null) {
                return p.blended();
            }
            final int slash = model.indexOf('/');
            if (slash < 0) {
                return null;
            }
            model = model.substring(slash + 1);
        }
    }
}
