package dev.switchboard.server.grpc;

import java.util.concurrent.CompletableFuture;

import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import com.linecorp.armeria.common.stream.AbortedStreamException;
import com.linecorp.armeria.common.stream.StreamMessage;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.inference.Caller;
import dev.switchboard.server.inference.Inference;
import dev.switchboard.server.responses.Responses;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.CountTokensRequest;
import dev.switchboard.v1.CountTokensResponse;
import dev.switchboard.v1.CreateResponseRequest;
import dev.switchboard.v1.DeleteResponseRequest;
import dev.switchboard.v1.DeleteResponseResponse;
import dev.switchboard.v1.EmbeddingsRequest;
import dev.switchboard.v1.EmbeddingsResponse;
import dev.switchboard.v1.GetModelRequest;
import dev.switchboard.v1.GetResponseRequest;
import dev.switchboard.v1.InferenceGrpc;
import dev.switchboard.v1.ListModelsRequest;
import dev.switchboard.v1.ListModelsResponse;
import dev.switchboard.v1.Model;
import dev.switchboard.v1.ResponseStreamEvent;
import dev.switchboard.v1.StoredResponse;

import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;

/**
 * The {@code Inference} gRPC service: a thin adapter from the generated service to the core API.
 * The call's deadline becomes the caller's; a cancel or an expired deadline cancels the future or
 * the stream, which stops the plan and the upstream call. Failures reach {@code GrpcErrors}.
 */
public final class InferenceGrpcService extends InferenceGrpc.InferenceImplBase {
    private final Inference inference;
    private final Responses responses;

    public InferenceGrpcService(Inference inference, Responses responses) {
        this.inference = inference;
        this.responses = responses;
    }

    @Override
    public void createChatCompletion(ChatCompletionRequest req, StreamObserver<ChatCompletionResponse> obs) {
        unary(inference.complete(req, caller()), obs);
    }

    @Override
    public void streamChatCompletion(ChatCompletionRequest req, StreamObserver<ChatCompletionChunk> obs) {
        stream(inference.stream(req, caller()), obs);
    }

    @Override
    public void createEmbeddings(EmbeddingsRequest req, StreamObserver<EmbeddingsResponse> obs) {
        unary(inference.embeddings(req, caller()), obs);
    }

    @Override
    public void countTokens(CountTokensRequest req, StreamObserver<CountTokensResponse> obs) {
        unary(inference.countTokens(req, caller()), obs);
    }

    @Override
    public void listModels(ListModelsRequest req, StreamObserver<ListModelsResponse> obs) {
        unary(inference.listModels(caller()), obs);
    }

    @Override
    public void getModel(GetModelRequest req, StreamObserver<Model> obs) {
        unary(inference.getModel(req.getId(), caller()), obs);
    }

    @Override
    public void createResponse(CreateResponseRequest req, StreamObserver<StoredResponse> obs) {
        unary(responses.create(req, caller()), obs);
    }

    @Override
    public void streamResponse(CreateResponseRequest req, StreamObserver<ResponseStreamEvent> obs) {
        stream(responses.stream(req, caller()), obs);
    }

    @Override
    public void getResponse(GetResponseRequest req, StreamObserver<StoredResponse> obs) {
        unary(responses.get(req.getId(), caller()), obs);
    }

    @Override
    public void deleteResponse(DeleteResponseRequest req, StreamObserver<DeleteResponseResponse> obs) {
        unary(responses.delete(req.getId(), caller()), obs);
    }

    /** The gRPC call as the core's caller: its deadline, when it has one, bounds the plan. */
    private static Caller caller() {
        final ServiceRequestContext ctx = ServiceRequestContext.current();
        final long timeoutMillis = ctx.requestTimeoutMillis();
        final Long deadline = timeoutMillis > 0
                              ? ctx.log().partial().requestStartTimeNanos() + timeoutMillis * 1_000_000 : null;
        return Caller.of(ctx, deadline);
    }

    /** Must run inside the service method: grpc-java freezes the observer once it returns. */
    private static <T> void unary(CompletableFuture<T> answer, StreamObserver<T> obs) {
        if (obs instanceof ServerCallStreamObserver<T> server) {
            server.setOnCancelHandler(() -> answer.cancel(false));
        }
        answer.whenComplete((value, cause) -> {
            if (answer.isCancelled()) {
                // Nobody is listening any more, and nothing went wrong here.
                return;
            }
            if (cause != null) {
                obs.onError(Errors.toGateway(cause));
            } else {
                obs.onNext(value);
                obs.onCompleted();
            }
        });
    }

    /** Forwards a core stream to the call; must run inside the service method, as {@link #unary}. */
    private static <T> void stream(StreamMessage<T> events, StreamObserver<T> obs) {
        if (obs instanceof ServerCallStreamObserver<T> server) {
            server.setOnCancelHandler(events::abort);
        }
        events.subscribe(new Forward<>(obs), ServiceRequestContext.current().eventLoop());
    }

    /** The core stream's events as the call's messages, its end as the call's status. */
    private record Forward<T>(StreamObserver<T> obs) implements Subscriber<T> {
        @Override
        public void onSubscribe(Subscription s) {
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(T event) {
            obs.onNext(event);
        }

        @Override
        public void onError(Throwable t) {
            // An abort is the call's own cancel: nobody is listening.
            if (!(t instanceof AbortedStreamException)) {
                obs.onError(Errors.toGateway(t));
            }
        }

        @Override
        public void onComplete() {
            obs.onCompleted();
        }
    }
}
