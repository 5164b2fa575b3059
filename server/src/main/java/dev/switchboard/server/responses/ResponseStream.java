package dev.switchboard.server.responses;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import com.linecorp.armeria.common.stream.StreamMessage;

import dev.switchboard.server.inference.LoopStream;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.ResponseStreamEvent;
import dev.switchboard.v1.StoredResponse;

import io.netty.util.concurrent.EventExecutor;

/**
 * Reads one streamed chat completion and turns it into a response stream. The started event
 * waits for the answer's first chunk, so a failure before any content (no route, an upstream
 * refusing) reaches the client as a plain error; then chunks pass through while the whole answer
 * is assembled, stored, and sent as the completed event. Callbacks run on the request's event loop;
 * a client that stops reading the response stream stops the chat stream.
 */
final class ResponseStream implements Subscriber<ChatCompletionChunk> {
    /** Stores the finished answer (or not) and gives back the response as stored. */
    interface Finisher {
        CompletableFuture<StoredResponse> finish(StoredResponse base, List<Message> prior,
                                                 ChatCompletionResponse completion);
    }

    private final StoredResponse base;
    private final LoopStream<ResponseStreamEvent> client;
    private final Finisher finisher;
    private final StreamedAnswer answer = new StreamedAnswer();
    private List<Message> prior = List.of();
    private boolean started;

    ResponseStream(StoredResponse base, LoopStream<ResponseStreamEvent> client, Finisher finisher) {
        this.base = base;
        this.client = client;
        this.finisher = finisher;
    }

    /** Reads {@code chat} on {@code loop} into the client's stream. */
    void relay(StreamMessage<ChatCompletionChunk> chat, EventExecutor loop) {
        chat.subscribe(this, loop);
    }

    @Override
    public void onSubscribe(Subscription s) {
        client.whenCancelled(s::cancel);
        s.request(Long.MAX_VALUE);
    }

    void conversation(List<Message> prior) {
        this.prior = prior;
    }

    @Override
    public void onNext(ChatCompletionChunk chunk) {
        answer.add(chunk);
        if (!started) {
            start(chunk);
        }
        if (chunk.getChoicesCount() > 0) {
            client.write(ResponseStreamEvent.newBuilder().setChunk(chunk).build());
        }
    }

    private void start(ChatCompletionChunk first) {
        started = true;
        final StoredResponse view = base.toBuilder().setCompletion(ChatCompletionResponse.newBuilder()
                .setModel(first.getModel()).setGateway(first.getGateway())).build();
        client.write(ResponseStreamEvent.newBuilder().setStarted(view).build());
    }

    @Override
    public void onError(Throwable t) {
        client.close(Errors.toGateway(t));
    }

    @Override
    public void onComplete() {
        final ChatCompletionResponse completion = answer.build();
        if (!started) {
            start(ChatCompletionChunk.newBuilder().setModel(completion.getModel()).build());
        }
        finisher.finish(base, prior, completion).whenComplete((stored, cause) -> {
            if (cause != null) {
                client.close(Errors.toGateway(cause));
                return;
            }
            client.write(ResponseStreamEvent.newBuilder().setCompleted(stored).build());
            client.close();
        });
    }
}
