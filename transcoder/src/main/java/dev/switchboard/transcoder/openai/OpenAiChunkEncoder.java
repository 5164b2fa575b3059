package dev.switchboard.transcoder.openai;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.common.TextEventShortcut;
import dev.switchboard.transcoder.common.ToolCallIds;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChunkChoice;
import dev.switchboard.v1.Delta;
import dev.switchboard.v1.FinishReason;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.ToolCall;

/**
 * Writes a canonical chunk as one chat.completion.chunk payload that validates against OpenAI's
 * {@code CreateChatCompletionStreamResponse}. An instance encodes one stream: its text-only chunks
 * go through the {@link TextChunkShortcut}; the static {@link #encode(ChatCompletionChunk, boolean)}
 * writes any chunk with the generator.
 */
public final class OpenAiChunkEncoder {
    private final boolean includeUsageField;
    private final TextChunkShortcut shortcut = new TextChunkShortcut();

    /** A stream's encoder; {@code includeUsageField} as for {@link #encode(ChatCompletionChunk, boolean)}. */
    public OpenAiChunkEncoder(boolean includeUsageField) {
        this.includeUsageField = includeUsageField;
    }

    /** Encodes the stream's next chunk: the same bytes as the static method, cheaper for text. */
    public byte[] encode(ChatCompletionChunk c) {
        if (textOnly(c)) {
            final byte[] out = shortcut.encode(c, includeUsageField);
            if (out != null) {
                return out;
            }
        }
        return encode(c, includeUsageField);
    }

    int shortcutHits() {
        return shortcut.hits;
    }

    /**
     * Whether a chunk carries nothing but text for one choice, as its content or as its reasoning:
     * the shape both stream shortcuts handle ({@link TextEventShortcut}, {@link TextChunkShortcut}).
     */
    static boolean textOnly(ChatCompletionChunk c) {
        if (c.getChoicesCount() != 1 || c.hasUsage() || c.getGateway().getFailoversCount() > 0) {
            return false;
        }
        final ChunkChoice choice = c.getChoices(0);
        if (choice.getFinishReason() != FinishReason.FINISH_REASON_UNSPECIFIED || choice.hasLogprobs()
            || !choice.getStopSequence().isEmpty()) {
            return false;
        }
        final Delta d = choice.getDelta();
        return d.hasContent() != d.hasReasoning() && d.getRole() == Role.ROLE_UNSPECIFIED
               && !d.hasRefusal() && d.getToolCallsCount() == 0 && d.getReasoningProviderState().isEmpty();
    }

    /**
     * Whether a chunk carries only what a chat chunk cannot say: another format's pass-through
     * block or delta, or citations (the chat stream has no annotations). It is then not sent.
     */
    public static boolean carriesNothingForChat(ChatCompletionChunk c) {
        if (c.getChoicesCount() != 1 || c.hasUsage() || c.getGateway().getFailoversCount() > 0) {
            return false;
        }
        final ChunkChoice choice = c.getChoices(0);
        final Delta d = choice.getDelta();
        final boolean passOnly = d.hasBlock() || d.hasBlockDelta() || d.getCitationsCount() > 0;
        return passOnly && choice.getFinishReason() == FinishReason.FINISH_REASON_UNSPECIFIED
               && !choice.hasLogprobs() && d.getRole() == Role.ROLE_UNSPECIFIED && !d.hasContent()
               && !d.hasReasoning() && !d.hasRefusal() && d.getToolCallsCount() == 0
               && d.getReasoningProviderState().isEmpty();
    }

    /**
     * Encodes {@code c}. With {@code includeUsageField} (the client asked for
     * {@code stream_options.include_usage}) every chunk carries {@code usage}, null except on the usage
     * chunk, as OpenAI does; otherwise usage appears only on a chunk that has it.
     */
    public static byte[] encode(ChatCompletionChunk c, boolean includeUsageField) {
        return Json.write(g -> write(g, c, includeUsageField));
    }

    // TextChunkShortcut.sameFrame compares the chunk fields written here besides the delta.
    private static void write(JsonGenerator g, ChatCompletionChunk c, boolean includeUsageField)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.getId());
        g.writeStringField("object", "chat.completion.chunk");
        g.writeNumberField("created", c.getCreated());
        g.writeStringField("model", c.getModel());
        if (!c.getSystemFingerprint().isEmpty()) {
            g.writeStringField("system_fingerprint", c.getSystemFingerprint());
        }
        if (OpenAiNames.isKnownServiceTier(c.getServiceTier())) {
            g.writeStringField("service_tier", c.getServiceTier());
        }
        g.writeArrayFieldStart("choices");
        for (ChunkChoice choice : c.getChoicesList()) {
            writeChoice(g, choice);
        }
        g.writeEndArray();
        if (c.hasUsage()) {
            g.writeFieldName("usage");
            OpenAiUsage.write(g, c.getUsage());
        } else if (includeUsageField) {
            g.writeNullField("usage");
        }
        if (c.getGateway().getFailoversCount() > 0) {
            GatewayJson.write(g, c.getGateway());
        }
        g.writeEndObject();
    }

    private static void writeChoice(JsonGenerator g, ChunkChoice choice) throws IOException {
        g.writeStartObject();
        g.writeNumberField("index", choice.getIndex());
        g.writeFieldName("delta");
        writeDelta(g, choice.getDelta());
        if (choice.hasLogprobs()) {
            g.writeFieldName("logprobs");
            OpenAiLogprobs.write(g, choice.getLogprobs());
        }
        final String finish = OpenAiNames.finishReasonName(choice.getFinishReason());
        if (finish == null) {
            g.writeNullField("finish_reason");
        } else {
            g.writeStringField("finish_reason", finish);
        }
        g.writeEndObject();
    }

    private static void writeDelta(JsonGenerator g, Delta d) throws IOException {
        g.writeStartObject();
        if (d.getRole() != Role.ROLE_UNSPECIFIED) {
            g.writeStringField("role", OpenAiNames.roleName(d.getRole()));
        }
        if (d.hasContent()) {
            g.writeStringField("content", d.getContent());
        }
        if (d.hasRefusal()) {
            g.writeStringField("refusal", d.getRefusal());
        }
        if (d.hasReasoning()) {
            g.writeStringField("reasoning_content", d.getReasoning());
        }
        if (!d.getReasoningProviderState().isEmpty()) {
            ThinkingBlocks.writeStreamedBlock(g, d.getReasoningProviderState());
        }
        if (d.getToolCallsCount() > 0) {
            g.writeArrayFieldStart("tool_calls");
            for (ToolCall call : d.getToolCallsList()) {
                writeToolCallFragment(g, call);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** The first fragment of a call names it; later ones carry only the index and more arguments. */
    private static void writeToolCallFragment(JsonGenerator g, ToolCall call) throws IOException {
        g.writeStartObject();
        g.writeNumberField("index", call.getIndex());
        final boolean first = !call.getId().isEmpty();
        if (first) {
            g.writeStringField("id", ToolCallIds.clientId(call));
        }
        if (first || !call.getType().isEmpty()) {
            g.writeStringField("type", "function");
        }
        g.writeObjectFieldStart("function");
        if (!call.getName().isEmpty()) {
            g.writeStringField("name", call.getName());
        }
        g.writeStringField("arguments", call.getArguments());
        g.writeEndObject();
        g.writeEndObject();
    }
}
