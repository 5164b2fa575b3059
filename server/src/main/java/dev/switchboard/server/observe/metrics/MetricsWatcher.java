package dev.switchboard.server.observe.metrics;

import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.observe.RequestWatch;
import dev.switchboard.server.observe.Watcher;
import dev.switchboard.server.usage.Ingress;

/**
 * Measures the inference requests (the REST surfaces and the gRPC Inference service); everything
 * else (admin calls, /metrics itself) only Armeria's per-route HTTP metrics count.
 */
final class MetricsWatcher implements Watcher {
    static final String GRPC_INFERENCE = "/switchboard.v1.Inference/";

    private final GenAiMeters meters;

    MetricsWatcher(GenAiMeters meters) {
        this.meters = meters;
    }

    @Override
    public RequestWatch watch(ServiceRequestContext ctx, String requestId) {
        return watch(ctx.path());
    }

    RequestWatch watch(String path) {
        final Ingress ingress = Ingress.ofPath(path);
        if (ingress == Ingress.GRPC && !path.startsWith(GRPC_INFERENCE)
            || ingress != Ingress.GRPC && !path.startsWith("/v1/")) {
            return RequestWatch.NONE;
        }
        final boolean embeddings = ingress == Ingress.EMBEDDINGS || path.endsWith("Embeddings");
        return new MetricsWatch(meters, ingress, embeddings);
    }
}
