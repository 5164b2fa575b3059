package dev.switchboard.server.inference;

import java.util.concurrent.CompletableFuture;

import com.linecorp.armeria.common.stream.StreamMessage;

import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.CountTokensRequest;
import dev.switchboard.v1.CountTokensResponse;
import dev.switchboard.v1.EmbeddingsRequest;
import dev.switchboard.v1.EmbeddingsResponse;
import dev.switchboard.v1.ListModelsResponse;
import dev.switchboard.v1.Model;

/**
 * The core API every surface calls: the REST services in {@code http}, the gRPC adapter in
 * {@code grpc} and stored responses alike. It knows nothing of HTTP or gRPC: a request and its
 * {@link Caller} in, a future or a stream of canonical messages out. Failures are
 * {@code GatewayException}s; cancelling a future or a stream's subscription (the client left)
 * stops the plan and the upstream call. {@link InferenceCore} is the gateway's implementation.
 */
public interface Inference {
    /** A whole chat completion. */
    CompletableFuture<ChatCompletionResponse> complete(ChatCompletionRequest req, Caller who);

    /** A streamed chat completion: canonical chunks in order, then its completion or its one error. */
    StreamMessage<ChatCompletionChunk> stream(ChatCompletionRequest req, Caller who);

    /** Embeddings from the target's own embeddings API. */
    CompletableFuture<EmbeddingsResponse> embeddings(EmbeddingsRequest req, Caller who);

    /** The prompt's tokens, counted by the target when its format can, estimated otherwise. */
    CompletableFuture<CountTokensResponse> countTokens(CountTokensRequest req, Caller who);

    /** Aliases, then every enabled provider's models (a provider whose list fails is left out). */
    CompletableFuture<ListModelsResponse> listModels(Caller who);

    /** One model by id: an alias, or a routable provider model. */
    CompletableFuture<Model> getModel(String id, Caller who);
}
