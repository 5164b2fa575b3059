package dev.switchboard.transcoder.gemini;

import java.util.List;
import javax.annotation.Nullable;

import com.google.protobuf.Value;

import dev.switchboard.v1.Usage;

/**
 * One {@code GenerateContentResponse} — a whole answer, or one event of a stream — reduced to what
 * the gateway translates. Only the fields read by {@link GeminiResponseReader} appear here.
 */
record GeminiResponse(@Nullable String responseId, @Nullable String modelVersion, long createTime,
                      List<Candidate> candidates, @Nullable Usage usage, @Nullable String blockReason,
                      @Nullable Value error) {

    record Candidate(int index, List<Part> parts, @Nullable String finishReason, @Nullable String finishMessage) {}

    /** A content part: text (a thought when {@code thought}), or a function call; either may carry a signature. */
    record Part(@Nullable String text, boolean thought, @Nullable String signature, @Nullable Call call) {}

    /**
     * A function call, whole ({@code args} is its JSON text) or, on Vertex AI with
     * streamFunctionCallArguments, one piece of it: a start with the name, argument fragments in
     * {@code partialArgs}, and an empty end; {@code willContinue} says more pieces follow.
     */
    record Call(@Nullable String id, @Nullable String name, @Nullable String args, List<PartialArg> partialArgs,
                boolean willContinue) {}

    /** One argument value at a JSON path: a string (possibly a fragment of one) or a JSON literal. */
    record PartialArg(String jsonPath, @Nullable String string, @Nullable String literal, boolean willContinue) {}
}
