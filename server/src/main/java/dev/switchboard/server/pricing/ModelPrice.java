package dev.switchboard.server.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.usage.Tokens;
import dev.switchboard.transcoder.error.GatewayException;

/**
 * One model's prices in USD per million tokens. A missing cached-input or cache-write price is
 * the input price, a missing reasoning price the output price: what a provider that does not list
 * them charges. Each price is also kept as an integer count of micro-dollars per million tokens
 * (every accepted price has at most {@link #MAX_SCALE} decimals), so that pricing a request, which
 * happens for every request the gateway serves, is long arithmetic instead of a dozen BigDecimals.
 */
public final class ModelPrice {
    /** No real model costs anywhere near this; a bigger number is a typo (cents for dollars). */
    static final BigDecimal MAX = new BigDecimal("1000000");
    /** Millionths of a dollar per million tokens: every published price, and cheap to check. */
    static final int MAX_SCALE = 6;
    /** USD per million tokens to nano-dollars per token. */
    private static final BigDecimal NANOS_PER_TOKEN = BigDecimal.valueOf(1000);

    private final BigDecimal input;
    private final BigDecimal output;
    @Nullable
    private final BigDecimal cachedInput;
    @Nullable
    private final BigDecimal cacheWrite;
    @Nullable
    private final BigDecimal reasoning;
    /** Micro-dollars per million tokens: input, output, cached input, cache write, reasoning (defaults applied). */
    private final long[] micros;

    ModelPrice(BigDecimal input, BigDecimal output, @Nullable BigDecimal cachedInput, @Nullable BigDecimal cacheWrite,
               @Nullable BigDecimal reasoning) {
        this.input = input;
        this.output = output;
        this.cachedInput = cachedInput;
        this.cacheWrite = cacheWrite;
        this.reasoning = reasoning;
        micros = new long[] { micros(input), micros(output), micros(or(cachedInput, input)),
                              micros(or(cacheWrite, input)), micros(or(reasoning, output)) };
    }

    public BigDecimal input() {
        return input;
    }

    public BigDecimal output() {
        return output;
    }

    @Nullable
    public BigDecimal cachedInput() {
        return cachedInput;
    }

    @Nullable
    public BigDecimal cacheWrite() {
        return cacheWrite;
    }

    @Nullable
    public BigDecimal reasoning() {
        return reasoning;
    }

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
        try {
            // Sum of tokens x micro-dollars per million tokens = thousandths of a nano-dollar.
            final long milliNanos = Math.addExact(
                    Math.addExact(Math.addExact(Math.multiplyExact(uncached, micros[0]),
                                                Math.multiplyExact(answer, micros[1])),
                                  Math.addExact(Math.multiplyExact(t.cached(), micros[2]),
                                                Math.multiplyExact(t.cacheWrite(), micros[3]))),
                    Math.multiplyExact(t.reasoning(), micros[4]));
            // Never negative: HALF_UP is adding half and truncating.
            return (milliNanos + 500) / 1000;
        } catch (ArithmeticException overflow) {
            return exactNanos(uncached, answer, t);
        }
    }

    /** The same in BigDecimal: for counts whose product does not fit a long. */
    private long exactNanos(long uncached, long answer, Tokens t) {
        final BigDecimal usdPerMillion =
                input.multiply(BigDecimal.valueOf(uncached))
                     .add(or(cachedInput, input).multiply(BigDecimal.valueOf(t.cached())))
                     .add(or(cacheWrite, input).multiply(BigDecimal.valueOf(t.cacheWrite())))
                     .add(output.multiply(BigDecimal.valueOf(answer)))
                     .add(or(reasoning, output).multiply(BigDecimal.valueOf(t.reasoning())));
        return usdPerMillion.multiply(NANOS_PER_TOKEN).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static long micros(BigDecimal usdPerMillion) {
        // Exact: a price has at most MAX_SCALE decimals and is at most MAX.
        return usdPerMillion.movePointRight(MAX_SCALE).longValueExact();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelPrice p && input.equals(p.input) && output.equals(p.output)
               && Objects.equals(cachedInput, p.cachedInput) && Objects.equals(cacheWrite, p.cacheWrite)
               && Objects.equals(reasoning, p.reasoning);
    }

    @Override
    public int hashCode() {
        return Objects.hash(input, output, cachedInput, cacheWrite, reasoning);
    }

    @Override
    public String toString() {
        return "ModelPrice[input=" + input + ", output=" + output + ", cachedInput=" + cachedInput + ", cacheWrite="
               + cacheWrite + ", reasoning=" + reasoning + ']';
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
