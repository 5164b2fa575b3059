package dev.switchboard.server.oauth.issuer;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.jwt.JwkSetConverter;
import com.google.crypto.tink.jwt.JwtPublicKeyVerify;
import com.google.crypto.tink.jwt.JwtSignatureConfig;

/**
 * An issuer's public keys as fetched once: Tink's verifier over the usable keys, and their
 * {@code kid}s (to tell an unknown key, worth a re-fetch, from a bad signature).
 *
 * <p>Real JWK sets hold more than Tink's converter takes: encryption keys ({@code use: enc},
 * {@code RSA-OAEP}), keys without {@code alg} (Microsoft's), small RSA keys. Each key is
 * converted on its own and only the ones that convert, for an algorithm the issuer allows, are
 * kept; a key without {@code alg} is kept once per allowed algorithm of its type.
 */
record Jwks(JwtPublicKeyVerify verifier, Set<String> kids, Instant fetched) {
    /** More keys than any real issuer publishes: bounds the work an odd JWKS can cause. */
    static final int MAX_KEYS = 64;
    private static final Logger log = LoggerFactory.getLogger(Jwks.class);
    private static final ObjectMapper JSON = JsonMapper.builder()
                                                       .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                                                       .build();

    static {
        try {
            JwtSignatureConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink's JWT signature primitives are unavailable", e);
        }
    }

    Jwks {
        kids = Set.copyOf(kids);
    }

    boolean knows(String kid) {
        return kids.contains(kid);
    }

    /** Converts a JWK set; {@link GeneralSecurityException} when it holds no usable key. */
    static Jwks parse(String json, List<String> algorithms, Instant fetched) throws GeneralSecurityException {
        final JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new GeneralSecurityException("the JWK set is not JSON");
        }
        final JsonNode keys = root == null ? null : root.get("keys");
        if (keys == null || !keys.isArray()) {
            throw new GeneralSecurityException("the JWK set has no 'keys' array");
        }
        final ArrayNode usable = JSON.createArrayNode();
        final Set<String> kids = new HashSet<>();
        int seen = 0;
        for (JsonNode key : keys) {
            if (++seen > MAX_KEYS) {
                break;
            }
            if (!key.isObject() || !isForSignatures(key)) {
                continue;
            }
            for (String alg : candidates(key, algorithms)) {
                final ObjectNode copy = ((ObjectNode) key).deepCopy().put("alg", alg);
                if (converts(copy)) {
                    usable.add(copy);
                    if (key.path("kid").isTextual()) {
                        kids.add(key.get("kid").asText());
                    }
                }
            }
        }
        if (usable.isEmpty()) {
            throw new GeneralSecurityException("the JWK set has no key for " + algorithms);
        }
        try {
            final String set = JSON.createObjectNode().set("keys", usable).toString();
            final JwtPublicKeyVerify verifier = JwkSetConverter.toPublicKeysetHandle(set)
                                                               .getPrimitive(RegistryConfiguration.get(),
                                                                             JwtPublicKeyVerify.class);
            return new Jwks(verifier, kids, fetched);
        } catch (IOException e) {
            throw new GeneralSecurityException("the JWK set does not convert", e);
        }
    }

    private static boolean isForSignatures(JsonNode key) {
        final JsonNode use = key.get("use");
        if (use != null && !"sig".equals(use.asText())) {
            return false;
        }
        final JsonNode ops = key.get("key_ops");
        return ops == null || ops.isArray() && ops.size() == 1 && "verify".equals(ops.get(0).asText());
    }

    /** The algorithms this key may verify: its own {@code alg} if allowed, else every allowed one of its type. */
    private static List<String> candidates(JsonNode key, List<String> allowed) {
        final JsonNode alg = key.get("alg");
        if (alg != null) {
            return alg.isTextual() && allowed.contains(alg.asText()) ? List.of(alg.asText()) : List.of();
        }
        final String kty = key.path("kty").asText();
        final String crv = key.path("crv").asText();
        final List<String> out = new ArrayList<>();
        for (String a : allowed) {
            final boolean fits = switch (kty) {
                case "RSA" -> a.startsWith("RS") || a.startsWith("PS");
                case "EC" -> "ES256".equals(a) && "P-256".equals(crv) || "ES384".equals(a) && "P-384".equals(crv)
                             || "ES512".equals(a) && "P-521".equals(crv);
                default -> false;
            };
            if (fits) {
                out.add(a);
            }
        }
        return out;
    }

    private static boolean converts(ObjectNode key) {
        try {
            JwkSetConverter.toPublicKeysetHandle(JSON.createObjectNode().set("keys", JSON.createArrayNode().add(key))
                                                     .toString());
            return true;
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            log.debug("Skipping a JWK (kid {}) Tink cannot use: {}", key.path("kid").asText("none"), e.getMessage());
            return false;
        }
    }
}
