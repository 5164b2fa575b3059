package dev.switchboard.server.http;

import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.linecorp.armeria.common.AggregatedHttpRequest;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.util.SafeCloseable;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.GatewayInfo;

/**
 * The plumbing the OpenAI JSON endpoints share: read the whole body, take the client's
 * {@code x-switchboard-timeout}, call the service in process with the request context pushed, and
 * answer JSON with the gateway headers or OpenAI's error body.
 */
final class UnaryJsonCall {
    private static final Logger logger = LoggerFactory.getLogger(UnaryJsonCall.class);

    /** What an endpoint does once the body is read; a GatewayException it throws is answered for it. */
    @FunctionalInterface
    interface Dispatch {
        HttpResponse dispatch(AggregatedHttpRequest agg);
    }

    static HttpResponse serve(ServiceRequestContext ctx, HttpRequest req, Dispatch dispatch) {
        return whenRead(req, (agg, cause) -> {
            if (cause != null) {
                return OpenAiHttpErrors.response(RequestFailures.toGateway(cause));
            }
            // The service reads its request context (event loop, deadline); a future's callback
            // does not carry it, so push it for the in-process call.
            try (SafeCloseable ignored = ctx.push()) {
                RequestDeadline.apply(ctx, agg.headers());
                return dispatch.dispatch(agg);
            } catch (GatewayException e) {
                return OpenAiHttpErrors.response(e);
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

    /**
     * Calls a unary method in process and answers its result as JSON, with the headers saying what
     * served it; a failure becomes OpenAI's error body (an unexpected one is logged, never shown).
     */
    static <T> HttpResponse call(ServiceRequestContext ctx, String what,
                                 Consumer<UnaryResponseObserver<T>> method,
                                 Function<T, GatewayInfo> info, Function<T, byte[]> encode) {
        final UnaryResponseObserver<T> observer = new UnaryResponseObserver<>();
        observer.cancelWhenClientLeaves(ctx);
        method.accept(observer);
        final CompletableFuture<T> future = observer.future();
        return HttpResponse.of(future.handle((res, cause) -> {
            if (cause != null) {
                final GatewayException e = Errors.toGateway(cause);
                if (e.kind() == ErrorKind.INTERNAL) {
                    logger.warn("{} failed", what, e.getCause() != null ? e.getCause() : e);
                }
                return OpenAiHttpErrors.response(e);
            }
            return GatewayHeaders.json(info.apply(res), encode.apply(res));
        }));
    }

    private UnaryJsonCall() {}
}
