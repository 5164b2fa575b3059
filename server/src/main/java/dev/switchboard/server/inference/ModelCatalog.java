package dev.switchboard.server.inference;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.switchboard.server.provider.UpstreamProvider;
import dev.switchboard.server.upstream.UpstreamCaller;
import dev.switchboard.transcoder.upstream.UpstreamModel;

/**
 * Each provider's model list, fetched from the upstream and cached with its ids indexed, so that
 * routing a bare model name asks each provider one set lookup instead of reading its whole list. A
 * failed fetch is not cached (Caffeine drops failed futures), so the next lookup tries again.
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

    private final UpstreamCaller caller;
    private final AsyncCache<String, Listing> cache =
            Caffeine.newBuilder().expireAfterWrite(TTL).maximumSize(10_000).buildAsync();

    public ModelCatalog(UpstreamCaller caller) {
        this.caller = caller;
    }

    /** The cached listing, fetching it on first use; the same future while it is cached. */
    public CompletableFuture<Listing> listing(UpstreamProvider p) {
        return cache.get(p.id(), (id, executor) -> fetch(p));
    }

    /** The cached list, fetching it on first use. */
    public CompletableFuture<List<UpstreamModel>> models(UpstreamProvider p) {
        return listing(p).thenApply(Listing::models);
    }

    /** Fetches the list now and replaces the cached one. */
    public CompletableFuture<List<UpstreamModel>> refresh(UpstreamProvider p) {
        final CompletableFuture<Listing> f = fetch(p);
        cache.put(p.id(), f);
        return f.thenApply(Listing::models);
    }

    /** Forgets every list: called when provider configuration changed. */
    public void invalidateAll() {
        cache.synchronous().invalidateAll();
    }

    private CompletableFuture<Listing> fetch(UpstreamProvider p) {
        if (!p.format().implemented()) {
            return CompletableFuture.failedFuture(p.formatNotImplemented());
        }
        return caller.listModels(p).thenApply(Listing::of);
    }
}
