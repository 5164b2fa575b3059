package dev.switchboard.server.routing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import com.linecorp.armeria.client.ClientFactory;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.server.Server;

import java.util.SplittableRandom;

import dev.switchboard.server.pricing.PriceSheet;
import dev.switchboard.server.pricing.PriceTable;
import dev.switchboard.server.alias.AliasRegistry;
import dev.switchboard.server.alias.AliasStore;
import dev.switchboard.server.crypto.Secret;
import dev.switchboard.v1.Alias;
import dev.switchboard.v1.AliasTarget;
import dev.switchboard.v1.RetryPolicy;
import dev.switchboard.server.provider.ModelCatalog;
import dev.switchboard.server.provider.ProviderRegistry;
import dev.switchboard.server.provider.ProviderStore;
import dev.switchboard.server.provider.StoredProvider;
import dev.switchboard.server.storage.Storage;
import dev.switchboard.server.upstream.UpstreamCaller;

/**
 * Model routing as a request pays for it: "provider/model" (a map lookup in the provider
 * snapshot) and a bare model name (a search of every enabled provider's cached model list), with 1
 * and 10 providers. Built from the production pieces — a real data directory, the registry, the
 * catalog — and a loopback server that serves each provider's model list once, so the lists are
 * cached before measuring. An alias plan is measured too: its strategy and target lookup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms512m", "-Xmx512m"})
public class RoutingBench {
    /** Enabled providers; provider p0 lists gpt-4o-mini, every provider lists 20 models of its own. */
    @Param({"1", "10"})
    public int providers;

    private Path dir;
    private Storage storage;
    private ClientFactory clientFactory;
    private Server models;
    private Router router;

    @Setup
    public void setUp() throws IOException {
        models = Server.builder()
                       .http(new InetSocketAddress("127.0.0.1", 0))
                       .serviceUnder("/", (ctx, req) -> HttpResponse.of(MediaType.JSON, modelList(ctx.path())))
                       .build();
        models.start().join();
        dir = Files.createTempDirectory("sb-routing-bench");
        storage = Storage.open(dir.resolve("data"), null);
        clientFactory = ClientFactory.builder().build();
        final ProviderStore store = new ProviderStore(storage.jdbi(), storage.sealer());
        for (int i = 0; i < providers; i++) {
            store.create(StoredProvider.unsaved("p" + i, "custom", "openai",
                                                "http://127.0.0.1:" + models.activeLocalPort() + "/p" + i + "/v1",
                                                Map.of(), Duration.ofSeconds(30), true, Duration.ofSeconds(10),
                                                Duration.ZERO, Duration.ofSeconds(60)),
                         Secret.of("sk-bench-" + i), Map.of());
        }
        final ProviderRegistry registry = new ProviderRegistry(store, clientFactory);
        registry.reload();
        final AliasStore aliasStore = new AliasStore(storage.jdbi());
        aliasStore.create(Alias.newBuilder().setName("smart").setStrategy(Alias.Strategy.LOWEST_LATENCY)
                               .addTargets(AliasTarget.newBuilder().setModel("p0/gpt-4o-mini").setWeight(1))
                               .addTargets(AliasTarget.newBuilder().setModel("p0/p0-model-1").setWeight(1))
                               .setRetry(RetryPolicy.newBuilder().setMaxAttempts(2)
                                                    .setInitialBackoff(com.google.protobuf.Duration.newBuilder().setNanos(200_000_000))
                                                    .setMaxBackoff(com.google.protobuf.Duration.newBuilder().setSeconds(5))
                                                    .setDeadline(com.google.protobuf.Duration.newBuilder().setSeconds(60)))
                               .build());
        final AliasRegistry aliases = new AliasRegistry(aliasStore);
        aliases.reload();
        router = new Router(registry, aliases, new ModelCatalog(new UpstreamCaller()::listModels),
                            new TargetStates(TargetStates.BreakerConfig.DEFAULT), new SplittableRandom(7),
                            new PriceTable(PriceSheet.shipped()));
        // Fills the catalog (one fetch per provider) and checks both routes.
        check(router.resolve("gpt-4o-mini", null).join(), "p0", "gpt-4o-mini");
        check(router.resolve("p0/gpt-4o-mini", null).join(), "p0", "gpt-4o-mini");
    }

    private static String modelList(String path) {
        // /p<i>/v1/models
        final String p = path.substring(1, path.indexOf('/', 1));
        final StringBuilder sb = new StringBuilder("{\"object\":\"list\",\"data\":[");
        if ("p0".equals(p)) {
            sb.append("{\"id\":\"gpt-4o-mini\",\"object\":\"model\",\"created\":1700000000,\"owned_by\":\"mock\"},");
        }
        for (int m = 0; m < 20; m++) {
            sb.append(m > 0 ? "," : "").append("{\"id\":\"").append(p).append("-model-").append(m)
              .append("\",\"object\":\"model\",\"created\":1700000000,\"owned_by\":\"mock\"}");
        }
        return sb.append("]}").toString();
    }

    private static void check(RoutePlan plan, String provider, String model) {
        final Target t = plan.targets().get(0);
        if (!t.provider().equals(provider) || !t.model().equals(model)) {
            throw new IllegalStateException("unexpected route: " + plan);
        }
    }

    @TearDown
    public void tearDown() throws IOException {
        models.stop().join();
        clientFactory.close();
        storage.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** An alias: the snapshot's map plus its strategy's ordering. */
    @Benchmark
    public RoutePlan alias() {
        return router.resolve("smart", null).join();
    }

    /** "provider/model": the snapshot's map. */
    @Benchmark
    public RoutePlan prefixed() {
        return router.resolve("p0/gpt-4o-mini", null).join();
    }

    /** A bare name: every enabled provider's cached list searched. */
    @Benchmark
    public RoutePlan bare() {
        return router.resolve("gpt-4o-mini", null).join();
    }
}
