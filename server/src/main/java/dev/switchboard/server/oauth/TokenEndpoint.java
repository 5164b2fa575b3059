package dev.switchboard.server.oauth;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.InetAddress;
import java.net.URLDecoder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.linecorp.armeria.common.AggregatedHttpRequest;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpHeaderNames;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.QueryParams;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.common.ResponseHeadersBuilder;
import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.server.HttpService;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.access.AccessStore;
import dev.switchboard.server.access.Directory;
import dev.switchboard.server.access.KeyRecord;
import dev.switchboard.server.access.UserRecord;
import dev.switchboard.server.audit.AuditEvent;
import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Authenticator;
import dev.switchboard.server.auth.Credential;
import dev.switchboard.server.auth.FailureGate;
import dev.switchboard.server.auth.Role;
import dev.switchboard.server.crypto.KeyedHash;

/**
 * {@code POST /oauth/token}: client_credentials (RFC 6749 §4.4; client_secret_basic and
 * client_secret_post), token exchange of an API key or an external issuer's token (RFC 8693) into
 * an access token and a refresh token, and the refresh_token grant (rotating). Answers JSON with
 * {@code Cache-Control: no-store}; refusals in RFC 6749 §5.2 shape. The route is open
 * (AuthDecorator does not look at it): it authenticates clients and subject tokens itself, and
 * counts failures per source address in the same {@link FailureGate}. Database work runs on the
 * blocking executor.
 */
final class TokenEndpoint implements HttpService {
    static final String PATH = "/oauth/token";
    static final String CLIENT_CREDENTIALS = "client_credentials";
    static final String REFRESH_TOKEN = "refresh_token";
    static final String TOKEN_EXCHANGE = "urn:ietf:params:oauth:grant-type:token-exchange";
    static final String API_KEY_TYPE = "urn:switchboard:params:oauth:token-type:api_key";
    static final String ACCESS_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:access_token";
    static final List<String> JWT_TYPES = List.of("urn:ietf:params:oauth:token-type:jwt",
                                                  "urn:ietf:params:oauth:token-type:id_token",
                                                  ACCESS_TOKEN_TYPE);
    private static final String API_KEY_SUBJECT = "api_key:";
    private static final String ISSUER_SUBJECT = "issuer:";
    private static final Logger logger = LoggerFactory.getLogger(TokenEndpoint.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final AccessTokens tokens;
    private final RefreshTokens refreshTokens;
    private final OAuthClients clients;
    private final KeyedHash hash;
    private final Directory directory;
    private final AccessStore store;
    private final Authenticator authenticator;
    private final FailureGate failures;
    private final Duration refreshTtl;
    private final Clock clock;
    private final AuditLog audit;

    TokenEndpoint(AccessTokens tokens, RefreshTokens refreshTokens, OAuthClients clients, KeyedHash hash,
                  Directory directory, AccessStore store, Authenticator authenticator, FailureGate failures,
                  Duration refreshTtl, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.tokens = tokens;
        this.refreshTokens = refreshTokens;
        this.clients = clients;
        this.hash = hash;
        this.directory = directory;
        this.store = store;
        this.authenticator = authenticator;
        this.failures = failures;
        this.refreshTtl = refreshTtl;
        this.clock = clock;
    }

    @Override
    public HttpResponse serve(ServiceRequestContext ctx, HttpRequest req) {
        return HttpResponse.of(req.aggregate()
                                  .thenCompose(agg -> grant(ctx, agg))
                                  .handle((body, cause) -> cause == null ? ok(body) : refusal(cause)));
    }

    private CompletableFuture<ObjectNode> grant(ServiceRequestContext ctx, AggregatedHttpRequest req) {
        final MediaType type = req.contentType();
        if (type == null || !type.is(MediaType.FORM_DATA)) {
            throw TokenError.invalidRequest("send the parameters as application/x-www-form-urlencoded");
        }
        final QueryParams params = QueryParams.fromQueryString(req.contentUtf8());
        for (String name : params.names()) {
            // RFC 6749 §3.2: no parameter may be sent twice.
            if (params.getAll(name).size() > 1) {
                throw TokenError.invalidRequest("parameter '" + safeName(name) + "' sent more than once");
            }
        }
        final String grantType = params.get("grant_type");
        if (grantType == null || grantType.isEmpty()) {
            throw TokenError.invalidRequest("missing grant_type");
        }
        switch (grantType) {
            case CLIENT_CREDENTIALS: return clientCredentials(ctx, req, params);
            case TOKEN_EXCHANGE: return exchange(ctx, params);
            case REFRESH_TOKEN: return refresh(ctx, params);
            default:
                throw TokenError.unsupportedGrantType(
                        "supported grant types: client_credentials, " + TOKEN_EXCHANGE + ", refresh_token");
        }
    }

    // client_credentials

    private record ClientAuth(String id, String secret, boolean basic) {}

    private CompletableFuture<ObjectNode> clientCredentials(ServiceRequestContext ctx, AggregatedHttpRequest req,
                                                           QueryParams params) {
        final InetAddress from = ctx.clientAddress();
        if (failures.limited(from)) {
            throw TokenError.limited();
        }
        final ClientAuth auth = clientAuth(req, params);
        final String requested = params.get("scope");
        return CompletableFuture.supplyAsync(() -> {
            final ClientRecord client = clients.find(auth.id()).orElse(null);
            // Hashed even for an unknown client, so timing does not tell which client ids exist.
            final String presented = hash.hash(auth.secret());
            final UserRecord user = client == null ? null : directory.user(client.userId());
            if (client == null || !Secrets.sameHash(presented, client.secretHash()) || client.disabled()
                || user == null || user.disabled()) {
                ctx.eventLoop().execute(() -> failures.failed(from));
                throw TokenError.invalidClient(auth.basic());
            }
            final AccessTokens.Issued at = tokens.issue(user, scope(requested, user.role()), client.clientId(),
                                                        List.of(), null);
            audited(ctx, user, "client:" + client.clientId(), "client_credentials", at);
            return accessTokenBody(at);
        }, ctx.blockingTaskExecutor());
    }

    /** HTTP Basic (RFC 6749 §2.3.1: id and secret form-urlencoded inside it) or the two form parameters. */
    private static ClientAuth clientAuth(AggregatedHttpRequest req, QueryParams params) {
        final String header = req.headers().get(HttpHeaderNames.AUTHORIZATION);
        final String postId = params.get("client_id");
        final String postSecret = params.get("client_secret");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            if (postSecret != null) {
                throw TokenError.invalidRequest("use one client authentication method, not HTTP Basic and "
                                                + "client_secret together");
            }
            final String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), UTF_8);
            } catch (IllegalArgumentException e) {
                throw TokenError.invalidClient(true);
            }
            final int colon = decoded.indexOf(':');
            if (colon <= 0) {
                throw TokenError.invalidClient(true);
            }
            final ClientAuth auth;
            try {
                auth = new ClientAuth(URLDecoder.decode(decoded.substring(0, colon), UTF_8),
                                      URLDecoder.decode(decoded.substring(colon + 1), UTF_8), true);
            } catch (IllegalArgumentException e) {
                throw TokenError.invalidClient(true);
            }
            if (postId != null && !postId.equals(auth.id())) {
                throw TokenError.invalidRequest("client_id differs from the client of HTTP Basic");
            }
            return auth;
        }
        if (header != null) {
            throw TokenError.invalidClient(true);
        }
        if (postId == null || postId.isEmpty() || postSecret == null || postSecret.isEmpty()) {
            throw TokenError.invalidRequest("missing client authentication: HTTP Basic, or client_id and "
                                            + "client_secret");
        }
        return new ClientAuth(postId, postSecret, false);
    }

    // Token exchange (RFC 8693)

    private CompletableFuture<ObjectNode> exchange(ServiceRequestContext ctx, QueryParams params) {
        final InetAddress from = ctx.clientAddress();
        if (failures.limited(from)) {
            throw TokenError.limited();
        }
        final String subjectToken = required(params, "subject_token");
        final String subjectType = required(params, "subject_token_type");
        final String requestedType = params.get("requested_token_type");
        if (requestedType != null && !ACCESS_TOKEN_TYPE.equals(requestedType)) {
            throw TokenError.invalidRequest("requested_token_type: only " + ACCESS_TOKEN_TYPE + " is issued");
        }
        if (params.contains("actor_token")) {
            throw TokenError.invalidRequest("actor_token (delegation) is not supported");
        }
        final String audience = params.get("audience");
        if (audience != null && !AccessTokens.AUDIENCE.equals(audience)) {
            throw TokenError.invalidTarget("audience: this gateway issues tokens only for '" + AccessTokens.AUDIENCE
                                           + "'");
        }
        final Credential expected;
        if (API_KEY_TYPE.equals(subjectType)) {
            expected = Credential.API_KEY;
        } else if (JWT_TYPES.contains(subjectType)) {
            expected = Credential.EXTERNAL_TOKEN;
        } else {
            throw TokenError.invalidRequest("subject_token_type: expected " + API_KEY_TYPE + " or one of " + JWT_TYPES);
        }
        final String requested = params.get("scope");
        return authenticator.authenticate(subjectToken).thenApplyAsync(p -> {
            // Only an API key or an external token: the admin key and this gateway's own tokens
            // (client_credentials ones included, RFC 6749 §4.4.3) do not start sessions.
            if (p == null || p.credential() != expected) {
                ctx.eventLoop().execute(() -> failures.failed(from));
                throw TokenError.invalidGrant("the subject_token is not valid");
            }
            final UserRecord user = directory.user(p.userId());
            if (user == null || user.disabled()) {
                throw TokenError.invalidGrant("the subject_token is not valid");
            }
            final Role role = scope(requested, p.role());
            final AccessTokens.Issued at = tokens.issue(user, role, null, p.allowedModels(), p.expires());
            Instant refreshExpires = clock.instant().plus(refreshTtl);
            if (expected == Credential.API_KEY && p.expires() != null && p.expires().isBefore(refreshExpires)) {
                refreshExpires = p.expires();
            }
            final String subject = expected == Credential.API_KEY ? API_KEY_SUBJECT + p.keyId()
                                                                   : ISSUER_SUBJECT + p.issuer();
            final RefreshTokens.Issued rt = refreshTokens.start(user.id(), subject, refreshExpires);
            audited(ctx, user, p.credentialLabel(), "token_exchange", at);
            final ObjectNode body = accessTokenBody(at);
            body.put("issued_token_type", ACCESS_TOKEN_TYPE);
            body.put("refresh_token", rt.token());
            body.put("family_id", rt.family().id());
            return body;
        }, ctx.blockingTaskExecutor());
    }

    // refresh_token

    private CompletableFuture<ObjectNode> refresh(ServiceRequestContext ctx, QueryParams params) {
        final String token = required(params, "refresh_token");
        final String requested = params.get("scope");
        return CompletableFuture.supplyAsync(() -> {
            final Instant now = clock.instant();
            final AtomicReference<KeyRecord> key = new AtomicReference<>();
            final RefreshTokens.Rotation rotation = refreshTokens.rotate(token, family -> {
                if (!directory.active(family.userId())) {
                    return null;
                }
                Instant expires = now.plus(refreshTtl);
                if (family.subject().startsWith(API_KEY_SUBJECT)) {
                    // A session never outlives, nor does more than, the key it was exchanged from.
                    final KeyRecord k = store.key(family.subject().substring(API_KEY_SUBJECT.length())).orElse(null);
                    if (k == null || !k.activeAt(now)) {
                        return null;
                    }
                    key.set(k);
                    if (k.expireTime() != null && k.expireTime().isBefore(expires)) {
                        expires = k.expireTime();
                    }
                }
                return expires;
            });
            if (rotation.next() == null) {
                throw TokenError.invalidGrant(rotation.refusal());
            }
            final RefreshTokens.Issued next = rotation.next();
            final UserRecord user = directory.user(next.family().userId());
            if (user == null) {
                throw TokenError.invalidGrant("the user of this session no longer exists");
            }
            final KeyRecord k = key.get();
            final AccessTokens.Issued at = tokens.issue(user, scope(requested, user.role()), null,
                                                        k == null ? List.of() : k.allowedModels(),
                                                        k == null ? null : k.expireTime());
            audited(ctx, user, "family:" + next.family().id(), "refresh_token", at);
            final ObjectNode body = accessTokenBody(at);
            body.put("refresh_token", next.token());
            body.put("family_id", next.family().id());
            return body;
        }, ctx.blockingTaskExecutor());
    }

    /** The role a token acts as: the one asked for in {@code scope}, never more than {@code max}. */
    /** Every issuance is audited (on the blocking executor, after the token is made). */
    private void audited(ServiceRequestContext ctx, UserRecord user, String credential, String grant,
                         AccessTokens.Issued at) {
        audit.append(List.of(new AuditEvent(clock.instant(), user.name(), credential,
                                            ctx.clientAddress().getHostAddress(), "token.issue",
                                            "users/" + user.name(), AuditLog.OK,
                                            Map.of("grant", grant, "scope", at.scope().wire(),
                                                   "expire_time", at.expires().toString()))));
    }

    private static Role scope(@Nullable String requested, Role max) {
        if (requested == null || requested.isEmpty()) {
            return max;
        }
        final Role asked;
        try {
            asked = Role.parse(requested.strip(), "scope");
        } catch (RuntimeException e) {
            throw TokenError.invalidScope("scope: one of admin, operator, member, viewer");
        }
        if (!max.atLeast(asked)) {
            throw TokenError.invalidScope("scope: at most '" + max.wire() + "' for this subject");
        }
        return asked;
    }

    private ObjectNode accessTokenBody(AccessTokens.Issued at) {
        final ObjectNode body = JSON.createObjectNode();
        body.put("access_token", at.token());
        body.put("token_type", "Bearer");
        body.put("expires_in", Math.max(0, Duration.between(clock.instant(), at.expires()).toSeconds()));
        body.put("scope", at.scope().wire());
        return body;
    }

    private static String required(QueryParams params, String name) {
        final String v = params.get(name);
        if (v == null || v.isEmpty()) {
            throw TokenError.invalidRequest("missing " + name);
        }
        return v;
    }

    /** A parameter name from the request, for a message: only if it looks like one. */
    private static String safeName(String name) {
        return name.matches("[a-z_]{1,40}") ? name : "(unknown)";
    }

    private static HttpResponse ok(ObjectNode body) {
        return json(HttpStatus.OK, body, false);
    }

    private static HttpResponse refusal(Throwable cause) {
        Throwable c = cause;
        while (c instanceof CompletionException && c.getCause() != null) {
            c = c.getCause();
        }
        final TokenError e;
        if (c instanceof TokenError te) {
            e = te;
        } else {
            logger.warn("the token endpoint failed: {}", c.getClass().getName());
            e = TokenError.serverError();
        }
        final ObjectNode body = JSON.createObjectNode();
        body.put("error", e.error());
        body.put("error_description", e.getMessage());
        return json(e.status(), body, e.basicChallenge());
    }

    private static HttpResponse json(HttpStatus status, ObjectNode body, boolean basicChallenge) {
        final ResponseHeadersBuilder headers = ResponseHeaders.builder(status)
                                                               .contentType(MediaType.JSON_UTF_8)
                                                               .add(HttpHeaderNames.CACHE_CONTROL, "no-store")
                                                               .add(HttpHeaderNames.PRAGMA, "no-cache");
        if (basicChallenge) {
            headers.add(HttpHeaderNames.WWW_AUTHENTICATE, "Basic realm=\"switchboard\", charset=\"UTF-8\"");
        }
        if (status == HttpStatus.TOO_MANY_REQUESTS) {
            headers.add(HttpHeaderNames.RETRY_AFTER, "60");
        }
        try {
            return HttpResponse.of(headers.build(), HttpData.wrap(JSON.writeValueAsBytes(body)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
