package dev.switchboard.server.pricing;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.pricing.PriceStore.StoredPrice;
import dev.switchboard.server.usage.Cost;
import dev.switchboard.server.usage.Pricing;
import dev.switchboard.server.usage.Tokens;

/**
 * The prices in force: overrides per (provider, model) over the shipped {@link PriceSheet}. A
 * model is looked up, first match wins, as: the override for the provider and the exact model;
 * the table's price of the exact model; of the name after the last '/' (a router's
 * "openai/gpt-4o" is "gpt-4o"); each by its own name or the undated name the table gives a dated
 * snapshot. Nothing else matches: an unknown model's cost is unknown, never 0.
 *
 * <p>Reads an immutable snapshot (no lock, no I/O); {@link #reload} swaps it after a change here
 * and every few seconds for the changes of other replicas.
 */
public final class PriceTable implements Pricing, AutoCloseable {
    /** How soon another replica's change is seen. */
    static final Duration REFRESH = Duration.ofSeconds(5);
    private static final Logger logger = LoggerFactory.getLogger(PriceTable.class);

    private final PriceSheet sheet;
    @Nullable
    private final PriceStore store;
    /** "provider\0model" → override. */
    private volatile Map<String, StoredPrice> overrides = Map.of();
    @Nullable
    private volatile ScheduledFuture<?> refresh;

    /** Without a store: the shipped table only. */
    public PriceTable(PriceSheet sheet) {
        this(sheet, null);
    }

    public PriceTable(PriceSheet sheet, @Nullable PriceStore store) {
        this.sheet = sheet;
        this.store = store;
    }

    /** Loads the overrides and re-reads them every {@link #REFRESH}; blocking (start-up). */
    public static PriceTable open(PriceSheet sheet, PriceStore store, ScheduledExecutorService background) {
        final PriceTable table = new PriceTable(sheet, store);
        table.reload();
        table.refresh = background.scheduleWithFixedDelay(() -> {
            try {
                table.reload();
            } catch (RuntimeException e) {
                logger.warn("cannot re-read the price overrides; keeping the last ones", e);
            }
        }, REFRESH.toMillis(), REFRESH.toMillis(), TimeUnit.MILLISECONDS);
        return table;
    }

    /** Re-reads the overrides. Blocking: call it off the event loop. */
    public synchronized void reload() {
        if (store == null) {
            return;
        }
        final Map<String, StoredPrice> next = new HashMap<>();
        for (StoredPrice p : store.list()) {
            next.put(key(p.provider(), p.model()), p);
        }
        overrides = Map.copyOf(next);
    }

    @Override
    public Cost cost(String provider, String model, Tokens tokens) {
        final ModelPrice price = find(provider, model);
        if (price == null) {
            return Cost.unknown("no price for " + provider + '/' + model);
        }
        return Cost.of(price.nanos(tokens));
    }

    /** The price {@link #cost} charges, or null when none applies. */
    @Nullable
    public ModelPrice find(String provider, String model) {
        // Most gateways override nothing: no key made per request then.
        final Map<String, StoredPrice> overrides = this.overrides;
        final StoredPrice own = overrides.isEmpty() ? null : overrides.get(key(provider, model));
        if (own != null) {
            return own.price();
        }
        final ModelPrice listed = sheet.find(model);
        if (listed != null) {
            return listed;
        }
        final int slash = model.lastIndexOf('/');
        return slash < 0 ? null : sheet.find(model.substring(slash + 1));
    }

    public PriceSheet sheet() {
        return sheet;
    }

    private static String key(String provider, String model) {
        return provider + '\0' + model;
    }

    @Override
    public void close() {
        final ScheduledFuture<?> r = refresh;
        if (r != null) {
            r.cancel(false);
        }
    }
}
