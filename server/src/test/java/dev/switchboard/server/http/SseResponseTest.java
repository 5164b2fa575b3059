package dev.switchboard.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import com.linecorp.armeria.common.CommonPools;
import com.linecorp.armeria.common.HttpObject;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpResponseWriter;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.common.stream.StreamMessage;
import com.linecorp.armeria.common.stream.StreamWriter;

import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.ChunkChoice;
import dev.switchboard.v1.Delta;
import dev.switchboard.v1.ResponseStreamEvent;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.StoredResponse;

import io.netty.channel.EventLoop;

/** The SSE response on a real event loop, as the server runs it, for each client format. */
class SseResponseTest {

    static List<Named<Supplier<SseEvents.OfChunks>>> chatFormats() {
        return List.of(Named.of("OpenAI chat", () -> new ChatEvents(false)),
                       Named.of("Anthropic Messages", () -> new MessagesEvents("m", 3)));
    }

    /**
     * The server flushes a write outside a read at the end of the loop's turn, by a task its
     * headers' write schedules (WriteCoalescing). The first event must be handed over before that
     * task runs, or the headers leave alone and the first event waits for a second write.
     */
    @ParameterizedTest
    @MethodSource("chatFormats")
    void theFirstEventIsHandedOverBeforeTheHeadersFlushRuns(Supplier<SseEvents.OfChunks> format)
            throws Exception {
        final ChatCompletionChunk first = ChatCompletionChunk.newBuilder().setId("c").setModel("m").addChoices(
                ChunkChoice.newBuilder().setDelta(Delta.newBuilder().setRole(Role.ROLE_ASSISTANT).setContent("")))
                                                            .build();
        assertThat(writesOf(first, format.get())).containsExactly("headers", "first event", "the headers' flush");
    }

    @Test
    void aResponseStreamsStartedEventLeavesWithItsHeadersToo() throws Exception {
        final ResponseStreamEvent started = ResponseStreamEvent.newBuilder().setStarted(
                StoredResponse.newBuilder().setId("resp_1").setCompletion(ChatCompletionResponse.newBuilder()
                                                                                                .setModel("m"))).build();
        assertThat(writesOf(started, new ResponseEvents()))
                .containsExactly("headers", "first event", "the headers' flush");
    }

    /** What the response hands to the connection, in order, once {@code first} is in the stream. */
    private static <T> List<String> writesOf(T first, SseEvents<T> events) throws Exception {
        final EventLoop loop = CommonPools.workerGroup().next();
        final HttpResponseWriter response = HttpResponse.streaming();
        final List<String> seen = new CopyOnWriteArrayList<>();
        response.subscribe(new Subscriber<HttpObject>() {
            @Override
            public void onSubscribe(Subscription s) {
                s.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(HttpObject o) {
                if (o instanceof ResponseHeaders) {
                    seen.add("headers");
                    loop.execute(() -> seen.add("the headers' flush"));
                } else {
                    seen.add("first event");
                }
            }

            @Override
            public void onError(Throwable t) {
                seen.add("error " + t);
            }

            @Override
            public void onComplete() {}
        }, loop);
        final StreamWriter<T> stream = StreamMessage.streaming();
        loop.submit(() -> SseResponse.start(response, loop, stream, events, "test")).get(5, TimeUnit.SECONDS);
        loop.submit(() -> stream.write(first)).get(5, TimeUnit.SECONDS);
        for (int turn = 0; turn < 5; turn++) {
            loop.submit(() -> {}).get(5, TimeUnit.SECONDS);
        }
        return seen;
    }
}
