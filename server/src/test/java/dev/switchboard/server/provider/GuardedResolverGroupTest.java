package dev.switchboard.server.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.linecorp.armeria.client.ClientFactory;
import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.AggregatedHttpResponse;

import dev.switchboard.server.testing.FakeUpstream;

import io.netty.resolver.AddressResolver;
import io.netty.resolver.AddressResolverGroup;
import io.netty.resolver.InetNameResolver;
import io.netty.resolver.InetSocketAddressResolver;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Promise;

/**
 * DNS rebinding: a public-looking name that now resolves to loopback. A resolver that answers
 * 127.0.0.1 for every name stands in for the rebinding DNS server.
 */
class GuardedResolverGroupTest {
    static FakeUpstream upstream;

    @BeforeAll
    static void start() {
        upstream = new FakeUpstream(null);
    }

    @AfterAll
    static void stop() {
        upstream.close();
    }

    @Test
    void aNameThatResolvesToLoopbackIsRefusedBeforeAnyConnection() {
        final int before = upstream.modelLists();
        try (ClientFactory guarded = ClientFactory.builder()
                                                  .addressResolverGroupFactory(
                                                          elg -> new GuardedResolverGroup(rebinding()))
                                                  .build()) {
            final Throwable t = catchThrowable(() -> client(guarded).get("/v1/models").aggregate().join());
            final PrivateAddressRefused refused = find(t);
            assertThat(refused).as("cause chain of %s", t).isNotNull();
            assertThat(refused).hasMessage("api.public.example resolves to a loopback address (127.0.0.1), "
                                           + "which this provider may not reach");
        }
        assertThat(upstream.modelLists()).as("the upstream never saw the request").isEqualTo(before);
    }

    @Test
    void withoutTheGuardTheSameResolverReachesTheUpstream() {
        final int before = upstream.modelLists();
        try (ClientFactory open = ClientFactory.builder().addressResolverGroupFactory(elg -> rebinding()).build()) {
            final AggregatedHttpResponse res = client(open).get("/v1/models").aggregate().join();
            assertThat(res.status().code()).isEqualTo(200);
        }
        assertThat(upstream.modelLists()).isEqualTo(before + 1);
    }

    private static WebClient client(ClientFactory factory) {
        final int port = Integer.parseInt(upstream.root().substring(upstream.root().lastIndexOf(':') + 1));
        return WebClient.builder("http://api.public.example:" + port).factory(factory).build();
    }

    private static PrivateAddressRefused find(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof PrivateAddressRefused) {
                return (PrivateAddressRefused) c;
            }
        }
        return null;
    }

    /** Answers 127.0.0.1 for every name. */
    private static AddressResolverGroup<InetSocketAddress> rebinding() {
        return new AddressResolverGroup<>() {
            @Override
            protected AddressResolver<InetSocketAddress> newResolver(EventExecutor executor) {
                return new InetSocketAddressResolver(executor, new InetNameResolver(executor) {
                    @Override
                    protected void doResolve(String host, Promise<InetAddress> promise) throws Exception {
                        promise.setSuccess(InetAddress.getByAddress(host, new byte[] { 127, 0, 0, 1 }));
                    }

                    @Override
                    protected void doResolveAll(String host, Promise<List<InetAddress>> promise) throws Exception {
                        promise.setSuccess(List.of(InetAddress.getByAddress(host, new byte[] { 127, 0, 0, 1 })));
                    }
                });
            }
        };
    }
}
