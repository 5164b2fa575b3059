package dev.switchboard.server.inference;

import java.util.BitSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.routing.Attempts;
import dev.switchboard.server.routing.Attempts.Attempt;
import dev.switchboard.server.upstream.UpstreamStream;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChunkChoice;
import dev.switchboard.v1.Delta;
import dev.switchboard.v1.FinishReason;
import dev.switchboard.v1.GatewayInfo;
import dev.switchboard.v1.Role;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;

/**
 * One streamed request through its plan, as one coherent stream for the client. Before any
 * delta has gone out, a failure is retried or handed to the next target unseen. After text of
 * one choice (and nothing else) has gone out, the next target is given the text so far as the
 * assistant's prefix and continues it; the switch is marked (a failover chunk, and the final
 * chunk's gateway info). Where that cannot be faithful (any tool-call fragment, refusal,
 * reasoning, pass-through block or citation already sent, or text of a second choice), the
 * stream ends with an explicit error:
 * a retry's fragments appended to the ones the client holds would read as one corrupted answer.
 * Every choice's first delta carries the assistant role, once, whatever the upstream sent.
 * Usage goes where OpenAI puts it: alone in one last chunk when asked for, nowhere otherwise.
 * All callbacks run on one event loop.
 */
final class StreamCall {
    @Nullable
    private CallContext c;
    private final StreamObserver<ChatCompletionChunk> obs;
    private final boolean includeUsage;
    /** The text the client has received, for a continuation. */
    private final StringBuilder text = new StringBuilder();
    private volatile boolean cancelled;
    @Nullable
    private volatile Upstream call;
    @Nullable
    private Attempt current;
    private boolean done;
    private boolean forwardedAny;
    /** The choice indexes whose role the client has received. */
    private final BitSet rolesSent = new BitSet();
    /**
     * Something no retry or continuation can reproduce reached the client: a tool-call fragment,
     * a refusal, reasoning, a pass-through block (an Anthropic server tool call) or citation, or
     * text of a choice other than the first.
     */
    private boolean unrepeatable;
    // The identity the client sees, kept across targets.
    private String id = "";
    private String model = "";
    private long created;
    @Nullable
    private ChatCompletionChunk usageChunk;

    /**
     * Must run inside the service method: grpc-java freezes the observer once the method returns,
     * and a cancel handler can only be set before that.
     */
    StreamCall(ChatCompletionRequest request, StreamObserver<ChatCompletionChunk> obs) {
        this.obs = obs;
        includeUsage = request.hasStreamOptions() && request.getStreamOptions().getIncludeUsage();
        if (obs instanceof ServerCallStreamObserver<ChatCompletionChunk> server) {
            server.setOnCancelHandler(this::cancel);
        }
    }

    /** Starts once the route is known; on the context's event loop. */
    void start(CallContext context) {
        c = context;
        next();
    }

    /** Fails before a route was found. */
    void failEarly(GatewayException e) {
        fail(e);
    }

    private void cancel() {
        cancelled = true;
        final Upstream running = call;
        if (running != null) {
            running.cancel();
        }
    }

    private void next() {
        final Attempt a = c.attempts().next();
        if (a == null) {
            fail(c.attempts().exhausted());
            return;
        }
        launch(a);
    }

    private void launch(Attempt a) {
        if (cancelled) {
            return;
        }
        if (c.attempts().pastDeadline()) {
            fail(new GatewayException(ErrorKind.UPSTREAM_TIMEOUT, "deadline_exceeded",
                                      "the request's deadline passed before an answer"));
            return;
        }
        final boolean continuing = text.length() > 0;
        if (continuing && current != null && !current.target().key().equals(a.target().key())) {
            c.attempts().markMidStream();
            forward(marker(a));
        }
        current = a;
        ChatCompletionRequest req = RequestShaping.forTarget(c.request(), a.target());
        if (continuing) {
            req = RequestShaping.continuation(req, text.toString());
        }
        a.state().started();
        final long start = System.nanoTime();
        final UpstreamStream stream;
        try {
            stream = c.caller().stream(a.provider(), req, a.target().model(), c.loop());
        } catch (RuntimeException e) {
            a.state().ended();
            failed(a, Errors.toGateway(e));
            return;
        }
        final Upstream upstream = new Upstream(a, start, stream.droppedParams());
        call = upstream;
        stream.chunks().subscribe(upstream, c.loop());
        if (cancelled) {
            upstream.cancel();
        }
    }

    /** One attempt's upstream stream, read one chunk at a time. */
    private final class Upstream implements Subscriber<ChatCompletionChunk> {
        private final Attempt a;
        private final long start;
        private final List<String> droppedParams;
        private boolean first = true;
        @Nullable
        private volatile Subscription subscription;

        Upstream(Attempt a, long start, List<String> droppedParams) {
            this.a = a;
            this.start = start;
            this.droppedParams = droppedParams;
        }

        List<String> droppedParams() {
            return droppedParams;
        }

        /** Abandons the upstream request; safe from any thread, more than once. */
        void cancel() {
            final Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
        }

        @Override
        public void onSubscribe(Subscription s) {
            subscription = s;
            if (cancelled) {
                s.cancel();
            } else {
                s.request(1);
            }
        }

        @Override
        public void onNext(ChatCompletionChunk chunk) {
            if (cancelled) {
                return;
            }
            if (a == current) {
                if (first) {
                    first = false;
                    a.state().firstToken(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                    c.observe(a, null);
                }
                relay(a, chunk);
            }
            subscription.request(1);
        }

        @Override
        public void onComplete() {
            a.state().ended();
            if (cancelled || a != current) {
                return;
            }
            c.attempts().succeeded(a);
            finish();
        }

        @Override
        public void onError(Throwable error) {
            a.state().ended();
            if (!cancelled && a == current) {
                failed(a, Errors.toGateway(error));
            }
        }
    }

    private void relay(Attempt a, ChatCompletionChunk chunk) {
        if (chunk.hasUsage()) {
            usageChunk = ChatCompletionChunk.newBuilder().setUsage(chunk.getUsage()).build();
            if (chunk.getChoicesCount() == 0) {
                return;
            }
        }
        if (id.isEmpty()) {
            id = chunk.getId();
            model = chunk.getModel();
            created = chunk.getCreated();
        }
        boolean fixRoles = false;
        boolean finishing = false;
        for (ChunkChoice choice : chunk.getChoicesList()) {
            final Delta delta = choice.getDelta();
            // A role the client already has, or a first delta without one: either is rewritten.
            fixRoles |= (delta.getRole() != Role.ROLE_UNSPECIFIED) == rolesSent.get(choice.getIndex());
            if (delta.hasContent()) {
                if (choice.getIndex() == 0) {
                    text.append(delta.getContent());
                } else {
                    // A continuation carries one assistant prefix: it cannot resume n > 1 choices.
                    unrepeatable |= !delta.getContent().isEmpty();
                }
            }
            if (delta.getToolCallsCount() > 0 || delta.hasRefusal() || delta.hasReasoning() || delta.hasBlock()
                || delta.hasBlockDelta() || delta.getCitationsCount() > 0) {
                unrepeatable = true;
            }
            finishing |= choice.getFinishReason() != FinishReason.FINISH_REASON_UNSPECIFIED;
        }
        final boolean stamp = !forwardedAny || finishing && !c.attempts().failovers().isEmpty();
        // The common chunk (a first target's, after its first) is forwarded as it came, without a copy.
        final boolean rewrite = stamp || fixRoles || chunk.hasUsage() || created != chunk.getCreated()
                                || !id.equals(chunk.getId()) || !model.equals(chunk.getModel());
        final ChatCompletionChunk.Builder b = rewrite ? rewritten(chunk) : null;
        if (b == null) {
            for (ChunkChoice choice : chunk.getChoicesList()) {
                rolesSent.set(choice.getIndex());
            }
        }
        if (forwardedAny && !finishing && carriesNothing(b != null ? b.getChoicesList() : chunk.getChoicesList())) {
            // A retried or continuing target's opening chunk, its role stripped: nothing to say.
            return;
        }
        if (stamp) {
            b.setGateway(c.info(a, call == null ? List.of() : call.droppedParams()));
        }
        forward(b != null ? b.build() : chunk);
    }

    /**
     * The chunk under the client's identity, without usage; each choice's first delta gets the
     * assistant role (some OpenAI-compatible servers never send it, and SDKs that assemble choices
     * by index require it), and a role repeated by a retried or continuing target is dropped.
     */
    private ChatCompletionChunk.Builder rewritten(ChatCompletionChunk chunk) {
        final ChatCompletionChunk.Builder b = chunk.toBuilder().clearUsage().setId(id).setModel(model)
                                                   .setCreated(created);
        for (int i = 0; i < b.getChoicesCount(); i++) {
            final ChunkChoice.Builder choice = b.getChoicesBuilder(i);
            if (rolesSent.get(choice.getIndex())) {
                if (choice.getDelta().getRole() != Role.ROLE_UNSPECIFIED) {
                    choice.getDeltaBuilder().clearRole();
                }
            } else {
                rolesSent.set(choice.getIndex());
                choice.getDeltaBuilder().setRole(Role.ROLE_ASSISTANT);
            }
        }
        return b;
    }

    private static boolean carriesNothing(List<ChunkChoice> choices) {
        for (ChunkChoice choice : choices) {
            if (!choice.getDelta().equals(Delta.getDefaultInstance()) || choice.hasLogprobs()) {
                return false;
            }
        }
        return true;
    }

    private void forward(ChatCompletionChunk chunk) {
        forwardedAny = true;
        obs.onNext(chunk);
    }

    /** A chunk with no choices that says where the answer moved; REST writes it as an SSE comment. */
    private ChatCompletionChunk marker(Attempt to) {
        return ChatCompletionChunk.newBuilder().setId(id).setModel(model).setCreated(created)
                                  .setGateway(GatewayInfo.newBuilder().setProvider(to.provider().name())
                                                         .setUpstreamModel(to.target().model())
                                                         .addAllFailovers(c.attempts().failovers()))
                                  .build();
    }

    private void failed(Attempt a, GatewayException e) {
        c.observe(a, e);
        final Attempts.Decision d = c.attempts().onFailure(a, e);
        if (unrepeatable) {
            fail(cutShort(e));
            return;
        }
        final boolean contentSent = text.length() > 0;
        if (d instanceof Attempts.RetryAfter && contentSent) {
            // A partial answer moves on: another target continues it (the one that failed
            // mid-answer is the least likely to finish it).
            next();
        } else if (d instanceof Attempts.RetryAfter r) {
            c.loop().schedule(() -> launch(c.attempts().again(a)), r.delay().toMillis(), TimeUnit.MILLISECONDS);
        } else if (d instanceof Attempts.MoveOn) {
            next();
        } else {
            fail(((Attempts.Stop) d).error());
        }
    }

    /** The upstream's failure, saying why the gateway did not retry it. */
    private static GatewayException cutShort(GatewayException e) {
        return new GatewayException(e.kind(), e.code(),
                                    "the upstream failed after part of the answer (a tool call, refusal, reasoning or "
                                    + "a second choice) had been sent, which no retry could continue faithfully: "
                                    + e.getMessage(), null, e);
    }

    private void finish() {
        if (done) {
            return;
        }
        done = true;
        if (includeUsage && usageChunk != null) {
            obs.onNext(usageChunk.toBuilder().setId(id).setModel(model).setCreated(created).build());
        }
        obs.onCompleted();
    }

    private void fail(GatewayException e) {
        if (done || cancelled) {
            return;
        }
        done = true;
        obs.onError(e);
    }
}
