package dev.switchboard.server.oauth.issuer;

import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.crypto.tink.jwt.VerifiedJwt;
import com.linecorp.armeria.common.RequestContext;
import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.auth.Credential;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.auth.Role;
import dev.switchboard.server.auth.TokenVerifier;

/**
 * Accepts JWTs of the configured external issuers. The unverified {@code iss} picks the issuer
 * (another one's token is not ours: null); the header's {@code alg} must be on the issuer's
 * allow-list before any key is touched; Tink then checks the signature with the issuer's JWK set,
 * the issuer, the audience, {@code exp} (required) and {@code nbf}, with 60 s of clock skew. A
 * {@code kid} the cached set lacks re-fetches it first (spaced by {@link JwksSource}). The
 * subject becomes the user {@code <issuer name>:<claim value>}, made on first sight; the role
 * comes from the token's role claim through the issuer's role map, or its default role.
 */
final class ExternalTokens implements TokenVerifier {
    private static final Logger log = LoggerFactory.getLogger(ExternalTokens.class);
    private static final CompletableFuture<Principal> REFUSED = CompletableFuture.completedFuture(null);
    private static final int MAX_SUBJECT = 255;

    private final IssuerRegistry issuers;
    private final Provisioner provisioner;

    ExternalTokens(IssuerRegistry issuers, Provisioner provisioner) {
        this.issuers = issuers;
        this.provisioner = provisioner;
    }

    @Override
    public CompletableFuture<Principal> verify(String jwt) {
        final UnverifiedJwt token = UnverifiedJwt.parse(jwt);
        if (token == null) {
            return REFUSED;
        }
        final IssuerRegistry.Entry issuer = issuers.byIss(token.iss());
        if (issuer == null) {
            return REFUSED;
        }
        if (!issuer.spec().algorithms().contains(token.alg())) {
            log.debug("Refused a token of issuer '{}': its alg is not allowed", issuer.spec().name());
            return REFUSED;
        }
        final CompletableFuture<Principal> principal =
                issuer.keys().keysFor(token.kid())
                      .thenCompose(keys -> principal(issuer, token, jwt, keys))
                      .handle((p, cause) -> {
                          if (cause != null) {
                              log.warn("Refused a token of issuer '{}': {}", issuer.spec().name(),
                                       cause.getClass().getSimpleName());
                              return null;
                          }
                          return p;
                      });
        if (principal.isDone()) {
            return principal;
        }
        // A fetch or an insertion completes on another thread: the request carries on in its own
        // event loop, where Armeria expects a service to be called.
        final RequestContext ctx = RequestContext.currentOrNull();
        return ctx == null ? principal : principal.thenApplyAsync(Function.identity(), ctx.eventLoop());
    }

    private CompletableFuture<Principal> principal(IssuerRegistry.Entry issuer, UnverifiedJwt token, String jwt,
                                                   @Nullable Jwks keys) {
        final IssuerSpec spec = issuer.spec();
        if (keys == null) {
            log.debug("Refused a token of issuer '{}': no keys", spec.name());
            return REFUSED;
        }
        final Instant expires;
        try {
            final VerifiedJwt verified = keys.verifier().verifyAndDecode(jwt, issuer.validator());
            expires = verified.getExpiration();
        } catch (GeneralSecurityException e) {
            // Tink's messages name claims and times, never the token.
            log.debug("Refused a token of issuer '{}': {}", spec.name(), e.getMessage());
            return REFUSED;
        }
        // The claims parsed before are the bytes Tink just verified.
        final String subject = text(claim(token.claims(), spec.userClaim()));
        if (subject == null) {
            log.debug("Refused a token of issuer '{}': no usable '{}' claim", spec.name(), spec.userClaim());
            return REFUSED;
        }
        final Role role = spec.role(spec.roleClaim().isEmpty() ? List.of()
                                                               : values(claim(token.claims(), spec.roleClaim())));
        if (role == null) {
            log.debug("Refused a token of issuer '{}': no role maps and no default role", spec.name());
            return REFUSED;
        }
        return provisioner.user(spec.name() + ':' + subject, role).thenApply(
                user -> user.disabled() ? null
                                        : new Principal(user.id(), user.name(), role, Credential.EXTERNAL_TOKEN,
                                                        null, null, null, spec.name(), List.of(), expires));
    }

    /**
     * A claim by its exact name, else by a dotted path into nested objects (Keycloak's
     * {@code realm_access.roles}); Auth0's namespaced claims are URLs with dots, hence exact first.
     */
    @Nullable
    static JsonNode claim(JsonNode claims, String name) {
        final JsonNode exact = claims.get(name);
        if (exact != null || name.indexOf('.') < 0) {
            return exact;
        }
        JsonNode node = claims;
        for (String part : name.split("\\.", -1)) {
            node = node.get(part);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /** A string claim, or a number (some IdPs name users by number), as text fit for a user name. */
    @Nullable
    private static String text(@Nullable JsonNode node) {
        if (node == null || !(node.isTextual() || node.isIntegralNumber())) {
            return null;
        }
        final String s = node.asText();
        if (s.isEmpty() || s.length() > MAX_SUBJECT || s.chars().anyMatch(Character::isISOControl)) {
            return null;
        }
        return s;
    }

    /** A string or an array of strings; anything else holds no value. */
    private static List<String> values(@Nullable JsonNode node) {
        if (node == null) {
            return List.of();
        }
        if (node.isTextual()) {
            return List.of(node.asText());
        }
        final List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(v -> {
                if (v.isTextual()) {
                    out.add(v.asText());
                }
            });
        }
        return out;
    }
}
