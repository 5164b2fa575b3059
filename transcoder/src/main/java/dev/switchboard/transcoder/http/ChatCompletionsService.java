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
import dev.switchboard.transcoder.openai.DecodedChatRequest;
import dev.switchboard.transcoder.openai.OpenAiChatRequestDecoder;
import dev.switchboard.transcoder.openai.OpenAiChatResponseEncoder;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.InferenceGrpc;

/**
 * {@code POST /v1/chat/completions}: OpenAI JSON in, the {@code Inference} service called in
 * process, OpenAI JSON or server-sent events out.
 */
final class ChatCompletionsService implements HttpService {
    private static final Logger logger = LoggerFactory.getLogger(ChatCompletionsService.class);

    private final InferenceGrpc.AsyncService inference;

    ChatCompletionsService(InferenceGrpc.AsyncService inference) {
        this.inference = inference;
    }

    @Override
    public HttpResponse serve(ServiceRequestContext ctx, HttpRequest req) {
        return HttpResponse.of(req.aggregate().handle((agg, cause) -> {
            if (cause != null) {
                return OpenAiHttpErrors.response(RequestFailures.toGateway(cause));
            }
            // The service reads its request context (event loop, deadline); a future's callback
            // does not carry it, so push it for the in-process call.
            try (SafeCloseable ignored = ctx.push()) {
                return dispatch(ctx, agg);
            } catch (GatewayException e) {
                return OpenAiHttpErrors.response(e);
            }
        }));
    }

    static long timeoutNanos(String header) {
        final double seconds;
        try {
            seconds = Double.parseDouble(header.trim());
        } catch (NumberFormatException e) {
            throw GatewayException.invalid(RequestDeadline.HEADER + ": '" + header + "' (expected: seconds, e.g. 30 or 2.5)");
        }
        if (!(seconds > 0) || seconds > 3600) {
            throw GatewayException.invalid(RequestDeadline.HEADER + ": " + header + " (expected: > 0 and <= 3600)");
        }
        return (long) (seconds * 1e9);
    }

    private HttpResponse dispatch(ServiceRequestContext ctx, AggregatedHttpRequest agg) {
        final String timeout = agg.headers().get(RequestDeadline.HEADER);
        if (timeout != null) {
            ctx.setAttr(RequestDeadline.NANOS, System.nanoTime() + timeoutNanos(timeout));
        }
        final DecodedChatRequest decoded = OpenAiChatRequestDecoder.decode(agg.content().array());
        final ChatCompletionRequest request = decoded.request();
        if (decoded.stream()) {
            final HttpResponseWriter writer = HttpResponse.streaming();
            final SseChunkWriter sse = new SseChunkWriter(
                    writer, request.hasStreamOptions() && request.getStreamOptions().getIncludeUsage());
            inference.streamChatCompletion(request, sse);
            return writer;
        }
        final UnaryResponseObserver<ChatCompletionResponse> observer = new UnaryResponseObserver<>();
        ctx.whenRequestCancelled().thenRun(observer::cancel);
        inference.createChatCompletion(request, observer);
        return HttpResponse.of(observer.future().handle((res, cause) -> {
            if (cause != null) {
                final GatewayException e = Errors.toGateway(cause);
                if (e.kind() == ErrorKind.INTERNAL) {
                    logger.warn("chat completion failed", e.getCause() != null ? e.getCause() : e);
                }
                return OpenAiHttpErrors.response(e);
            }
            final ResponseHeaders headers = GatewayHeaders.add(
                    ResponseHeaders.builder(200).contentType(MediaType.JSON_UTF_8), res.getGateway()).build();
            return HttpResponse.of(headers, HttpData.wrap(OpenAiChatResponseEncoder.encode(res)));
        }));
    }
}
