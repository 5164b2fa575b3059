package dev.switchboard.server.responses;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import com.linecorp.armeria.common.stream.StreamMessage;

import dev.switchboard.server.inference.Caller;
import dev.switchboard.server.inference.Inference;
import dev.switchboard.server.inference.LoopStream;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.CreateResponseRequest;
import dev.switchboard.v1.DeleteResponseResponse;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.ResponseStreamEvent;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.StoredResponse;
import dev.switchboard.v1.StreamOptions;

/**
 * Stored, chainable responses over the chat machinery: a response is a chat completion run through
 * the same routing, retries and fallbacks, with the conversation kept by the gateway, so
 * {@code previous_response_id} works whatever the upstream. The database is only touched on the
 * blocking executor; everything else stays on the request's event loop.
 */
public final class Responses {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ID_ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final ResponseStore store;
    private final Inference chat;
    private final Clock clock;

    public Responses(ResponseStore store, Inference chat) {
        this(store, chat, Clock.systemUTC());
    }

    Responses(ResponseStore store, Inference chat, Clock clock) {
        this.store = store;
        this.chat = chat;
        this.clock = clock;
    }

    /** A whole response, stored unless the request says not to. Cancelling the future stops the chat call. */
    public CompletableFuture<StoredResponse> create(CreateResponseRequest req, Caller who) {
        final CompletableFuture<StoredResponse> result = new CompletableFuture<>();
        final String owner;
        try {
            owner = owner(who);
        } catch (GatewayException e) {
            return CompletableFuture.failedFuture(e);
        }
        final StoredResponse base = base(req);
        history(who, owner, req).thenComposeAsync(prior -> {
            if (result.isDone()) {
                // The client left while the history was read.
                return CompletableFuture.<StoredResponse>failedFuture(new CancellationException());
            }
            final CompletableFuture<ChatCompletionResponse> answer = chat.complete(chatRequest(req, prior), who);
            result.whenComplete((unused, cause) -> {
                if (result.isCancelled()) {
                    answer.cancel(false);
                }
            });
            return answer.thenCompose(completion -> finish(who, owner, base, prior, completion));
        }, who.loop()).whenCompleteAsync((stored, cause) -> {
            if (cause != null) {
                result.completeExceptionally(Errors.toGateway(cause));
            } else {
                result.complete(stored);
            }
        }, who.loop());
        return result;
    }

    /**
     * A streamed response: started (once the answer's first chunk came), the answer's chunks, then
     * completed once stored. Cancelling the subscription stops the chat stream.
     */
    public StreamMessage<ResponseStreamEvent> stream(CreateResponseRequest req, Caller who) {
        final LoopStream<ResponseStreamEvent> out = new LoopStream<>(who.loop());
        final String owner;
        try {
            owner = owner(who);
        } catch (GatewayException e) {
            out.close(e);
            return out;
        }
        final ResponseStream stream = new ResponseStream(base(req), out, (base, prior, completion) ->
                // Back on the loop whatever the outcome: a failed store must not reach the stream's
                // writer from the blocking thread (thenApplyAsync would skip the hop on failure).
                finish(who, owner, base, prior, completion).handleAsync((stored, cause) -> {
                    if (cause != null) {
                        throw cause instanceof CompletionException c ? c : new CompletionException(cause);
                    }
                    return stored;
                }, who.loop()));
        history(who, owner, req).whenCompleteAsync((prior, cause) -> {
            if (cause != null) {
                out.close(Errors.toGateway(cause));
                return;
            }
            stream.conversation(prior);
            final ChatCompletionRequest chatReq = chatRequest(req, prior).toBuilder()
                    .setStreamOptions(StreamOptions.newBuilder().setIncludeUsage(true)).build();
            stream.relay(chat.stream(chatReq, who), who.loop());
        }, who.loop());
        return out;
    }

    /** A stored response of the caller's. */
    public CompletableFuture<StoredResponse> get(String id, Caller who) {
        return blocking(who, () -> store.find(owner(who), id).orElseThrow(() -> notFound(id)).response());
    }

    /** Deletes a stored response of the caller's; not found when there is none. */
    public CompletableFuture<DeleteResponseResponse> delete(String id, Caller who) {
        return blocking(who, () -> {
            if (!store.delete(owner(who), id)) {
                throw notFound(id);
            }
            return DeleteResponseResponse.newBuilder().setId(id).setDeleted(true).build();
        });
    }

    /** Work on the blocking executor, its outcome back on the caller's loop. */
    private static <T> CompletableFuture<T> blocking(Caller who, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, who.blocking()).handleAsync((value, cause) -> {
            if (cause != null) {
                throw Errors.toGateway(cause);
            }
            return value;
        }, who.loop());
    }

    /** Stored responses belong to an owner: a caller without one cannot have any. */
    private static String owner(Caller who) {
        if (who.owner() == null) {
            throw new GatewayException(ErrorKind.UNAUTHENTICATED, "stored responses need an authenticated key");
        }
        return who.owner();
    }

    /** The conversation the request continues: empty, or the stored one of this owner. */
    private CompletableFuture<List<Message>> history(Caller who, String owner, CreateResponseRequest req) {
        if (req.getRequest().getModel().isEmpty()) {
            return CompletableFuture.failedFuture(GatewayException.invalid("model: required"));
        }
        final String previous = req.getPreviousResponseId();
        if (previous.isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        return CompletableFuture.supplyAsync(
                () -> store.find(owner, previous).orElseThrow(() -> notFound(previous)).conversation(), who.blocking());
    }

    /** Stores the finished response (unless store is false) and returns it. */
    private CompletableFuture<StoredResponse> finish(Caller who, String owner, StoredResponse base,
                                                     List<Message> prior, ChatCompletionResponse completion) {
        final StoredResponse done = base.toBuilder().setCompletion(completion).build();
        if (!done.getStored()) {
            return CompletableFuture.completedFuture(done);
        }
        final List<Message> conversation = new ArrayList<>(prior);
        conversation.addAll(done.getInputList());
        if (completion.getChoicesCount() > 0) {
            conversation.add(completion.getChoices(0).getMessage());
        }
        return CompletableFuture.supplyAsync(() -> {
            store.insert(owner, done, conversation);
            return done;
        }, who.blocking());
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
