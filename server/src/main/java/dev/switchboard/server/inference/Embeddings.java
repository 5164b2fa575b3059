package dev.switchboard.server.inference;

import java.util.concurrent.CompletableFuture;

import dev.switchboard.server.inference.PlannedCalls.Used;
import dev.switchboard.server.upstream.UpstreamCaller;
import dev.switchboard.server.upstream.UpstreamFailures;
import dev.switchboard.server.usage.Metered;
import dev.switchboard.server.usage.Tokens;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.format.EncodedRequest;
import dev.switchboard.transcoder.format.TokenEstimate;
import dev.switchboard.transcoder.format.UpstreamFormat;
import dev.switchboard.v1.EmbeddingInput;
import dev.switchboard.v1.EmbeddingsRequest;
import dev.switchboard.v1.EmbeddingsResponse;


/**
 * {@code CreateEmbeddings}: each target's format builds its own request (OpenAI-compatible
 * {@code /embeddings}, Gemini {@code embedContent}/{@code batchEmbedContents}); a format without
 * embeddings answers FAILED_PRECONDITION, which ends the plan rather than trying other targets.
 */
record Embeddings(PlannedCalls calls, UpstreamCaller caller) {
    /** The answer and the request parameters its format could not carry. */
    private record Answer(EmbeddingsResponse response, java.util.List<String> droppedParams) {}

    CompletableFuture<EmbeddingsResponse> create(EmbeddingsRequest req, Caller who) {
        long prompt = 0;
        for (EmbeddingInput input : req.getInputsList()) {
            prompt += input.hasTokens() ? input.getTokens().getIdsCount() : TokenEstimate.text(input.getText());
        }
        final long estimate = prompt;
        final Metered metered;
        try {
            metered = calls.admit(who, req.getModel(), false, estimate, 0);
        } catch (GatewayException e) {
            return CompletableFuture.failedFuture(e);
        }
        return calls.<Answer, EmbeddingsResponse>run(req.getModel(), who, metered, (a, timeout) -> {
            final UpstreamFormat format = a.provider().format().adapter();
            final String model = a.target().model();
            final EncodedRequest encoded;
            try {
                encoded = format.encodeEmbeddings(req, model);
            } catch (GatewayException e) {
                // "provider 'x': provider format 'anthropic' has no embeddings" says what to change.
                throw UpstreamFailures.attributed(a.provider(), e);
            }
            return caller.exchange(a.provider(), encoded,
                                   body -> new Answer(format.decodeEmbeddings(body, model), encoded.droppedParams()),
                                   timeout);
        }, served -> served.value().response().toBuilder()
                           .setGateway(served.info(served.value().droppedParams())).build(),
            answer -> answer.response().hasUsage()
                      ? Used.reported(new Tokens(answer.response().getUsage().getPromptTokens(), 0, 0, 0, 0))
                      : new Used(new Tokens(estimate, 0, 0, 0, 0), UsedTokens.NOT_REPORTED));
    }
}
