package dev.switchboard.server.usage;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;

/**
 * One admitted request's account, filled in by the core as the request runs (on its event loop)
 * and closed exactly once by {@link #end}: the tokens priced, the limiter's reservations
 * reconciled, the row offered to the ledger.
 */
public final class Metered {
    /** What the ledger says of a request whose client left before it ended. */
    public static final int CLIENT_GONE = 499;

    private final Demand demand;
    private final Limiter.Ticket ticket;
    private final Pricing pricing;
    private final Ledger ledger;
    private final Watch watch;
    private final long startMillis = System.currentTimeMillis();
    private final long startNanos = System.nanoTime();
    @Nullable
    private String provider;
    @Nullable
    private String model;
    @Nullable
    private String alias;
    @Nullable
    private Long ttftMs;
    private Tokens tokens = Tokens.NONE;
    @Nullable
    private String usageSource;
    private int attempts;
    private int tries;
    private int failovers;
    private boolean ended;

    Metered(Demand demand, Limiter.Ticket ticket, Pricing pricing, Ledger ledger) {
        this.demand = demand;
        this.ticket = ticket;
        this.pricing = pricing;
        this.ledger = ledger;
        watch = demand.watch();
    }

    public Demand demand() {
        return demand;
    }

    /** The provider's and model's limits for one try; null to go, else why the target is skipped. */
    @Nullable
    public GatewayException tryTarget(String provider, String model) {
        return ticket.tryTarget(provider, model);
    }

    /** A try was started on this target (the last one started is what served the request). */
    public void trying(String provider, String model, @Nullable String alias) {
        this.provider = provider;
        this.model = model;
        this.alias = alias;
        watch.trying(provider, model, alias, ++tries);
    }

    /** Runs {@code send}, which sends the current try's upstream request, in the try's telemetry context. */
    public <T> T inTry(Supplier<T> send) {
        return watch.inTry(send);
    }

    /** The current try ended: {@code error} null when it served the answer or the client left. */
    public void tryEnded(@Nullable GatewayException error) {
        ticket.tryEnded();
        watch.tryEnded(error);
    }

    /** A streamed answer sent one more event to the client. */
    public void streamed() {
        watch.streamed();
    }

    /** The answer's first token (the first of the request, over every try). */
    public void firstToken() {
        if (ttftMs == null) {
            ttftMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
            watch.firstToken();
        }
    }

    /** The tokens the provider reported ({@link UsageRecord#REPORTED}) or the gateway estimated. */
    public void tokens(Tokens tokens, String source) {
        this.tokens = tokens;
        usageSource = source;
    }

    public boolean hasTokens() {
        return usageSource != null;
    }

    public void attempts(int attempts, int failovers) {
        this.attempts = attempts;
        this.failovers = failovers;
    }

    /** The request succeeded. */
    public void succeeded() {
        end(200, null);
    }

    /** The request failed with {@code e}. */
    public void failed(GatewayException e) {
        end(e.kind().httpStatus(), e.kind());
    }

    /** The client left before the answer ended. */
    public void abandoned() {
        end(CLIENT_GONE, null);
    }

    private void end(int status, @Nullable ErrorKind kind) {
        if (ended) {
            return;
        }
        ended = true;
        final Cost cost = provider == null || usageSource == null
                          ? Cost.unknown(provider == null ? "no provider served the request" : "no usage known")
                          : pricing.cost(provider, model, tokens);
        final boolean overSoft = ticket.settle(tokens, cost.nanos());
        final Principal p = demand.principal();
        final String errorKind = kind != null ? kind.name() : status == CLIENT_GONE ? "CLIENT_GONE" : null;
        final UsageRecord record = new UsageRecord(
                demand.requestId(), startMillis, p == null ? null : p.userId(), p == null ? null : p.keyId(),
                p == null ? null : p.keyPrefix(), p == null ? null : p.clientId(), p == null ? null : p.issuer(),
                demand.ingress(), provider, model, demand.requestedModel(), alias, demand.stream(), status, errorKind,
                tokens, cost.nanos(), cost.note(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos),
                ttftMs, attempts, failovers, usageSource == null ? "none" : usageSource, overSoft);
        ledger.offer(record);
        watch.ended(record);
    }
}
