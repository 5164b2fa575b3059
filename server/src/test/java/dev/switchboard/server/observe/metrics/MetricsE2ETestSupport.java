package dev.switchboard.server.observe.metrics;

import com.linecorp.armeria.common.AggregatedHttpResponse;

import dev.switchboard.server.testing.TestGateway;

/** Requests the metrics tests send. */
final class MetricsE2ETestSupport {
    private MetricsE2ETestSupport() {}

    static AggregatedHttpResponse chat(TestGateway gw, String model) {
        return gw.post("/v1/chat/completions",
                       "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
    }
}
