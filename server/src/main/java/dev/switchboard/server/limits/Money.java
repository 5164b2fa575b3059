package dev.switchboard.server.limits;

import java.math.BigDecimal;
import java.math.RoundingMode;

import dev.switchboard.transcoder.error.GatewayException;

/** Dollars as the API writes them ("25.00") and nano-dollars as the gateway counts them. */
final class Money {
    private static final int NANOS_SCALE = 9;

    private Money() {}

    /** "$25.00", for messages. */
    static String usd(long nanos) {
        return "$" + decimal(nanos);
    }

    /** The shortest decimal with at least two places: 25000000000 → "25.00", 1500000 → "0.0015". */
    static String decimal(long nanos) {
        final BigDecimal d = BigDecimal.valueOf(nanos, NANOS_SCALE).stripTrailingZeros();
        return d.scale() < 2 ? d.setScale(2, RoundingMode.UNNECESSARY).toPlainString() : d.toPlainString();
    }

    /** A non-negative decimal amount of dollars, exact to the nano-dollar. */
    static long nanos(String usd) {
        final BigDecimal d;
        try {
            d = new BigDecimal(usd.trim());
        } catch (NumberFormatException e) {
            throw GatewayException.invalid("amount_usd: '" + usd + "' (expected: a decimal number of dollars, "
                                           + "like \"25.00\")");
        }
        if (d.signum() < 0) {
            throw GatewayException.invalid("amount_usd: " + usd + " (expected: >= 0)");
        }
        try {
            return d.movePointRight(NANOS_SCALE).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        } catch (ArithmeticException e) {
            throw GatewayException.invalid("amount_usd: " + usd + " (expected: at most 9 decimal places, "
                                           + "below 9.2 billion dollars)");
        }
    }
}
