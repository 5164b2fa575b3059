package dev.switchboard.server.http;

import com.linecorp.armeria.common.AggregatedHttpRequest;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpResponseWriter;
import com.linecorp.armeria.server.ServiceRequestContext;

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
final class ChatCompletionsService implements WholeRequestService {
    private final InferenceGrpc.AsyncService inference;

    ChatCompletionsService(InferenceGrpc.AsyncService inference) {
        this.inference = inference;
    }

    @Override
    public HttpResponse serve(ServiceRequestContext ctx, HttpRequest req) {
        return UnaryJsonCall.serve(ctx, req, agg -> dispatch(ctx, agg));
    }

    private HttpResponse dispatch(ServiceRequestContext ctx, AggregatedHttpRequest agg) {
        final DecodedChatRequest decoded = OpenAiChatRequestDecoder.decode(agg.content().array());
        final ChatCompletionRequest request = decoded.request();
        if (decoded.stream()) {
            final HttpResponseWriter writer = HttpResponse.streaming();
            final SseChunkWriter sse = new SseChunkWriter(
                    writer, ctx.eventLoop(), request.hasStreamOptions() && request.getStreamOptions().getIncludeUsage());
            sse.cancelWhenClientLeaves(ctx);
            inference.streamChatCompletion(request, sse);
            return writer;
        }
        return UnaryJsonCall.<ChatCompletionResponse>call(
                ctx, "chat completion", observer -> inference.createChatCompletion(request, observer),
                ChatCompletionResponse::getGateway, OpenAiChatResponseEncoder::encode);
    }
}
