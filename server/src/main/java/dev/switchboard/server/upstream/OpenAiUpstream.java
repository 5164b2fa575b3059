package dev.switchboard.server.upstream;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.linecorp.armeria.client.ClientRequestContext;
import com.linecorp.armeria.client.ClientRequestContextCaptor;
import com.linecorp.armeria.client.Clients;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.RequestHeaders;

import io.netty.util.concurrent.EventExecutor;

import dev.switchboard.server.provider.UpstreamProvider;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.openai.OpenAiChatRequestEncoder;
import dev.switchboard.transcoder.openai.OpenAiChatResponseDecoder;
import dev.switchboard.transcoder.openai.OpenAiModels;
import dev.switchboard.transcoder.openai.OpenAiModels.UpstreamModel;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;

/**
 * Calls OpenAI-format upstreams ({@code /chat/completions}, {@code /models}). Connection pooling,
 * keep-alive and HTTP/2 come from the shared client factory; the provider's client already
 * carries its base URL, auth and headers.
 */
public final class OpenAiUpstream {

    /** Sends a chat completion and decodes the whole answer. */
    public CompletableFuture<ChatCompletionResponse> complete(UpstreamProvider p, ChatCompletionRequest req,
                                                             String model) {
        final byte[] body = OpenAiChatRequestEncoder.encode(req, model, false);
        return p.client().execute(post("/chat/completions", body)).aggregate()
                .handle((res, cause) -> {
                    if (cause != null) {
                        throw UpstreamErrors.fromThrowable(p, cause);
                    }
                    final byte[] ok = successBody(p, res);
                    try {
                        return OpenAiChatResponseDecoder.decode(ok);
                    } catch (GatewayException e) {
                        throw UpstreamErrors.attributed(p, e);
                    }
                });
    }

    /**
     * Starts a streamed chat completion. Chunks reach the sink on {@code executor}, one at a
     * time; the next network read is requested only after the sink returned.
     */
    public UpstreamCall stream(UpstreamProvider p, ChatCompletionRequest req, String model, ChunkSink sink,
                               EventExecutor executor) {
        final byte[] body = OpenAiChatRequestEncoder.encode(req, model, true);
        final HttpResponse res;
        final ClientRequestContext ctx;
        try (ClientRequestContextCaptor captor = Clients.newContextCaptor()) {
            res = p.client().execute(post("/chat/completions", body));
            ctx = captor.get();
        }
        final OpenAiStreamSubscriber subscriber = new OpenAiStreamSubscriber(p, sink, ctx);
        res.subscribe(subscriber, executor);
        return subscriber;
    }

    /** Fetches the provider's model list. */
    public CompletableFuture<List<UpstreamModel>> listModels(UpstreamProvider p) {
        return p.client().get("/models").aggregate().handle((res, cause) -> {
            if (cause != null) {
                throw UpstreamErrors.fromThrowable(p, cause);
            }
            return OpenAiModels.decodeList(successBody(p, res));
        });
    }

    private static byte[] successBody(UpstreamProvider p, AggregatedHttpResponse res) {
        final int status = res.status().code();
        if (status < 200 || status >= 300) {
            throw UpstreamErrors.fromStatus(p, status, res.headers(), res.content().array());
        }
        return res.content().array();
    }

    private static HttpRequest post(String path, byte[] body) {
        return HttpRequest.of(RequestHeaders.builder(HttpMethod.POST, path)
                                            .contentType(MediaType.JSON_UTF_8)
                                            .build(),
                              HttpData.wrap(body));
    }
}
