package dev.switchboard.server.oauth.issuer;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.google.protobuf.Timestamp;
import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.auth.Role;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.Issuer;

/**
 * One external issuer's validated settings, defaults filled in: what the admin API stores and
 * returns and what {@link ExternalTokens} checks tokens against.
 *
 * @param roleMap claim value → role; the highest role among the token's values wins
 * @param defaultRole the role when no value maps, or null: such tokens are refused
 * @param algorithms the JWS algorithms accepted, in the order given
 */
record IssuerSpec(String name, String issuer, String jwksUrl, String audience, String userClaim, String roleClaim,
                  Map<String, Role> roleMap, @Nullable Role defaultRole, List<String> algorithms) {

    static final String DEFAULT_USER_CLAIM = "sub";
    static final List<String> DEFAULT_ALGORITHMS = List.of("RS256", "ES256");
    /** Every asymmetric algorithm Tink's JWK set converter can verify. */
    static final Set<String> SUPPORTED_ALGORITHMS = Set.of("RS256", "RS384", "RS512", "PS256", "PS384", "PS512",
                                                           "ES256", "ES384", "ES512");
    static final List<String> UPDATABLE = List.of("issuer", "jwks_url", "audience", "user_claim", "role_claim",
                                                  "role_map", "default_role", "algorithms");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final int MAX_TEXT = 512;

    IssuerSpec {
        roleMap = Map.copyOf(roleMap);
        algorithms = List.copyOf(algorithms);
    }

    /** Validates admin input; INVALID_ARGUMENT naming the field and what was expected. */
    static IssuerSpec of(Issuer in) {
        final String name = in.getName();
        if (!NAME.matcher(name).matches()) {
            throw GatewayException.invalid("issuer.name: '" + name + "' (expected: 1-64 letters, digits, '.', '_' "
                                           + "and '-', starting with a letter or digit)");
        }
        final String issuer = text(in.getIssuer(), "issuer.issuer", "the exact 'iss' claim of its tokens");
        final String jwksUrl = jwksUrl(in.getJwksUrl());
        final String audience = text(in.getAudience(), "issuer.audience", "the 'aud' its tokens carry");
        final String userClaim = in.getUserClaim().isEmpty() ? DEFAULT_USER_CLAIM
                                 : text(in.getUserClaim(), "issuer.user_claim", "a claim name");
        final String roleClaim = in.getRoleClaim();
        if (roleClaim.length() > MAX_TEXT) {
            throw GatewayException.invalid("issuer.role_claim: too long (expected: at most " + MAX_TEXT + " characters)");
        }
        final Map<String, Role> roleMap = new TreeMap<>();
        in.getRoleMapMap().forEach((value, role) -> {
            if (value.isEmpty()) {
                throw GatewayException.invalid("issuer.role_map: a claim value is empty");
            }
            roleMap.put(value, Role.parse(role, "issuer.role_map['" + value + "']"));
        });
        if (!roleMap.isEmpty() && roleClaim.isEmpty()) {
            throw GatewayException.invalid("issuer.role_claim: required with role_map (the claim whose values "
                                           + "role_map maps, for example 'groups')");
        }
        final Role defaultRole = in.getDefaultRole().isEmpty() ? null
                                 : Role.parse(in.getDefaultRole(), "issuer.default_role");
        if (roleMap.isEmpty() && defaultRole == null) {
            throw GatewayException.invalid("issuer: set default_role, or role_claim and role_map "
                                           + "(otherwise every token would be refused)");
        }
        return new IssuerSpec(name, issuer, jwksUrl, audience, userClaim, roleClaim, roleMap, defaultRole,
                              algorithms(in.getAlgorithmsList()));
    }

    /** The role a token's values of {@link #roleClaim} give: the highest mapped one, else the default. */
    @Nullable
    Role role(List<String> claimValues) {
        Role best = null;
        for (String v : claimValues) {
            final Role r = roleMap.get(v);
            if (r != null && (best == null || r.atLeast(best))) {
                best = r;
            }
        }
        return best != null ? best : defaultRole;
    }

    /** The admin API's view, with the stored times. */
    Issuer toProto(@Nullable Instant created, @Nullable Instant updated) {
        final Issuer.Builder b = Issuer.newBuilder().setName(name).setIssuer(issuer).setJwksUrl(jwksUrl)
                                       .setAudience(audience).setUserClaim(userClaim).setRoleClaim(roleClaim)
                                       .addAllAlgorithms(algorithms);
        roleMap.forEach((value, role) -> b.putRoleMap(value, role.wire()));
        if (defaultRole != null) {
            b.setDefaultRole(defaultRole.wire());
        }
        if (created != null) {
            b.setCreateTime(timestamp(created));
        }
        if (updated != null) {
            b.setUpdateTime(timestamp(updated));
        }
        return b.build();
    }

    private static Timestamp timestamp(Instant i) {
        return Timestamp.newBuilder().setSeconds(i.getEpochSecond()).setNanos(i.getNano()).build();
    }

    private static String text(String value, String field, String expected) {
        if (value.isBlank() || value.length() > MAX_TEXT || !value.strip().equals(value)) {
            throw GatewayException.invalid(field + ": '" + abbreviate(value) + "' (expected: " + expected
                                           + ", 1-" + MAX_TEXT + " characters without surrounding spaces)");
        }
        return value;
    }

    private static String jwksUrl(String value) {
        final String expected = " (expected: an https URL, or http to a loopback address such as 127.0.0.1)";
        final URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw GatewayException.invalid("issuer.jwks_url: '" + abbreviate(value) + "'" + expected);
        }
        final String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        final String host = uri.getHost();
        final boolean ok = host != null && uri.getUserInfo() == null && uri.getFragment() == null
                           && ("https".equals(scheme) || "http".equals(scheme) && isLoopback(host));
        if (!ok) {
            throw GatewayException.invalid("issuer.jwks_url: '" + abbreviate(value) + "'" + expected);
        }
        return value;
    }

    /** Loopback by its literal form only: a name other than localhost could resolve anywhere. */
    static boolean isLoopback(String host) {
        final String h = host.toLowerCase(Locale.ROOT);
        if ("localhost".equals(h) || "[::1]".equals(h) || "::1".equals(h)) {
            return true;
        }
        final String[] parts = h.split("\\.", -1);
        if (parts.length != 4 || !"127".equals(parts[0])) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit) || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    private static List<String> algorithms(List<String> in) {
        if (in.isEmpty()) {
            return DEFAULT_ALGORITHMS;
        }
        final Set<String> out = new LinkedHashSet<>();
        for (String alg : in) {
            if ("none".equalsIgnoreCase(alg)) {
                throw GatewayException.invalid("issuer.algorithms: 'none' is never accepted: an unsigned token "
                                               + "proves nothing (expected: some of " + supported() + ")");
            }
            if (alg.toUpperCase(Locale.ROOT).startsWith("HS")) {
                throw GatewayException.invalid("issuer.algorithms: '" + abbreviate(alg) + "' is refused: HMAC needs a "
                                               + "shared secret, and an issuer's keys are public "
                                               + "(expected: some of " + supported() + ")");
            }
            if (!SUPPORTED_ALGORITHMS.contains(alg)) {
                throw GatewayException.invalid("issuer.algorithms: '" + abbreviate(alg) + "' (expected: some of "
                                               + supported() + ")");
            }
            out.add(alg);
        }
        return new ArrayList<>(out);
    }

    private static String supported() {
        return "RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512";
    }

    private static String abbreviate(String s) {
        return s.length() <= 64 ? s : s.substring(0, 64) + "…";
    }
}
