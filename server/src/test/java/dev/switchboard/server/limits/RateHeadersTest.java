package dev.switchboard.server.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.switchboard.transcoder.error.GatewayException;

class RateHeadersTest {
    @Test
    void resetsAreWrittenAsOpenAiDoes() {
        assertThat(RateHeaders.duration(0)).isEqualTo("0s");
        assertThat(RateHeaders.duration(1)).isEqualTo("1ms");
        assertThat(RateHeaders.duration(TimeUnit.MILLISECONDS.toNanos(250))).isEqualTo("250ms");
        assertThat(RateHeaders.duration(TimeUnit.SECONDS.toNanos(1))).isEqualTo("1s");
        assertThat(RateHeaders.duration(TimeUnit.MILLISECONDS.toNanos(1500))).isEqualTo("1.5s");
        assertThat(RateHeaders.duration(TimeUnit.MINUTES.toNanos(6))).isEqualTo("6m0s");
        assertThat(RateHeaders.duration(TimeUnit.SECONDS.toNanos(3723))).isEqualTo("1h2m3s");
        assertThat(RateHeaders.duration(TimeUnit.MILLISECONDS.toNanos(59_998))).isEqualTo("59.998s");
        assertThat(RateHeaders.duration(TimeUnit.MILLISECONDS.toNanos(1_050))).isEqualTo("1.05s");
        assertThat(RateHeaders.duration(TimeUnit.MILLISECONDS.toNanos(1_005))).isEqualTo("1.005s");
        assertThat(RateHeaders.duration(TimeUnit.MILLISECONDS.toNanos(1_120))).isEqualTo("1.12s");
        assertThat(RateHeaders.duration(TimeUnit.MILLISECONDS.toNanos(61_001))).isEqualTo("1m1.001s");
        // Rounded up to the millisecond: waiting this long finds the bucket full.
        assertThat(RateHeaders.duration(TimeUnit.MILLISECONDS.toNanos(1_500) + 1)).isEqualTo("1.501s");
    }

    @Test
    void dollarsAreExactToTheNanoDollar() {
        assertThat(Money.nanos("25.00")).isEqualTo(25_000_000_000L);
        assertThat(Money.nanos("0.000000001")).isEqualTo(1);
        assertThat(Money.decimal(25_000_000_000L)).isEqualTo("25.00");
        assertThat(Money.decimal(1_500_000L)).isEqualTo("0.0015");
        assertThatThrownBy(() -> Money.nanos("-1")).isInstanceOf(GatewayException.class).hasMessageContaining(">= 0");
        assertThatThrownBy(() -> Money.nanos("0.0000000001")).hasMessageContaining("9 decimal places");
        assertThatThrownBy(() -> Money.nanos("ten")).hasMessageContaining("decimal number");
    }
}
