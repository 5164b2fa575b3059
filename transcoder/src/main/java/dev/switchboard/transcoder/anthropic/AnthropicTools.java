package dev.switchboard.transcoder.anthropic;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import javax.annotation.Nullable;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import dev.switchboard.transcoder.common.JsonValues;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ResponseFormat;
import dev.switchboard.v1.Tool;
import dev.switchboard.v1.ToolChoice;

/**
 * Tools and tool_choice in Anthropic's shape, including the synthetic answer tool that carries a
 * {@code response_format: json_schema} to models without native structured outputs (see
 * {@link AnthropicStructuredOutput}).
 *
 * <p>The answer tool's input_schema is the client's schema, forced with {@code tool_choice:
 * {"type":"tool"}}; the decoders hand that tool's input back as the message text with
 * finish_reason stop, which is what an OpenAI client expects. Anthropic takes only object input
 * schemas, so any other schema (a top-level array, a string enum) is wrapped as the one required
 * property {@code value} of an object, under a name the decoders recognise to unwrap it. With
 * thinking on, Anthropic refuses a forced tool, so the call is only asked for: text the model
 * writes before it then reaches a streaming client ahead of the JSON (a whole response keeps only
 * the JSON).
 */
final class AnthropicTools {
    private static final Set<String> PROVIDER_TOOL_OWN_FIELDS = Set.of("type", "name");
    private static final String DEFAULT_ANSWER_DESCRIPTION =
            "Give the final answer to the user. The input of this tool is the answer itself and must match its schema.";
    private static final String DEFAULT_WRAPPED_ANSWER_DESCRIPTION =
            "Give the final answer to the user. The `value` of this tool's input is the answer itself and must match"
            + " its schema.";

    /** The synthetic tool standing for a json_schema response format. */
    record AnswerTool(String name, String description, @Nullable Struct schema) {
        static AnswerTool of(ResponseFormat format) {
            final String given = format.getDescription();
            if (format.hasSchema() && !AnthropicStructuredOutput.isObjectSchema(format.getSchema())) {
                return new AnswerTool(AnthropicNames.wrappedAnswerToolName(format.getName()),
                                      given.isEmpty() ? DEFAULT_WRAPPED_ANSWER_DESCRIPTION : given,
                                      AnthropicStructuredOutput.wrap(format.getSchema()));
            }
            return new AnswerTool(AnthropicNames.answerToolName(format.getName()),
                                  given.isEmpty() ? DEFAULT_ANSWER_DESCRIPTION : given,
                                  format.hasSchema() ? format.getSchema() : null);
        }
    }

    /** Writes {@code tools}; reports {@code strict} as dropped, which Anthropic's stable API lacks. */
    static void writeTools(JsonGenerator g, List<Tool> tools, @Nullable AnswerTool answer, List<String> dropped)
            throws IOException {
        g.writeArrayFieldStart("tools");
        for (Tool tool : tools) {
            if (tool.getType().isEmpty() || "function".equals(tool.getType())) {
                writeFunction(g, tool.getName(), tool.getDescription(),
                              tool.hasParameters() ? tool.getParameters() : null,
                              AnthropicContent.cacheControl(tool.getExtra()));
                if (tool.getStrict() && !dropped.contains("strict")) {
                    dropped.add("strict");
                }
            } else {
                // A provider tool (web_search_20250305, bash_…): the client wrote it for Anthropic,
                // so its fields pass through as given.
                g.writeStartObject();
                g.writeStringField("type", tool.getType());
                if (!tool.getName().isEmpty()) {
                    g.writeStringField("name", tool.getName());
                }
                JsonValues.writeFields(g, tool.getExtra(), PROVIDER_TOOL_OWN_FIELDS);
                g.writeEndObject();
            }
        }
        if (answer != null) {
            writeFunction(g, answer.name(), answer.description(), answer.schema(), null);
        }
        g.writeEndArray();
    }

    /**
     * Whether a tool type is one of Anthropic's server tools, which the API runs itself and
     * answers with server_tool_use and result blocks (web search, web fetch, code execution, tool
     * search); bash and text_editor are client tools, called with ordinary tool_use blocks.
     */
    static boolean isServerTool(String type) {
        return type.startsWith("web_search_") || type.startsWith("web_fetch_") || type.startsWith("code_execution_")
               || type.startsWith("tool_search_tool_");
    }

    private static void writeFunction(JsonGenerator g, String name, String description, @Nullable Struct schema,
                                      @Nullable Value cacheControl) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        if (!description.isEmpty()) {
            g.writeStringField("description", description);
        }
        g.writeFieldName("input_schema");
        if (schema != null) {
            JsonValues.writeStruct(g, schema);
        } else {
            // A tool without parameters: Anthropic still requires an object schema.
            g.writeStartObject();
            g.writeStringField("type", "object");
            g.writeObjectFieldStart("properties");
            g.writeEndObject();
            g.writeEndObject();
        }
        if (cacheControl != null) {
            g.writeFieldName("cache_control");
            JsonValues.writeValue(g, cacheControl);
        }
        g.writeEndObject();
    }

    /**
     * Writes tool_choice when there is one to write. Anthropic keeps the parallel switch inside
     * tool_choice, so {@code parallel_tool_calls:false} alone becomes {@code {"type":"auto",
     * "disable_parallel_tool_use":true}}. With an answer tool the choice forces it, unless the
     * client named a tool or thinking is on (Anthropic refuses forced tool use with thinking;
     * the system instruction asks for the call instead).
     */
    static void writeToolChoice(JsonGenerator g, ChatCompletionRequest req, @Nullable AnswerTool answer,
                                boolean thinking) throws IOException {
        if (req.getToolsCount() == 0 && answer == null) {
            return;
        }
        final ToolChoice.Mode mode = req.hasToolChoice() ? req.getToolChoice().getMode()
                                                         : ToolChoice.Mode.MODE_UNSPECIFIED;
        final boolean noParallel = req.hasParallelToolCalls() && !req.getParallelToolCalls();
        String type;
        String name = null;
        switch (mode) {
            case MODE_AUTO:
                type = "auto";
                break;
            case MODE_NONE:
                type = "none";
                break;
            case MODE_REQUIRED:
                type = "any";
                break;
            case MODE_FUNCTION:
                type = "tool";
                name = req.getToolChoice().getFunctionName();
                break;
            default:
                type = noParallel ? "auto" : null;
                break;
        }
        if (answer != null && mode != ToolChoice.Mode.MODE_FUNCTION && mode != ToolChoice.Mode.MODE_REQUIRED) {
            if (thinking) {
                type = "auto";
            } else if (req.getToolsCount() > 0 && mode != ToolChoice.Mode.MODE_NONE) {
                // Some tool must be called: the client's, or the answer once the work is done.
                type = "any";
            } else {
                type = "tool";
                name = answer.name();
            }
        }
        if (type == null) {
            return;
        }
        g.writeObjectFieldStart("tool_choice");
        g.writeStringField("type", type);
        if (name != null) {
            g.writeStringField("name", name);
        }
        if (noParallel && !"none".equals(type)) {
            g.writeBooleanField("disable_parallel_tool_use", true);
        }
        g.writeEndObject();
    }

    private AnthropicTools() {}
}
