package dev.switchboard.server.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.HttpHeaders;

import dev.switchboard.server.provider.ModelCatalog.Listing;
import dev.switchboard.server.upstream.Redactor;
import dev.switchboard.transcoder.format.UpstreamModel;

class ModelCatalogTest {
    private static final UpstreamProvider P = new UpstreamProvider(
            "id-1", "p", "custom", ApiFormat.OPENAI, true, Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ZERO,
            WebClient.of("http://127.0.0.1:1"), UpstreamHeaders.of("http://127.0.0.1:1", HttpHeaders.of()),
            new Redactor(List.of()), null);

    /** Every fetch asked for, left for the test to complete. */
    private final List<CompletableFuture<List<UpstreamModel>>> fetches = new ArrayList<>();
    private final ModelCatalog catalog = new ModelCatalog(p -> {
        final CompletableFuture<List<UpstreamModel>> f = new CompletableFuture<>();
        fetches.add(f);
        return f;
    });

    private static List<UpstreamModel> models(String... ids) {
        return Arrays.stream(ids).map(id -> new UpstreamModel(id, null, 0)).toList();
    }

    @Test
    void lookupsWhileAFetchIsInFlightShareItAndTheArrivedListIsKept() {
        final CompletableFuture<Listing> first = catalog.listing(P);
        final CompletableFuture<Listing> second = catalog.listing(P);
        assertThat(fetches).hasSize(1);
        assertThat(second).isSameAs(first);

        fetches.get(0).complete(models("a", "b", "a"));
        assertThat(first.join().ids()).containsExactlyInAnyOrder("a", "b");
        final CompletableFuture<Listing> cached = catalog.listing(P);
        assertThat(cached.join().ids()).containsExactlyInAnyOrder("a", "b");
        assertThat(catalog.listing(P)).isSameAs(cached);
        assertThat(fetches).hasSize(1);
    }

    @Test
    void aFailedFetchIsNotKeptSoTheNextLookupTriesAgain() {
        final CompletableFuture<Listing> failed = catalog.listing(P);
        fetches.get(0).completeExceptionally(new UncheckedIOException(new IOException("connection refused")));
        assertThat(failed).isCompletedExceptionally();

        final CompletableFuture<Listing> retried = catalog.listing(P);
        assertThat(fetches).hasSize(2);
        fetches.get(1).complete(models("a"));
        assertThat(retried.join().ids()).containsExactly("a");
    }

    @Test
    void aFetchThatArrivesAfterTheConfigurationChangedIsNotKept() {
        final CompletableFuture<Listing> stale = catalog.listing(P);
        catalog.invalidateAll();
        fetches.get(0).complete(models("old"));
        assertThat(stale.join().ids()).containsExactly("old");

        final CompletableFuture<Listing> fresh = catalog.listing(P);
        assertThat(fetches).hasSize(2);
        fetches.get(1).complete(models("new"));
        assertThat(fresh.join().ids()).containsExactly("new");
    }

    @Test
    void aRefreshReplacesTheListAndAnOlderFetchArrivingLateDoesNotUndoIt() {
        final CompletableFuture<Listing> older = catalog.listing(P);
        final CompletableFuture<List<UpstreamModel>> refreshed = catalog.refresh(P);
        fetches.get(1).complete(models("new"));
        fetches.get(0).complete(models("old"));
        assertThat(older.join().ids()).containsExactly("old");
        assertThat(refreshed.join()).extracting(UpstreamModel::id).containsExactly("new");
        assertThat(catalog.listing(P).join().ids()).containsExactly("new");
        assertThat(fetches).hasSize(2);
    }

    @Test
    void aFailedRefreshForgetsTheListItWouldHaveReplaced() {
        catalog.listing(P);
        fetches.get(0).complete(models("a"));
        final CompletableFuture<List<UpstreamModel>> refreshed = catalog.refresh(P);
        // Until the refresh answers, lookups keep the list they have.
        assertThat(catalog.listing(P).join().ids()).containsExactly("a");
        fetches.get(1).completeExceptionally(new UncheckedIOException(new IOException("connection refused")));
        assertThat(refreshed).isCompletedExceptionally();

        catalog.listing(P);
        assertThat(fetches).hasSize(3);
    }

    @Test
    void aFetcherThatThrowsFailsTheLookupInsteadOfTheCaller() {
        final ModelCatalog throwing = new ModelCatalog(p -> {
            throw new IllegalStateException("bug");
        });
        assertThat(throwing.listing(P)).isCompletedExceptionally();
        assertThat(throwing.refresh(P)).isCompletedExceptionally();
    }
}
