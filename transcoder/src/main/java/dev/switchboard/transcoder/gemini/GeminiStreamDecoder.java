package dev.switchboard.transcoder.gemini;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javax.annotation.Nullable;

import dev.switchboard.transcoder.common.SseEvent;
import dev.switchboard.transcoder.format.StreamDecoder;
import dev.switchboard.transcoder.gemini.GeminiResponse.Call;
import dev.switchboard.transcoder.gemini.GeminiResponse.Candidate;
import dev.switchboard.transcoder.gemini.GeminiResponse.Part;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChunkChoice;
import dev.switchboard.v1.Delta;
import dev.switchboard.v1.FinishReason;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.ToolCall;
import dev.switchboard.v1.Usage;

/**
 * Turns Gemini's {@code alt=sse} events — each a whole {@code GenerateContentResponse} holding the
 * next piece of every candidate — into canonical chunks: one chunk per candidate per event, the
 * finish reason on the candidate's last chunk, and one usage chunk once every candidate finished,
 * from the last {@code usageMetadata} (Gemini repeats a running total, never a delta).
 *
 * <p>Thought parts become reasoning; a {@code thoughtSignature} on a text part becomes the delta's
 * reasoning provider state, one on a function call that call's provider state. Function calls
 * arrive whole; Vertex AI's streamed arguments ({@code partialArgs}) are put together and handed on
 * whole when the call ends.
 */
final class GeminiStreamDecoder implements StreamDecoder {
    private final String requestedModel;
    private final LongSupplier clock;
    private final Supplier<String> nonce;
    private final Map<Integer, CandidateState> candidates = new TreeMap<>();
    private boolean started;
    private String id = "";
    private String model = "";
    private long created;
    /** What minted call ids hash: the response id, or a nonce when Gemini sent none. */
    private String seed = "";
    @Nullable
    private Usage usage;
    private boolean finished;

    GeminiStreamDecoder(String requestedModel, LongSupplier clock, Supplier<String> nonce) {
        this.requestedModel = GeminiModel.bare(requestedModel);
        this.clock = clock;
        this.nonce = nonce;
    }

    @Override
    public void decode(SseEvent event, Consumer<ChatCompletionChunk> out) {
        final String data = event.data().strip();
        if (data.isEmpty() || "[DONE]".equals(data)) {
            return;
        }
        accept(GeminiResponseReader.event(data), out);
    }

    @Override
    public boolean finished() {
        return finished;
    }

    /** The last usage Gemini reported, or null. */
    @Nullable
    Usage usage() {
        return usage;
    }

    /** Decodes one response (a stream event, or one element of a whole answer). */
    void accept(GeminiResponse r, Consumer<ChatCompletionChunk> out) {
        if (r.error() != null) {
            throw GeminiErrors.inStream(r.error());
        }
        start(r);
        if (r.usage() != null) {
            usage = r.usage();
        }
        if (finished) {
            return;
        }
        if (r.candidates().isEmpty() && r.blockReason() != null) {
            // The prompt itself was blocked: there will be no candidate at all.
            final CandidateState c = state(0);
            c.finished = true;
            out.accept(chunk(choice(0, c.delta(), FinishReason.FINISH_REASON_CONTENT_FILTER)));
        }
        for (Candidate cand : r.candidates()) {
            final CandidateState c = state(cand.index());
            if (c.finished) {
                continue;
            }
            final Delta.Builder delta = c.delta();
            final StringBuilder text = new StringBuilder();
            final StringBuilder reasoning = new StringBuilder();
            for (Part part : cand.parts()) {
                if (part.call() != null) {
                    c.call(part.call(), part.signature(), cand.index(), delta);
                    continue;
                }
                if (part.text() != null) {
                    (part.thought() ? reasoning : text).append(part.text());
                }
                if (part.signature() != null) {
                    delta.setReasoningProviderState(GeminiState.of(part.signature()));
                }
            }
            if (reasoning.length() > 0) {
                delta.setReasoning(reasoning.toString());
            }
            if (text.length() > 0) {
                delta.setContent(text.toString());
            }
            FinishReason finish = null;
            if (cand.finishReason() != null) {
                c.closeCall(delta);
                finish = GeminiFinish.map(cand.finishReason(), c.calls > 0, cand.finishMessage());
                c.finished = true;
            }
            if (finish != null || !delta.build().equals(Delta.getDefaultInstance())) {
                out.accept(chunk(choice(cand.index(), delta, finish)));
            }
        }
        if (!candidates.isEmpty() && candidates.values().stream().allMatch(c -> c.finished)) {
            finished = true;
            if (usage != null) {
                out.accept(builder(null).setUsage(usage).build());
            }
        }
    }

    private void start(GeminiResponse r) {
        if (started) {
            return;
        }
        started = true;
        final boolean hasId = r.responseId() != null && !r.responseId().isEmpty();
        seed = hasId ? r.responseId() : nonce.get();
        id = hasId ? r.responseId() : "gemini-" + seed;
        model = r.modelVersion() != null && !r.modelVersion().isEmpty() ? r.modelVersion() : requestedModel;
        created = r.createTime() > 0 ? r.createTime() : clock.getAsLong();
    }

    private CandidateState state(int index) {
        return candidates.computeIfAbsent(index, i -> new CandidateState());
    }

    private static ChunkChoice choice(int index, Delta.Builder delta, @Nullable FinishReason finish) {
        final ChunkChoice.Builder c = ChunkChoice.newBuilder().setIndex(index).setDelta(delta);
        if (finish != null) {
            c.setFinishReason(finish);
        }
        return c.build();
    }

    private ChatCompletionChunk.Builder builder(@Nullable ChunkChoice choice) {
        final ChatCompletionChunk.Builder c = ChatCompletionChunk.newBuilder().setId(id).setCreated(created)
                                                                 .setModel(model);
        if (choice != null) {
            c.addChoices(choice);
        }
        return c;
    }

    private ChatCompletionChunk chunk(ChunkChoice choice) {
        return builder(choice).build();
    }

    /** One candidate's progress: whether its role went out, its calls, the call still streaming. */
    private final class CandidateState {
        boolean roleSent;
        boolean finished;
        int calls;
        @Nullable
        OpenCall open;

        /** A fresh delta; the candidate's first one says who speaks. */
        Delta.Builder delta() {
            final Delta.Builder d = Delta.newBuilder();
            if (!roleSent) {
                roleSent = true;
                d.setRole(Role.ROLE_ASSISTANT);
            }
            return d;
        }

        void call(Call fc, @Nullable String signature, int candidate, Delta.Builder delta) {
            if (fc.name() == null) {
                if (open != null) {
                    fc.partialArgs().forEach(open.args::add);
                    if (signature != null) {
                        open.signature = signature;
                    }
                    if (!fc.willContinue()) {
                        closeCall(delta);
                    }
                }
                // A piece with neither a name nor an open call has nothing to belong to.
                return;
            }
            closeCall(delta);
            final int index = calls++;
            final ToolCall.Builder t = ToolCall.newBuilder()
                                               .setIndex(index)
                                               .setType("function")
                                               .setName(fc.name())
                                               .setId(fc.id() != null ? GeminiToolIds.fromGemini(fc.id())
                                                                      : GeminiToolIds.mint(seed, candidate, index));
            if (signature != null) {
                t.setProviderState(GeminiState.of(signature));
            }
            if (fc.willContinue()) {
                open = new OpenCall(index);
                fc.partialArgs().forEach(open.args::add);
                t.setArguments("");
            } else if (fc.args() != null) {
                t.setArguments(fc.args());
            } else {
                final PartialArgs args = new PartialArgs();
                fc.partialArgs().forEach(args::add);
                t.setArguments(args.json());
            }
            delta.addToolCalls(t);
        }

        /** Hands on the arguments of a call Vertex AI was still streaming. */
        void closeCall(Delta.Builder delta) {
            if (open == null) {
                return;
            }
            final ToolCall.Builder t = ToolCall.newBuilder().setIndex(open.index).setArguments(open.args.json());
            if (open.signature != null) {
                t.setProviderState(GeminiState.of(open.signature));
            }
            delta.addToolCalls(t);
            open = null;
        }
    }

    private static final class OpenCall {
        final int index;
        final PartialArgs args = new PartialArgs();
        @Nullable
        String signature;

        OpenCall(int index) {
            this.index = index;
        }
    }
}
