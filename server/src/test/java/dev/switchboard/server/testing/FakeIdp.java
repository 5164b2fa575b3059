package dev.switchboard.server.testing;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.server.Server;

/**
 * An OpenID-style identity provider on loopback, independent of the code under test: keys made
 * with java.security, JWKs written by hand from RFC 7517/7518, tokens signed per RFC 7515 (ES256
 * signatures as the raw R || S of RFC 7518 §3.4). It counts JWKS requests and can go down.
 */
public final class FakeIdp implements AutoCloseable {
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    /** A signing key and its public JWK. */
    public record Key(String kid, String alg, KeyPair pair, ObjectNode jwk) {}

    private final Server server;
    private final AtomicInteger jwksRequests = new AtomicInteger();
    private volatile List<ObjectNode> published = List.of();
    private volatile boolean down;

    public FakeIdp() {
        server = Server.builder()
                       .http(0)
                       .service("/.well-known/jwks.json", (ctx, req) -> {
                           jwksRequests.incrementAndGet();
                           if (down) {
                               return HttpResponse.of(HttpStatus.SERVICE_UNAVAILABLE);
                           }
                           final ArrayNode keys = JSON.createArrayNode();
                           published.forEach(keys::add);
                           return HttpResponse.of(HttpStatus.OK, MediaType.JSON,
                                                  JSON.createObjectNode().set("keys", keys).toString());
                       })
                       .build();
        server.start().join();
    }

    public String jwksUrl() {
        return "http://127.0.0.1:" + server.activeLocalPort() + "/.well-known/jwks.json";
    }

    public int jwksRequests() {
        return jwksRequests.get();
    }

    public void down(boolean down) {
        this.down = down;
    }

    /** Serves exactly these keys' JWKs (plus {@code extra} entries such as an encryption key). */
    public void publish(List<Key> keys, ObjectNode... extra) {
        final List<ObjectNode> jwks = new ArrayList<>();
        keys.forEach(k -> jwks.add(k.jwk()));
        jwks.addAll(Arrays.asList(extra));
        published = List.copyOf(jwks);
    }

    public static Key rsa(String kid) {
        try {
            final KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
            gen.initialize(2048);
            final KeyPair pair = gen.generateKeyPair();
            final RSAPublicKey pub = (RSAPublicKey) pair.getPublic();
            final ObjectNode jwk = JSON.createObjectNode().put("kty", "RSA").put("kid", kid).put("use", "sig")
                                       .put("alg", "RS256").put("n", uint(pub.getModulus()))
                                       .put("e", uint(pub.getPublicExponent()));
            return new Key(kid, "RS256", pair, jwk);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Key ec(String kid) {
        try {
            final KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
            gen.initialize(new ECGenParameterSpec("secp256r1"));
            final KeyPair pair = gen.generateKeyPair();
            final ECPublicKey pub = (ECPublicKey) pair.getPublic();
            final ObjectNode jwk = JSON.createObjectNode().put("kty", "EC").put("kid", kid).put("use", "sig")
                                       .put("alg", "ES256").put("crv", "P-256")
                                       .put("x", B64.encodeToString(fixed(pub.getW().getAffineX(), 32)))
                                       .put("y", B64.encodeToString(fixed(pub.getW().getAffineY(), 32)));
            return new Key(kid, "ES256", pair, jwk);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A signed token: {@code header} entries override the key's {@code alg} and {@code kid}. */
    public static String token(Key key, Map<String, Object> header, Map<String, Object> claims) {
        final ObjectNode h = JSON.createObjectNode().put("typ", "JWT").put("alg", key.alg()).put("kid", key.kid());
        header.forEach((k, v) -> h.set(k, JSON.valueToTree(v)));
        final String input = part(h) + '.' + part(JSON.valueToTree(claims));
        final String token = input + '.' + B64.encodeToString(sign(key, input));
        SecretsSeen.record(token);
        return token;
    }

    public static String token(Key key, Map<String, Object> claims) {
        return token(key, Map.of(), claims);
    }

    /** {@code alg: none}: no signature at all (RFC 7519 §6.1). */
    public static String unsigned(Map<String, Object> claims) {
        return part(JSON.createObjectNode().put("alg", "none")) + '.' + part(JSON.valueToTree(claims)) + '.';
    }

    /** HS256 keyed with the issuer's public key bytes: the classic algorithm-confusion forgery. */
    public static String hs256WithPublicKey(Key key, Map<String, Object> claims) {
        final String input = part(JSON.createObjectNode().put("typ", "JWT").put("alg", "HS256").put("kid", key.kid()))
                             + '.' + part(JSON.valueToTree(claims));
        try {
            final Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.pair().getPublic().getEncoded(), "HmacSHA256"));
            return input + '.' + B64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(com.fasterxml.jackson.databind.JsonNode node) {
        return B64.encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sign(Key key, String input) {
        try {
            final PrivateKey priv = key.pair().getPrivate();
            final byte[] data = input.getBytes(StandardCharsets.US_ASCII);
            if (key.alg().equals("RS256")) {
                final Signature s = Signature.getInstance("SHA256withRSA");
                s.initSign(priv);
                s.update(data);
                return s.sign();
            }
            // P1363 format is the JWS one: R and S as 32-byte big-endian integers, concatenated.
            final Signature s = Signature.getInstance("SHA256withECDSAinP1363Format");
            s.initSign(priv);
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String uint(BigInteger n) {
        final byte[] bytes = n.toByteArray();
        return B64.encodeToString(bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes);
    }

    private static byte[] fixed(BigInteger n, int length) {
        final byte[] bytes = n.toByteArray();
        final byte[] out = new byte[length];
        final int copy = Math.min(bytes.length, length);
        System.arraycopy(bytes, bytes.length - copy, out, length - copy, copy);
        return out;
    }

    @Override
    public void close() {
        server.stop().join();
    }
}
