package dev.switchboard.transcoder.openai;

import javax.annotation.Nullable;

import dev.switchboard.v1.FinishReason;
import dev.switchboard.v1.Role;

/** OpenAI's wire names for the canonical enums, in both directions. */
final class OpenAiNames {

    /** The role for an OpenAI role name, or null when the name is not one. */
    @Nullable
    static Role role(String name) {
        switch (name) {
            case "system":
                return Role.ROLE_SYSTEM;
            case "developer":
                return Role.ROLE_DEVELOPER;
            case "user":
                return Role.ROLE_USER;
            case "assistant":
                return Role.ROLE_ASSISTANT;
            case "tool":
                return Role.ROLE_TOOL;
            default:
                return null;
        }
    }

    /** OpenAI's name for a role; unspecified roles are written as assistant, the only role a model speaks in. */
    static String roleName(Role role) {
        switch (role) {
            case ROLE_SYSTEM:
                return "system";
            case ROLE_DEVELOPER:
                return "developer";
            case ROLE_USER:
                return "user";
            case ROLE_TOOL:
                return "tool";
            case ROLE_ASSISTANT:
            default:
                return "assistant";
        }
    }

    /**
     * The finish reason an upstream's value names, or null when it names none we know: null (not
     * finished yet) or a value some OpenAI-compatible servers invent (e.g. "eos"). Callers decide what
     * an unknown value means in their context.
     */
    @Nullable
    static FinishReason finishReason(@Nullable String name) {
        if (name == null) {
            return null;
        }
        switch (name) {
            case "stop":
                return FinishReason.FINISH_REASON_STOP;
            case "length":
                return FinishReason.FINISH_REASON_LENGTH;
            case "tool_calls":
                return FinishReason.FINISH_REASON_TOOL_CALLS;
            case "content_filter":
                return FinishReason.FINISH_REASON_CONTENT_FILTER;
            case "function_call":
                return FinishReason.FINISH_REASON_FUNCTION_CALL;
            default:
                return null;
        }
    }

    /** OpenAI's name for a finish reason, or null for unspecified. */
    @Nullable
    static String finishReasonName(FinishReason reason) {
        switch (reason) {
            case FINISH_REASON_STOP:
            // A paused server-tool turn ended this answer; the chat format has no way to resume it.
            case FINISH_REASON_PAUSE_TURN:
                return "stop";
            case FINISH_REASON_LENGTH:
                return "length";
            case FINISH_REASON_TOOL_CALLS:
                return "tool_calls";
            case FINISH_REASON_CONTENT_FILTER:
                return "content_filter";
            case FINISH_REASON_FUNCTION_CALL:
                return "function_call";
            default:
                return null;
        }
    }

    /** The service tiers OpenAI's schema allows in a response; others (Groq's "on_demand") are not written. */
    static boolean isKnownServiceTier(String tier) {
        switch (tier) {
            case "auto":
            case "default":
            case "flex":
            case "scale":
            case "priority":
            case "fast":
                return true;
            default:
                return false;
        }
    }

    private OpenAiNames() {}
}
