package dev.switchboard.server.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;

import com.linecorp.armeria.common.HttpHeaders;
import com.linecorp.armeria.common.HttpHeadersBuilder;

/**
 * The providers' rate-limit headers as their references write them: OpenAI's remaining counts
 * with Go-style reset durations ("1s", "6m0s", "20ms"), Anthropic's with RFC 3339 reset times,
 * and Retry-After / retry-after-ms on a 429.
 */
class ProviderLimitsTest {
    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

    private static HttpHeaders headers(String... nameValues) {
        final HttpHeadersBuilder b = HttpHeaders.builder();
        for (int i = 0; i < nameValues.length; i += 2) {
            b.add(nameValues[i], nameValues[i + 1]);
        }
        return b.build();
    }

    @Test
    void goDurationsAsOpenAiWritesThem() {
        assertThat(ProviderLimits.goDuration("1s")).isEqualTo(Duration.ofSeconds(1));
        assertThat(ProviderLimits.goDuration("6m0s")).isEqualTo(Duration.ofMinutes(6));
        assertThat(ProviderLimits.goDuration("20ms")).isEqualTo(Duration.ofMillis(20));
        assertThat(ProviderLimits.goDuration("1h2m3.5s")).isEqualTo(Duration.ofMillis(3_723_500));
        assertThat(ProviderLimits.goDuration("0.5s")).isEqualTo(Duration.ofMillis(500));
        assertThat(ProviderLimits.goDuration("250us")).isEqualTo(Duration.ofNanos(250_000));
        assertThat(ProviderLimits.goDuration("0")).isEqualTo(Duration.ZERO);
        for (String garbage : new String[] {"", "s", "1", "1x", "-1s", "1.2.3s", "soon", "1e3s", "99999h"}) {
            assertThat(ProviderLimits.goDuration(garbage)).as(garbage).isNull();
        }
    }

    @Test
    void openAiNoRequestsLeftLastsUntilTheRequestReset() {
        assertThat(ProviderLimits.exhaustedUntil(200, headers("x-ratelimit-remaining-requests", "0",
                                                              "x-ratelimit-reset-requests", "6m0s",
                                                              "x-ratelimit-remaining-tokens", "1499",
                                                              "x-ratelimit-reset-tokens", "20ms"), NOW))
                .isEqualTo(NOW.plus(Duration.ofMinutes(6)));
    }

    @Test
    void openAiNoTokensLeftLastsUntilTheTokenReset() {
        assertThat(ProviderLimits.exhaustedUntil(200, headers("x-ratelimit-remaining-requests", "59",
                                                              "x-ratelimit-reset-requests", "1s",
                                                              "x-ratelimit-remaining-tokens", "0",
                                                              "x-ratelimit-reset-tokens", "1.5s"), NOW))
                .isEqualTo(NOW.plusMillis(1500));
    }

    @Test
    void somethingLeftOrNoHeadersMeansNothing() {
        assertThat(ProviderLimits.exhaustedUntil(200, headers("x-ratelimit-remaining-requests", "4999",
                                                              "x-ratelimit-reset-requests", "12ms"), NOW)).isNull();
        assertThat(ProviderLimits.exhaustedUntil(200, HttpHeaders.of(), NOW)).isNull();
        // Azure's -1 ("no such limit") and garbage are not 0.
        assertThat(ProviderLimits.exhaustedUntil(200, headers("x-ratelimit-remaining-tokens", "-1",
                                                              "x-ratelimit-reset-tokens", "0"), NOW)).isNull();
        assertThat(ProviderLimits.exhaustedUntil(200, headers("x-ratelimit-remaining-requests", "none",
                                                              "x-ratelimit-reset-requests", "5s"), NOW)).isNull();
        // 0 left but a reset nobody can read: nothing to wait for.
        assertThat(ProviderLimits.exhaustedUntil(200, headers("x-ratelimit-remaining-requests", "0",
                                                              "x-ratelimit-reset-requests", "later"), NOW)).isNull();
    }

    @Test
    void anthropicRemainingZeroLastsUntilItsRfc3339Reset() {
        assertThat(ProviderLimits.exhaustedUntil(200, headers(
                "anthropic-ratelimit-requests-remaining", "49",
                "anthropic-ratelimit-requests-reset", "2026-12-07T08:00:30Z",
                "anthropic-ratelimit-input-tokens-remaining", "0",
                "anthropic-ratelimit-input-tokens-reset", "2026-12-07T08:00:12Z"), NOW))
                .isEqualTo(Instant.parse("2026-12-07T08:00:12Z"));
        // Several at 0: the latest reset is when a request can pass again.
        assertThat(ProviderLimits.exhaustedUntil(429, headers(
                "anthropic-ratelimit-requests-remaining", "0",
                "anthropic-ratelimit-requests-reset", "2026-12-07T09:00:05+01:00",
                "anthropic-ratelimit-tokens-remaining", "0",
                "anthropic-ratelimit-tokens-reset", "2026-12-07T08:00:20Z",
                "retry-after", "3"), NOW))
                .isEqualTo(Instant.parse("2026-12-07T08:00:20Z"));
        assertThat(ProviderLimits.exhaustedUntil(200, headers(
                "anthropic-ratelimit-output-tokens-remaining", "0",
                "anthropic-ratelimit-output-tokens-reset", "tomorrow"), NOW)).isNull();
    }

    @Test
    void a429WaitsForRetryAfterInSecondsMillisOrAnHttpDate() {
        assertThat(ProviderLimits.exhaustedUntil(429, headers("retry-after", "7"), NOW)).isEqualTo(NOW.plusSeconds(7));
        assertThat(ProviderLimits.exhaustedUntil(429, headers("retry-after-ms", "800", "retry-after", "0"), NOW))
                .isEqualTo(NOW.plusMillis(800));
        final Instant now = Instant.now();
        final String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(30).atOffset(ZoneOffset.UTC));
        assertThat(ProviderLimits.exhaustedUntil(429, headers("retry-after", date), now))
                .isBetween(now.plusSeconds(28), now.plusSeconds(31));
        // Retry-After on any other answer is not a rate limit; garbage is ignored.
        assertThat(ProviderLimits.exhaustedUntil(503, headers("retry-after", "7"), NOW)).isNull();
        assertThat(ProviderLimits.exhaustedUntil(429, headers("retry-after", "soon"), NOW)).isNull();
        assertThat(ProviderLimits.exhaustedUntil(429, HttpHeaders.of(), NOW)).isNull();
    }

    @Test
    void aResetInThePastIsNoneAndAFarOneIsCappedAtAnHour() {
        assertThat(ProviderLimits.exhaustedUntil(200, headers(
                "anthropic-ratelimit-requests-remaining", "0",
                "anthropic-ratelimit-requests-reset", "2026-12-07T07:59:59Z"), NOW)).isNull();
        assertThat(ProviderLimits.exhaustedUntil(429, headers("retry-after", "86400"), NOW))
                .isEqualTo(NOW.plus(ProviderLimits.MAX));
        assertThat(ProviderLimits.exhaustedUntil(200, headers(
                "anthropic-ratelimit-requests-remaining", "0",
                "anthropic-ratelimit-requests-reset", "2027-01-01T00:00:00Z"), NOW)).isEqualTo(NOW.plusSeconds(3600));
        assertThat(ProviderLimits.MAX).isEqualTo(Duration.ofHours(1));
    }
}
