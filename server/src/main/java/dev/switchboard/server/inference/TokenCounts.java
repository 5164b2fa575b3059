package dev.switchboard.server.inference;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.switchboard.server.upstream.UpstreamCaller;
import dev.switchboard.server.usage.Tokens;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.format.EncodedRequest;
import dev.switchboard.transcoder.format.TokenEstimate;
import dev.switchboard.transcoder.format.UpstreamFormat;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.CountTokensRequest;
import dev.switchboard.v1.CountTokensResponse;


/**
 * {@code CountTokens}: the target that would serve the request counts it when its format can
 * (Anthropic {@code count_tokens}, Gemini {@code countTokens}); otherwise the gateway estimates,
 * without calling the upstream, and says so. The request is shaped for the target as chat would be.
 */
record TokenCounts(PlannedCalls calls, UpstreamCaller caller) {
    CompletableFuture<CountTokensResponse> count(CountTokensRequest req, Caller who) {
        if (!req.hasRequest()) {
            return CompletableFuture.failedFuture(GatewayException.invalid("request: required"));
        }
        final ChatCompletionRequest chat = req.getRequest();
        // Counting spends no tokens: no limit applies and the ledger has no row for it.
        return calls.<CountTokensResponse, CountTokensResponse>run(
                chat.getModel(), who, PlannedCalls.unmetered(who, chat.getModel()), (a, timeout) -> {
            final UpstreamFormat format = a.provider().format().adapter();
            final ChatCompletionRequest shaped = RequestShaping.forTarget(chat, a.target());
            if (!format.countsTokens()) {
                return CompletableFuture.completedFuture(TokenEstimate.estimate(shaped));
            }
            final EncodedRequest encoded = format.encodeCountTokens(shaped, a.target().model());
            return caller.exchange(a.provider(), encoded, format::decodeCountTokens, timeout);
        }, served -> served.value().toBuilder().setGateway(served.info(List.of())).build(),
                served -> new PlannedCalls.Used(Tokens.NONE, "none"));
    }
}
