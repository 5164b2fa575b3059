package dev.switchboard.server.inference;

import java.time.Duration;
import java.util.BitSet;
import java.util.List;

import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.routing.Attempts;
import dev.switchboard.server.routing.Attempts.Attempt;
import dev.switchboard.server.upstream.UpstreamCaller;
import dev.switchboard.server.upstream.UpstreamStream;
import dev.switchboard.server.usage.Metered;
import dev.switchboard.server.usage.Tokens;
import dev.switchboard.server.usage.UsageRecord;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.format.TokenEstimate;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChunkChoice;
import dev.switchboard.v1.Delta;
import dev.switchboard.v1.FinishReason;
import dev.switchboard.v1.GatewayInfo;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.StreamOptions;
import dev.switchboard.v1.ToolCall;
import dev.switchboard.v1.Usage;

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
 * Usage goes where OpenAI puts it: alone in one last chunk when asked for, nowhere otherwise; the
 * upstream is asked for it always, for the request's account, which sums what every try reported
 * (or, for a try that reported nothing, the estimate of what it sent).
 * This is the streamed kind of try of the one {@link AttemptLoop}; the client's stream is the
 * {@link LoopStream} it writes, and a client that stops reading it stops the plan. All callbacks
 * run on one event loop.
 */
final class StreamCall implements AttemptLoop.Try {
    private final UpstreamCaller caller;
    private final ChatCompletionRequest request;
    private final LoopStream<ChatCompletionChunk> out;
    private final boolean includeUsage;
    private final long promptEstimate;
    /** What the tries before this one used; the one in flight's output so far, and its usage. */
    private Tokens used = Tokens.NONE;
    @Nullable
    private String estimated;
    private long tryOutput;
    @Nullable
    private Usage tryUsage;
    @Nullable
    private AttemptLoop loop;
    /** The text the client has received, for a continuation. */
    private final StringBuilder text = new StringBuilder();
    @Nullable
    private Attempt current;
    /** What the try in flight's format could not carry (known before its first chunk). */
    private List<String> droppedParams = List.of();
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

    StreamCall(UpstreamCaller caller, ChatCompletionRequest request, LoopStream<ChatCompletionChunk> out,
               long promptEstimate) {
        this.caller = caller;
        this.out = out;
        this.promptEstimate = promptEstimate;
        includeUsage = request.hasStreamOptions() && request.getStreamOptions().getIncludeUsage();
        // The account needs the usage the client may not want; StreamCall keeps it from them.
        this.request = includeUsage ? request
                                    : request.toBuilder().setStreamOptions(StreamOptions.newBuilder()
                                                                                         .setIncludeUsage(true))
                                             .build();
    }

    /** Runs the plan; on the loop's event loop. A client that stops reading stops the plan. */
    void start(AttemptLoop loop) {
        this.loop = loop;
        out.whenCancelled(() -> {
            loop.cancel();
            OnLoop.of(loop.loop()).execute(() -> settle(null, "estimated:client_left"));
        });
        loop.start(this);
    }

    /** Adds the try that ended to what the request used. */
    private void closeTry(String why) {
        if (tryUsage != null) {
            final Tokens t = Tokens.of(tryUsage);
            used = new Tokens(used.prompt() + t.prompt(), used.completion() + t.completion(),
                              used.cached() + t.cached(), used.cacheWrite() + t.cacheWrite(),
                              used.reasoning() + t.reasoning());
        } else if (tryOutput > 0) {
            // A try that sent part of an answer and no usage: its prompt was read and its text written.
            used = new Tokens(used.prompt() + promptEstimate, used.completion() + tryOutput, used.cached(),
                              used.cacheWrite(), used.reasoning());
            estimated = why;
        }
        tryOutput = 0;
        tryUsage = null;
    }

    /** Closes the request's account once: succeeded when {@code e} is null and the client stayed. */
    private void settle(@Nullable GatewayException e, String why) {
        final Metered metered = loop.metered();
        closeTry(why);
        loop.countAttempts();
        metered.tokens(used, estimated != null ? estimated : used.equals(Tokens.NONE) ? "none" : UsageRecord.REPORTED);
        if (why.equals("estimated:client_left")) {
            metered.abandoned();
        } else if (e != null) {
            metered.failed(e);
        } else {
            metered.succeeded();
        }
    }

    @Override
    public Runnable start(Attempt a, Duration timeout) {
        final boolean continuing = text.length() > 0;
        if (continuing && current != null && !current.target().key().equals(a.target().key())) {
            loop.attempts().markMidStream();
            forward(marker(a));
        }
        if (current != null) {
            closeTry(UsedTokens.NOT_REPORTED);
        }
        current = a;
        ChatCompletionRequest req = RequestShaping.forTarget(request, a.target());
        if (continuing) {
            req = RequestShaping.continuation(req, text.toString());
        }
        // The upstream stream times itself (first byte, then silence between reads), not by timeout.
        final UpstreamStream stream = caller.stream(a.provider(), req, a.target().model(), loop.loop());
        droppedParams = stream.droppedParams();
        final Upstream upstream = new Upstream(a);
        stream.chunks().subscribe(upstream, loop.loop());
        return upstream::cancel;
    }

    /** One try's upstream stream, read a chunk at a time: the next read waits for this relay. */
    private final class Upstream implements Subscriber<ChatCompletionChunk> {
        private final Attempt a;
        private boolean first = true;
        @Nullable
        private Subscription subscription;
        private boolean cancelled;

        Upstream(Attempt a) {
            this.a = a;
        }

        /** Abandons the try; on the loop, as every call here. */
        void cancel() {
            cancelled = true;
            if (subscription != null) {
                subscription.cancel();
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
            if (!loop.live(a)) {
                return;
            }
            if (first) {
                first = false;
                loop.answering(a);
            }
            relay(a, chunk);
            subscription.request(1);
        }

        @Override
        public void onError(Throwable t) {
            loop.failed(a, Errors.toGateway(t));
        }

        @Override
        public void onComplete() {
            if (loop.succeeded(a)) {
                finish();
            }
        }
    }

    @Override
    public Attempts.Decision decide(Attempts.Decision planned, GatewayException e) {
        if (unrepeatable) {
            return new Attempts.Stop(cutShort(e));
        }
        if (planned instanceof Attempts.RetryAfter && text.length() > 0) {
            // A partial answer moves on: another target continues it (the one that failed
            // mid-answer is the least likely to finish it).
            return new Attempts.MoveOn();
        }
        return planned;
    }

    private void relay(Attempt a, ChatCompletionChunk chunk) {
        count(chunk);
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
        final boolean stamp = !forwardedAny || finishing && !loop.attempts().failovers().isEmpty();
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
            b.setGateway(loop.info(a, droppedParams));
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

    /** The try's usage when reported, and its output's estimate otherwise. */
    private void count(ChatCompletionChunk chunk) {
        if (chunk.hasUsage()) {
            tryUsage = chunk.getUsage();
        }
        for (ChunkChoice choice : chunk.getChoicesList()) {
            final Delta d = choice.getDelta();
            tryOutput += TokenEstimate.text(d.getContent()) + TokenEstimate.text(d.getReasoning())
                         + TokenEstimate.text(d.getRefusal());
            for (ToolCall call : d.getToolCallsList()) {
                tryOutput += TokenEstimate.text(call.getName()) + TokenEstimate.text(call.getArguments());
            }
        }
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
        out.write(chunk);
        loop.metered().streamed();
    }

    /** A chunk with no choices that says where the answer moved; REST writes it as an SSE comment. */
    private ChatCompletionChunk marker(Attempt to) {
        return ChatCompletionChunk.newBuilder().setId(id).setModel(model).setCreated(created)
                                  .setGateway(GatewayInfo.newBuilder().setProvider(to.provider().name())
                                                         .setUpstreamModel(to.target().model())
                                                         .addAllFailovers(loop.attempts().failovers()))
                                  .build();
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
        settle(null, UsedTokens.NOT_REPORTED);
        if (includeUsage && usageChunk != null) {
            out.write(usageChunk.toBuilder().setId(id).setModel(model).setCreated(created).build());
        }
        out.close();
    }

    /** Ends the stream with {@code e}: before a route was found, or when the plan gave up. */
    @Override
    public void fail(GatewayException e) {
        if (done) {
            return;
        }
        done = true;
        if (loop != null) {
            // Without a loop the request was refused or never routed: its account is closed already.
            settle(e, UsedTokens.NOT_REPORTED);
        }
        out.close(e);
    }
}
