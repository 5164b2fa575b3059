package dev.switchboard.server.usage;

/**
 * The core's one seam for accounting: asked once before a request is routed, then told about
 * its tries and, once, how it ended. {@link Meter} is the gateway's; {@link #OFF} admits
 * everything and records nothing (benchmarks with accounting off).
 */
@FunctionalInterface
public interface Metering {
    Metering OFF = demand -> new Metered(demand, Limiter.Ticket.NONE, Pricing.NONE, Ledger.NONE);

    /** Admits the request or refuses it by throwing the limit's {@code GatewayException}. */
    Metered admit(Demand demand);
}
