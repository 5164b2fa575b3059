package dev.switchboard.server.observe.metrics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;

import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.server.HttpService;
import com.linecorp.armeria.server.ServiceRequestContext;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * {@code GET /metrics}: the registry in Prometheus' text format (0.0.4), or OpenMetrics when the
 * scraper's Accept asks for it. Rendered off the event loop, after the gauges whose rows change
 * are refreshed.
 */
final class ScrapeService implements HttpService {
    static final String TEXT = "text/plain; version=0.0.4; charset=utf-8";
    static final String OPEN_METRICS = "application/openmetrics-text; version=1.0.0; charset=utf-8";

    private final PrometheusMeterRegistry registry;
    private final Runnable beforeScrape;

    ScrapeService(PrometheusMeterRegistry registry, Runnable beforeScrape) {
        this.registry = registry;
        this.beforeScrape = beforeScrape;
    }

    @Override
    public HttpResponse serve(ServiceRequestContext ctx, HttpRequest req) {
        if (req.method() != HttpMethod.GET && req.method() != HttpMethod.HEAD) {
            return HttpResponse.of(HttpStatus.METHOD_NOT_ALLOWED);
        }
        final String contentType = openMetrics(req) ? OPEN_METRICS : TEXT;
        return HttpResponse.of(CompletableFuture.supplyAsync(() -> {
            beforeScrape.run();
            final ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            try {
                registry.scrape(out, contentType);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return HttpResponse.of(HttpStatus.OK, MediaType.parse(contentType), HttpData.wrap(out.toByteArray()));
        }, ctx.blockingTaskExecutor()));
    }

    private static boolean openMetrics(HttpRequest req) {
        for (MediaType m : req.headers().accept()) {
            if (m.qualityFactor() > 0 && "application".equals(m.type()) && "openmetrics-text".equals(m.subtype())) {
                return true;
            }
        }
        return false;
    }
}
