package dev.switchboard.server.responses;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.switchboard.server.http.InProcessObserver;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.ResponseStreamEvent;
import dev.switchboard.v1.StoredResponse;

import io.grpc.stub.StreamObserver;

/**
 * Observes one streamed chat completion and turns it into a response stream. The started event
 * waits for the answer's first chunk, so a failure before any content (no route, an upstream
 * refusing) reaches the client as a plain error; then chunks pass through while the whole answer
 * is assembled, stored, and sent as the completed event. Callbacks run on the request's event loop.
 */
final class ResponseStream extends InProcessObserver<ChatCompletionChunk> {
    /** Stores the finished answer (or not) and gives back the response as stored. */
    interface Finisher {
        CompletableFuture<StoredResponse> finish(StoredResponse base, List<Message> prior,
                                                 ChatCompletionResponse completion);
    }

    private final StoredResponse base;
    private final StreamObserver<ResponseStreamEvent> client;
    private final Finisher finisher;
    private final StreamedAnswer answer = new StreamedAnswer();
    private List<Message> prior = List.of();
    private boolean started;

    ResponseStream(StoredResponse base, StreamObserver<ResponseStreamEvent> client, Finisher finisher) {
        this.base = base;
        this.client = client;
        this.finisher = finisher;
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
            client.onNext(ResponseStreamEvent.newBuilder().setChunk(chunk).build());
        }
    }

    private void start(ChatCompletionChunk first) {
        started = true;
        final StoredResponse view = base.toBuilder().setCompletion(ChatCompletionResponse.newBuilder()
                .setModel(first.getModel()).setGateway(first.getGateway())).build();
        client.onNext(ResponseStreamEvent.newBuilder().setStarted(view).build());
    }

    @Override
    public void onError(Throwable t) {
        client.onError(Errors.toGateway(t));
    }

    @Override
    public void onCompleted() {
        final ChatCompletionResponse completion = answer.build();
        if (!started) {
            start(ChatCompletionChunk.newBuilder().setModel(completion.getModel()).build());
        }
        finisher.finish(base, prior, completion).whenComplete((stored, cause) -> {
            if (cause != null) {
                client.onError(Errors.toGateway(cause));
                return;
            }
            client.onNext(ResponseStreamEvent.newBuilder().setCompleted(stored).build());
            client.onCompleted();
        });
    }
}
