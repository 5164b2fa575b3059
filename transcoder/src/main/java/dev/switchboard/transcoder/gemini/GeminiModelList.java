package dev.switchboard.transcoder.gemini;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import dev.switchboard.transcoder.common.UpstreamJson;
import dev.switchboard.transcoder.format.UpstreamModel;

/**
 * {@code GET models}: {@code {"models":[{"name":"models/gemini-2.0-flash",…}],"nextPageToken":…}},
 * names without their {@code models/} prefix. The list is asked for in one page of up to 1000
 * ({@link #PATH}); a {@code nextPageToken} beyond that is not followed.
 */
final class GeminiModelList {
    static final String PATH = "/models?pageSize=1000";

    static List<UpstreamModel> decode(byte[] json) {
        return UpstreamJson.parse(json, GeminiModelList::read);
    }

    private static List<UpstreamModel> read(JsonParser p) throws IOException {
        final List<UpstreamModel> models = new ArrayList<>();
        if (!UpstreamJson.isObject(p)) {
            return models;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            if ("models".equals(field) && UpstreamJson.isArray(p)) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    final String name = name(p);
                    if (name != null && !name.isEmpty()) {
                        models.add(new UpstreamModel(GeminiModel.bare(name), null, 0));
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        return models;
    }

    @Nullable
    private static String name(JsonParser p) throws IOException {
        if (!UpstreamJson.isObject(p)) {
            return null;
        }
        String name = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            final String field = p.currentName();
            p.nextToken();
            if ("name".equals(field)) {
                name = UpstreamJson.string(p);
            } else {
                p.skipChildren();
            }
        }
        return name;
    }

    private GeminiModelList() {}
}
