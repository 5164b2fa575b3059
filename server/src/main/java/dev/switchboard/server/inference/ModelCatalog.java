package dev.switchboard.server.inference;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.switchboard.server.provider.UpstreamProvider;
import dev.switchboard.server.upstream.UpstreamCaller;
import dev.switchboard.transcoder.upstream.UpstreamModel;

/**
 * Each provider's model list, fetched from the upstream and cached. A failed fetch is not cached
 * (Caffeine drops failed futures), so the next lookup tries again.
 */
public final class ModelCatalog {
    static final Duration TTL = Duration.ofMinutes(10);

    private final UpstreamCaller caller;
    private final AsyncCache<String, List<UpstreamModel>> cache =
            Caffeine.newBuilder().expireAfterWrite(TTL).maximumSize(10_000).buildAsync();

    public ModelCatalog(UpstreamCaller caller) {
        this.caller = caller;
    }

    /** The cached list, fetching it on first use. */
    public CompletableFuture<List<UpstreamModel>> models(UpstreamProvider p) {
        return cache.get(p.id(), (id, executor) -> fetch(p));
    }

    /** Fetches the list now and replaces the cached one. */
    public CompletableFuture<List<UpstreamModel>> refresh(UpstreamProvider p) {
        final CompletableFuture<List<UpstreamModel>> f = fetch(p);
        cache.put(p.id(), f);
        return f;
    }

    /** Forgets every list: called when provider configuration changed. */
    public void invalidateAll() {
        cache.synchronous().invalidateAll();
    }

    private CompletableFuture<List<UpstreamModel>> fetch(UpstreamProvider p) {
        if (!p.format().implemented()) {
            return CompletableFuture.failedFuture(p.formatNotImplemented());
        }
        return caller.listModels(p);
    }
}
