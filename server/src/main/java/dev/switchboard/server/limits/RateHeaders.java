package dev.switchboard.server.limits;

import java.util.List;

import com.linecorp.armeria.common.HttpHeaderNames;
import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.usage.ReplyHeaders;
import io.github.bucket4j.ConsumptionProbe;
import io.netty.util.AsciiString;

/**
 * OpenAI's rate-limit headers: {@code x-ratelimit-limit-requests}, {@code -remaining-requests},
 * {@code -reset-requests} and the {@code -tokens} trio. Of the limits a request passed (global,
 * user, key), each trio shows the tightest: the one with the fewest remaining after this request
 * (on a tie, the smaller limit). Reset is the time until that bucket is full again.
 */
final class RateHeaders {
    /** The names, made once: these headers go on every answer a limit applies to. */
    private static final AsciiString[] REQUESTS = names("requests");
    private static final AsciiString[] TOKENS = names("tokens");

    private RateHeaders() {}

    private static AsciiString[] names(String what) {
        return new AsciiString[] { HttpHeaderNames.of("x-ratelimit-limit-" + what),
                                   HttpHeaderNames.of("x-ratelimit-remaining-" + what),
                                   HttpHeaderNames.of("x-ratelimit-reset-" + what) };
    }

    static void set(ReplyHeaders out, List<Hold> holds) {
        Hold requests = null;
        Hold tokens = null;
        for (Hold h : holds) {
            if (tighter(h.requestsProbe, h.live.policy.rpm(), requests == null ? null : requests.requestsProbe,
                        requests == null ? 0 : requests.live.policy.rpm())) {
                requests = h;
            }
            if (tighter(h.tokensProbe, h.live.policy.tpm(), tokens == null ? null : tokens.tokensProbe,
                        tokens == null ? 0 : tokens.live.policy.tpm())) {
                tokens = h;
            }
        }
        if (requests == null && tokens == null) {
            return;
        }
        // Both trios in one change of the answer's headers (each change copies them).
        final CharSequence[] pairs = new CharSequence[(requests != null ? 6 : 0) + (tokens != null ? 6 : 0)];
        int at = 0;
        if (requests != null) {
            at = trio(pairs, at, REQUESTS, requests.live.rpmText, requests.requestsProbe);
        }
        if (tokens != null) {
            trio(pairs, at, TOKENS, tokens.live.tpmText, tokens.tokensProbe);
        }
        out.setAll(pairs);
    }

    private static boolean tighter(@Nullable ConsumptionProbe p, long limit, @Nullable ConsumptionProbe best,
                                   long bestLimit) {
        if (p == null) {
            return false;
        }
        if (best == null) {
            return true;
        }
        final long r = remaining(p);
        final long br = remaining(best);
        return r < br || r == br && limit < bestLimit;
    }

    private static long remaining(ConsumptionProbe p) {
        return p.isConsumed() ? p.getRemainingTokens() : 0;
    }

    private static int trio(CharSequence[] pairs, int at, AsciiString[] names, String limit, ConsumptionProbe p) {
        pairs[at] = names[0];
        pairs[at + 1] = limit;
        pairs[at + 2] = names[1];
        pairs[at + 3] = String.valueOf(remaining(p));
        pairs[at + 4] = names[2];
        pairs[at + 5] = duration(p.getNanosToWaitForReset());
        return at + 6;
    }

    /**
     * A duration as OpenAI writes it (Go's format): "0s", "250ms", "1.5s", "6m0s", "1h2m3s";
     * rounded up to the millisecond so that a client waiting this long finds the bucket full.
     */
    static String duration(long nanos) {
        long ms = (Math.max(0, nanos) + 999_999) / 1_000_000;
        if (ms == 0) {
            return "0s";
        }
        if (ms < 1000) {
            return ms + "ms";
        }
        final StringBuilder b = new StringBuilder();
        final long h = ms / 3_600_000;
        ms -= h * 3_600_000;
        final long m = ms / 60_000;
        ms -= m * 60_000;
        if (h > 0) {
            b.append(h).append('h');
        }
        if (h > 0 || m > 0) {
            b.append(m).append('m');
        }
        b.append(ms / 1000);
        long frac = ms % 1000;
        if (frac > 0) {
            // Three digits without the trailing zeros (500 → ".5", 50 → ".05"), by hand: a
            // Formatter per answer cost more than the rest of these headers together.
            int width = 3;
            while (frac % 10 == 0) {
                frac /= 10;
                width--;
            }
            b.append('.');
            for (int pad = width - (frac >= 100 ? 3 : frac >= 10 ? 2 : 1); pad > 0; pad--) {
                b.append('0');
            }
            b.append(frac);
        }
        return b.append('s').toString();
    }
}
