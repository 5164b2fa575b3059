package dev.switchboard.server.http;

import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.linecorp.armeria.common.AggregatedHttpRequest;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.inference.Caller;
import dev.switchboard.transcoder.error.GatewayException;

/**
 * What the JSON endpoints share: the body read whole, the core's caller made from the request
 * (its {@code x-switchboard-timeout}), and any failure before an answer started answered in the
 * route's error shape.
 */
abstract class JsonEndpoint implements WholeRequestService {
    final ErrorShape shape;

    JsonEndpoint(ErrorShape shape) {
        this.shape = shape;
    }

    @Override
    public final HttpResponse serve(ServiceRequestContext ctx, HttpRequest req) {
        return whenRead(req, (agg, cause) -> {
            if (cause != null) {
                return shape.response(ErrorShape.toGateway(cause));
            }
            try {
                return dispatch(ctx, agg, Caller.of(ctx, RequestDeadline.of(agg.headers())));
            } catch (GatewayException e) {
                return shape.response(e);
            }
        });
    }

    /** Decodes the body and calls the core; a GatewayException thrown here is the answer. */
    abstract HttpResponse dispatch(ServiceRequestContext ctx, AggregatedHttpRequest agg, Caller caller);

    /**
     * A whole answer: cancelled when the client leaves, rendered when it comes, or the failure in
     * this route's shape (an unexpected one logged as {@code what} failing, its text never shown).
     */
    final <T> HttpResponse answer(ServiceRequestContext ctx, CompletableFuture<T> answer, String what,
                                  Function<T, HttpResponse> render) {
        ClientGone.watch(ctx, answer, () -> answer.cancel(false));
        return HttpResponse.of(answer.handle((res, cause) -> {
            if (answer.isCancelled()) {
                // The client is gone: there is nobody to answer.
                return HttpResponse.ofFailure(cause);
            }
            if (cause != null) {
                return shape.failed(cause, what);
            }
            try {
                return render.apply(res);
            } catch (GatewayException e) {
                return shape.response(e);
            }
        }));
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
