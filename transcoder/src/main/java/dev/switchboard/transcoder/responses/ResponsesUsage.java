package dev.switchboard.transcoder.responses;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.transcoder.json.UpstreamJson;
import dev.switchboard.v1.Usage;

/** Responses usage: input/output tokens with cached and reasoning details. */
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
                    u.setCachedPromptTokens(detail(p, "cached_tokens"));
                    break;
                case "output_tokens_details":
                    u.setReasoningTokens(detail(p, "reasoning_tokens"));
                    break;
                default:
                    p.skipChildren();
                    break;
            }
        }
        if (!total) {
            u.setTotalTokens(u.getPromptTokens() + u.getCompletionTokens());
        }
        return u.build();
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
