package dev.switchboard.transcoder.anthropic;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import dev.switchboard.transcoder.common.UpstreamJson;
import dev.switchboard.transcoder.format.UpstreamModel;

/**
 * Anthropic's model list: {@code {"data":[{"type":"model","id","display_name","created_at"}],
 * "has_more","first_id","last_id"}}, with RFC 3339 creation times.
 */
final class AnthropicModels {
    /** Anthropic pages its list (20 by default); 1000 is its maximum page and far above its model count. */
    static final String PATH = "/models?limit=1000";
    private static final String OWNER = "anthropic";

    static List<UpstreamModel> decode(byte[] body) {
        return UpstreamJson.parse(body, AnthropicModels::read);
    }

    private static List<UpstreamModel> read(JsonParser p) throws IOException {
        final List<UpstreamModel> models = new ArrayList<>();
        if (!UpstreamJson.isObject(p)) {
            return models;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            if ("data".equals(field) && UpstreamJson.isArray(p)) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    readModel(p, models);
                }
            } else if ("error".equals(field) && UpstreamJson.isObject(p)) {
                throw AnthropicErrors.inBody(AnthropicWire.readError(p));
            } else {
                p.skipChildren();
            }
        }
        return models;
    }

    private static void readModel(JsonParser p, List<UpstreamModel> models) throws IOException {
        if (!UpstreamJson.isObject(p)) {
            return;
        }
        String id = "";
        long created = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            if ("id".equals(field)) {
                id = UpstreamJson.stringOrEmpty(p);
            } else if ("created_at".equals(field)) {
                created = epochSeconds(UpstreamJson.stringOrEmpty(p));
            } else {
                p.skipChildren();
            }
        }
        if (!id.isEmpty()) {
            models.add(new UpstreamModel(id, OWNER, created));
        }
    }

    private static long epochSeconds(String rfc3339) {
        try {
            return Instant.parse(rfc3339).getEpochSecond();
        } catch (DateTimeParseException e) {
            return 0;
        }
    }

    private AnthropicModels() {}
}
