package dev.switchboard.transcoder.upstream;

import java.nio.charset.StandardCharsets;

import com.google.protobuf.Struct;

import dev.switchboard.transcoder.json.Json;
import dev.switchboard.transcoder.json.JsonValues;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.CountTokensResponse;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Tool;
import dev.switchboard.v1.ToolCall;

/**
 * The gateway's own input-token estimate, for upstreams that cannot count. No tokenizer is
 * shipped (each model family has its own), so it is the rule of thumb the providers publish:
 * about four bytes of UTF-8 per token for text, JSON schemas and tool-call arguments, plus the
 * framing chat templates add. Expect it within roughly ±25% for English prose; it is reported
 * as {@code exact=false, method="estimate"}.
 */
public final class TokenEstimate {
    static final String METHOD = "estimate";
    /** Role markers and separators around each message (OpenAI documents 3–4). */
    static final int PER_MESSAGE = 4;
    /** The assistant turn the model's answer starts with. */
    static final int REPLY_PRIMING = 3;
    /** Framing around one tool definition, beyond its name, description and schema. */
    static final int PER_TOOL = 8;
    /** An image at OpenAI's low detail: one 512px tile. */
    static final int IMAGE_LOW = 85;
    /** An image otherwise: a 1024×1024 image at high detail (85 + 4 tiles × 170). */
    static final int IMAGE = 765;
    /** Audio and documents of unknown length: a page of text, or about half a minute of speech. */
    static final int MEDIA = 500;

    public static CountTokensResponse estimate(ChatCompletionRequest req) {
        long tokens = REPLY_PRIMING;
        for (Message m : req.getMessagesList()) {
            tokens += PER_MESSAGE + text(m.getName());
            for (ContentPart part : m.getContentList()) {
                tokens += part(part);
            }
            for (ToolCall call : m.getToolCallsList()) {
                tokens += PER_MESSAGE + text(call.getName()) + text(call.getArguments());
            }
        }
        for (Tool tool : req.getToolsList()) {
            tokens += PER_TOOL + text(tool.getName()) + text(tool.getDescription()) + json(tool.getParameters());
        }
        if (req.getResponseFormat().hasSchema()) {
            tokens += json(req.getResponseFormat().getSchema());
        }
        return CountTokensResponse.newBuilder()
                                  .setInputTokens((int) Math.min(Integer.MAX_VALUE, tokens))
                                  .setExact(false)
                                  .setMethod(METHOD)
                                  .build();
    }

    private static long part(ContentPart part) {
        switch (part.getPartCase()) {
            case TEXT:
                return text(part.getText());
            case REASONING:
                return text(part.getReasoning().getText());
            case IMAGE:
                return "low".equals(part.getImage().getDetail()) ? IMAGE_LOW : IMAGE;
            case PART_NOT_SET:
                return 0;
            default:
                return MEDIA;
        }
    }

    /** UTF-8 bytes / 4, rounded up. */
    static long text(String s) {
        return s.isEmpty() ? 0 : (s.getBytes(StandardCharsets.UTF_8).length + 3) / 4;
    }

    private static long json(Struct s) {
        if (s.getFieldsCount() == 0) {
            return 0;
        }
        return (Json.write(g -> JsonValues.writeStruct(g, s)).length + 3) / 4;
    }

    private TokenEstimate() {}
}
