package dev.switchboard.server.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.linecorp.armeria.client.ClientFactory;
import com.linecorp.armeria.client.WebClient;

import dev.switchboard.server.testing.FakeUpstream;

class UpstreamClientsTest {
    static final UpstreamClients.Key SLOW_CONNECT = new UpstreamClients.Key(Duration.ofSeconds(3), null, false);

    final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    final ClientFactory shared = ClientFactory.builder().build();

    @AfterEach
    void tearDown() {
        scheduler.shutdownNow();
        shared.close();
    }

    @Test
    void theDefaultKeyUsesTheSharedFactoryAndEqualKeysShareOne() {
        try (UpstreamClients clients = new UpstreamClients(shared, scheduler, Duration.ZERO)) {
            assertThat(clients.get(new UpstreamClients.Key(ProviderRegistry.DEFAULT_CONNECT_TIMEOUT, null, false)))
                    .isSameAs(shared);
            assertThat(clients.get(SLOW_CONNECT)).isNotSameAs(shared).isSameAs(clients.get(SLOW_CONNECT));
            assertThat(clients.get(new UpstreamClients.Key(Duration.ofSeconds(3), null, true)))
                    .isNotSameAs(clients.get(SLOW_CONNECT));
        }
    }

    @Test
    void aFactoryNoProviderUsesClosesOnceItsConnectionsAreGone() throws Exception {
        try (UpstreamClients clients = new UpstreamClients(shared, scheduler, Duration.ZERO)) {
            final ClientFactory kept = clients.get(SLOW_CONNECT);
            final UpstreamClients.Key other = new UpstreamClients.Key(Duration.ofSeconds(4), null, false);
            final ClientFactory retired = clients.get(other);
            final FakeUpstream upstream = new FakeUpstream(null);
            // A pooled keep-alive connection: a request that started before the change.
            WebClient.builder(upstream.root()).factory(retired).build().get("/v1/models").aggregate().join();

            clients.retainOnly(Set.of(SLOW_CONNECT));
            Thread.sleep(500);
            assertThat(retired.isClosing()).as("still has a connection open").isFalse();

            upstream.close();
            awaitClosing(retired);
            assertThat(kept.isClosing()).isFalse();
            assertThat(clients.get(other)).as("used again: a fresh factory").isNotSameAs(retired);
        }
    }

    private static void awaitClosing(ClientFactory f) throws InterruptedException {
        final long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!f.isClosing() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(f.isClosing()).isTrue();
    }
}
