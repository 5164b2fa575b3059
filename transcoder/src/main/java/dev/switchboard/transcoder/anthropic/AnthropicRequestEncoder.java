package dev.switchboard.transcoder.anthropic;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.Nullable;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.common.JsonValues;
import dev.switchboard.transcoder.format.DroppedParams;
import dev.switchboard.transcoder.format.EncodedRequest;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Reasoning;
import dev.switchboard.v1.ResponseFormat;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.Tool;
import dev.switchboard.v1.ToolChoice;

/**
 * Writes the canonical request as a Messages API request. Parameters Anthropic has no place for
 * are left out and reported by their OpenAI names; so are values rewritten with a changed
 * meaning (a temperature above Anthropic's maximum of 1, a max_tokens raised above the thinking
 * budget).
 */
final class AnthropicRequestEncoder {
    static final String VERSION = "2023-06-01";

    private static final String JSON_OBJECT_INSTRUCTION =
            "Respond with a single valid JSON object and nothing else: no prose before or after it and no Markdown"
            + " code fences.";

    /**
     * Decisions taken before writing: they depend on each other, and drops must all be known. A
     * json_schema format goes either natively ({@code outputFormat}) or as the answer tool.
     */
    private record Plan(int maxTokens, @Nullable Integer thinkingBudget,
                        @Nullable AnthropicTools.AnswerTool answer, @Nullable ResponseFormat outputFormat,
                        AnthropicMessageEncoder.Conversation conversation) {}

    static EncodedRequest encode(ChatCompletionRequest req, String model, boolean stream) {
        final List<String> dropped = new ArrayList<>();
        final Plan plan = plan(req, model, dropped);
        final byte[] body = Json.write(g -> write(g, req, model, stream, plan, dropped));
        return new EncodedRequest("/messages", Map.of("anthropic-version", VERSION), body, dropped);
    }

    private static Plan plan(ChatCompletionRequest req, String model, List<String> dropped) {
        final AnthropicMessageEncoder.Conversation conversation = AnthropicMessageEncoder.plan(req.getMessagesList(), dropped);
        final Integer budget = thinkingBudget(req, dropped);
        final ResponseFormat format = req.getResponseFormat();
        AnthropicTools.AnswerTool answer = null;
        ResponseFormat outputFormat = null;
        if (format.getType() == ResponseFormat.Type.TYPE_JSON_SCHEMA && format.hasSchema()
            && AnthropicStructuredOutput.isNative(model)
            && (ANTHROPIC.equals(req.getExtraFormat()) || NativeSchema.fits(format.getSchema()))) {
            // An Anthropic client's own format goes as written; another format's only if Anthropic can take it.
            outputFormat = format;
        } else if (format.getType() == ResponseFormat.Type.TYPE_JSON_SCHEMA) {
            answer = AnthropicTools.AnswerTool.of(format);
            if (budget != null) {
                conversation.addSystem("Give your final answer by calling the `" + answer.name()
                                       + "` tool: its input is the answer. Do not answer in plain text.");
            }
        } else if (format.getType() == ResponseFormat.Type.TYPE_JSON_OBJECT) {
            conversation.addSystem(JSON_OBJECT_INSTRUCTION);
        }
        return new Plan(maxTokens(req, model, budget, dropped), budget, answer, outputFormat, conversation);
    }

    /**
     * The thinking budget, or null for no thinking. Thinking is left out (and reported) where
     * Anthropic would refuse the request with it: a tool_choice that forces a tool, or a tool
     * loop whose last assistant turn comes back without its signed thinking block.
     */
    @Nullable
    private static Integer thinkingBudget(ChatCompletionRequest req, List<String> dropped) {
        final Reasoning r = req.getReasoning();
        final String name = r.getEffort().isEmpty() ? "reasoning.budget_tokens" : "reasoning_effort";
        Integer budget;
        if (r.hasBudgetTokens()) {
            budget = r.getBudgetTokens() <= 0 ? null : r.getBudgetTokens();
            if (budget != null && budget < AnthropicLimits.MIN_THINKING_BUDGET) {
                budget = AnthropicLimits.MIN_THINKING_BUDGET;
                dropped.add("reasoning.budget_tokens");
            }
        } else {
            budget = AnthropicLimits.effortBudget(r.getEffort());
            if (budget == null && !r.getEffort().isEmpty() && !"none".equals(r.getEffort())) {
                dropped.add(name);
            }
        }
        if (budget == null) {
            return null;
        }
        final ToolChoice.Mode mode = req.getToolChoice().getMode();
        if (mode == ToolChoice.Mode.MODE_REQUIRED || mode == ToolChoice.Mode.MODE_FUNCTION
            || toolLoopLacksThinking(req.getMessagesList())) {
            dropped.add(name);
            return null;
        }
        return budget;
    }

    /** True when the conversation ends in tool results for an assistant turn with no thinking of ours. */
    private static boolean toolLoopLacksThinking(List<Message> messages) {
        int i = messages.size() - 1;
        while (i >= 0 && messages.get(i).getRole() == Role.ROLE_TOOL) {
            i--;
        }
        if (i == messages.size() - 1 || i < 0 || messages.get(i).getRole() != Role.ROLE_ASSISTANT) {
            return false;
        }
        for (ContentPart part : messages.get(i).getContentList()) {
            if (part.getPartCase() == ContentPart.PartCase.REASONING
                && AnthropicNames.statePayload(part.getProviderState()) != null) {
                return false;
            }
        }
        return messages.get(i).getToolCallsCount() > 0;
    }

    /**
     * max_completion_tokens, else max_tokens, else the model's default. Thinking counts against
     * max_tokens and Anthropic requires max_tokens above the budget, so a limit at or below it is
     * raised by the budget (and reported when the client set it).
     */
    private static int maxTokens(ChatCompletionRequest req, String model, @Nullable Integer budget,
                                 List<String> dropped) {
        final String name = req.hasMaxCompletionTokens() ? "max_completion_tokens" : "max_tokens";
        final boolean given = req.hasMaxCompletionTokens() || req.hasMaxTokens();
        final int requested = req.hasMaxCompletionTokens() ? req.getMaxCompletionTokens()
                              : req.hasMaxTokens() ? req.getMaxTokens() : AnthropicLimits.defaultMaxTokens(model);
        if (budget != null && requested <= budget) {
            if (given) {
                dropped.add(name);
            }
            return budget + requested;
        }
        return requested;
    }

    private static void write(JsonGenerator g, ChatCompletionRequest req, String model, boolean stream, Plan plan,
                              List<String> dropped) throws IOException {
        g.writeStartObject();
        g.writeStringField("model", model);
        g.writeNumberField("max_tokens", plan.maxTokens());
        if (plan.conversation().hasSystem()) {
            plan.conversation().writeSystem(g);
        }
        plan.conversation().writeMessages(g);
        if (req.getToolsCount() > 0 || plan.answer() != null) {
            AnthropicTools.writeTools(g, req.getToolsList(), plan.answer(), dropped);
        }
        AnthropicTools.writeToolChoice(g, req, plan.answer(), plan.thinkingBudget() != null);
        if (plan.thinkingBudget() != null) {
            g.writeObjectFieldStart("thinking");
            g.writeStringField("type", "enabled");
            g.writeNumberField("budget_tokens", plan.thinkingBudget());
            g.writeEndObject();
        }
        AnthropicStructuredOutput.writeOutputConfig(g, plan.outputFormat(), ownOutputConfig(req));
        writeSampling(g, req, plan.thinkingBudget() != null, dropped);
        writeStop(g, req, dropped);
        if (!req.getUser().isEmpty()) {
            // Anthropic's place for an end-user id (used for abuse detection, as OpenAI's user is).
            g.writeObjectFieldStart("metadata");
            g.writeStringField("user_id", req.getUser());
            g.writeEndObject();
        }
        if (stream) {
            g.writeBooleanField("stream", true);
        }
        if (ANTHROPIC.equals(req.getExtraFormat())) {
            // Came in as Anthropic's own request: its unmodelled fields pass through unchanged.
            JsonValues.writeFields(g, req.getExtra(), OWN_FIELDS);
        }
        g.writeEndObject();
        reportUnsupported(req, dropped);
    }

    /**
     * The settings of an Anthropic client's own {@code output_config} other than its format
     * (effort…), which the Messages ingress keeps in extra; its format is the response format.
     */
    @Nullable
    private static Struct ownOutputConfig(ChatCompletionRequest req) {
        if (!ANTHROPIC.equals(req.getExtraFormat())) {
            return null;
        }
        final Value own = req.getExtra().getFieldsMap().get("output_config");
        return own != null && own.hasStructValue() ? own.getStructValue() : null;
    }

    /**
     * Anthropic's temperature runs 0 to 1 (OpenAI's to 2), so higher values are clamped. Recent
     * models refuse temperature and top_p together, so top_p yields. With thinking on, Anthropic
     * allows neither a temperature other than 1 nor top_k, and top_p only from 0.95.
     */
    private static void writeSampling(JsonGenerator g, ChatCompletionRequest req, boolean thinking,
                                      List<String> dropped) throws IOException {
        boolean wroteTemperature = false;
        if (req.hasTemperature()) {
            double t = req.getTemperature();
            if (thinking && t != 1.0) {
                dropped.add("temperature");
            } else {
                if (t > 1.0) {
                    t = 1.0;
                    dropped.add("temperature");
                }
                g.writeFieldName("temperature");
                JsonValues.writeNumber(g, t);
                wroteTemperature = true;
            }
        }
        if (req.hasTopP()) {
            if (wroteTemperature || thinking && req.getTopP() < 0.95) {
                dropped.add("top_p");
            } else {
                g.writeFieldName("top_p");
                JsonValues.writeNumber(g, req.getTopP());
            }
        }
        if (req.hasTopK()) {
            if (thinking) {
                dropped.add("top_k");
            } else {
                g.writeNumberField("top_k", req.getTopK());
            }
        }
    }

    /** Anthropic rejects whitespace-only stop sequences; they are left out and reported. */
    private static void writeStop(JsonGenerator g, ChatCompletionRequest req, List<String> dropped)
            throws IOException {
        boolean started = false;
        boolean blank = false;
        for (String s : req.getStopList()) {
            if (s.isBlank()) {
                blank = true;
                continue;
            }
            if (!started) {
                g.writeArrayFieldStart("stop_sequences");
                started = true;
            }
            g.writeString(s);
        }
        if (started) {
            g.writeEndArray();
        }
        if (blank) {
            dropped.add("stop");
        }
    }

    /** Parameters the Messages API has no equivalent for. */
    private static void reportUnsupported(ChatCompletionRequest req, List<String> dropped) {
        DroppedParams.openAiOnly(req, dropped);
        if (req.getMetadataCount() > 0) {
            dropped.add("metadata");
        }
        // Unmodelled fields of another format (OpenAI's store, modalities, …) mean nothing here.
        if (!ANTHROPIC.equals(req.getExtraFormat())) {
            dropped.addAll(req.getExtra().getFieldsMap().keySet());
            // A server tool runs, but its server_tool_use and result blocks have no place in the
            // client's format: the answer keeps only the text (and its citations as annotations).
            for (Tool tool : req.getToolsList()) {
                if (AnthropicTools.isServerTool(tool.getType()) && !dropped.contains(tool.getType())) {
                    dropped.add(tool.getType());
                }
            }
        }
    }

    private static final String ANTHROPIC = "anthropic";
    /** What {@link #write} sets itself; an extra field of the same name never overrides it. */
    private static final Set<String> OWN_FIELDS = Set.of(
            "model", "max_tokens", "system", "messages", "tools", "tool_choice", "thinking", "temperature",
            "top_p", "top_k", "stop_sequences", "metadata", "stream", "output_config");

    private AnthropicRequestEncoder() {}
}
