package dev.switchboard.server.provider;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;

import com.linecorp.armeria.common.annotation.Nullable;

import io.netty.resolver.AddressResolver;
import io.netty.resolver.AddressResolverGroup;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.Promise;

/**
 * Address resolution for providers without {@code allow_private_network}: the delegate resolves,
 * then every address is checked against {@link PrivateNetworks} right before the connection, so a
 * name that resolved to a public address when the provider was saved and to a private one now
 * (DNS rebinding, an edited row) is refused without a connection being opened.
 */
final class GuardedResolverGroup extends AddressResolverGroup<InetSocketAddress> {
    private final AddressResolverGroup<InetSocketAddress> delegate;

    GuardedResolverGroup(AddressResolverGroup<InetSocketAddress> delegate) {
        this.delegate = delegate;
    }

    @Override
    protected AddressResolver<InetSocketAddress> newResolver(EventExecutor executor) {
        return new Guarded(executor, delegate.getResolver(executor));
    }

    @Override
    public void close() {
        super.close();
        delegate.close();
    }

    /** The refusal for {@code resolved}, or null when it may be reached. */
    @Nullable
    static PrivateAddressRefused check(String host, InetSocketAddress resolved) {
        final InetAddress address = resolved.getAddress();
        if (address == null) {
            return new PrivateAddressRefused(host + " did not resolve to an address");
        }
        final String why = PrivateNetworks.forbidden(address);
        if (why == null) {
            return null;
        }
        return new PrivateAddressRefused(PrivateNetworks.describe(host, address, why)
                                         + ", which this provider may not reach");
    }

    private static final class Guarded implements AddressResolver<InetSocketAddress> {
        private final EventExecutor executor;
        private final AddressResolver<InetSocketAddress> delegate;

        Guarded(EventExecutor executor, AddressResolver<InetSocketAddress> delegate) {
            this.executor = executor;
            this.delegate = delegate;
        }

        @Override
        public boolean isSupported(SocketAddress address) {
            return delegate.isSupported(address);
        }

        /** Never "already resolved": a resolved address must still pass through the check. */
        @Override
        public boolean isResolved(SocketAddress address) {
            return false;
        }

        @Override
        public Future<InetSocketAddress> resolve(SocketAddress address) {
            return resolve(address, executor.newPromise());
        }

        @Override
        public Future<InetSocketAddress> resolve(SocketAddress address, Promise<InetSocketAddress> promise) {
            final String host = host(address);
            delegate.resolve(address).addListener((Future<InetSocketAddress> f) -> {
                if (!f.isSuccess()) {
                    promise.tryFailure(f.cause());
                    return;
                }
                final PrivateAddressRefused refused = check(host, f.getNow());
                if (refused != null) {
                    promise.tryFailure(refused);
                } else {
                    promise.trySuccess(f.getNow());
                }
            });
            return promise;
        }

        @Override
        public Future<List<InetSocketAddress>> resolveAll(SocketAddress address) {
            return resolveAll(address, executor.newPromise());
        }

        @Override
        public Future<List<InetSocketAddress>> resolveAll(SocketAddress address,
                                                          Promise<List<InetSocketAddress>> promise) {
            final String host = host(address);
            delegate.resolveAll(address).addListener((Future<List<InetSocketAddress>> f) -> {
                if (!f.isSuccess()) {
                    promise.tryFailure(f.cause());
                    return;
                }
                for (InetSocketAddress a : f.getNow()) {
                    final PrivateAddressRefused refused = check(host, a);
                    if (refused != null) {
                        promise.tryFailure(refused);
                        return;
                    }
                }
                promise.trySuccess(f.getNow());
            });
            return promise;
        }

        @Override
        public void close() {
            delegate.close();
        }

        private static String host(SocketAddress address) {
            return address instanceof InetSocketAddress ? ((InetSocketAddress) address).getHostString()
                                                        : String.valueOf(address);
        }
    }
}
