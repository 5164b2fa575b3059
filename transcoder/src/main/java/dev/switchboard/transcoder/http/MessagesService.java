package dev.switchboard.transcoder.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.linecorp.armeria.common.AggregatedHttpRequest;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpResponseWriter;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.common.util.SafeCloseable;
import com.linecorp.armeria.server.HttpService;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.messages.DecodedMessagesRequest;
import dev.switchboard.transcoder.messages.MessagesRequestDecoder;
import dev.switchboard.transcoder.messages.MessagesResponseEncoder;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.InferenceGrpc;
import dev.switchboard.v1.StreamOptions;

/**
 * {@code POST /v1/messages}: Anthropic Messages JSON in, the {@code Inference} service called in
 * process (so any upstream format serves it), an Anthropic message or its event stream out. The
 * {@code anthropic-version} and {@code anthropic-beta} headers are accepted and not needed.
 */
final class MessagesService implements HttpService {
    private static final Logger logger = LoggerFactory.getLogger(MessagesService.class);

    private final InferenceGrpc.AsyncService inference;

    MessagesService(InferenceGrpc.AsyncService inference) {
        this.inference = inference;
    }

    @Override
    public HttpResponse serve(ServiceRequestContext ctx, HttpRequest req) {
        return HttpResponse.of(req.aggregate().handle((agg, cause) -> {
            if (cause != null) {
                return AnthropicHttpErrors.response(RequestFailures.toGateway(cause));
            }
            // The service reads its request context; a future's callback does not carry it.
            try (SafeCloseable ignored = ctx.push()) {
                return dispatch(ctx, agg);
            } catch (GatewayException e) {
                return AnthropicHttpErrors.response(e);
            }
        }));
    }

    private HttpResponse dispatch(ServiceRequestContext ctx, AggregatedHttpRequest agg) {
        RequestDeadline.apply(ctx, agg.headers());
        final DecodedMessagesRequest decoded = MessagesRequestDecoder.decode(agg.content().array());
        final ChatCompletionRequest request = decoded.request();
        if (decoded.stream()) {
            // message_delta carries the whole usage, so the canonical stream must always report it.
            final ChatCompletionRequest withUsage = request.toBuilder()
                    .setStreamOptions(StreamOptions.newBuilder().setIncludeUsage(true)).build();
            final HttpResponseWriter writer = HttpResponse.streaming();
            inference.streamChatCompletion(withUsage, new MessagesSseWriter(writer, request.getModel()));
            return writer;
        }
        final UnaryResponseObserver<ChatCompletionResponse> observer = new UnaryResponseObserver<>();
        ctx.whenRequestCancelled().thenRun(observer::cancel);
        inference.createChatCompletion(request, observer);
        return HttpResponse.of(observer.future().handle((res, cause) -> {
            try {
                if (cause != null) {
                    throw Errors.toGateway(cause);
                }
                final byte[] body = MessagesResponseEncoder.encode(res, request.getModel());
                final ResponseHeaders headers = GatewayHeaders.add(
                        ResponseHeaders.builder(200).contentType(MediaType.JSON_UTF_8), res.getGateway()).build();
                return HttpResponse.of(headers, HttpData.wrap(body));
            } catch (GatewayException e) {
                if (e.kind() == ErrorKind.INTERNAL) {
                    logger.warn("message failed", e.getCause() != null ? e.getCause() : e);
                }
                return AnthropicHttpErrors.response(e);
            }
        }));
    }
}
