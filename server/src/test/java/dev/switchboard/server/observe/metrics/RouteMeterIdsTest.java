package dev.switchboard.server.observe.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.common.logging.RequestLog;
import com.linecorp.armeria.common.metric.MeterIdPrefix;
import com.linecorp.armeria.common.metric.MeterIdPrefixFunction;
import com.linecorp.armeria.server.ServiceRequestContext;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class RouteMeterIdsTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MeterIdPrefixFunction defaults = MeterIdPrefixFunction.ofDefault("armeria.server");

    @Test
    void idsAreArmeriasDefaultsPlusTheRouteAndAreMadeOncePerRouteMethodAndStatus() {
        final RouteMeterIds ids = new RouteMeterIds("armeria.server");
        final RequestLog ok1 = complete(HttpMethod.POST, 200);
        final RequestLog ok2 = complete(HttpMethod.POST, 200);
        final RequestLog limited = complete(HttpMethod.POST, 429);
        final RequestLog get = complete(HttpMethod.GET, 200);

        final MeterIdPrefix first = ids.completeRequestPrefix(registry, ok1);
        assertThat(first).isEqualTo(withRoute(defaults.completeRequestPrefix(registry, ok1), ok1));
        assertThat(first.tags()).anySatisfy(t -> {
            assertThat(t.getKey()).isEqualTo("http.status");
            assertThat(t.getValue()).isEqualTo("200");
        });
        assertThat(ids.completeRequestPrefix(registry, ok2)).isSameAs(first);

        final MeterIdPrefix refused = ids.completeRequestPrefix(registry, limited);
        assertThat(refused).isEqualTo(withRoute(defaults.completeRequestPrefix(registry, limited), limited))
                           .isNotEqualTo(first);
        assertThat(ids.completeRequestPrefix(registry, get))
                .isEqualTo(withRoute(defaults.completeRequestPrefix(registry, get), get)).isNotEqualTo(first);

        final MeterIdPrefix active = ids.activeRequestPrefix(registry, ok1);
        assertThat(active).isEqualTo(withRoute(defaults.activeRequestPrefix(registry, ok1), ok1));
        assertThat(ids.activeRequestPrefix(registry, ok2)).isSameAs(active);
    }

    private static MeterIdPrefix withRoute(MeterIdPrefix prefix, RequestLog log) {
        return prefix.withTags("route", ((ServiceRequestContext) log.context()).config().route().patternString());
    }

    private static RequestLog complete(HttpMethod method, int status) {
        final ServiceRequestContext ctx = ServiceRequestContext.of(HttpRequest.of(method, "/v1/chat/completions"));
        ctx.logBuilder().endRequest();
        ctx.logBuilder().responseHeaders(ResponseHeaders.of(status));
        ctx.logBuilder().endResponse();
        return ctx.log().ensureComplete();
    }
}
