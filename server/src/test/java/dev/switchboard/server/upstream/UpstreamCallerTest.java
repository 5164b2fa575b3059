package dev.switchboard.server.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.CommonPools;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpHeaders;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.common.ResponseHeaders;

import dev.switchboard.server.provider.ApiFormat;
import dev.switchboard.server.provider.UpstreamHeaders;
import dev.switchboard.server.provider.UpstreamProvider;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionRequest;
import io.netty.util.concurrent.EventExecutor;

class UpstreamCallerTest {

    /**
     * An answer already complete when the stream starts (a fast upstream on a busy machine) must
     * not reach the sink before {@code stream} returned: the caller needs the UpstreamCall first.
     */
    @Test
    void chunksReachTheSinkOnlyAfterStreamReturned() throws Exception {
        final String sse = "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\","
                           + "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"hi\"},"
                           + "\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n";
        final WebClient client = WebClient.builder("http://127.0.0.1:1")
                .decorator((delegate, ctx, req) -> HttpResponse.of(
                        ResponseHeaders.of(HttpStatus.OK, "content-type", "text/event-stream"), HttpData.ofUtf8(sse)))
                .build();
        final UpstreamProvider p = new UpstreamProvider("id", "fast", "custom", ApiFormat.OPENAI, true,
                                                        Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ZERO,
                                                        client, UpstreamHeaders.of("http://127.0.0.1:1", HttpHeaders.of()),
                                                        new Redactor(List.of()));
        final EventExecutor loop = CommonPools.workerGroup().next();
        final AtomicBoolean returned = new AtomicBoolean();
        final CompletableFuture<Boolean> firstChunkAfterReturn = new CompletableFuture<>();
        final CompletableFuture<Void> done = new CompletableFuture<>();
        loop.execute(() -> {
            new UpstreamCaller().stream(p, ChatCompletionRequest.getDefaultInstance(), "m", new ChunkSink() {
                @Override
                public void onChunk(ChatCompletionChunk chunk) {
                    firstChunkAfterReturn.complete(returned.get());
                }

                @Override
                public void onComplete() {
                    done.complete(null);
                }

                @Override
                public void onError(GatewayException error) {
                    done.completeExceptionally(error);
                }
            }, loop);
            returned.set(true);
        });
        assertThat(firstChunkAfterReturn.get(10, TimeUnit.SECONDS)).isTrue();
        done.get(10, TimeUnit.SECONDS);
    }
}
