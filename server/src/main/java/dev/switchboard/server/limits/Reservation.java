package dev.switchboard.server.limits;

import java.util.ArrayList;
import java.util.List;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.usage.Limiter;
import dev.switchboard.server.usage.Tokens;
import dev.switchboard.transcoder.error.GatewayException;

/**
 * One admitted request's holds: those of its global, user and key limits, taken at admission, and
 * those of each target it tried (provider and model limits). Used on the request's event loop.
 */
final class Reservation implements Limiter.Ticket {
    private final GatewayLimiter limiter;
    private final long estimateTokens;
    private final List<Hold> request;
    /** Every try's holds, the last try's last; only the last try's tokens are reconciled with the real use. */
    private final List<List<Hold>> tries = new ArrayList<>(1);
    private boolean settled;

    Reservation(GatewayLimiter limiter, long estimateTokens, List<Hold> request) {
        this.limiter = limiter;
        this.estimateTokens = estimateTokens;
        this.request = request;
    }

    @Nullable
    @Override
    public GatewayException tryTarget(String provider, String model) {
        if (!limiter.hasTargetLimits()) {
            tries.add(List.of());
            return null;
        }
        final long now = limiter.nowMillis();
        final List<Hold> held = new ArrayList<>(2);
        for (Subject s : List.of(new Subject(Scope.PROVIDER, provider), new Subject(Scope.MODEL, provider + '/' + model))) {
            final Live live = limiter.live(s);
            if (live == null) {
                continue;
            }
            final Hold h = new Hold(live);
            final GatewayException refused = h.take(estimateTokens, 0, now);
            if (refused != null) {
                held.forEach(Hold::giveBack);
                return refused;
            }
            held.add(h);
        }
        tries.add(held);
        return null;
    }

    @Override
    public void tryEnded() {
        if (!tries.isEmpty()) {
            tries.get(tries.size() - 1).forEach(Hold::releaseSlot);
        }
    }

    @Override
    public boolean settle(Tokens actual, @Nullable Long costNanos) {
        if (settled) {
            return false;
        }
        settled = true;
        final long now = limiter.nowMillis();
        for (int i = 0; i < tries.size(); i++) {
            // An earlier try failed before its tokens mattered: what it reserved goes back.
            final long used = i == tries.size() - 1 ? actual.total() : 0;
            for (Hold h : tries.get(i)) {
                h.settle(used, null, now);
            }
        }
        boolean over = false;
        for (Hold h : request) {
            over |= h.settle(actual.total(), costNanos, now);
        }
        return over;
    }
}
