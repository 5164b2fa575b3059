package dev.switchboard.transcoder.format;

import java.util.Map;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import dev.switchboard.transcoder.common.JsonValues;
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
        return CountTokensResponse.newBuilder()
                                  .setInputTokens(inputTokens(req))
                                  .setExact(false)
                                  .setMethod(METHOD)
                                  .build();
    }

    /**
     * The estimate alone. Cheap enough for every streamed request on the event loop: one pass over
     * the request that counts UTF-8 bytes without encoding anything.
     */
    public static int inputTokens(ChatCompletionRequest req) {
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
        return (int) Math.min(Integer.MAX_VALUE, tokens);
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

    /** UTF-8 bytes / 4, rounded up: the estimate of any text (an answer's too). */
    public static long text(String s) {
        return (utf8Length(s) + 3) / 4;
    }

    /** The schema's size as compact JSON, in tokens. */
    private static long json(Struct s) {
        if (JsonValues.isEmpty(s)) {
            return 0;
        }
        return (jsonBytes(s) + 3) / 4;
    }

    /** The bytes of {@code s} as compact JSON (escapes aside), counted without writing it. */
    private static long jsonBytes(Struct s) {
        // Braces, and per field its quoted name, the colon and a comma (one fewer than fields).
        long n = 1;
        for (Map.Entry<String, Value> e : s.getFieldsMap().entrySet()) {
            n += utf8Length(e.getKey()) + 4 + jsonBytes(e.getValue());
        }
        return Math.max(n, 2);
    }

    private static long jsonBytes(Value v) {
        switch (v.getKindCase()) {
            case STRUCT_VALUE:
                return jsonBytes(v.getStructValue());
            case LIST_VALUE: {
                long n = 1;
                for (Value e : v.getListValue().getValuesList()) {
                    n += jsonBytes(e) + 1;
                }
                return Math.max(n, 2);
            }
            case STRING_VALUE:
                return utf8Length(v.getStringValue()) + 2;
            case NUMBER_VALUE: {
                final double d = v.getNumberValue();
                // Digits of the integer part, or a typical width for a fraction.
                return d == Math.rint(d) && Math.abs(d) < 1e15 ? digits((long) d) : 8;
            }
            case BOOL_VALUE:
                return v.getBoolValue() ? 4 : 5;
            default:
                return 4;
        }
    }

    private static int digits(long n) {
        int d = n < 0 ? 2 : 1;
        for (long rest = Math.abs(n); rest >= 10; rest /= 10) {
            d++;
        }
        return d;
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            final char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    private TokenEstimate() {}
}
