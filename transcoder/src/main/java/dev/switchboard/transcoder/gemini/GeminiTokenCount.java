package dev.switchboard.transcoder.gemini;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.format.EncodedRequest;
import dev.switchboard.transcoder.format.UpstreamCount;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.CountTokensResponse;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Role;

/**
 * Gemini's {@code models/{m}:countTokens}. A bare conversation goes as {@code contents}; with a
 * system instruction or tools, which count too, the whole request goes as
 * {@code generateContentRequest} (the two forms are mutually exclusive). Generation settings
 * are left out: they do not change the input.
 */
final class GeminiTokenCount {
    static final String METHOD = "gemini_count_tokens";

    static EncodedRequest encode(ChatCompletionRequest req, String model) {
        final String resource = GeminiModel.resource(model);
        final boolean whole = req.getToolsCount() > 0 || hasSystem(req.getMessagesList());
        final List<String> unused = new ArrayList<>();
        final byte[] body = Json.write(g -> {
            g.writeStartObject();
            if (whole) {
                g.writeObjectFieldStart("generateContentRequest");
                g.writeStringField("model", resource);
            }
            GeminiContents.writeContents(g, req.getMessagesList(), model);
            if (whole) {
                GeminiContents.writeSystemInstruction(g, req.getMessagesList());
                GeminiTools.write(g, req, model, unused);
                g.writeEndObject();
            }
            g.writeEndObject();
        });
        return new EncodedRequest('/' + resource + ":countTokens", Map.of(), body, List.of());
    }

    private static boolean hasSystem(List<Message> messages) {
        return messages.stream().anyMatch(m -> m.getRole() == Role.ROLE_SYSTEM || m.getRole() == Role.ROLE_DEVELOPER);
    }

    static CountTokensResponse decode(byte[] body) {
        return UpstreamCount.read(body, "totalTokens", METHOD);
    }

    private GeminiTokenCount() {}
}
