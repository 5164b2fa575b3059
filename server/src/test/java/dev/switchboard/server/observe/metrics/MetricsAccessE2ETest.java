package dev.switchboard.server.observe.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.AggregatedHttpResponse;

import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;

/** Where /metrics is served: a separate loopback port without a credential, or nowhere with --metrics off. */
class MetricsAccessE2ETest {
    static final String KEY = "sk-metrics-access-91ce";
    @TempDir
    Path dataDir;

    @Test
    void aMetricsPortServesItWithoutACredentialAndTheMainPortDoesNot() {
        final ServerConfig config = TestGateway.config(dataDir);
        try (FakeUpstream upstream = new FakeUpstream(KEY);
             TestGateway gw = TestGateway.start(config.withTelemetry(config.telemetry().withMetricsPort(0)))) {
            gw.addProvider("mp", upstream.baseUrl(), KEY);
            assertThat(MetricsE2ETestSupport.chat(gw, "mp/gpt-4o-mini").status().code()).isEqualTo(200);
            final int port = gw.gateway().observability().metrics().managementPort();
            assertThat(port).isPositive().isNotEqualTo(gw.port());
            final AggregatedHttpResponse res = WebClient.of("http://127.0.0.1:" + port).get(Metrics.PATH)
                                                        .aggregate().join();
            assertThat(res.status().code()).isEqualTo(200);
            assertThat(res.contentUtf8()).contains("jvm_memory_used_bytes", "gen_ai_provider_name=\"mp\"");
            // Not on the main port, whoever asks.
            assertThat(gw.rest().get(Metrics.PATH).aggregate().join().status().code()).isEqualTo(404);
            // Nothing else on the management port.
            assertThat(WebClient.of("http://127.0.0.1:" + port).get("/admin/v1/providers").aggregate().join()
                                .status().code()).isEqualTo(404);
        }
    }

    @Test
    void metricsOffServesNothingAndWatchesNothing() {
        final ServerConfig config = TestGateway.config(dataDir);
        try (FakeUpstream upstream = new FakeUpstream(KEY);
             TestGateway gw = TestGateway.start(config.withTelemetry(config.telemetry().withMetrics(false)))) {
            gw.addProvider("mo", upstream.baseUrl(), KEY);
            assertThat(gw.gateway().observability().metrics()).isNull();
            assertThat(MetricsE2ETestSupport.chat(gw, "mo/gpt-4o-mini").status().code()).isEqualTo(200);
            assertThat(gw.rest().get(Metrics.PATH).aggregate().join().status().code()).isEqualTo(404);
        }
    }
}
