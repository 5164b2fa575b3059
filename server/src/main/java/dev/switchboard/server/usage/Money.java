package dev.switchboard.server.usage;

import java.math.BigDecimal;

/** Nano-dollars as the API shows them: a decimal USD string, exact, with at least two decimals. */
public final class Money {
    private Money() {}

    /** 0 → "0.00", 1_500_000_000 → "1.50", 1_234_567_891 → "1.234567891". */
    public static String usd(long nanos) {
        BigDecimal usd = BigDecimal.valueOf(nanos).movePointLeft(9).stripTrailingZeros();
        if (usd.scale() < 2) {
            usd = usd.setScale(2);
        }
        return usd.toPlainString();
    }
}
