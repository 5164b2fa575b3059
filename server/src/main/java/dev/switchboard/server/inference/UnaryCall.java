package dev.switchboard.server.inference;

import java.util.concurrent.CompletableFuture;

import dev.switchboard.server.upstream.UpstreamCaller.Completion;
import dev.switchboard.v1.ChatCompletionResponse;

/** One whole-answer chat request through its plan: tries, retries and fallbacks until one answers. */
final class UnaryCall {
    private final CallContext c;

    UnaryCall(CallContext c) {
        this.c = c;
    }

    CompletableFuture<ChatCompletionResponse> run() {
        return new AttemptLoop<Completion>(c.attempts(), c.health(), c.loop(), (a, timeout) -> c.caller().complete(
                a.provider(), RequestShaping.forTarget(c.request(), a.target()), a.target().model(), timeout))
                .run()
                .thenApply(s -> s.value().response().toBuilder()
                                 .setGateway(s.info(s.value().droppedParams())).build());
    }
}
