package dev.switchboard.server.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MoneyAndCsvTest {
    @Test
    void nanoDollarsAreAnExactDecimalWithAtLeastTwoPlaces() {
        assertThat(Money.usd(0)).isEqualTo("0.00");
        assertThat(Money.usd(1)).isEqualTo("0.000000001");
        assertThat(Money.usd(10_000_000)).isEqualTo("0.01");
        assertThat(Money.usd(1_500_000_000L)).isEqualTo("1.50");
        assertThat(Money.usd(100_000_000_000L)).isEqualTo("100.00");
        assertThat(Money.usd(1_234_567_891L)).isEqualTo("1.234567891");
        assertThat(Money.usd(Long.MAX_VALUE)).isEqualTo("9223372036.854775807");
    }

    @Test
    void csvQuotesWhatRfc4180AsksAndDisarmsFormulas() {
        final String csv = new Csv(List.of("a", "b", "c")).row("plain", "with,comma", "say \"hi\"")
                                                          .row("two\nlines", 42L, true)
                                                          .row("=HYPERLINK(\"x\")", "-1", "@sum").toString();

        assertThat(csv).isEqualTo("a,b,c\r\n"
                                  + "plain,\"with,comma\",\"say \"\"hi\"\"\"\r\n"
                                  + "\"two\nlines\",42,true\r\n"
                                  + "\"'=HYPERLINK(\"\"x\"\")\",'-1,'@sum\r\n");
    }
}
