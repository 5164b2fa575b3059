package dev.switchboard.server.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.switchboard.server.usage.Tokens;

/**
 * Pricing runs in long arithmetic: it must give exactly what the decimal definition gives (USD
 * per million tokens x tokens, in nano-dollars, rounded half up once), for every price the API
 * accepts, and still be exact where the products no longer fit a long.
 */
class ModelPriceTest {
    /** The definition, written out: each part's tokens x its price, summed, / 1e6 USD, in nano-dollars. */
    private static long byDefinition(String in, String out, String cached, String write, String reasoning, Tokens t) {
        final BigDecimal i = new BigDecimal(in);
        final BigDecimal o = new BigDecimal(out);
        final BigDecimal c = cached.isEmpty() ? i : new BigDecimal(cached);
        final BigDecimal w = write.isEmpty() ? i : new BigDecimal(write);
        final BigDecimal r = reasoning.isEmpty() ? o : new BigDecimal(reasoning);
        final long uncached = Math.max(0, t.prompt() - t.cached() - t.cacheWrite());
        final long answer = Math.max(0, t.completion() - t.reasoning());
        final BigDecimal usd = i.multiply(BigDecimal.valueOf(uncached)).add(c.multiply(BigDecimal.valueOf(t.cached())))
                                .add(w.multiply(BigDecimal.valueOf(t.cacheWrite())))
                                .add(o.multiply(BigDecimal.valueOf(answer)))
                                .add(r.multiply(BigDecimal.valueOf(t.reasoning())))
                                .divide(BigDecimal.valueOf(1_000_000));
        return usd.movePointRight(9).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    @Test
    void longArithmeticEqualsTheDecimalDefinitionForRandomPricesAndCounts() {
        final SplittableRandom random = new SplittableRandom(21);
        for (int n = 0; n < 20_000; n++) {
            final String[] p = new String[5];
            for (int k = 0; k < 5; k++) {
                // Up to 6 decimals, up to the maximum; the optional three sometimes absent.
                final int scale = random.nextInt(7);
                p[k] = k >= 2 && random.nextInt(3) == 0 ? ""
                        : BigDecimal.valueOf(random.nextLong(1_000_000 * (long) Math.pow(10, scale) + 1), scale)
                                    .toPlainString();
            }
            final long prompt = random.nextLong(2_000_000);
            final Tokens t = new Tokens(prompt, random.nextLong(200_000), random.nextLong(prompt + 10),
                                        random.nextLong(1000), random.nextLong(50_000));
            final ModelPrice price = ModelPrice.parse(p[0], p[1], p[2], p[3], p[4]);
            assertThat(price.nanos(t)).as("%s %s", String.join("|", p), t)
                                      .isEqualTo(byDefinition(p[0], p[1], p[2], p[3], p[4], t));
        }
    }

    @Test
    void halfANanoRoundsUpOnceForTheWholeRequest() {
        // 0.000001 USD per million tokens = 0.001 nano-dollars per token: 499 tokens = 0.499 -> 0,
        // 500 = exactly half -> 1; split over input and output, still rounded once: 250 + 250 -> 1.
        final ModelPrice tiny = ModelPrice.parse("0.000001", "0.000001", "", "", "");
        assertThat(tiny.nanos(new Tokens(499, 0, 0, 0, 0))).isZero();
        assertThat(tiny.nanos(new Tokens(500, 0, 0, 0, 0))).isEqualTo(1);
        assertThat(tiny.nanos(new Tokens(250, 250, 0, 0, 0))).isEqualTo(1);
        // 1.5 nano-dollars per token: 333 tokens = 499.5 -> 500.
        assertThat(ModelPrice.parse("0.0015", "0", "", "", "").nanos(new Tokens(333, 0, 0, 0, 0))).isEqualTo(500);
    }

    @Test
    void countsTooLargeForALongProductAreStillExact() {
        final ModelPrice dear = ModelPrice.parse("999999.999999", "1000000", "", "", "");
        // 5e9 tokens x 999999999999 micro-dollars overflows a long; the cost itself (~5e18 nanos) does not.
        final Tokens huge = new Tokens(5_000_000_000L, 0, 0, 0, 0);
        assertThat(dear.nanos(huge)).isEqualTo(4_999_999_999_995_000_000L)
                                    .isEqualTo(byDefinition("999999.999999", "1000000", "", "", "", huge));
    }

    @Test
    void equalPricesAreEqual() {
        assertThat(ModelPrice.parse("1.50", "2", "", "", "")).isEqualTo(ModelPrice.parse("1.50", "2", "", "", ""))
                                                             .hasSameHashCodeAs(ModelPrice.parse("1.50", "2", "", "", ""))
                                                             .isNotEqualTo(ModelPrice.parse("1.5", "2", "0.1", "", ""));
    }
}
