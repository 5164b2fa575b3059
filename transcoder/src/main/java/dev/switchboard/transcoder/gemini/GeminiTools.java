package dev.switchboard.transcoder.gemini;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.protobuf.Struct;

import dev.switchboard.transcoder.common.JsonValues;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.Tool;
import dev.switchboard.v1.ToolChoice;

/**
 * Function tools as Gemini {@code functionDeclarations} and tool_choice as
 * {@code toolConfig.functionCallingConfig}. Schemas go out whole in {@code parametersJsonSchema}
 * (Gemini 2.0 and later take full JSON Schema there); older models get the OpenAPI subset in
 * {@code parameters}, cleaned by {@link GeminiSchemas}.
 */
final class GeminiTools {

    static void write(JsonGenerator g, ChatCompletionRequest req, String model, List<String> dropped)
            throws IOException {
        if (req.hasParallelToolCalls() && !req.getParallelToolCalls()) {
            // Gemini has no switch for it: the model may still call several functions at once.
            dropped.add("parallel_tool_calls");
        }
        if (req.getToolsCount() == 0) {
            return;
        }
        final boolean legacy = GeminiModel.legacySchema(model);
        boolean strict = false;
        g.writeArrayFieldStart("tools");
        g.writeStartObject();
        g.writeArrayFieldStart("functionDeclarations");
        for (int i = 0; i < req.getToolsCount(); i++) {
            final Tool tool = req.getTools(i);
            final String path = "tools[" + i + ']';
            if (!tool.getType().isEmpty() && !"function".equals(tool.getType())) {
                throw GatewayException.invalid(path + ".type: Gemini takes only function tools, not '"
                                               + tool.getType() + '\'');
            }
            if (tool.getName().isEmpty()) {
                throw GatewayException.invalid(path + ".function.name: required");
            }
            strict |= tool.hasStrict() && tool.getStrict();
            g.writeStartObject();
            g.writeStringField("name", tool.getName());
            if (!tool.getDescription().isEmpty()) {
                g.writeStringField("description", tool.getDescription());
            }
            if (tool.hasParameters()) {
                writeSchema(g, tool.getParameters(), legacy, "parametersJsonSchema", "parameters",
                            path + ".function.parameters");
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        if (strict) {
            // Gemini validates arguments against the schema, but promises no strict mode.
            dropped.add("strict");
        }
        writeToolConfig(g, req.getToolChoice());
    }

    /** The schema whole under {@code jsonField}, or cleaned under {@code legacyField} for old models. */
    static void writeSchema(JsonGenerator g, Struct schema, boolean legacy, String jsonField, String legacyField,
                            String path) throws IOException {
        if (!legacy) {
            g.writeFieldName(jsonField);
            JsonValues.writeStruct(g, schema);
            return;
        }
        final Struct cleaned = GeminiSchemas.legacy(schema, path);
        if (cleaned != null) {
            g.writeFieldName(legacyField);
            JsonValues.writeStruct(g, cleaned);
        }
    }

    private static void writeToolConfig(JsonGenerator g, ToolChoice choice) throws IOException {
        final String mode;
        switch (choice.getMode()) {
            case MODE_AUTO:
                mode = "AUTO";
                break;
            case MODE_NONE:
                mode = "NONE";
                break;
            case MODE_REQUIRED:
            case MODE_FUNCTION:
                mode = "ANY";
                break;
            default:
                return;
        }
        g.writeObjectFieldStart("toolConfig");
        g.writeObjectFieldStart("functionCallingConfig");
        g.writeStringField("mode", mode);
        if (choice.getMode() == ToolChoice.Mode.MODE_FUNCTION) {
            if (choice.getFunctionName().isEmpty()) {
                throw GatewayException.invalid("tool_choice.function.name: required");
            }
            g.writeArrayFieldStart("allowedFunctionNames");
            g.writeString(choice.getFunctionName());
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private GeminiTools() {}
}
