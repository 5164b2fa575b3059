package dev.switchboard.transcoder.responses;

import java.io.IOException;
import javax.annotation.Nullable;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import dev.switchboard.transcoder.common.UpstreamJson;
import dev.switchboard.transcoder.format.ReasoningTokens;
import dev.switchboard.v1.Usage;

/**
 * Responses usage: input tokens (cache reads and writes included) and output tokens (reasoning
 * included), with their details, as OpenAI defines them; the gateway's chat usage has the same
 * definitions. The API has no audio counts.
 */
final class ResponsesUsage {
    private ResponsesUsage() {}

    @Nullable
    static Usage read(JsonParser p) throws IOException {
        if (!UpstreamJson.isObject(p)) {
            return null;
        }
        final Usage.Builder u = Usage.newBuilder();
        boolean total = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "input_tokens": u.setPromptTokens(UpstreamJson.intValue(p, 0)); break;
                case "output_tokens": u.setCompletionTokens(UpstreamJson.intValue(p, 0)); break;
                case "total_tokens":
                    u.setTotalTokens(UpstreamJson.intValue(p, 0));
                    total = true;
                    break;
                case "input_tokens_details":
                    inputDetails(p, u);
                    break;
                case "output_tokens_details":
                    u.setReasoningTokens(detail(p, "reasoning_tokens"));
                    break;
                default:
                    p.skipChildren();
                    break;
            }
        }
        final long reported = total ? u.getTotalTokens() : -1;
        // OpenAI's output_tokens includes reasoning; a compatible server that counts it apart is normalised.
        u.setCompletionTokens(ReasoningTokens.inCompletion(u.getPromptTokens(), u.getCompletionTokens(),
                                                           u.getReasoningTokens(), reported, false));
        u.setReasoningTokens(ReasoningTokens.within(u.getReasoningTokens(), u.getCompletionTokens()));
        u.setTotalTokens(ReasoningTokens.total(u.getPromptTokens(), u.getCompletionTokens(), reported));
        return u.build();
    }

    /** cached_tokens and cache_write_tokens, both inside input_tokens. */
    private static void inputDetails(JsonParser p, Usage.Builder u) throws IOException {
        if (!UpstreamJson.isObject(p)) {
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "cached_tokens": u.setCachedPromptTokens(UpstreamJson.intValue(p, 0)); break;
                case "cache_write_tokens": u.setCacheWriteTokens(UpstreamJson.intValue(p, 0)); break;
                default: p.skipChildren(); break;
            }
        }
    }

    private static int detail(JsonParser p, String name) throws IOException {
        if (!UpstreamJson.isObject(p)) {
            return 0;
        }
        int value = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            if (name.equals(field)) {
                value = UpstreamJson.intValue(p, 0);
            } else {
                p.skipChildren();
            }
        }
        return value;
    }
}
