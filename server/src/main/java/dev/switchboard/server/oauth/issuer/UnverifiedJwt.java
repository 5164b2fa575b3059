package dev.switchboard.server.oauth.issuer;

import java.io.IOException;
import java.util.Base64;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.linecorp.armeria.common.annotation.Nullable;

/**
 * What a compact JWS says about itself before its signature is checked: enough to pick the issuer,
 * refuse a disallowed {@code alg} before any key work, and notice an unknown {@code kid}. Its
 * claims are trusted only after Tink verified the same bytes.
 */
record UnverifiedJwt(String alg, @Nullable String kid, String iss, JsonNode claims) {
    /** Larger than any real ID or access token; keeps parsing of junk cheap. */
    static final int MAX_LENGTH = 16 * 1024;
    // Duplicate claims are refused: which copy counts must not depend on the parser.
    private static final ObjectMapper JSON = JsonMapper.builder()
                                                       .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                                                       .build();

    /** The token's parts, or null when it is not a JWS with a string {@code alg} and {@code iss}. */
    @Nullable
    static UnverifiedJwt parse(String jwt) {
        if (jwt.length() > MAX_LENGTH) {
            return null;
        }
        final int first = jwt.indexOf('.');
        final int second = jwt.indexOf('.', first + 1);
        if (first <= 0 || second < 0 || jwt.indexOf('.', second + 1) >= 0) {
            return null;
        }
        final JsonNode header = object(jwt.substring(0, first));
        final JsonNode claims = object(jwt.substring(first + 1, second));
        if (header == null || claims == null || !header.path("alg").isTextual() || !claims.path("iss").isTextual()) {
            return null;
        }
        final JsonNode kid = header.get("kid");
        if (kid != null && !kid.isTextual()) {
            return null;
        }
        return new UnverifiedJwt(header.get("alg").asText(), kid == null ? null : kid.asText(),
                                 claims.get("iss").asText(), claims);
    }

    @Nullable
    private static JsonNode object(String part) {
        try {
            final JsonNode node = JSON.readTree(Base64.getUrlDecoder().decode(part));
            return node != null && node.isObject() ? node : null;
        } catch (IllegalArgumentException | IOException e) {
            return null;
        }
    }
}
