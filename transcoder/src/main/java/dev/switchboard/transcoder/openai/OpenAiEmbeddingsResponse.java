package dev.switchboard.transcoder.openai;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import dev.switchboard.transcoder.common.EmbeddingVectors;
import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.common.UpstreamJson;
import dev.switchboard.v1.Embedding;
import dev.switchboard.v1.EmbeddingsResponse;
import dev.switchboard.v1.Usage;

/**
 * OpenAI's embeddings response: read leniently from OpenAI-compatible upstreams (float arrays, or
 * base64 from a server that sends it unasked), written for clients as floats or base64.
 */
public final class OpenAiEmbeddingsResponse {

    /** The upstream's answer; {@code model} stands in when it names none. */
    public static EmbeddingsResponse decode(byte[] body, String model) {
        return UpstreamJson.parse(body, p -> {
            final EmbeddingsResponse.Builder b = EmbeddingsResponse.newBuilder().setModel(model);
            if (!UpstreamJson.isObject(p)) {
                return b.build();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                final String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "model" -> {
                        final String m = UpstreamJson.string(p);
                        if (m != null && !m.isEmpty()) {
                            b.setModel(m);
                        }
                    }
                    case "data" -> readData(p, b);
                    case "usage" -> b.setUsage(readUsage(p));
                    default -> p.skipChildren();
                }
            }
            return b.build();
        });
    }

    private static void readData(JsonParser p, EmbeddingsResponse.Builder b) throws IOException {
        if (!UpstreamJson.isArray(p)) {
            return;
        }
        final List<Embedding> data = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (!UpstreamJson.isObject(p)) {
                continue;
            }
            final Embedding.Builder e = Embedding.newBuilder().setIndex(data.size());
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                final String field = p.currentName();
                p.nextToken();
                if ("index".equals(field)) {
                    e.setIndex(UpstreamJson.intValue(p, data.size()));
                } else if ("embedding".equals(field)) {
                    readVector(p, e);
                } else {
                    p.skipChildren();
                }
            }
            data.add(e.build());
        }
        // Input order is the contract; an upstream may list them otherwise.
        data.sort(Comparator.comparingInt(Embedding::getIndex));
        b.addAllData(data);
    }

    private static void readVector(JsonParser p, Embedding.Builder e) throws IOException {
        if (p.hasToken(JsonToken.VALUE_STRING)) {
            for (float v : EmbeddingVectors.fromBase64(p.getText())) {
                e.addValues(v);
            }
            return;
        }
        EmbeddingVectors.readFloats(p, e);
    }

    private static Usage readUsage(JsonParser p) throws IOException {
        final Usage.Builder u = Usage.newBuilder();
        if (!UpstreamJson.isObject(p)) {
            return u.build();
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "prompt_tokens" -> u.setPromptTokens(UpstreamJson.intValue(p, 0));
                case "total_tokens" -> u.setTotalTokens(UpstreamJson.intValue(p, 0));
                default -> p.skipChildren();
            }
        }
        return u.build();
    }

    /**
     * The client's answer. Usage is always present (the schema requires it): zeros when the upstream
     * reported none, and a missing total is the prompt count, as embeddings have no output tokens.
     */
    public static byte[] encode(EmbeddingsResponse res, boolean base64) {
        return Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("object", "list");
            g.writeArrayFieldStart("data");
            for (Embedding e : res.getDataList()) {
                g.writeStartObject();
                g.writeStringField("object", "embedding");
                g.writeNumberField("index", e.getIndex());
                if (base64) {
                    g.writeStringField("embedding", EmbeddingVectors.toBase64(e));
                } else {
                    g.writeArrayFieldStart("embedding");
                    for (int i = 0; i < e.getValuesCount(); i++) {
                        g.writeNumber(e.getValues(i));
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("model", res.getModel());
            g.writeObjectFieldStart("usage");
            final Usage u = res.getUsage();
            g.writeNumberField("prompt_tokens", u.getPromptTokens());
            g.writeNumberField("total_tokens", u.getTotalTokens() > 0 ? u.getTotalTokens() : u.getPromptTokens());
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    private OpenAiEmbeddingsResponse() {}
}
