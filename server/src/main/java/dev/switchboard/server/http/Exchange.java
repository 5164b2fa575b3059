package dev.switchboard.server.http;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.linecorp.armeria.common.AggregatedHttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.stream.StreamMessage;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.inference.Caller;
import dev.switchboard.transcoder.error.GatewayException;

/** One request to an endpoint, and the two ways it is answered: a whole answer or an event stream. */
record Exchange(ServiceRequestContext ctx, AggregatedHttpRequest request, Caller caller, ErrorShape shape) {

    /** The request body. */
    byte[] body() {
        return request.content().array();
    }

    /**
     * A whole answer: cancelled when the client leaves, rendered when it comes, or the failure in
     * the route's shape (an unexpected one logged as {@code what} failing, its text never shown).
     */
    <T> HttpResponse answer(CompletableFuture<T> answer, String what, Function<T, HttpResponse> render) {
        ClientGone.watch(ctx, answer, () -> answer.cancel(false));
        return HttpResponse.of(answer.handle((res, cause) -> {
            if (answer.isCancelled()) {
                // The client is gone: there is nobody to answer.
                return HttpResponse.ofFailure(cause);
            }
            if (cause != null) {
                return shape.failed(ctx, cause, what);
            }
            try {
                return render.apply(res);
            } catch (GatewayException e) {
                return shape.response(ctx, e);
            }
        }));
    }

    /** A core stream as server-sent events in the format {@code events} writes. */
    <T> HttpResponse events(StreamMessage<T> stream, SseEvents<T> events, String what) {
        return SseResponse.of(ctx, stream, events, what);
    }
}
