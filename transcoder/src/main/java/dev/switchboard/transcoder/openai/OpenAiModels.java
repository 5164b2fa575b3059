package dev.switchboard.transcoder.openai;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import dev.switchboard.transcoder.common.Json;
import dev.switchboard.transcoder.common.JsonValues;
import dev.switchboard.transcoder.common.UpstreamJson;
import dev.switchboard.transcoder.format.UpstreamModel;
import dev.switchboard.v1.Model;

/** Model lists: read from upstreams in the shapes they use, written in OpenAI's shape. */
public final class OpenAiModels {


    /**
     * Reads an upstream's model list: OpenAI's {@code {"object":"list","data":[...]}}, a bare array
     * (GitHub Models' catalog: {@code [{"id":"openai/gpt-4.1","publisher":"OpenAI",...}]}), or
     * Ollama's {@code {"models":[{"name":...}]}}. Entries without an id are skipped.
     */
    public static List<UpstreamModel> decodeList(byte[] json) {
        return UpstreamJson.parse(json, OpenAiModels::readList);
    }

    private static List<UpstreamModel> readList(JsonParser p) throws IOException {
        final List<UpstreamModel> models = new ArrayList<>();
        if (p.hasToken(JsonToken.START_ARRAY)) {
            readEntries(p, models);
        } else if (UpstreamJson.isObject(p)) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                final String field = p.currentName();
                p.nextToken();
                if ("data".equals(field) || "models".equals(field)) {
                    if (UpstreamJson.isArray(p)) {
                        readEntries(p, models);
                    }
                } else if ("error".equals(field) && !p.hasToken(JsonToken.VALUE_NULL)) {
                    throw OpenAiErrors.inBody(JsonValues.readValue(p));
                } else {
                    p.skipChildren();
                }
            }
        }
        return models;
    }

    private static void readEntries(JsonParser p, List<UpstreamModel> models) throws IOException {
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                models.add(new UpstreamModel(p.getText(), null, 0));
                continue;
            }
            if (!UpstreamJson.isObject(p)) {
                continue;
            }
            String id = null;
            String name = null;
            String ownedBy = null;
            String publisher = null;
            long created = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                final String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "id":
                        id = UpstreamJson.string(p);
                        break;
                    case "name":
                    case "model":
                        // Ollama names its models here and has no id.
                        final String s = UpstreamJson.string(p);
                        if (name == null) {
                            name = s;
                        }
                        break;
                    case "owned_by":
                        ownedBy = UpstreamJson.string(p);
                        break;
                    case "publisher":
                        // GitHub Models names the owner here.
                        publisher = UpstreamJson.string(p);
                        break;
                    case "created":
                        created = p.currentToken().isNumeric() ? p.getValueAsLong() : skip(p);
                        break;
                    default:
                        p.skipChildren();
                        break;
                }
            }
            final String modelId = id != null && !id.isEmpty() ? id : name;
            if (modelId != null && !modelId.isEmpty()) {
                models.add(new UpstreamModel(modelId, ownedBy != null ? ownedBy : publisher, created));
            }
        }
    }

    private static long skip(JsonParser p) throws IOException {
        p.skipChildren();
        return 0;
    }

    /** {@code {"object":"list","data":[...]}} as OpenAI's {@code ListModelsResponse}. */
    public static byte[] encodeList(List<Model> models) {
        return Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("object", "list");
            g.writeArrayFieldStart("data");
            for (Model m : models) {
                writeModel(g, m);
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** One model as OpenAI's {@code Model}. */
    public static byte[] encodeModel(Model model) {
        return Json.write(g -> writeModel(g, model));
    }

    /** owned_by is required: when the upstream reported no owner, the provider serving it stands in. */
    private static void writeModel(JsonGenerator g, Model m) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", m.getId());
        g.writeStringField("object", "model");
        g.writeNumberField("created", m.getCreated());
        g.writeStringField("owned_by", m.getOwnedBy().isEmpty() ? m.getProvider() : m.getOwnedBy());
        g.writeEndObject();
    }

    private OpenAiModels() {}
}
