package dev.switchboard.server.http;

import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.server.ServerBuilder;

import dev.switchboard.v1.InferenceGrpc;

/** The OpenAI-compatible HTTP API, served over the in-process {@code Inference} service. */
public final class OpenAiRoutes {
    private OpenAiRoutes() {}

    public static void register(ServerBuilder sb, InferenceGrpc.AsyncService inference) {
        sb.route().post("/v1/chat/completions").build(new ChatCompletionsService(inference));
        sb.route().post("/v1/embeddings").build(new EmbeddingsService(inference));
        final ModelsService models = new ModelsService(inference);
        sb.route().methods(HttpMethod.GET).path(ModelsService.PREFIX).build(models);
        sb.route().methods(HttpMethod.GET).pathPrefix(ModelsService.PREFIX + '/').build(models);
        ResponsesHttpService.register(sb, inference);
    }
}
