package dev.switchboard.transcoder.gemini;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.format.DroppedParams;
import dev.switchboard.transcoder.format.EncodedRequest;
import dev.switchboard.v1.ChatCompletionRequest;

/**
 * Builds a {@code generateContent} / {@code streamGenerateContent?alt=sse} request. The key never
 * goes into the URL: the provider's client sends it in {@code x-goog-api-key}.
 */
final class GeminiRequestEncoder {

    static EncodedRequest encode(ChatCompletionRequest req, String model, boolean stream) {
        final List<String> dropped = new ArrayList<>();
        final byte[] body = Json.write(g -> {
            g.writeStartObject();
            GeminiContents.writeContents(g, req.getMessagesList(), model);
            GeminiContents.writeSystemInstruction(g, req.getMessagesList());
            GeminiTools.write(g, req, model, dropped);
            GeminiGenerationConfig.write(g, req, model, dropped);
            g.writeEndObject();
        });
        if (!req.getUser().isEmpty()) {
            dropped.add("user");
        }
        if (req.getMetadataCount() > 0) {
            dropped.add("metadata");
        }
        if (req.getLogitBiasCount() > 0) {
            dropped.add("logit_bias");
        }
        // Unmodelled OpenAI fields mean nothing to Gemini.
        dropped.addAll(req.getExtra().getFieldsMap().keySet());
        DroppedParams.passThroughBlocks(req, dropped);
        final String path = '/' + GeminiModel.resource(model)
                            + (stream ? ":streamGenerateContent?alt=sse" : ":generateContent");
        return new EncodedRequest(path, Map.of(), body, dropped);
    }

    private GeminiRequestEncoder() {}
}
