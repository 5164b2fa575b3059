package dev.switchboard.server.pricing;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import com.linecorp.armeria.common.annotation.Nullable;

/** The {@code price_overrides} table. Blocking: call it off the event loop. */
public final class PriceStore {
    /** One override, as stored. */
    public record StoredPrice(String provider, String model, ModelPrice price, long updateTimeMillis) {}

    private static final RowMapper<StoredPrice> ROW = (rs, ctx) -> new StoredPrice(
            rs.getString("provider"), rs.getString("model"),
            ModelPrice.parse(rs.getString("input"), rs.getString("output"), empty(rs.getString("cached_input")),
                             empty(rs.getString("cache_write")), empty(rs.getString("reasoning"))),
            rs.getLong("update_time"));

    private final Jdbi jdbi;
    private final Clock clock;

    public PriceStore(Jdbi jdbi) {
        this(jdbi, Clock.systemUTC());
    }

    PriceStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Ordered by provider, then model (in Java: collations differ between databases). */
    public List<StoredPrice> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT provider, model, input, output, cached_input, cache_write, "
                                                  + "reasoning, update_time FROM price_overrides")
                                     .map(ROW).list())
                   .stream()
                   .sorted(Comparator.comparing(StoredPrice::provider).thenComparing(StoredPrice::model))
                   .toList();
    }

    /** Sets the override of (provider, model), replacing any (in the caller's transaction, if any). */
    public StoredPrice put(String provider, String model, ModelPrice price) {
        final long now = clock.millis();
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM price_overrides WHERE provider = :provider AND model = :model")
             .bind("provider", provider).bind("model", model).execute();
            h.createUpdate("INSERT INTO price_overrides (provider, model, input, output, cached_input, cache_write, "
                           + "reasoning, update_time) VALUES (:provider, :model, :input, :output, :cachedInput, "
                           + ":cacheWrite, :reasoning, :now)")
             .bind("provider", provider).bind("model", model)
             .bind("input", price.input().toPlainString()).bind("output", price.output().toPlainString())
             .bind("cachedInput", plain(price.cachedInput())).bind("cacheWrite", plain(price.cacheWrite()))
             .bind("reasoning", plain(price.reasoning())).bind("now", now)
             .execute();
        });
        return new StoredPrice(provider, model, price, now);
    }

    /** Whether there was an override to remove. */
    public boolean delete(String provider, String model) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM price_overrides WHERE provider = :provider "
                                                   + "AND model = :model")
                                     .bind("provider", provider).bind("model", model).execute()) > 0;
    }

    @Nullable
    private static String plain(@Nullable BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    private static String empty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
