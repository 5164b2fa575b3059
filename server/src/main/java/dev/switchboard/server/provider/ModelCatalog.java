package dev.switchboard.server.provider;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.transcoder.format.UpstreamModel;

/**
 * Each provider's model list, fetched from the upstream and cached with its ids indexed, so that
 * routing a bare model name asks each provider one set lookup instead of reading its whole list.
 *
 * <p>Only lists that arrived are cached; a fetch in flight is shared by everyone who asks
 * meanwhile, and a failed one is forgotten, so the next lookup tries again. Caffeine holds the
 * arrived lists only: given the fetches themselves (an async cache), it logged every failed one —
 * a provider that is down, an expected state the health view reports — as a WARNING with a full
 * stack trace through {@code java.util.logging}, outside the gateway's log.
 */
public final class ModelCatalog {
    static final Duration TTL = Duration.ofMinutes(10);

    /** A provider's models as listed, and their ids. */
    public record Listing(List<UpstreamModel> models, Set<String> ids) {
        /** What a provider whose list cannot be fetched serves. */
        public static final Listing EMPTY = new Listing(List.of(), Set.of());

        static Listing of(List<UpstreamModel> models) {
            // Set.copyOf keeps one of each duplicate: a list may name a model twice.
            return new Listing(models, Set.copyOf(models.stream().map(UpstreamModel::id).toList()));
        }
    }

    private final Function<UpstreamProvider, CompletableFuture<List<UpstreamModel>>> fetcher;
    /** Arrived lists, as completed futures: a lookup hands out the same object every time. Upkeep on the reader. */
    private final Cache<String, CompletableFuture<Listing>> lists =
            Caffeine.newBuilder().executor(Runnable::run).expireAfterWrite(TTL).maximumSize(10_000).build();
    /** The fetch in flight per provider; only the one registered here may fill {@link #lists}. */
    private final ConcurrentMap<String, CompletableFuture<Listing>> fetching = new ConcurrentHashMap<>();

    /** {@code fetcher} asks a provider for its list (in production {@code UpstreamCaller::listModels}). */
    public ModelCatalog(Function<UpstreamProvider, CompletableFuture<List<UpstreamModel>>> fetcher) {
        this.fetcher = fetcher;
    }

    /** The cached listing, fetching it on first use; the same future while it is cached. */
    public CompletableFuture<Listing> listing(UpstreamProvider p) {
        final CompletableFuture<Listing> arrived = lists.getIfPresent(p.id());
        if (arrived != null) {
            return arrived;
        }
        final CompletableFuture<Listing> mine = new CompletableFuture<>();
        final CompletableFuture<Listing> inFlight = fetching.putIfAbsent(p.id(), mine);
        if (inFlight != null) {
            return inFlight;
        }
        fetchInto(p, mine, false);
        return mine;
    }

    /** The listing if it has arrived, without fetching it (what metrics ask to name a model). */
    @Nullable
    public Listing cached(UpstreamProvider p) {
        final CompletableFuture<Listing> arrived = lists.getIfPresent(p.id());
        return arrived == null ? null : arrived.getNow(null);
    }

    /** The cached list, fetching it on first use. */
    public CompletableFuture<List<UpstreamModel>> models(UpstreamProvider p) {
        return listing(p).thenApply(Listing::models);
    }

    /**
     * Fetches the list now and replaces the cached one; a failure forgets the cached one (the
     * provider serves no bare name until a fetch succeeds).
     */
    public CompletableFuture<List<UpstreamModel>> refresh(UpstreamProvider p) {
        final CompletableFuture<Listing> mine = new CompletableFuture<>();
        fetching.put(p.id(), mine);
        fetchInto(p, mine, true);
        return mine.thenApply(Listing::models);
    }

    /** Forgets every list, and every fetch in flight: called when provider configuration changed. */
    public void invalidateAll() {
        // Fetches first: one that completes in between finds itself unregistered and caches nothing.
        fetching.clear();
        lists.invalidateAll();
    }

    private void fetchInto(UpstreamProvider p, CompletableFuture<Listing> mine, boolean forgetOnFailure) {
        fetch(p).whenComplete((listing, cause) -> {
            // Atomic with invalidateAll's clear and with a newer fetch's registration.
            fetching.compute(p.id(), (id, registered) -> {
                if (registered != mine) {
                    return registered;
                }
                if (cause == null) {
                    lists.put(id, CompletableFuture.completedFuture(listing));
                } else if (forgetOnFailure) {
                    lists.invalidate(id);
                }
                return null;
            });
            if (cause == null) {
                mine.complete(listing);
            } else {
                mine.completeExceptionally(cause);
            }
        });
    }

    private CompletableFuture<Listing> fetch(UpstreamProvider p) {
        try {
            return fetcher.apply(p).thenApply(Listing::of);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
