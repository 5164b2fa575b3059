package dev.switchboard.transcoder.format;

import java.util.List;

import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.Message;

/**
 * What a request carries that an upstream's format cannot take, named for the client's
 * {@code x-switchboard-dropped-params}: the OpenAI parameters only OpenAI-format upstreams take,
 * and another format's pass-through blocks.
 */
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

    /**
     * Adds {@code messages[].content.<type>} once per type of pass-through block the conversation
     * sends back (an Anthropic client's paused turn: server_tool_use, web_search_tool_result) for an
     * upstream of another format, which leaves them out.
     */
    public static void passThroughBlocks(ChatCompletionRequest req, List<String> dropped) {
        for (Message m : req.getMessagesList()) {
            for (ContentPart part : m.getContentList()) {
                if (part.getPartCase() == ContentPart.PartCase.PASS_THROUGH) {
                    final String name = "messages[].content." + part.getPassThrough().getType();
                    if (!dropped.contains(name)) {
                        dropped.add(name);
                    }
                }
            }
        }
    }
}
