package dev.switchboard.transcoder.anthropic;

import java.nio.charset.StandardCharsets;
import javax.annotation.Nullable;

import com.google.protobuf.ByteString;

import dev.switchboard.v1.FinishReason;

/**
 * Anthropic's names for canonical values, the tag of this adapter's opaque provider state, and
 * the name of the synthetic tool that carries a {@code json_schema} answer.
 */
public final class AnthropicNames {
    /** Provider state this adapter wrote starts with this tag; state with another tag is not ours. */
    static final String STATE_TAG = "anthropic";
    private static final ByteString STATE_PREFIX = ByteString.copyFrom(STATE_TAG + ':', StandardCharsets.US_ASCII);

    /**
     * Marks the tool that stands in for {@code response_format: json_schema}. The response decoders
     * only see the upstream body, so the name alone must say "this call is the answer": a suffix no
     * client tool plausibly has, after the schema name so the model still reads what it is for.
     */
    static final String ANSWER_TOOL_SUFFIX = "__sb_json";
    /**
     * Marks an answer tool whose input wraps a non-object schema as {@code {"value": answer}}
     * (Anthropic takes only object input schemas): the decoders hand on the value alone.
     */
    static final String WRAPPED_ANSWER_TOOL_SUFFIX = "__sb_jsonv";
    /** Anthropic tool names match {@code ^[a-zA-Z0-9_-]{1,64}$}. */
    private static final int MAX_TOOL_NAME = 64;

    /**
     * Marks redacted thinking data in the payload. The state must say what it is by itself: a
     * stream has no redacted flag (Delta carries only the state), and a thinking signature is
     * base64, which never contains ':'.
     */
    public static final String REDACTED = "redacted:";

    /** {@code anthropic:<signature>}, the state of a thinking block. */
    public static ByteString state(String signature) {
        return STATE_PREFIX.concat(ByteString.copyFromUtf8(signature));
    }

    /** {@code anthropic:redacted:<data>}, the state of a redacted_thinking block. */
    public static ByteString redactedState(String data) {
        return state(REDACTED + data);
    }

    /**
     * Whether the state is a redacted_thinking block's data rather than a thinking signature. A
     * stream carries the two alike, so a client format with distinct blocks for them (the OpenAI
     * chat {@code thinking_blocks}) asks here which one to write.
     */
    public static boolean isRedacted(ByteString state) {
        final String payload = statePayload(state);
        return payload != null && payload.startsWith(REDACTED);
    }

    /** The payload of state this adapter wrote, or null for empty state or another adapter's. */
    @Nullable
    public static String statePayload(ByteString state) {
        if (!state.startsWith(STATE_PREFIX)) {
            return null;
        }
        return state.substring(STATE_PREFIX.size()).toStringUtf8();
    }

    /** The answer tool's name for a schema name (OpenAI allows the same characters, up to 64). */
    static String answerToolName(String schemaName) {
        return answerToolName(schemaName, ANSWER_TOOL_SUFFIX);
    }

    /** The wrapped answer tool's name for a schema name. */
    static String wrappedAnswerToolName(String schemaName) {
        return answerToolName(schemaName, WRAPPED_ANSWER_TOOL_SUFFIX);
    }

    private static String answerToolName(String schemaName, String suffix) {
        final StringBuilder sb = new StringBuilder();
        for (int i = 0; i < schemaName.length() && sb.length() < MAX_TOOL_NAME - suffix.length(); i++) {
            final char c = schemaName.charAt(i);
            final boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' ||
                               c == '-';
            sb.append(ok ? c : '_');
        }
        if (sb.length() == 0) {
            sb.append("response");
        }
        return sb.append(suffix).toString();
    }

    /** Either kind of answer tool. */
    static boolean isAnswerTool(String toolName) {
        return toolName.endsWith(ANSWER_TOOL_SUFFIX) || isWrappedAnswerTool(toolName);
    }

    static boolean isWrappedAnswerTool(String toolName) {
        return toolName.endsWith(WRAPPED_ANSWER_TOOL_SUFFIX);
    }

    /**
     * The finish reason for a {@code stop_reason}; unknown non-null reasons end the answer as a stop.
     */
    static FinishReason finishReason(@Nullable String stopReason) {
        if (stopReason == null) {
            return FinishReason.FINISH_REASON_STOP;
        }
        switch (stopReason) {
            case "max_tokens":
            case "model_context_window_exceeded":
                return FinishReason.FINISH_REASON_LENGTH;
            case "tool_use":
                return FinishReason.FINISH_REASON_TOOL_CALLS;
            case "refusal":
                return FinishReason.FINISH_REASON_CONTENT_FILTER;
            case "pause_turn":
                return FinishReason.FINISH_REASON_PAUSE_TURN;
            case "end_turn":
            case "stop_sequence":
            default:
                return FinishReason.FINISH_REASON_STOP;
        }
    }

    private AnthropicNames() {}
}
