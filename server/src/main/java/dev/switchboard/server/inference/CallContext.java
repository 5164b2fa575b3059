package dev.switchboard.server.inference;

import java.util.List;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.provider.ProviderHealth;
import dev.switchboard.server.routing.Attempts;
import dev.switchboard.server.upstream.UpstreamCaller;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.GatewayInfo;
import io.netty.util.concurrent.EventExecutor;

/** What one request's execution needs: where to send, what to learn from, where to run. */
record CallContext(UpstreamCaller caller, ProviderHealth health, EventExecutor loop, Attempts attempts,
                   ChatCompletionRequest request) {

    /** What served the request, for the response and its headers. */
    GatewayInfo info(Attempts.Attempt a, List<String> droppedParams) {
        return AttemptLoop.info(attempts, a, droppedParams);
    }

    /** Live traffic feeds the provider's state: a success, or an upstream-side failure. */
    void observe(Attempts.Attempt a, @Nullable GatewayException e) {
        AttemptLoop.observe(health, a, e);
    }
}
