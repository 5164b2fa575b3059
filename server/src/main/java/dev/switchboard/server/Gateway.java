package dev.switchboard.server;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.protobuf.util.JsonFormat;
import com.linecorp.armeria.client.ClientFactory;
import com.linecorp.armeria.common.CommonPools;
import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.common.grpc.GrpcJsonMarshaller;
import com.linecorp.armeria.common.util.InetAddressPredicates;
import com.linecorp.armeria.server.ServerBuilder;
import com.linecorp.armeria.server.docs.DocService;
import com.linecorp.armeria.server.grpc.GrpcService;
import com.linecorp.armeria.server.healthcheck.HealthCheckService;

import dev.switchboard.server.admin.AccessAdminService;
import dev.switchboard.server.alias.AliasAdmin;
import dev.switchboard.server.alias.AliasRegistry;
import dev.switchboard.server.alias.AliasStore;
import dev.switchboard.server.auth.AccessInterceptor;
import dev.switchboard.server.auth.AdminKey;
import dev.switchboard.server.crypto.KeysetRotation;
import dev.switchboard.server.crypto.MetaKeysets;
import dev.switchboard.server.crypto.SealedColumn;
import dev.switchboard.server.error.GrpcErrors;
import dev.switchboard.server.error.HttpErrorHandler;
import dev.switchboard.server.grpc.InferenceGrpcService;
import dev.switchboard.server.http.HttpApi;
import dev.switchboard.server.inference.Inference;
import dev.switchboard.server.inference.InferenceCore;
import dev.switchboard.server.limits.GatewayLimiter;
import dev.switchboard.server.limits.LimitAdminService;
import dev.switchboard.server.observe.Observability;
import dev.switchboard.server.observe.metrics.Sources;
import dev.switchboard.server.pricing.PriceAdminService;
import dev.switchboard.server.pricing.PriceSheet;
import dev.switchboard.server.pricing.PriceStore;
import dev.switchboard.server.pricing.PriceTable;
import dev.switchboard.server.provider.HealthChecker;
import dev.switchboard.server.provider.ModelCatalog;
import dev.switchboard.server.provider.ProviderAdminService;
import dev.switchboard.server.provider.ProviderHealth;
import dev.switchboard.server.provider.ProviderRegistry;
import dev.switchboard.server.provider.ProviderStore;
import dev.switchboard.server.provider.UpstreamProvider;
import dev.switchboard.server.responses.ResponseRetention;
import dev.switchboard.server.responses.ResponseStore;
import dev.switchboard.server.responses.Responses;
import dev.switchboard.server.routing.Router;
import dev.switchboard.server.routing.TargetStates;
import dev.switchboard.server.startup.Preload;
import dev.switchboard.server.storage.Storage;
import dev.switchboard.server.tls.ServingTls;
import dev.switchboard.server.transport.WriteCoalescing;
import dev.switchboard.server.upstream.UpstreamCaller;
import dev.switchboard.server.usage.Meter;
import dev.switchboard.server.usage.Metering;
import dev.switchboard.server.usage.UsageAdminService;
import dev.switchboard.server.usage.UsageCsv;
import dev.switchboard.server.usage.UsageReports;
import dev.switchboard.server.usage.ledger.LedgerWriter;
import dev.switchboard.server.usage.ledger.UsageRetention;

import io.grpc.ServiceDescriptor;

/**
 * Everything one gateway process holds, and the one place its services are put on a server.
 * {@link Main} and the tests both go through {@link #open} and {@link #configure}, so tests run
 * the production wiring.
 */
public final class Gateway implements AutoCloseable {
    private static final Logger logger = LoggerFactory.getLogger(Gateway.class);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    /**
     * JSON for the admin API and gRPC-JSON callers: protobuf's own JsonFormat, snake_case names.
     * Armeria's default marshaller generates a class per message with byte-buddy when the server
     * starts (~520 classes, which no class-data archive can hold); nothing here is hot enough to
     * need that, and start-up is.
     */
    private static final Function<JsonFormat.Printer, JsonFormat.Printer> SNAKE_CASE =
            JsonFormat.Printer::preservingProtoFieldNames;
    private static final Function<ServiceDescriptor, GrpcJsonMarshaller> JSON =
            sd -> GrpcJsonMarshaller.builderForGson().jsonPrinterCustomizer(SNAKE_CASE).build();

    private final ServerConfig config;
    private final Storage storage;
    private final ClientFactory clientFactory;
    private final Identity identity;
    private final ProviderRegistry registry;
    private final ModelCatalog catalog;
    private final HealthChecker healthChecker;
    private final ProviderAdminService adminService;
    private final AccessAdminService accessAdmin;
    private final UsageReports usageReports;
    private final GatewayLimiter limiter;
    private final LimitAdminService limitAdmin;
    private final Inference inference;
    private final Responses responses;
    private final ResponseRetention responseRetention;
    private final LedgerWriter ledger;
    private final UsageRetention usageRetention;
    private final KeysetRotation keysetRotation;
    private final PriceTable prices;
    private final PriceAdminService priceAdmin;
    private final Observability observability;
    /** The served certificate, re-read when its files change; null without --tls-cert. */
    @Nullable
    private final ServingTls tls;

    private Gateway(ServerConfig config, Storage storage, @Nullable AdminKey adminKey, ClientFactory clientFactory,
                    @Nullable ServingTls tls) {
        this.config = config;
        observability = new Observability(config.telemetry());
        this.tls = tls;
        this.storage = storage;
        this.clientFactory = clientFactory;
        identity = new Identity(config, storage, adminKey, clientFactory);
        final ProviderStore store = new ProviderStore(storage.jdbi(), storage.sealer());
        store.bindSecretsToOrigins();
        final ProviderHealth health = new ProviderHealth();
        final TargetStates states = new TargetStates(config.breaker());
        // Every chat answer's headers teach routing the providers' own rate limits.
        final UpstreamCaller caller = new UpstreamCaller(states.learner());
        registry = new ProviderRegistry(store, clientFactory);
        // Bodies in the access log mask every provider's key and secret headers.
        observability.knownSecrets(() -> registry.all().stream().map(UpstreamProvider::redactor).toList());
        catalog = new ModelCatalog(caller::listModels);
        healthChecker = new HealthChecker(registry, catalog, health, CommonPools.workerGroup());
        registry.onChange(catalog::invalidateAll);
        registry.reload();
        // After the first load: the server's start schedules the first checks (serverStarted);
        // from then on every change reschedules them.
        registry.onChange(healthChecker::reschedule);
        final AliasRegistry aliases = new AliasRegistry(new AliasStore(storage.jdbi()));
        aliases.reload();
        final Function<String, String> userNames = identity.userNames();
        // An alias may target shared providers and its own owner's.
        final AliasAdmin aliasAdmin = new AliasAdmin(new AliasStore(storage.jdbi()), aliases, (name, owner) -> {
            final UpstreamProvider p = registry.get(name);
            return p != null && (p.ownerId() == null || p.ownerId().equals(owner));
        }, userNames, states::status);
        final PriceStore priceStore = new PriceStore(storage.jdbi());
        prices = PriceTable.open(PriceSheet.shipped(), priceStore, CommonPools.blockingTaskExecutor());
        priceAdmin = new PriceAdminService(priceStore, prices, name -> registry.get(name) != null,
                                           identity.auditLog());
        usageReports = new UsageReports(storage.jdbi(), config.timeZone(), Clock.systemUTC(), userNames,
                                        identity.userIds());
        final Router router = new Router(registry, aliases, catalog, states, new SplittableRandom(), prices);
        adminService = new ProviderAdminService(store, registry, health, catalog, caller, aliasAdmin, userNames,
                                                identity.userIds(), identity.auditLog(), usageReports::last24h);
        // Every sealed value in the database; a new sealed column must be added here.
        final List<SealedColumn> sealed = new ArrayList<>(List.of(Storage.SEALED_CANARY, MetaKeysets.SEALED));
        sealed.addAll(ProviderStore.SEALED);
        keysetRotation = new KeysetRotation(storage.jdbi(), storage.sealer(), storage.keysetFile(), sealed);
        keysetRotation.resumeIfNeeded();
        accessAdmin = identity.adminService(() -> {
            registry.reload();
            aliases.reload();
        }, keysetRotation);
        final ResponseStore responseStore = new ResponseStore(storage.jdbi());
        // Accounting: each part is wired here as it lands (limits, prices, the ledger).
        ledger = new LedgerWriter(storage.jdbi(), config.timeZone(), config.ledger());
        usageRetention = UsageRetention.start(storage.jdbi(), config.ledger().retentionDays(),
                                              Clock.systemUTC(), CommonPools.blockingTaskExecutor());
        limiter = GatewayLimiter.start(storage.jdbi(), config.timeZone(), CommonPools.blockingTaskExecutor());
        limitAdmin = new LimitAdminService(limiter, name -> registry.get(name) != null, identity.userIds(), userNames,
                                           identity.auditLog());
        final Metering metering = config.ledger().metering() ? new Meter(limiter, prices, ledger) : Metering.OFF;
        if (!config.ledger().metering()) {
            logger.warn("--usage off: requests are not recorded, and no rate limit, budget or quota applies");
        }
        inference = new InferenceCore(registry, aliases, catalog, router, states, caller, health, metering);
        observability.observe(new Sources(registry, catalog, aliases, states, health, ledger));
        this.responses = new Responses(responseStore, inference);
        responseRetention = ResponseRetention.start(responseStore, config.responsesRetentionDays(),
                                                    CommonPools.blockingTaskExecutor());
    }

    /** The database, for tests that put rows where the gateway reads them. */
    public Storage storage() {
        return storage;
    }

    /** The usage ledger's writer (its queue depth and counters). */
    public LedgerWriter ledger() {
        return ledger;
    }

    /** The master keyset's rotation (the RotateKeyset and GetKeysetStatus RPCs). */
    public KeysetRotation keysetRotation() {
        return keysetRotation;
    }

    /**
     * Opens the data directory (database, keyset, admin key). Fails with a clear message, and
     * without changing anything, when the keyset does not match the database.
     */
    public static Gateway open(ServerConfig config) {
        // First, so unusable certificate files fail the start before anything is opened.
        final ServingTls tls = config.tls() ? ServingTls.start(config.tlsCert(), config.tlsKey(),
                                                                CommonPools.blockingTaskExecutor(),
                                                                ServingTls.POLL_INTERVAL)
                                            : null;
        // A client factory builds its TLS contexts when it is made (~0.5 s on a cold JVM): made on
        // another thread while this one opens the database and the keyset.
        final CompletableFuture<ClientFactory> clientFactory = Preload.supply(
                () -> ProviderRegistry.newClientFactory(ProviderRegistry.DEFAULT_CONNECT_TIMEOUT));
        final Storage storage;
        try {
            storage = Storage.open(config.dataDir(), config.keysetPath());
        } catch (RuntimeException e) {
            clientFactory.thenAccept(ClientFactory::close);
            closeTls(tls);
            throw e;
        }
        try {
            return new Gateway(config, storage, AdminKey.load(config.dataDir(), config.adminKey()),
                               Preload.join(clientFactory), tls);
        } catch (RuntimeException e) {
            clientFactory.thenAccept(ClientFactory::close);
            storage.close();
            closeTls(tls);
            throw e;
        }
    }

    /** Puts every service on {@code sb}: gRPC, admin JSON, the OpenAI API, docs and health. */
    public void configure(ServerBuilder sb) {
        // Streams last as long as the model talks; upstream timeouts bound every request instead.
        sb.requestTimeout(Duration.ZERO)
          // No quiet period (nothing announces the shutdown to wait for); in-flight requests
          // get a bounded time to finish.
          .gracefulShutdownTimeout(Duration.ZERO, SHUTDOWN_GRACE)
          .maxRequestLength(config.maxRequestBytes())
          .errorHandler(new HttpErrorHandler())
          .childChannelPipelineCustomizer(WriteCoalescing::server);
        if (tls != null) {
            sb.tlsProvider(tls);
        }
        if (!config.trustedProxies().isEmpty()) {
            // Only then are forwarded headers believed: anyone else could name any address.
            final List<Predicate<InetAddress>> proxies = config.trustedProxies().stream()
                                                               .map(InetAddressPredicates::ofCidr).toList();
            sb.clientAddressTrustedProxyFilter(address -> proxies.stream().anyMatch(p -> p.test(address)));
        }

        final GrpcErrors errors = new GrpcErrors();
        final AccessInterceptor authorization = new AccessInterceptor();
        sb.service(GrpcService.builder()
                              .addService(adminService)
                              .addService(accessAdmin)
                              .addService(new UsageAdminService(usageReports))
                              .addService(priceAdmin)
                              .addService(limitAdmin)
                              .intercept(authorization)
                              // Admin calls touch the database: keep them off the event loop.
                              .useBlockingTaskExecutor(true)
                              .enableHttpJsonTranscoding(true)
                              .jsonMarshallerFactory(JSON)
                              .exceptionHandler(errors)
                              .build());
        sb.service(GrpcService.builder()
                              .addService(new InferenceGrpcService(inference, responses))
                              .intercept(authorization)
                              .jsonMarshallerFactory(JSON)
                              .exceptionHandler(errors)
                              .build());
        HttpApi.register(sb, inference, responses);
        UsageCsv.register(sb);
        sb.service("/health", HealthCheckService.of());
        sb.serviceUnder("/docs", DocService.builder().build());
        identity.configure(sb);
        // After every other decorator: the outermost, so that it names and sees every request.
        observability.configure(sb);
        sb.serverListener(new com.linecorp.armeria.server.ServerListenerAdapter() {
            @Override
            public void serverStarted(com.linecorp.armeria.server.Server server) {
                // Auto-connect: the first checks also fill the model lists bare names need.
                healthChecker.reschedule();
                identity.started(server);
            }
        });
    }

    /** Metrics, traces and the access log. */
    public Observability observability() {
        return observability;
    }

    @Override
    public void close() {
        keysetRotation.close();
        limiter.close();
        identity.close();
        responseRetention.close();
        prices.close();
        usageRetention.close();
        // Before the storage: a clean shutdown writes every queued usage row.
        ledger.close();
        observability.close();
        healthChecker.close();
        registry.close();
        clientFactory.close();
        storage.close();
        closeTls(tls);
    }

    private static void closeTls(@Nullable ServingTls tls) {
        if (tls != null) {
            tls.close();
        }
    }
}
