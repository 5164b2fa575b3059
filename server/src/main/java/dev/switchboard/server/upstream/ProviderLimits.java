package dev.switchboard.server.upstream;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import com.linecorp.armeria.common.HttpHeaderNames;
import com.linecorp.armeria.common.HttpHeaders;
import com.linecorp.armeria.common.annotation.Nullable;

import io.netty.util.AsciiString;

/**
 * Reads from an upstream's answer how long the provider will refuse the next request: OpenAI's
 * {@code x-ratelimit-remaining-requests} / {@code -tokens} at 0 until {@code x-ratelimit-reset-*}
 * (a duration such as "6m0s", "20ms", "1h2m3.5s"); Anthropic's
 * {@code anthropic-ratelimit-{requests,tokens,input-tokens,output-tokens}-remaining} at 0 until
 * the matching {@code -reset} (an RFC 3339 time); on a 429, {@code retry-after-ms} or
 * {@code retry-after} (seconds or an HTTP date). The latest of these wins. Garbage is ignored, a
 * reset already past counts as none, and a wait is capped at {@link #MAX}. Only header lookups
 * unless a limit is at 0: cheap enough for every answer, on the event loop.
 */
public final class ProviderLimits {
    /** Beyond this, a provider's reset is more likely wrong than meant; the breaker still guards. */
    public static final Duration MAX = Duration.ofHours(1);

    /** Remaining and reset header names, made once: these lookups run on every answer. */
    private static final AsciiString[][] OPENAI = pairs("x-ratelimit-remaining-%s", "x-ratelimit-reset-%s",
                                                         "requests", "tokens");
    private static final AsciiString[][] ANTHROPIC = pairs("anthropic-ratelimit-%s-remaining",
                                                            "anthropic-ratelimit-%s-reset",
                                                            "requests", "tokens", "input-tokens", "output-tokens");

    private ProviderLimits() {}

    /** Until when the provider refuses requests, or null when it said nothing of the kind. */
    @Nullable
    public static Instant exhaustedUntil(int status, HttpHeaders headers, Instant now) {
        Instant until = null;
        for (AsciiString[] names : OPENAI) {
            if (isZero(headers.get(names[0]))) {
                final Duration d = goDuration(headers.get(names[1]));
                until = later(until, d == null ? null : now.plus(d));
            }
        }
        for (AsciiString[] names : ANTHROPIC) {
            if (isZero(headers.get(names[0]))) {
                until = later(until, rfc3339(headers.get(names[1])));
            }
        }
        if (status == 429) {
            final Duration d = UpstreamFailures.retryAfter(headers);
            until = later(until, d == null ? null : now.plus(d));
        }
        if (until == null || !until.isAfter(now)) {
            return null;
        }
        final Instant cap = now.plus(MAX);
        return until.isAfter(cap) ? cap : until;
    }

    private static AsciiString[][] pairs(String remaining, String reset, String... kinds) {
        final AsciiString[][] pairs = new AsciiString[kinds.length][];
        for (int i = 0; i < kinds.length; i++) {
            pairs[i] = new AsciiString[] { HttpHeaderNames.of(remaining.formatted(kinds[i])),
                                           HttpHeaderNames.of(reset.formatted(kinds[i])) };
        }
        return pairs;
    }

    private static boolean isZero(@Nullable String remaining) {
        if (remaining == null) {
            return false;
        }
        try {
            // Azure answers -1 for "no such limit": only an explicit 0 means none left.
            return Long.parseLong(remaining.trim()) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Nullable
    private static Instant later(@Nullable Instant a, @Nullable Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    @Nullable
    private static Instant rfc3339(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * A Go duration as OpenAI writes its resets: decimal numbers each with a unit (h, m, s, ms,
     * us or µs, ns), "0" alone, no sign. Null for anything else or for more than a day.
     */
    @Nullable
    static Duration goDuration(@Nullable String value) {
        if (value == null) {
            return null;
        }
        final String s = value.trim();
        if (s.equals("0")) {
            return Duration.ZERO;
        }
        if (s.isEmpty() || s.length() > 32) {
            return null;
        }
        BigDecimal nanos = BigDecimal.ZERO;
        int i = 0;
        while (i < s.length()) {
            final int start = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            if (i == start) {
                return null;
            }
            final BigDecimal number;
            try {
                number = new BigDecimal(s.substring(start, i));
            } catch (NumberFormatException e) {
                return null;
            }
            final int unitStart = i;
            while (i < s.length() && !Character.isDigit(s.charAt(i)) && s.charAt(i) != '.') {
                i++;
            }
            final long unit = unitNanos(s.substring(unitStart, i));
            if (unit == 0) {
                return null;
            }
            nanos = nanos.add(number.multiply(BigDecimal.valueOf(unit)));
        }
        if (nanos.compareTo(BigDecimal.valueOf(Duration.ofDays(1).toNanos())) > 0) {
            return null;
        }
        return Duration.ofNanos(nanos.longValue());
    }

    private static long unitNanos(String unit) {
        switch (unit) {
            case "h": return 3_600_000_000_000L;
            case "m": return 60_000_000_000L;
            case "s": return 1_000_000_000L;
            case "ms": return 1_000_000L;
            case "us":
            case "µs": return 1_000L;
            case "ns": return 1L;
            default: return 0;
        }
    }
}
