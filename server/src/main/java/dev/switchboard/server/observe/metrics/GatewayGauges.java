package dev.switchboard.server.observe.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.linecorp.armeria.client.circuitbreaker.CircuitState;
import com.linecorp.armeria.common.CommonPools;

import dev.switchboard.server.provider.ProviderHealth;
import dev.switchboard.server.provider.UpstreamProvider;
import dev.switchboard.server.routing.TargetTraffic;
import dev.switchboard.server.usage.ledger.LedgerWriter;
import dev.switchboard.v1.Provider;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.TimeGauge;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.SingleThreadEventExecutor;
import io.netty.util.internal.PlatformDependent;

/**
 * The gateway's state as gauges, registered once: the ledger's writer, Netty's event loops and
 * direct memory, and two families whose rows change with configuration and traffic (a breaker per
 * target, a state per provider), refreshed just before each scrape.
 */
final class GatewayGauges {
    private static final Provider.State[] STATES = {
            Provider.State.CONNECTING, Provider.State.CONNECTED, Provider.State.DISCONNECTED,
            Provider.State.ERROR, Provider.State.DISABLED};

    private final Sources sources;
    private final ModelLabels labels;
    private final MultiGauge breakers;
    private final MultiGauge providers;

    GatewayGauges(MeterRegistry registry, Sources sources, ModelLabels labels) {
        this.sources = sources;
        this.labels = labels;
        final LedgerWriter ledger = sources.ledger();
        Gauge.builder(MetricNames.LEDGER_QUEUE, ledger, LedgerWriter::queueDepth)
             .description("Usage rows waiting to be written").register(registry);
        FunctionCounter.builder(MetricNames.LEDGER_WRITTEN, ledger, LedgerWriter::rowsWritten)
                       .description("Usage rows written to the ledger").register(registry);
        FunctionCounter.builder(MetricNames.LEDGER_DROPPED, ledger, LedgerWriter::rowsDropped)
                       .description("Usage rows dropped because the queue was full").register(registry);
        FunctionCounter.builder(MetricNames.LEDGER_FAILED_FLUSHES, ledger, LedgerWriter::failedFlushes)
                       .description("Ledger flushes that failed").register(registry);
        TimeGauge.builder(MetricNames.LEDGER_FLUSH, ledger, TimeUnit.NANOSECONDS, l -> l.lastFlushDuration().toNanos())
                 .description("How long the ledger's last flush took").register(registry);
        Gauge.builder(MetricNames.NETTY_DIRECT, GatewayGauges::directMemory).baseUnit("bytes")
             .description("Direct memory Netty holds")
             .register(registry);
        Gauge.builder(MetricNames.EVENT_LOOP_PENDING, GatewayGauges::pendingTasks)
             .description("Tasks waiting in the event loops' queues").register(registry);
        breakers = MultiGauge.builder(MetricNames.BREAKER_STATE)
                             .description("Circuit breaker per target: 0 closed, 1 half-open, 2 open")
                             .register(registry);
        providers = MultiGauge.builder(MetricNames.PROVIDER_STATE)
                              .description("1 for each provider's connection state, 0 for the others")
                              .register(registry);
    }

    /** Rewrites the breaker and provider rows: called before each scrape, off the event loop. */
    void refresh() {
        final Map<Tags, Integer> worst = new HashMap<>();
        for (Map.Entry<String, TargetTraffic> e : sources.targets().all().entrySet()) {
            final String key = e.getKey();
            final int slash = key.indexOf('/');
            if (slash < 0) {
                continue;
            }
            final String provider = key.substring(0, slash);
            final Tags tags = Tags.of(MetricNames.PROVIDER, labels.provider(provider),
                                      MetricNames.RESPONSE_MODEL, labels.model(provider, key.substring(slash + 1)));
            // Targets collapsed into "other" show the worst of their states.
            worst.merge(tags, value(e.getValue().breaker().circuitState()), Math::max);
        }
        final List<MultiGauge.Row<?>> rows = new ArrayList<>(worst.size());
        worst.forEach((tags, v) -> rows.add(MultiGauge.Row.of(tags, v)));
        breakers.register(rows, true);

        final List<MultiGauge.Row<?>> states = new ArrayList<>();
        final ProviderHealth health = sources.health();
        for (UpstreamProvider p : sources.providers().all()) {
            final Provider.State state = health.stateOf(p.id(), p.enabled()).state();
            final String name = labels.provider(p.name());
            for (Provider.State s : STATES) {
                states.add(MultiGauge.Row.of(Tags.of(MetricNames.PROVIDER, name, MetricNames.STATE,
                                                     s.name().toLowerCase(Locale.ROOT)),
                                             s == state ? 1 : 0));
            }
        }
        providers.register(states, true);
    }

    private static int value(CircuitState state) {
        switch (state) {
            case CLOSED:
                return 0;
            case HALF_OPEN:
                return 1;
            default:
                return 2;
        }
    }

    /** Netty's own count when it keeps one, else its default pooled allocator's (what Armeria uses). */
    private static double directMemory() {
        final long counted = PlatformDependent.usedDirectMemory();
        return counted >= 0 ? counted : PooledByteBufAllocator.DEFAULT.metric().usedDirectMemory();
    }

    private static double pendingTasks() {
        long pending = 0;
        for (EventExecutor e : CommonPools.workerGroup()) {
            if (e instanceof SingleThreadEventExecutor) {
                pending += ((SingleThreadEventExecutor) e).pendingTasks();
            }
        }
        return pending;
    }
}
