package dev.switchboard.server.usage;

import com.linecorp.armeria.common.annotation.Nullable;

/**
 * What a request cost, in nano-dollars (1e-9 USD, exact for any price quoted to a thousandth of a
 * dollar per million tokens), or null with the reason when the model has no price: an unknown
 * price is never 0.
 */
public record Cost(@Nullable Long nanos, @Nullable String note) {
    public static Cost of(long nanos) {
        return new Cost(nanos, null);
    }

    public static Cost unknown(String why) {
        return new Cost(null, why);
    }
}
