package dev.switchboard.transcoder.anthropic;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import dev.switchboard.transcoder.common.UpstreamJson;
import dev.switchboard.transcoder.format.ReasoningTokens;
import dev.switchboard.v1.Usage;

/**
 * Anthropic's usage counts as they arrive. A stream reports them twice (message_start, then
 * cumulative in message_delta; compatible servers may even correct input_tokens there), so each
 * count keeps its latest value.
 */
final class AnthropicUsage {
    private int input;
    private int cacheRead;
    private int cacheWrite;
    private int output;
    private int thinking;
    private boolean seen;

    /** Reads the usage object at the current token; anything but an object is skipped. */
    void read(JsonParser p) throws IOException {
        if (!UpstreamJson.isObject(p)) {
            return;
        }
        seen = true;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "input_tokens":
                    input = UpstreamJson.intValue(p, input);
                    break;
                case "cache_read_input_tokens":
                    cacheRead = UpstreamJson.intValue(p, cacheRead);
                    break;
                case "cache_creation_input_tokens":
                    cacheWrite = UpstreamJson.intValue(p, cacheWrite);
                    break;
                case "output_tokens":
                    output = UpstreamJson.intValue(p, output);
                    break;
                case "output_tokens_details":
                    thinking = thinkingTokens(p, thinking);
                    break;
                default:
                    // cache_creation's per-TTL split, service_tier, server_tool_use, inference_geo: no canonical home.
                    p.skipChildren();
                    break;
            }
        }
    }

    /** {@code output_tokens_details.thinking_tokens}: the part of output_tokens spent thinking. */
    private static int thinkingTokens(JsonParser p, int previous) throws IOException {
        if (!UpstreamJson.isObject(p)) {
            return previous;
        }
        int value = previous;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            if ("thinking_tokens".equals(field)) {
                value = UpstreamJson.intValue(p, previous);
            } else {
                p.skipChildren();
            }
        }
        return value;
    }

    boolean seen() {
        return seen;
    }

    /**
     * Anthropic's input_tokens excludes cache reads and writes, while OpenAI's prompt_tokens
     * includes cached tokens, so the prompt is the sum of the three.
     */
    Usage toCanonical() {
        final int prompt = input + cacheRead + cacheWrite;
        return Usage.newBuilder()
                    .setPromptTokens(prompt)
                    .setCompletionTokens(output)
                    .setTotalTokens(prompt + output)
                    .setCachedPromptTokens(cacheRead)
                    .setCacheWriteTokens(cacheWrite)
                    .setReasoningTokens(ReasoningTokens.within(thinking, output))
                    .build();
    }
}
