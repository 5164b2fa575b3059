package dev.switchboard.server.provider;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import com.linecorp.armeria.client.ClientFactory;
import com.linecorp.armeria.client.ConnectionPoolListener;
import com.linecorp.armeria.client.UnprocessedRequestException;
import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.client.WebClientBuilder;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.CommonPools;
import com.linecorp.armeria.common.HttpHeaders;
import com.linecorp.armeria.common.HttpHeadersBuilder;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.crypto.Secret;
import dev.switchboard.server.upstream.Redactor;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.netty.util.NetUtil;

/**
 * The in-memory snapshot of all providers. The request path reads only this; the admin service
 * calls {@link #reload()} after every change, which reads the store once and swaps the snapshot.
 */
public final class ProviderRegistry {
    /** The connect timeout of the shared client factory, and of a provider that sets none. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private static final Logger logger = LoggerFactory.getLogger(ProviderRegistry.class);

    private final ProviderStore store;
    private final UpstreamClients clients;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile Map<String, UpstreamProvider> byName = Map.of();

    /**
     * @param clientFactory the factory of providers with the default connect timeout, no CA
     *                      bundle and private networks allowed; it stays the caller's to close
     */
    public ProviderRegistry(ProviderStore store, ClientFactory clientFactory) {
        this.store = store;
        this.clients = new UpstreamClients(clientFactory, CommonPools.blockingTaskExecutor(),
                                           UpstreamClients.RETIRE_GRACE);
    }

    /** Rebuilds the snapshot from the store. Blocking: call it off the event loop. */
    public synchronized void reload() {
        final Map<String, UpstreamProvider> next = new LinkedHashMap<>();
        final Set<UpstreamClients.Key> used = new HashSet<>();
        for (StoredProvider p : store.list()) {
            final UpstreamClients.Key key = UpstreamClients.Key.of(p);
            used.add(key);
            next.put(p.name(), toRuntime(p, key));
        }
        byName = java.util.Collections.unmodifiableMap(next);
        clients.retainOnly(used);
        listeners.forEach(Runnable::run);
    }

    /** Runs after every reload (for example to drop cached model lists). */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    @Nullable
    public UpstreamProvider get(String name) {
        return byName.get(name);
    }

    public Collection<UpstreamProvider> all() {
        return byName.values();
    }

    public List<UpstreamProvider> enabled() {
        final List<UpstreamProvider> out = new ArrayList<>();
        for (UpstreamProvider p : byName.values()) {
            if (p.enabled()) {
                out.add(p);
            }
        }
        return out;
    }

    /** The shared client factory: providers with this connect timeout, no CA bundle, unguarded. */
    public static ClientFactory newClientFactory(Duration connectTimeout) {
        return UpstreamClients.newFactory(new UpstreamClients.Key(connectTimeout, null, false),
                                          ConnectionPoolListener.noop());
    }

    /** Closes the extra client factories (the shared one belongs to the caller). */
    public void close() {
        clients.close();
    }

    /**
     * A guarded provider whose base URL names a forbidden IP literal: Armeria connects to a
     * literal without asking the resolver, so the guard is applied here, once per configuration.
     */
    @Nullable
    private static PrivateAddressRefused refusedLiteral(StoredProvider p) {
        if (p.allowPrivateNetwork()) {
            return null;
        }
        final String host;
        try {
            host = URI.create(p.baseUrl()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host == null) {
            return null;
        }
        final String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (!NetUtil.isValidIpV4Address(bare) && !NetUtil.isValidIpV6Address(bare)) {
            return null;
        }
        final InetAddress address = NetUtil.createInetAddressFromIpAddressString(bare);
        return address == null ? null : GuardedResolverGroup.check(host, new java.net.InetSocketAddress(address, 0));
    }

    private UpstreamProvider toRuntime(StoredProvider p, UpstreamClients.Key clientKey) {
        final ApiFormat format = ApiFormat.of(p.apiFormat()).orElse(ApiFormat.OPENAI);
        final HttpHeadersBuilder headers = HttpHeaders.builder();
        p.headers().forEach(headers::add);
        final List<Secret> secrets = new ArrayList<>();
        boolean sealedAway = false;
        try {
            store.secretHeaders(p).forEach((name, value) -> {
                headers.add(name, value.reveal());
                secrets.add(value);
            });
            final Secret key = store.apiKey(p);
            if (key != null) {
                final AuthType auth = Presets.authType(p.preset(), format);
                final AuthType effective = auth == AuthType.NONE ? AuthType.BEARER : auth;
                headers.add(effective.header(), effective.value(key.reveal()));
                secrets.add(key);
            }
        } catch (IllegalStateException e) {
            // Sealed for another origin (base_url edited in the database) or altered: the provider
            // stays listed, and every call to it fails here, before anything is sent.
            sealedAway = true;
            // Whatever did open stays out of the headers too.
            headers.clear();
            p.headers().forEach(headers::add);
            logger.warn("{}; calls to it fail until its key is set again", e.getMessage());
        }
        final UpstreamHeaders requestHeaders = UpstreamHeaders.of(p.baseUrl(), headers.build());
        final WebClientBuilder builder = WebClient.builder(requestHeaders.origin())
                                                  .factory(clients.get(clientKey))
                                                  .responseTimeout(p.timeout())
                                                  // Streams can be long; the codecs cap single events.
                                                  .maxResponseLength(0);
        if (sealedAway) {
            final String why = "provider '" + p.name() + "': its stored secrets do not open for "
                               + requestHeaders.origin() + " (was its base_url changed outside the admin API?); "
                               + "set its api_key and secret_headers again";
            builder.decorator((delegate, ctx, req) -> HttpResponse.ofFailure(
                    new GatewayException(ErrorKind.INTERNAL, "provider_secrets_sealed", why)));
        }
        final PrivateAddressRefused refused = refusedLiteral(p);
        if (refused != null) {
            builder.decorator((delegate, ctx, req) -> {
                req.abort(refused);
                return HttpResponse.ofFailure(UnprocessedRequestException.of(refused));
            });
        }
        final WebClient client = builder.build();
        return new UpstreamProvider(p.id(), p.name(), p.preset(), format, p.enabled(), p.timeout(),
                                    p.effectiveFirstTokenTimeout(), p.healthCheckInterval(), client,
                                    requestHeaders, new Redactor(secrets), p.ownerId());
    }
}
