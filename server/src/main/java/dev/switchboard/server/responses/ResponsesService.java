package dev.switchboard.server.responses;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import com.linecorp.armeria.common.CommonPools;
import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.common.util.SafeCloseable;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.http.UnaryResponseObserver;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.CreateResponseRequest;
import dev.switchboard.v1.DeleteResponseRequest;
import dev.switchboard.v1.DeleteResponseResponse;
import dev.switchboard.v1.GetResponseRequest;
import dev.switchboard.v1.InferenceGrpc;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.ResponseStreamEvent;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.StoredResponse;
import dev.switchboard.v1.StreamOptions;

import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import io.netty.util.concurrent.EventExecutor;

/**
 * Stored, chainable responses over the chat machinery: a response is a chat completion run through
 * the same routing, retries and fallbacks, with the conversation kept by the gateway, so
 * {@code previous_response_id} works whatever the upstream. The database is only touched on the
 * blocking executor; everything else stays on the request's event loop.
 */
public final class ResponsesService {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ID_ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final ResponseStore store;
    private final InferenceGrpc.AsyncService chat;
    private final Clock clock;

    public ResponsesService(ResponseStore store, InferenceGrpc.AsyncService chat) {
        this(store, chat, Clock.systemUTC());
    }

    ResponsesService(ResponseStore store, InferenceGrpc.AsyncService chat, Clock clock) {
        this.store = store;
        this.chat = chat;
        this.clock = clock;
    }

    /** What one call needs from its request context, captured while the context is current. */
    record Call(@Nullable ServiceRequestContext ctx, String owner, EventExecutor loop, Executor blocking) {
        static Call current() {
            final ServiceRequestContext ctx = ServiceRequestContext.currentOrNull();
            final String owner = Principal.owner();
            if (owner == null) {
                throw new GatewayException(ErrorKind.UNAUTHENTICATED, "stored responses need an authenticated key");
            }
            return ctx == null ? new Call(null, owner, CommonPools.workerGroup().next(), CommonPools.blockingTaskExecutor())
                               : new Call(ctx, owner, ctx.eventLoop(), ctx.blockingTaskExecutor());
        }

        <T> CompletableFuture<T> blocking(Supplier<T> work) {
            return CompletableFuture.supplyAsync(work, blocking);
        }

        /** Runs {@code body} with the request context pushed, as the chat service expects. */
        void inContext(Runnable body) {
            if (ctx == null || ServiceRequestContext.currentOrNull() == ctx) {
                body.run();
                return;
            }
            try (SafeCloseable ignored = ctx.push()) {
                body.run();
            }
        }
    }

    public void create(CreateResponseRequest req, StreamObserver<StoredResponse> obs) {
        final Call call = begin(obs);
        if (call == null) {
            return;
        }
        final StoredResponse base = base(req);
        final UnaryResponseObserver<ChatCompletionResponse> answer = new UnaryResponseObserver<>();
        if (obs instanceof ServerCallStreamObserver<StoredResponse> server) {
            // The client leaving cancels the chat call, even one not started yet (the history read).
            server.setOnCancelHandler(answer::cancel);
        }
        history(call, req).thenComposeAsync(prior -> {
            call.inContext(() -> chat.createChatCompletion(chatRequest(req, prior), answer));
            return answer.future().thenCompose(completion -> finish(call, base, prior, completion));
        }, call.loop()).whenCompleteAsync((stored, cause) -> {
            if (cause != null) {
                obs.onError(Errors.toGateway(cause));
            } else {
                obs.onNext(stored);
                obs.onCompleted();
            }
        }, call.loop());
    }

    public void stream(CreateResponseRequest req, StreamObserver<ResponseStreamEvent> obs) {
        final Call call = begin(obs);
        if (call == null) {
            return;
        }
        final ResponseStream stream = new ResponseStream(base(req), obs, (base, prior, completion) ->
                // Back on the loop whatever the outcome: a failed store must not reach the stream's
                // writer from the blocking thread (thenApplyAsync would skip the hop on failure).
                finish(call, base, prior, completion).handleAsync((stored, cause) -> {
                    if (cause != null) {
                        throw cause instanceof CompletionException c ? c : new CompletionException(cause);
                    }
                    return stored;
                }, call.loop()));
        if (obs instanceof ServerCallStreamObserver<ResponseStreamEvent> server) {
            // Only settable inside the service method: grpc-java freezes the observer afterwards.
            server.setOnCancelHandler(stream::cancel);
        }
        history(call, req).whenCompleteAsync((prior, cause) -> {
            if (cause != null) {
                obs.onError(Errors.toGateway(cause));
                return;
            }
            stream.conversation(prior);
            final ChatCompletionRequest chatReq = chatRequest(req, prior).toBuilder()
                    .setStreamOptions(StreamOptions.newBuilder().setIncludeUsage(true)).build();
            call.inContext(() -> chat.streamChatCompletion(chatReq, stream));
        }, call.loop());
    }

    public void get(GetResponseRequest req, StreamObserver<StoredResponse> obs) {
        final Call call = begin(obs);
        if (call == null) {
            return;
        }
        call.blocking(() -> store.find(call.owner(), req.getId()).orElseThrow(() -> notFound(req.getId())))
            .whenCompleteAsync((entry, cause) -> {
                if (cause != null) {
                    obs.onError(Errors.toGateway(cause));
                } else {
                    obs.onNext(entry.response());
                    obs.onCompleted();
                }
            }, call.loop());
    }

    public void delete(DeleteResponseRequest req, StreamObserver<DeleteResponseResponse> obs) {
        final Call call = begin(obs);
        if (call == null) {
            return;
        }
        call.blocking(() -> store.delete(call.owner(), req.getId()))
            .whenCompleteAsync((deleted, cause) -> {
                if (cause != null) {
                    obs.onError(Errors.toGateway(cause));
                } else if (!deleted) {
                    obs.onError(notFound(req.getId()));
                } else {
                    obs.onNext(DeleteResponseResponse.newBuilder().setId(req.getId()).setDeleted(true).build());
                    obs.onCompleted();
                }
            }, call.loop());
    }

    /** The call's context, or null after failing {@code obs} when the caller has no owner. */
    @Nullable
    private static Call begin(StreamObserver<?> obs) {
        try {
            return Call.current();
        } catch (GatewayException e) {
            obs.onError(e);
            return null;
        }
    }

    /** The conversation the request continues: empty, or the stored one of this owner. */
    private CompletableFuture<List<Message>> history(Call call, CreateResponseRequest req) {
        if (req.getRequest().getModel().isEmpty()) {
            return CompletableFuture.failedFuture(GatewayException.invalid("model: required"));
        }
        final String previous = req.getPreviousResponseId();
        if (previous.isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        return call.blocking(() -> store.find(call.owner(), previous).orElseThrow(() -> notFound(previous))
                                        .conversation());
    }

    /** Stores the finished response (unless store is false) and returns it. */
    private CompletableFuture<StoredResponse> finish(Call call, StoredResponse base, List<Message> prior,
                                                     ChatCompletionResponse completion) {
        final StoredResponse done = base.toBuilder().setCompletion(completion).build();
        if (!done.getStored()) {
            return CompletableFuture.completedFuture(done);
        }
        final List<Message> conversation = new ArrayList<>(prior);
        conversation.addAll(done.getInputList());
        if (completion.getChoicesCount() > 0) {
            conversation.add(completion.getChoices(0).getMessage());
        }
        return call.blocking(() -> {
            store.insert(call.owner(), done, conversation);
            return done;
        });
    }

    /** The response as far as the request alone says: id, time, parameters, this turn's input. */
    private StoredResponse base(CreateResponseRequest req) {
        final byte[] random = new byte[18];
        RANDOM.nextBytes(random);
        return StoredResponse.newBuilder()
                             .setId("resp_" + ID_ENCODER.encodeToString(random))
                             .setCreated(clock.instant().getEpochSecond())
                             .setPreviousResponseId(req.getPreviousResponseId())
                             .setStored(!req.hasStore() || req.getStore())
                             .setInstructions(req.getInstructions())
                             .addAllInput(req.getRequest().getMessagesList())
                             .setRequest(req.getRequest().toBuilder().clearMessages())
                             .build();
    }

    /** Instructions (this turn's only), then the inherited conversation, then the new input. */
    static ChatCompletionRequest chatRequest(CreateResponseRequest req, List<Message> prior) {
        final ChatCompletionRequest.Builder b = req.getRequest().toBuilder().clearMessages();
        if (!req.getInstructions().isEmpty()) {
            b.addMessages(Message.newBuilder().setRole(Role.ROLE_SYSTEM)
                                 .addContent(ContentPart.newBuilder().setText(req.getInstructions())));
        }
        return b.addAllMessages(prior).addAllMessages(req.getRequest().getMessagesList()).build();
    }

    private static GatewayException notFound(String id) {
        return GatewayException.notFound("response_not_found", "response '" + id + "' not found");
    }
}
