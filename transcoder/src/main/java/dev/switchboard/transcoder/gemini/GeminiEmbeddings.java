package dev.switchboard.transcoder.gemini;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.protobuf.Value;

import dev.switchboard.transcoder.common.EmbeddingVectors;
import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.common.UpstreamJson;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.format.EncodedRequest;
import dev.switchboard.v1.Embedding;
import dev.switchboard.v1.EmbeddingInput;
import dev.switchboard.v1.EmbeddingsRequest;
import dev.switchboard.v1.EmbeddingsResponse;

/**
 * Gemini embeddings: {@code models/{m}:embedContent} for one input ({@code {"embedding":{"values"}}}
 * back), {@code models/{m}:batchEmbedContents} for several ({@code {"embeddings":[{"values"}]}}
 * back, in request order). {@code dimensions} becomes {@code outputDimensionality}; Gemini's own
 * {@code taskType} and {@code title} may come in {@code extra} (camelCase or snake_case). Gemini
 * counts no tokens for embeddings, so the answer has no usage.
 */
final class GeminiEmbeddings {

    static EncodedRequest encode(EmbeddingsRequest req, String model) {
        final List<EmbeddingInput> inputs = req.getInputsList();
        if (inputs.isEmpty()) {
            throw GatewayException.invalid("inputs: required");
        }
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i).getInputCase() != EmbeddingInput.InputCase.TEXT) {
                throw GatewayException.invalid("input[" + i + "]: Gemini embeds text only, not token ids");
            }
        }
        final List<String> dropped = new ArrayList<>();
        final String taskType = option(req, "taskType", "task_type", dropped);
        final String title = option(req, "title", "title", dropped);
        for (String key : req.getExtra().getFieldsMap().keySet()) {
            if (!key.equals("taskType") && !key.equals("task_type") && !key.equals("title")) {
                dropped.add(key);
            }
        }
        if (!req.getUser().isEmpty()) {
            dropped.add("user");
        }
        final String resource = GeminiModel.resource(model);
        final boolean batch = inputs.size() > 1;
        final byte[] body = Json.write(g -> {
            g.writeStartObject();
            if (batch) {
                g.writeArrayFieldStart("requests");
                for (EmbeddingInput in : inputs) {
                    g.writeStartObject();
                    g.writeStringField("model", resource);
                    writeOne(g, in.getText(), req, taskType, title);
                    g.writeEndObject();
                }
                g.writeEndArray();
            } else {
                writeOne(g, inputs.get(0).getText(), req, taskType, title);
            }
            g.writeEndObject();
        });
        final String path = '/' + resource + (batch ? ":batchEmbedContents" : ":embedContent");
        return new EncodedRequest(path, Map.of(), body, dropped);
    }

    private static void writeOne(JsonGenerator g, String text, EmbeddingsRequest req, String taskType, String title)
            throws IOException {
        g.writeObjectFieldStart("content");
        g.writeArrayFieldStart("parts");
        g.writeStartObject();
        g.writeStringField("text", text);
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        if (taskType != null) {
            g.writeStringField("taskType", taskType);
        }
        if (title != null) {
            g.writeStringField("title", title);
        }
        if (req.hasDimensions()) {
            g.writeNumberField("outputDimensionality", req.getDimensions());
        }
    }

    /** A string option from extra under either spelling; a value of another type is dropped. */
    private static String option(EmbeddingsRequest req, String camel, String snake, List<String> dropped) {
        final Map<String, Value> extra = req.getExtra().getFieldsMap();
        final String key = extra.containsKey(camel) ? camel : snake;
        final Value v = extra.get(key);
        if (v == null) {
            return null;
        }
        if (!v.hasStringValue()) {
            dropped.add(key);
            return null;
        }
        return v.getStringValue();
    }

    /** Either answer shape; {@code model} names it, as Gemini's answer does not. */
    static EmbeddingsResponse decode(byte[] body, String model) {
        return UpstreamJson.parse(body, p -> {
            final EmbeddingsResponse.Builder b = EmbeddingsResponse.newBuilder().setModel(GeminiModel.bare(model));
            if (!UpstreamJson.isObject(p)) {
                return b.build();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                final String field = p.currentName();
                p.nextToken();
                if ("embedding".equals(field)) {
                    b.addData(readEmbedding(p, 0));
                } else if ("embeddings".equals(field) && UpstreamJson.isArray(p)) {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        b.addData(readEmbedding(p, b.getDataCount()));
                    }
                } else {
                    p.skipChildren();
                }
            }
            return b.build();
        });
    }

    private static Embedding readEmbedding(JsonParser p, int index) throws IOException {
        final Embedding.Builder e = Embedding.newBuilder().setIndex(index);
        if (!UpstreamJson.isObject(p)) {
            return e.build();
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            if ("values".equals(field)) {
                EmbeddingVectors.readFloats(p, e);
            } else {
                p.skipChildren();
            }
        }
        return e.build();
    }

    private GeminiEmbeddings() {}
}
