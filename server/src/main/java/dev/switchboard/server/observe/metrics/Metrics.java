package dev.switchboard.server.observe.metrics;

import java.net.InetSocketAddress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.common.metric.MoreMeters;
import com.linecorp.armeria.server.Server;
import com.linecorp.armeria.server.ServerBuilder;
import com.linecorp.armeria.server.ServerListenerAdapter;
import com.linecorp.armeria.server.metric.MetricCollectingService;

import dev.switchboard.server.observe.TelemetrySettings;
import dev.switchboard.server.observe.Watcher;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * The gateway's Prometheus metrics: one registry that Armeria's server metrics, the JVM's, the
 * gateway's gauges and every inference request's measurements go to, and {@code GET /metrics}.
 * Who reads it: on the main port a viewer, operator or admin credential, or the scrape token
 * (SWITCHBOARD_METRICS_TOKEN); with {@code --metrics-port} only a separate server on
 * {@code --metrics-host} (loopback by default) serves it, without a credential.
 */
public final class Metrics implements AutoCloseable {
    private static final Logger logger = LoggerFactory.getLogger(Metrics.class);
    public static final String PATH = "/metrics";
    /** Distinct values per label at most (provider, model, alias), whatever the configuration. */
    static final int LABEL_CAP = 500;

    static {
        // Armeria's own timers and summaries (five per request) default to client-side percentiles:
        // three rotating HdrHistograms each, recorded on the event loop, and quantiles Prometheus
        // cannot aggregate across replicas anyway. Count, sum and max stay; latency percentiles come
        // from the gateway's bucketed histograms. Process-wide, as Armeria keeps it.
        MoreMeters.setDistributionStatisticConfig(
                DistributionStatisticConfig.builder().percentilesHistogram(false).percentiles().build()
                                           .merge(MoreMeters.distributionStatisticConfig()));
    }

    private final TelemetrySettings settings;
    private final CoarseClock clock = new CoarseClock();
    private final PrometheusMeterRegistry registry =
            new PrometheusMeterRegistry(PrometheusConfig.DEFAULT, new PrometheusRegistry(), clock);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private volatile Runnable beforeScrape = () -> {};
    @Nullable
    private volatile Server management;

    public Metrics(TelemetrySettings settings) {
        this.settings = settings;
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** The watcher that measures requests, reading names and gauges from {@code sources}. */
    public Watcher watcher(Sources sources) {
        final ModelLabels labels = new KnownModels(sources.providers(), sources.catalog(), sources.aliases(), LABEL_CAP);
        final GatewayGauges gauges = new GatewayGauges(registry, sources, labels);
        beforeScrape = gauges::refresh;
        return new MetricsWatcher(new GenAiMeters(registry, labels));
    }

    /**
     * Gives Armeria the registry, counts every HTTP request per route with its own decorator, and
     * serves {@code /metrics}. Call it after the authentication is configured: the scrape token is
     * checked outside it.
     */
    public void configure(ServerBuilder sb) {
        sb.meterRegistry(registry);
        final ScrapeService scrape = new ScrapeService(registry, () -> beforeScrape.run());
        serveScrape(sb, scrape);
        // Added after the scrape token's decorator: outside it, so token scrapes are counted too.
        sb.decorator(MetricCollectingService.newDecorator(new RouteMeterIds("armeria.server")));
    }

    private void serveScrape(ServerBuilder sb, ScrapeService scrape) {
        final Integer port = settings.metricsPort();
        if (port != null) {
            final Server server = Server.builder()
                                        .http(new InetSocketAddress(settings.metricsHost(), port))
                                        .service(PATH, scrape)
                                        .build();
            management = server;
            // Started here, on the caller's thread: a server's start listener may not wait for another's start.
            server.start().join();
            logger.info("Metrics on http://{}:{}{} (no credential asked: keep the address private)",
                        settings.metricsHost(), server.activeLocalPort(), PATH);
            sb.serverListener(new ServerListenerAdapter() {
                @Override
                public void serverStopped(Server main) {
                    server.stop();
                }
            });
            return;
        }
        sb.service(PATH, scrape);
        if (settings.metricsToken() != null) {
            sb.decorator(PATH, new ScrapeToken(settings.metricsToken(), scrape));
        }
    }

    /** The management port actually bound, or -1 without {@code --metrics-port} (or before start). */
    public int managementPort() {
        final Server server = management;
        return server == null || server.activePorts().isEmpty() ? -1 : server.activeLocalPort();
    }

    @Override
    public void close() {
        final Server server = management;
        if (server != null) {
            server.close();
        }
        gc.close();
        registry.close();
        clock.close();
    }
}
