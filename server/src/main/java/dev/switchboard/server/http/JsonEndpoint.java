package dev.switchboard.server.http;

import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

import com.linecorp.armeria.common.AggregatedHttpRequest;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.inference.Caller;
import dev.switchboard.transcoder.error.GatewayException;

/**
 * A JSON POST endpoint: the body read whole, the core's caller made from the request (its
 * {@code x-switchboard-timeout}), the endpoint's {@link Handler} run, and any failure before an
 * answer started answered in the route's error shape.
 */
final class JsonEndpoint implements WholeRequestService {
    /** What one endpoint does with a whole request: decode it, call the core, answer. */
    @FunctionalInterface
    interface Handler {
        /** A GatewayException thrown here is the answer. */
        HttpResponse handle(Exchange exchange);
    }

    private final ErrorShape shape;
    private final Handler handler;

    JsonEndpoint(ErrorShape shape, Handler handler) {
        this.shape = shape;
        this.handler = handler;
    }

    @Override
    public HttpResponse serve(ServiceRequestContext ctx, HttpRequest req) {
        return whenRead(req, (agg, cause) -> {
            if (cause != null) {
                return shape.response(ctx, ErrorShape.toGateway(cause));
            }
            try {
                final Caller caller = Caller.of(ctx, RequestDeadline.of(agg.headers()), AnswerHeaders.of(ctx));
                return handler.handle(new Exchange(ctx, agg, caller, shape));
            } catch (GatewayException e) {
                return shape.response(ctx, e);
            }
        });
    }

    /**
     * Answers with {@code then} applied to the whole request, or to the failure that cut it short.
     * A {@link WholeRequestService}'s body is complete before the service runs: then the answer is
     * made at once, without a deferred response to subscribe through.
     */
    static HttpResponse whenRead(HttpRequest req, BiFunction<AggregatedHttpRequest, Throwable, HttpResponse> then) {
        final CompletableFuture<AggregatedHttpRequest> read = req.aggregate();
        if (read.isDone() && !read.isCompletedExceptionally()) {
            return then.apply(read.join(), null);
        }
        return HttpResponse.of(read.handle(then));
    }
}
