package dev.switchboard.server.usage;

/** The gateway's metering: the limiter admits, and each ended request is priced and queued for the ledger. */
public final class Meter implements Metering {
    private final Limiter limiter;
    private final Pricing pricing;
    private final Ledger ledger;

    public Meter(Limiter limiter, Pricing pricing, Ledger ledger) {
        this.limiter = limiter;
        this.pricing = pricing;
        this.ledger = ledger;
    }

    @Override
    public Metered admit(Demand demand) {
        return new Metered(demand, limiter.admit(demand), pricing, ledger);
    }
}
