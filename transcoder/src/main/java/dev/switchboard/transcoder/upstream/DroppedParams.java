package dev.switchboard.transcoder.upstream;

import java.util.List;

import dev.switchboard.v1.ChatCompletionRequest;

/** The OpenAI parameters that only OpenAI-format upstreams take, named when a request set them. */
public final class DroppedParams {
    private DroppedParams() {}

    /** Adds to {@code dropped} each of n (other than 1), seed, penalties, logprobs and logit_bias that is set. */
    public static void openAiOnly(ChatCompletionRequest req, List<String> dropped) {
        if (req.hasN() && req.getN() != 1) {
            dropped.add("n");
        }
        if (req.hasSeed()) {
            dropped.add("seed");
        }
        if (req.hasPresencePenalty()) {
            dropped.add("presence_penalty");
        }
        if (req.hasFrequencyPenalty()) {
            dropped.add("frequency_penalty");
        }
        if (req.hasLogprobs() && req.getLogprobs()) {
            dropped.add("logprobs");
        }
        if (req.hasTopLogprobs()) {
            dropped.add("top_logprobs");
        }
        if (req.getLogitBiasCount() > 0) {
            dropped.add("logit_bias");
        }
    }
}
