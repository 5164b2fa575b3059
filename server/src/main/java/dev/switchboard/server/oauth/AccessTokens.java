package dev.switchboard.server.oauth;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.crypto.tink.jwt.JwtValidator;
import com.google.crypto.tink.jwt.RawJwt;
import com.google.crypto.tink.jwt.VerifiedJwt;
import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.access.Directory;
import dev.switchboard.server.access.UserRecord;
import dev.switchboard.server.auth.Credential;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.auth.Role;
import dev.switchboard.server.auth.TokenVerifier;

/**
 * The gateway's own JWT access tokens (RFC 9068 shape, {@code typ: at+jwt}): issued by the token
 * endpoint, verified here for every request that presents one (the authenticator caches the
 * answer until the token expires). A token carries the role it was issued with as {@code scope};
 * the role it acts with is the weaker of that and the user's current role, so a demotion applies
 * at once and a promotion never widens a token issued before.
 */
public final class AccessTokens implements TokenVerifier {
    /** The {@code aud} of every access token: this gateway's APIs. */
    public static final String AUDIENCE = "switchboard";
    static final String TYPE = "at+jwt";
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
    private static final CompletableFuture<Principal> REFUSED = CompletableFuture.completedFuture(null);
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** An issued token and what the token response says about it. */
    record Issued(String token, Instant expires, Role scope) {}

    private final SigningKeys keys;
    private final PublicUrl issuer;
    private final Directory directory;
    private final Clock clock;
    private final Duration ttl;

    AccessTokens(SigningKeys keys, PublicUrl issuer, Directory directory, Clock clock, Duration ttl) {
        this.keys = keys;
        this.issuer = issuer;
        this.directory = directory;
        this.clock = clock;
        this.ttl = ttl;
    }

    /**
     * Signs a token for {@code user} acting as {@code scope}, expiring after the configured
     * lifetime or at {@code notAfter} when that is sooner (a key that expires sooner).
     */
    Issued issue(UserRecord user, Role scope, @Nullable String clientId, List<String> models,
                 @Nullable Instant notAfter) {
        final Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expires = now.plus(ttl);
        if (notAfter != null && notAfter.isBefore(expires)) {
            expires = notAfter.truncatedTo(ChronoUnit.SECONDS);
        }
        try {
            final RawJwt.Builder b = RawJwt.newBuilder()
                                           .setTypeHeader(TYPE)
                                           .setIssuer(issuer.get())
                                           .setSubject(user.id())
                                           .setAudience(AUDIENCE)
                                           .setIssuedAt(now)
                                           .setExpiration(expires)
                                           .setJwtId(UUID.randomUUID().toString())
                                           .addStringClaim("scope", scope.wire());
            if (clientId != null) {
                b.addStringClaim("client_id", clientId);
            }
            if (!models.isEmpty()) {
                b.addJsonArrayClaim("models", JSON.writeValueAsString(models));
            }
            return new Issued(keys.sign(b.build()), expires, scope);
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException("cannot sign an access token", e);
        }
    }

    /** Lifetime of a token issued now (before any cap). */
    Duration ttl() {
        return ttl;
    }

    @Override
    public CompletableFuture<Principal> verify(String jwt) {
        final String expectedIssuer = issuer.get();
        if (expectedIssuer.isEmpty() || !expectedIssuer.equals(unverifiedIssuer(jwt))) {
            return REFUSED;
        }
        final Principal p = verifyNow(jwt, expectedIssuer);
        if (p != null) {
            return CompletableFuture.completedFuture(p);
        }
        final String kid = unverifiedKid(jwt);
        final CompletableFuture<Void> reloaded = kid == null || keys.knows(kid) ? null : keys.reloadEarly();
        return reloaded == null ? REFUSED : reloaded.thenApply(unused -> verifyNow(jwt, expectedIssuer));
    }

    @Nullable
    private Principal verifyNow(String jwt, String expectedIssuer) {
        try {
            final JwtValidator validator = JwtValidator.newBuilder()
                                                       .expectTypeHeader(TYPE)
                                                       .expectIssuer(expectedIssuer)
                                                       .expectAudience(AUDIENCE)
                                                       .setClock(clock)
                                                       .setClockSkew(CLOCK_SKEW)
                                                       .build();
            return principal(keys.verify(jwt, validator));
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            // Bad signature, unknown kid, alg other than ES256, wrong aud or iss, expired: all
            // simply not a credential. Neither the token nor Tink's message goes anywhere.
            return null;
        }
    }

    @Nullable
    private Principal principal(VerifiedJwt jwt) throws GeneralSecurityException, IOException {
        final UserRecord user = directory.user(jwt.getSubject());
        if (user == null || user.disabled()) {
            return null;
        }
        final Role scope = Role.parse(jwt.getStringClaim("scope"), "scope");
        final Role role = scope.atLeast(user.role()) ? user.role() : scope;
        final String clientId = jwt.hasStringClaim("client_id") ? jwt.getStringClaim("client_id") : null;
        final List<String> models = new ArrayList<>();
        if (jwt.hasJsonArrayClaim("models")) {
            for (JsonNode m : JSON.readTree(jwt.getJsonArrayClaim("models"))) {
                models.add(m.asText());
            }
        }
        return new Principal(user.id(), user.name(), role, Credential.ACCESS_TOKEN, null, null, clientId, null,
                             models, jwt.getExpiration());
    }

    /** The {@code iss} of a JWT's payload, unverified: only to tell whose token it is. */
    @Nullable
    static String unverifiedIssuer(String jwt) {
        final int first = jwt.indexOf('.');
        final int second = jwt.indexOf('.', first + 1);
        return first < 0 || second < 0 ? null : textMember(jwt.substring(first + 1, second), "iss");
    }

    /** The {@code kid} of a JWT's header, unverified: only to tell whether a reload may help. */
    @Nullable
    static String unverifiedKid(String jwt) {
        final int first = jwt.indexOf('.');
        return first < 0 ? null : textMember(jwt.substring(0, first), "kid");
    }

    @Nullable
    private static String textMember(String base64url, String name) {
        try {
            final byte[] json = Base64.getUrlDecoder().decode(base64url);
            final JsonNode v = JSON.readTree(new String(json, UTF_8)).get(name);
            return v != null && v.isTextual() ? v.asText() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
