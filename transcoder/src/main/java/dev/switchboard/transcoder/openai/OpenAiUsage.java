package dev.switchboard.transcoder.openai;

import java.io.IOException;
import javax.annotation.Nullable;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import dev.switchboard.transcoder.common.UpstreamJson;
import dev.switchboard.transcoder.format.ReasoningTokens;
import dev.switchboard.v1.Usage;

/** OpenAI's usage object: read leniently from upstreams, written strictly to clients. */
final class OpenAiUsage {

    /**
     * Reads the usage object at the current token; null for JSON null or any non-object. Unknown
     * fields (Groq's timings, xAI's cost) are skipped. Completion tokens come out with reasoning
     * included, however the server counted them ({@link ReasoningTokens}).
     */
    @Nullable
    static Usage read(JsonParser p) throws IOException {
        if (!UpstreamJson.isObject(p)) {
            return null;
        }
        final Usage.Builder u = Usage.newBuilder();
        int cacheHits = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "prompt_cache_hit_tokens":
                    // DeepSeek's documented name for what OpenAI calls cached_tokens (also inside prompt_tokens).
                    cacheHits = UpstreamJson.intValue(p, 0);
                    break;
                case "prompt_tokens":
                    u.setPromptTokens(UpstreamJson.intValue(p, 0));
                    break;
                case "completion_tokens":
                    u.setCompletionTokens(UpstreamJson.intValue(p, 0));
                    break;
                case "total_tokens":
                    u.setTotalTokens(UpstreamJson.intValue(p, 0));
                    break;
                case "prompt_tokens_details":
                    readDetails(p, u, true);
                    break;
                case "completion_tokens_details":
                    readDetails(p, u, false);
                    break;
                default:
                    p.skipChildren();
                    break;
            }
        }
        if (u.getCachedPromptTokens() == 0) {
            u.setCachedPromptTokens(cacheHits);
        }
        // xAI counts reasoning apart from completion_tokens; the canonical count includes it.
        u.setCompletionTokens(ReasoningTokens.inCompletion(u.getPromptTokens(), u.getCompletionTokens(),
                                                           u.getReasoningTokens(), u.getTotalTokens(), false));
        u.setReasoningTokens(ReasoningTokens.within(u.getReasoningTokens(), u.getCompletionTokens()));
        // Some servers leave the total out; OpenAI's schema requires it.
        u.setTotalTokens(ReasoningTokens.total(u.getPromptTokens(), u.getCompletionTokens(), u.getTotalTokens()));
        return u.build();
    }

    /**
     * One detail object; {@code audio_tokens} is in both, the others in one. text_tokens,
     * image_tokens and the predicted-output counts have no canonical home (they are inside their
     * totals already).
     */
    private static void readDetails(JsonParser p, Usage.Builder u, boolean prompt) throws IOException {
        if (!UpstreamJson.isObject(p)) {
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "cached_tokens":
                    u.setCachedPromptTokens(UpstreamJson.intValue(p, 0));
                    break;
                case "cache_write_tokens":
                    u.setCacheWriteTokens(UpstreamJson.intValue(p, 0));
                    break;
                case "reasoning_tokens":
                    u.setReasoningTokens(UpstreamJson.intValue(p, 0));
                    break;
                case "audio_tokens":
                    if (prompt) {
                        u.setAudioPromptTokens(UpstreamJson.intValue(p, 0));
                    } else {
                        u.setAudioCompletionTokens(UpstreamJson.intValue(p, 0));
                    }
                    break;
                default:
                    p.skipChildren();
                    break;
            }
        }
    }

    /** Writes usage; the detail objects only when they carry something. */
    static void write(JsonGenerator g, Usage u) throws IOException {
        g.writeStartObject();
        g.writeNumberField("prompt_tokens", u.getPromptTokens());
        g.writeNumberField("completion_tokens", u.getCompletionTokens());
        g.writeNumberField("total_tokens", u.getTotalTokens());
        if (u.getCachedPromptTokens() != 0 || u.getCacheWriteTokens() != 0 || u.getAudioPromptTokens() != 0) {
            g.writeObjectFieldStart("prompt_tokens_details");
            if (u.getCachedPromptTokens() != 0) {
                g.writeNumberField("cached_tokens", u.getCachedPromptTokens());
            }
            if (u.getCacheWriteTokens() != 0) {
                g.writeNumberField("cache_write_tokens", u.getCacheWriteTokens());
            }
            if (u.getAudioPromptTokens() != 0) {
                g.writeNumberField("audio_tokens", u.getAudioPromptTokens());
            }
            g.writeEndObject();
        }
        if (u.getReasoningTokens() != 0 || u.getAudioCompletionTokens() != 0) {
            g.writeObjectFieldStart("completion_tokens_details");
            if (u.getReasoningTokens() != 0) {
                g.writeNumberField("reasoning_tokens", u.getReasoningTokens());
            }
            if (u.getAudioCompletionTokens() != 0) {
                g.writeNumberField("audio_tokens", u.getAudioCompletionTokens());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private OpenAiUsage() {}
}
