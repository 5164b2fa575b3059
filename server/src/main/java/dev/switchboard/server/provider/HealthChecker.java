package dev.switchboard.server.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.transcoder.error.GatewayException;

/**
 * Background checks: each enabled provider with a non-zero interval has its model list fetched
 * (cheap, and it keeps the cached list fresh) at start and then every interval, unless live
 * traffic succeeded within that interval: the provider's state is then known already, and the
 * model list still expires after {@link ModelCatalog}'s TTL. The
 * outcome feeds the provider's state. Rescheduled whenever provider configuration changes;
 * nothing runs for a disabled provider.
 *
 * <p>Skipping busy providers also keeps the probe out of the request path's compiled code: a
 * model-list fetch (a GET without a body, from a scheduler thread, read by another decoder) takes
 * branches and types the request path never does, and every check under load deoptimized 18-35
 * frames of it (docs/performance.md).
 */
public final class HealthChecker implements AutoCloseable {
    private static final Logger logger = LoggerFactory.getLogger(HealthChecker.class);

    private final ProviderRegistry registry;
    private final ModelCatalog catalog;
    private final ProviderHealth health;
    private final ScheduledExecutorService scheduler;
    private final List<ScheduledFuture<?>> scheduled = new ArrayList<>();
    private boolean closed;

    public HealthChecker(ProviderRegistry registry, ModelCatalog catalog, ProviderHealth health,
                         ScheduledExecutorService scheduler) {
        this.registry = registry;
        this.catalog = catalog;
        this.health = health;
        this.scheduler = scheduler;
    }

    /** (Re)schedules checks for the current providers; the first runs at once (auto-connect). */
    public synchronized void reschedule() {
        scheduled.forEach(f -> f.cancel(false));
        scheduled.clear();
        if (closed) {
            return;
        }
        for (UpstreamProvider p : registry.enabled()) {
            final long interval = p.healthCheckInterval().toMillis();
            if (interval <= 0) {
                continue;
            }
            final long busy = TimeUnit.MILLISECONDS.toNanos(interval);
            scheduled.add(scheduler.scheduleWithFixedDelay(() -> {
                if (!health.servedWithin(p.id(), busy)) {
                    check(p);
                }
            }, 0, interval, TimeUnit.MILLISECONDS));
        }
    }

    /** One check; the result lands in {@link ProviderHealth}. */
    void check(UpstreamProvider p) {
        catalog.refresh(p).whenComplete((models, cause) -> {
            if (cause == null) {
                health.succeeded(p);
            } else {
                final GatewayException e = Errors.toGateway(cause);
                health.failed(p, e);
                logger.debug("health check of provider '{}' failed: {}", p.name(), e.getMessage());
            }
        });
    }

    @Override
    public synchronized void close() {
        closed = true;
        scheduled.forEach(f -> f.cancel(false));
        scheduled.clear();
    }
}
