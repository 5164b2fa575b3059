package dev.switchboard.client;

import static dev.switchboard.client.Stubs.call;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.GetModelRequest;
import dev.switchboard.v1.ListModelsRequest;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Model;
import dev.switchboard.v1.Role;
import io.grpc.Context;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.grpc.stub.StreamObserver;

/**
 * A client of one Switchboard gateway: the {@code switchboard.v1.Inference} RPCs here, the
 * {@code ProviderAdmin} ones under {@link #admin()}, the {@code AccessAdmin} ones under
 * {@link #access()}, and usage, limits and prices under {@link #usage()}, {@link #limits()} and
 * {@link #prices()}. Every call sends the key as call credentials
 * and has a deadline ({@link Builder#timeout}); every failure is a {@link SwitchboardException}.
 * Thread-safe; make one and share it.
 *
 * <pre>{@code
 * try (SwitchboardClient client = SwitchboardClient.builder().target("127.0.0.1:8080").key(key).build();
 *      ChatStream stream = client.streamChatCompletion(SwitchboardClient.chatRequest(model, "Hi").build())) {
 *     for (ChatCompletionChunk chunk : stream) { ... }
 * }
 * }</pre>
 */
public final class SwitchboardClient implements AutoCloseable {
    /** The deadline of a call unless {@link Builder#timeout} says otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final Stubs stubs;
    private final boolean ownsChannel;

    private SwitchboardClient(Stubs stubs, boolean ownsChannel) {
        this.stubs = stubs;
        this.ownsChannel = ownsChannel;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A request with one user message, to complete with further settings. */
    public static ChatCompletionRequest.Builder chatRequest(String model, String prompt) {
        return ChatCompletionRequest.newBuilder().setModel(model).addMessages(
                Message.newBuilder().setRole(Role.ROLE_USER).addContent(ContentPart.newBuilder().setText(prompt)));
    }

    /**
     * This client with another deadline per call ({@link Duration#ZERO}: none). It shares this
     * client's channel: close this one, not the copy.
     */
    public SwitchboardClient withTimeout(Duration timeout) {
        return new SwitchboardClient(stubs.withTimeout(Builder.checkTimeout(timeout)), false);
    }

    /** Runs a chat completion and returns it whole. */
    public ChatCompletionResponse createChatCompletion(ChatCompletionRequest request) {
        return call(() -> stubs.inference().createChatCompletion(request));
    }

    /**
     * Streams a chat completion; read it as an iterator and close it. The deadline covers the
     * whole stream.
     */
    public ChatStream streamChatCompletion(ChatCompletionRequest request) {
        final Context.CancellableContext context = Context.current().withCancellation();
        try {
            // The call belongs to the context it starts in, so cancelling that context cancels it.
            return new ChatStream(context, context.call(() -> stubs.inference().streamChatCompletion(request)));
        } catch (Exception e) {
            context.cancel(e);
            throw SwitchboardException.from(e);
        }
    }

    /**
     * Streams a chat completion to {@code observer} on gRPC's threads; its {@code onError} gets a
     * {@link SwitchboardException}. An observer that is a {@link ClientResponseObserver} receives
     * the call's {@link ClientCallStreamObserver} first, to cancel it.
     */
    public void streamChatCompletion(ChatCompletionRequest request, StreamObserver<ChatCompletionChunk> observer) {
        requireNonNull(observer, "observer");
        stubs.inferenceAsync().streamChatCompletion(request, new ClientResponseObserver<ChatCompletionRequest,
                ChatCompletionChunk>() {
            @Override
            @SuppressWarnings("unchecked")
            public void beforeStart(ClientCallStreamObserver<ChatCompletionRequest> call) {
                if (observer instanceof ClientResponseObserver) {
                    ((ClientResponseObserver<ChatCompletionRequest, ChatCompletionChunk>) observer).beforeStart(call);
                }
            }

            @Override
            public void onNext(ChatCompletionChunk chunk) {
                observer.onNext(chunk);
            }

            @Override
            public void onError(Throwable t) {
                observer.onError(SwitchboardException.from(t));
            }

            @Override
            public void onCompleted() {
                observer.onCompleted();
            }
        });
    }

    /** The models of every enabled provider, as "provider/model" ids. */
    public List<Model> listModels() {
        return call(() -> stubs.inference().listModels(ListModelsRequest.getDefaultInstance()).getModelsList());
    }

    /** One model by "provider/model" id or bare name. */
    public Model getModel(String id) {
        return call(() -> stubs.inference().getModel(GetModelRequest.newBuilder().setId(id).build()));
    }

    /** The provider administration RPCs, with this client's key and deadline. */
    public ProviderAdminClient admin() {
        return new ProviderAdminClient(stubs);
    }

    /** The identity and access RPCs (caller, users, keys, ...), with this client's key and deadline. */
    public AccessAdminClient access() {
        return new AccessAdminClient(stubs);
    }

    /** The usage RPCs (reports and the ledger's rows), with this client's key and deadline. */
    public UsageAdminClient usage() {
        return new UsageAdminClient(stubs);
    }

    /** The rate limit, budget and quota RPCs, with this client's key and deadline. */
    public LimitAdminClient limits() {
        return new LimitAdminClient(stubs);
    }

    /** The price table RPCs, with this client's key and deadline. */
    public PriceAdminClient prices() {
        return new PriceAdminClient(stubs);
    }

    /** Closes the channel this client made (not one given to {@link Builder#channel}); calls in flight fail. */
    @Override
    public void close() {
        if (!ownsChannel) {
            return;
        }
        final ManagedChannel channel = stubs.channel();
        channel.shutdownNow();
        try {
            channel.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Builds a {@link SwitchboardClient}: a target (or a channel) and a key are required. */
    public static final class Builder {
        private String target;
        private ManagedChannel channel;
        private String key;
        private Duration timeout = DEFAULT_TIMEOUT;

        private Builder() {}

        /** The gateway as "host:port", spoken to in plaintext as the gateway serves. */
        public Builder target(String target) {
            this.target = requireNonNull(target, "target");
            return this;
        }

        /** A channel you built (TLS, proxies, options) instead of a target; you close it. */
        public Builder channel(ManagedChannel channel) {
            this.channel = requireNonNull(channel, "channel");
            return this;
        }

        /** The gateway key, sent as "authorization: Bearer &lt;key&gt;". */
        public Builder key(String key) {
            this.key = key;
            return this;
        }

        /** The deadline of every call; {@link Duration#ZERO} for none. Default 60 s. */
        public Builder timeout(Duration timeout) {
            this.timeout = checkTimeout(timeout);
            return this;
        }

        public SwitchboardClient build() {
            if (key == null || key.isEmpty()) {
                throw new IllegalArgumentException("key: empty (expected: the gateway key)");
            }
            if ((target == null) == (channel == null)) {
                throw new IllegalStateException("target: " + target + ", channel: " + channel
                                                + " (expected: exactly one of them)");
            }
            final boolean owns = channel == null;
            final ManagedChannel ch = owns ? NettyChannelBuilder.forTarget(target).usePlaintext().build() : channel;
            return new SwitchboardClient(new Stubs(ch, new BearerToken(key), timeout), owns);
        }

        static Duration checkTimeout(Duration timeout) {
            requireNonNull(timeout, "timeout");
            if (timeout.isNegative()) {
                throw new IllegalArgumentException("timeout: " + timeout + " (expected: >= 0)");
            }
            return timeout;
        }
    }
}
