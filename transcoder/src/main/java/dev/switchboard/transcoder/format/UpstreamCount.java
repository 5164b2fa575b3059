package dev.switchboard.transcoder.format;

import com.fasterxml.jackson.core.JsonToken;

import dev.switchboard.transcoder.common.UpstreamJson;
import dev.switchboard.v1.CountTokensResponse;

/** Reads an upstream's own token count: one number field of a JSON object. */
public final class UpstreamCount {

    /** The exact count in {@code field} of {@code body} (0 when absent), obtained by {@code method}. */
    public static CountTokensResponse read(byte[] body, String field, String method) {
        final int tokens = UpstreamJson.parse(body, p -> {
            int n = 0;
            if (UpstreamJson.isObject(p)) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    final String name = p.currentName();
                    p.nextToken();
                    if (field.equals(name)) {
                        n = UpstreamJson.intValue(p, 0);
                    } else {
                        p.skipChildren();
                    }
                }
            }
            return n;
        });
        return CountTokensResponse.newBuilder().setInputTokens(tokens).setExact(true).setMethod(method).build();
    }

    private UpstreamCount() {}
}
