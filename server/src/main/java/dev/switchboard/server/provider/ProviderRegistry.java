package dev.switchboard.server.provider;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.linecorp.armeria.client.ClientFactory;
import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.HttpHeaders;
import com.linecorp.armeria.common.HttpHeadersBuilder;
import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.crypto.Secret;
import dev.switchboard.server.transport.WriteCoalescing;
import dev.switchboard.server.upstream.Redactor;

/**
 * The in-memory snapshot of all providers. The request path reads only this; the admin service
 * calls {@link #reload()} after every change, which reads the store once and swaps the snapshot.
 */
public final class ProviderRegistry {
    private final ProviderStore store;
    private final ClientFactory clientFactory;
    /** Connect timeouts are a client-factory setting: one factory per distinct value. */
    private final Map<Duration, ClientFactory> factories = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile Map<String, UpstreamProvider> byName = Map.of();

    public ProviderRegistry(ProviderStore store, ClientFactory clientFactory) {
        this.store = store;
        this.clientFactory = clientFactory;
    }

    /** Rebuilds the snapshot from the store. Blocking: call it off the event loop. */
    public synchronized void reload() {
        final Map<String, UpstreamProvider> next = new LinkedHashMap<>();
        for (StoredProvider p : store.list()) {
            next.put(p.name(), toRuntime(p));
        }
        byName = java.util.Collections.unmodifiableMap(next);
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

    private ClientFactory factoryFor(Duration connectTimeout) {
        if (connectTimeout.equals(ProviderSpec.Timing.DEFAULT.connectTimeout())) {
            return clientFactory;
        }
        return factories.computeIfAbsent(connectTimeout, ProviderRegistry::newClientFactory);
    }

    /** How every upstream client factory is set up, the shared one included. */
    public static ClientFactory newClientFactory(Duration connectTimeout) {
        return ClientFactory.builder()
                            .connectTimeout(connectTimeout)
                            .idleTimeout(Duration.ofSeconds(60))
                            .connectionPoolListener(WriteCoalescing.client())
                            .build();
    }

    /** Closes the extra client factories (the shared one belongs to the caller). */
    public void close() {
        factories.values().forEach(ClientFactory::close);
    }

    private UpstreamProvider toRuntime(StoredProvider p) {
        final ProviderSpec spec = p.spec();
        final ApiFormat format = ApiFormat.of(spec.apiFormat()).orElse(ApiFormat.OPENAI);
        final HttpHeadersBuilder headers = HttpHeaders.builder();
        spec.headers().forEach(headers::add);
        final List<Secret> secrets = new ArrayList<>();
        p.secretHeaders().forEach((name, value) -> {
            headers.add(name, value.reveal());
            secrets.add(value);
        });
        final Secret key = p.apiKey();
        if (key != null) {
            final AuthType auth = Presets.authType(spec.preset(), format);
            final AuthType effective = auth == AuthType.NONE ? AuthType.BEARER : auth;
            headers.add(effective.header(), effective.value(key.reveal()));
            secrets.add(key);
        }
        final UpstreamHeaders requestHeaders = UpstreamHeaders.of(spec.baseUrl(), headers.build());
        final WebClient client = WebClient.builder(requestHeaders.origin())
                                          .factory(factoryFor(spec.timing().connectTimeout()))
                                          .responseTimeout(spec.timeout())
                                          // Streams can be long; the codecs cap single events.
                                          .maxResponseLength(0)
                                          .build();
        return new UpstreamProvider(p.id(), p.name(), spec.preset(), format, spec.enabled(), spec.timeout(),
                                    spec.firstTokenTimeout(), spec.timing().healthCheckInterval(), client,
                                    requestHeaders, new Redactor(secrets));
    }
}
