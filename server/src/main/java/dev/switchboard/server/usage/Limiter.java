package dev.switchboard.server.usage;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.transcoder.error.GatewayException;

/**
 * Rate limits, budgets and quotas. Everything here runs on the request's event loop and never
 * blocks: buckets and counters in memory, the configuration a snapshot reloaded on change.
 */
public interface Limiter {
    Limiter NONE = demand -> Ticket.NONE;

    /**
     * Admits a request before routing: the global, user and key limits (requests and tokens per
     * minute, concurrency, budgets and quotas) are checked and reserved. Refuses by throwing a
     * {@link GatewayException} (rate limited or over budget, with its retry-after), having reserved
     * nothing. Sets the rate-limit headers of every limit that applies on {@link Demand#headers()}.
     */
    Ticket admit(Demand demand);

    /** One admitted request's reservations; used on its event loop. */
    interface Ticket {
        Ticket NONE = new Ticket() {
            @Override
            public GatewayException tryTarget(String provider, String model) {
                return null;
            }

            @Override
            public void tryEnded() {}

            @Override
            public boolean settle(Tokens actual, @Nullable Long costNanos) {
                return false;
            }
        };

        /**
         * Before one try of {@code model} at {@code provider}: the provider's and the model's limits,
         * reserved for this try when they allow it (null), or why not (a rate-limit error with its
         * retry-after), in which case the plan moves on to another target.
         */
        @Nullable
        GatewayException tryTarget(String provider, String model);

        /** The try in flight ended (answered, failed or abandoned): its concurrency slot is free. */
        void tryEnded();

        /**
         * The request ended: every reservation is reconciled with the real tokens and cost (null when
         * unpriced) and the request's concurrency released. Called exactly once. True when the request
         * went over a soft budget or quota.
         */
        boolean settle(Tokens actual, @Nullable Long costNanos);
    }
}
