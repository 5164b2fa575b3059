package dev.switchboard.server.provider;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.linecorp.armeria.client.ClientFactory;
import com.linecorp.armeria.client.ClientFactoryBuilder;
import com.linecorp.armeria.client.ConnectionPoolListener;
import com.linecorp.armeria.common.SessionProtocol;
import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.common.util.TransportType;

import dev.switchboard.server.transport.WriteCoalescing;

import io.netty.channel.EventLoopGroup;
import io.netty.resolver.AddressResolverGroup;
import io.netty.resolver.dns.DnsAddressResolverGroup;
import io.netty.resolver.dns.DnsNameResolverBuilder;
import io.netty.util.AttributeMap;

/**
 * The upstream client factories. Connect timeout, trusted CAs and the private-network guard are
 * client-factory settings, so providers that differ in them get different factories: one per
 * distinct {@link Key}, made on first use and shared by every provider with that key. A factory no
 * provider uses any more is closed once it has no open connection left (requests that started
 * before the change finish first).
 */
final class UpstreamClients implements AutoCloseable {
    /** How long a retired factory waits before it may close, even with no connection open yet. */
    static final Duration RETIRE_GRACE = Duration.ofMinutes(1);

    /** What sets one upstream client factory apart from another. */
    record Key(Duration connectTimeout, @Nullable String caBundle, boolean guarded) {
        static Key of(StoredProvider p) {
            return new Key(p.connectTimeout(), p.caBundle(), !p.allowPrivateNetwork());
        }

        boolean isDefault() {
            return connectTimeout.equals(ProviderRegistry.DEFAULT_CONNECT_TIMEOUT) && caBundle == null && !guarded;
        }

        /** Names only what differs: a CA bundle is long. */
        @Override
        public String toString() {
            return "Key[" + connectTimeout + (caBundle == null ? "" : ", ca bundle") + (guarded ? ", guarded" : "") + ']';
        }
    }

    private record Tracked(ClientFactory factory, AtomicInteger open) {}

    private record Retired(Tracked tracked, long since) {}

    private final ClientFactory shared;
    private final ScheduledExecutorService scheduler;
    private final Duration grace;
    private final Map<Key, Tracked> live = new ConcurrentHashMap<>();
    private final List<Retired> retired = new ArrayList<>();
    private boolean sweepScheduled;

    /**
     * @param shared the factory of the default key (no CA bundle, unguarded, default connect
     *               timeout); it belongs to the caller and is never closed here
     */
    UpstreamClients(ClientFactory shared, ScheduledExecutorService scheduler, Duration grace) {
        this.shared = shared;
        this.scheduler = scheduler;
        this.grace = grace;
    }

    ClientFactory get(Key key) {
        return key.isDefault() ? shared : live.computeIfAbsent(key, UpstreamClients::open).factory();
    }

    /** Retires every factory whose key is not in {@code used}. */
    synchronized void retainOnly(Set<Key> used) {
        final long now = System.nanoTime();
        for (Iterator<Map.Entry<Key, Tracked>> it = live.entrySet().iterator(); it.hasNext();) {
            final Map.Entry<Key, Tracked> e = it.next();
            if (!used.contains(e.getKey())) {
                it.remove();
                retired.add(new Retired(e.getValue(), now));
            }
        }
        scheduleSweep();
    }

    /** Closes the retired factories whose grace has passed and that have no connection open. */
    synchronized void sweep() {
        sweepScheduled = false;
        final long now = System.nanoTime();
        for (Iterator<Retired> it = retired.iterator(); it.hasNext();) {
            final Retired r = it.next();
            if (now - r.since() >= grace.toNanos() && r.tracked().open().get() == 0) {
                it.remove();
                r.tracked().factory().closeAsync();
            }
        }
        scheduleSweep();
    }

    private void scheduleSweep() {
        if (!retired.isEmpty() && !sweepScheduled) {
            sweepScheduled = true;
            scheduler.schedule(this::sweep, Math.max(grace.toMillis(), 100), TimeUnit.MILLISECONDS);
        }
    }

    /** Closes every factory made here (the shared one belongs to the caller). */
    @Override
    public synchronized void close() {
        live.values().forEach(t -> t.factory().close());
        live.clear();
        retired.forEach(r -> r.tracked().factory().close());
        retired.clear();
    }

    private static Tracked open(Key key) {
        final AtomicInteger open = new AtomicInteger();
        return new Tracked(newFactory(key, counting(open)), open);
    }

    /** How every upstream client factory is set up, the shared one included. */
    static ClientFactory newFactory(Key key, ConnectionPoolListener listener) {
        final ClientFactoryBuilder b = ClientFactory.builder()
                                                    .connectTimeout(key.connectTimeout())
                                                    .idleTimeout(Duration.ofSeconds(60))
                                                    .connectionPoolListener(WriteCoalescing.client().andThen(listener));
        if (key.caBundle() != null) {
            b.tlsCustomizer(ssl -> ssl.trustManager(CaBundles.trustManager(key.caBundle())));
        }
        if (key.guarded()) {
            b.addressResolverGroupFactory(elg -> new GuardedResolverGroup(dns(elg)));
        }
        return b.build();
    }

    /** Netty's DNS resolver on the factory's transport, as Armeria's own default resolves. */
    private static AddressResolverGroup<InetSocketAddress> dns(EventLoopGroup group) {
        return new DnsAddressResolverGroup(new DnsNameResolverBuilder()
                                                   .datagramChannelType(TransportType.datagramChannelType(group))
                                                   .socketChannelType(TransportType.socketChannelType(group)));
    }

    private static ConnectionPoolListener counting(AtomicInteger open) {
        return new ConnectionPoolListener() {
            @Override
            public void connectionOpen(SessionProtocol protocol, InetSocketAddress remote, InetSocketAddress local,
                                       AttributeMap attrs) {
                open.incrementAndGet();
            }

            @Override
            public void connectionClosed(SessionProtocol protocol, InetSocketAddress remote, InetSocketAddress local,
                                         AttributeMap attrs) {
                open.decrementAndGet();
            }
        };
    }
}
