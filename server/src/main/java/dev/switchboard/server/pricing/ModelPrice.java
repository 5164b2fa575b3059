package dev.switchboard.server.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.usage.Tokens;
import dev.switchboard.transcoder.error.GatewayException;

/**
 * One model's prices in USD per million tokens. A missing cached-input or cache-write price is
 * the input price, a missing reasoning price the output price: what a provider that does not list
 * them charges.
 */
public record ModelPrice(BigDecimal input, BigDecimal output, @Nullable BigDecimal cachedInput,
                         @Nullable BigDecimal cacheWrite, @Nullable BigDecimal reasoning) {
    /** No real model costs anywhere near this; a bigger number is a typo (cents for dollars). */
    static final BigDecimal MAX = new BigDecimal("1000000");
    /** Millionths of a dollar per million tokens: every published price, and cheap to check. */
    static final int MAX_SCALE = 6;
    /** USD per million tokens to nano-dollars per token. */
    private static final BigDecimal NANOS_PER_TOKEN = BigDecimal.valueOf(1000);

    /**
     * Parses decimal strings; input and output are required, the others may be empty. Throws
     * INVALID_ARGUMENT naming the field.
     */
    public static ModelPrice parse(String input, String output, String cachedInput, String cacheWrite,
                                   String reasoning) {
        return new ModelPrice(required("input", input), required("output", output),
                              optional("cached_input", cachedInput), optional("cache_write", cacheWrite),
                              optional("reasoning", reasoning));
    }

    /**
     * What {@code t} costs, in nano-dollars: every part exact, rounded HALF_UP to the nano once.
     * Counts a provider reported inconsistently (more cached than prompt tokens) never go negative.
     */
    public long nanos(Tokens t) {
        final long uncached = Math.max(0, t.prompt() - t.cached() - t.cacheWrite());
        final long answer = Math.max(0, t.completion() - t.reasoning());
        final BigDecimal usdPerMillion =
                input.multiply(BigDecimal.valueOf(uncached))
                     .add(or(cachedInput, input).multiply(BigDecimal.valueOf(t.cached())))
                     .add(or(cacheWrite, input).multiply(BigDecimal.valueOf(t.cacheWrite())))
                     .add(output.multiply(BigDecimal.valueOf(answer)))
                     .add(or(reasoning, output).multiply(BigDecimal.valueOf(t.reasoning())));
        return usdPerMillion.multiply(NANOS_PER_TOKEN).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Three prompt tokens to one completion token, in USD per million: how lowest-cost routing compares. */
    public double blended() {
        return input.multiply(BigDecimal.valueOf(3)).add(output).doubleValue() / 4;
    }

    private static BigDecimal or(@Nullable BigDecimal price, BigDecimal otherwise) {
        return price != null ? price : otherwise;
    }

    private static BigDecimal required(String field, String value) {
        final BigDecimal d = optional(field, value);
        if (d == null) {
            throw GatewayException.invalid(field + ": required (USD per million tokens, e.g. \"2.50\")");
        }
        return d;
    }

    @Nullable
    private static BigDecimal optional(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        final BigDecimal d;
        try {
            d = new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw GatewayException.invalid(field + ": '" + clip(value) + "' is not a decimal number");
        }
        if (d.signum() < 0 || d.compareTo(MAX) > 0) {
            throw GatewayException.invalid(field + ": " + d.toPlainString() + " (expected: 0 to " + MAX
                                           + " USD per million tokens)");
        }
        if (d.stripTrailingZeros().scale() > MAX_SCALE) {
            throw GatewayException.invalid(field + ": " + d.toPlainString() + " (expected: at most " + MAX_SCALE
                                           + " decimal places)");
        }
        return d;
    }

    private static String clip(String s) {
        return s.length() <= 32 ? s : s.substring(0, 32) + "...";
    }

    /** The price as the API shows it: plain decimals, empty where it defaults. */
    static String text(@Nullable BigDecimal d) {
        return d == null ? "" : d.toPlainString();
    }
}
