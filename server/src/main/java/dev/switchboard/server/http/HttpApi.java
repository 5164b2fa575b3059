package dev.switchboard.server.http;

import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.server.ServerBuilder;

import dev.switchboard.server.inference.Inference;
import dev.switchboard.server.responses.Responses;

/** The OpenAI- and Anthropic-compatible HTTP API: one service per endpoint, all over the core API. */
public final class HttpApi {
    private HttpApi() {}

    public static void register(ServerBuilder sb, Inference inference, Responses responses) {
        openAi(sb, inference, responses);
        anthropic(sb, inference);
    }

    static void openAi(ServerBuilder sb, Inference inference, Responses responses) {
        sb.route().post("/v1/chat/completions").build(new JsonEndpoint(ErrorShape.OPENAI, new ChatCompletionsService(inference)));
        sb.route().post("/v1/embeddings").build(new JsonEndpoint(ErrorShape.OPENAI, new EmbeddingsService(inference)));
        final ModelsService models = new ModelsService(inference);
        sb.route().methods(HttpMethod.GET).path(ModelsService.PREFIX).build(models);
        sb.route().methods(HttpMethod.GET).pathPrefix(ModelsService.PREFIX + '/').build(models);
        ResponsesHttpService.register(sb, responses);
    }

    static void anthropic(ServerBuilder sb, Inference inference) {
        sb.route().post(ErrorShape.ANTHROPIC_PREFIX).build(new JsonEndpoint(ErrorShape.ANTHROPIC, new MessagesService(inference)));
        sb.route().post(ErrorShape.ANTHROPIC_PREFIX + "/count_tokens").build(new JsonEndpoint(ErrorShape.ANTHROPIC, new CountTokensService(inference)));
    }
}
