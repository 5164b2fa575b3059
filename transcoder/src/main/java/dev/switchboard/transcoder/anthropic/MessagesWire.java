package dev.switchboard.transcoder.anthropic;

import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.v1.FinishReason;
import dev.switchboard.v1.Usage;

/** The pieces a Messages response and its stream share: ids, stop reasons, usage, error bodies. */
public final class MessagesWire {
    private static final String ID_PREFIX = "msg_";
    private static final char[] ID_CHARS =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

    /** An Anthropic upstream's id is kept; any other gets a fresh one of Anthropic's shape. */
    static String messageId(String upstreamId) {
        if (upstreamId.startsWith(ID_PREFIX)) {
            return upstreamId;
        }
        final ThreadLocalRandom random = ThreadLocalRandom.current();
        final StringBuilder sb = new StringBuilder(ID_PREFIX);
        for (int i = 0; i < 24; i++) {
            sb.append(ID_CHARS[random.nextInt(ID_CHARS.length)]);
        }
        return sb.toString();
    }

    /** Anthropic's stop_reason; {@code stop_sequence} when the upstream named the sequence it stopped at. */
    static String stopReason(FinishReason finish, String stopSequence) {
        if (!stopSequence.isEmpty() && finish == FinishReason.FINISH_REASON_STOP) {
            return "stop_sequence";
        }
        switch (finish) {
            case FINISH_REASON_LENGTH:
                return "max_tokens";
            case FINISH_REASON_TOOL_CALLS:
            case FINISH_REASON_FUNCTION_CALL:
                return "tool_use";
            case FINISH_REASON_CONTENT_FILTER:
                return "refusal";
            case FINISH_REASON_PAUSE_TURN:
                return "pause_turn";
            default:
                return "end_turn";
        }
    }

    /** {@code "stop_sequence": "<sequence>"} or {@code null}, as Anthropic writes it. */
    static void writeStopSequence(JsonGenerator g, String stopSequence) throws IOException {
        if (stopSequence.isEmpty()) {
            g.writeNullField("stop_sequence");
        } else {
            g.writeStringField("stop_sequence", stopSequence);
        }
    }

    /**
     * Anthropic's usage: input_tokens excludes cache reads and writes, which the canonical prompt
     * count includes, so they are taken out again. Reasoning is Anthropic's
     * {@code output_tokens_details.thinking_tokens} (inside output_tokens), written only when there
     * was some, as Anthropic does. Anthropic has no audio count.
     */
    static void writeUsage(JsonGenerator g, Usage u) throws IOException {
        g.writeObjectFieldStart("usage");
        g.writeNumberField("input_tokens",
                           Math.max(0, u.getPromptTokens() - u.getCachedPromptTokens() - u.getCacheWriteTokens()));
        g.writeNumberField("cache_creation_input_tokens", u.getCacheWriteTokens());
        g.writeNumberField("cache_read_input_tokens", u.getCachedPromptTokens());
        g.writeNumberField("output_tokens", u.getCompletionTokens());
        if (u.getReasoningTokens() > 0) {
            g.writeObjectFieldStart("output_tokens_details");
            g.writeNumberField("thinking_tokens", u.getReasoningTokens());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** {@code {"type":"error","error":{"type":…,"message":…}}}, the type from the one error table. */
    public static byte[] errorBody(ErrorKind kind, String message) {
        return Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("type", "error");
            g.writeObjectFieldStart("error");
            g.writeStringField("type", kind.anthropicType());
            g.writeStringField("message", message);
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    private MessagesWire() {}
}
