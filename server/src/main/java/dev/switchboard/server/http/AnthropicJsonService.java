package dev.switchboard.server.http;

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
import dev.switchboard.v1.InferenceGrpc;

/**
 * A JSON POST of the Anthropic API over the in-process {@code Inference} service: the body is read
 * whole, the request context pushed for the service, and any failure before an answer starts is
 * Anthropic's error JSON.
 */
abstract class AnthropicJsonService implements WholeRequestService {
    private static final Logger logger = LoggerFactory.getLogger(AnthropicJsonService.class);

    final InferenceGrpc.AsyncService inference;

    AnthropicJsonService(InferenceGrpc.AsyncService inference) {
        this.inference = inference;
    }

    @Override
    public final HttpResponse serve(ServiceRequestContext ctx, HttpRequest req) {
        return UnaryJsonCall.whenRead(req, (agg, cause) -> {
            if (cause != null) {
                return AnthropicHttpErrors.response(RequestFailures.toGateway(cause));
            }
            // The service reads its request context; a future's callback does not carry it.
            try (SafeCloseable ignored = ctx.push()) {
                RequestDeadline.apply(ctx, agg.headers());
                return dispatch(ctx, agg);
            } catch (GatewayException e) {
                return AnthropicHttpErrors.response(e);
            }
        });
    }

    /** The error answer for a failed call; unknown failures are logged, as their text is never shown. */
    static HttpResponse failed(Throwable cause, String what) {
        final GatewayException e = Errors.toGateway(cause);
        if (e.kind() == ErrorKind.INTERNAL) {
            logger.warn("{} failed", what, e.getCause() != null ? e.getCause() : e);
        }
        return AnthropicHttpErrors.response(e);
    }

    /** Decodes the body and calls the service; a GatewayException thrown here is the answer. */
    abstract HttpResponse dispatch(ServiceRequestContext ctx, AggregatedHttpRequest agg);
}
