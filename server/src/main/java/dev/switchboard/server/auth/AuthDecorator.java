package dev.switchboard.server.auth;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.linecorp.armeria.common.Cookie;
import com.linecorp.armeria.common.HttpHeaderNames;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.server.DecoratingHttpServiceFunction;
import com.linecorp.armeria.server.HttpService;
import com.linecorp.armeria.server.ServiceRequestContext;
import com.linecorp.armeria.server.grpc.GrpcService;

import dev.switchboard.server.error.GrpcErrors;
import dev.switchboard.server.http.ErrorShape;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;

/**
 * Authenticates every request but the open ones ({@link Permissions#isOpen}): a credential as
 * {@code Authorization: Bearer <key or token>} or {@code x-api-key: <key or token>}, on REST and
 * as gRPC call credentials alike. It leaves the {@link Principal} on the request; gRPC methods are
 * then authorized by {@link AccessInterceptor}, every other route here, both from {@link
 * Permissions}. Without a credential header, the web console's session cookie ({@link Sessions})
 * stands for the credential it logged in with, re-authenticated on every request; a request with
 * it that changes anything must also carry the session's CSRF token. Refusals answer in the
 * caller's protocol: a gRPC status, Anthropic's error JSON under /v1/messages, OpenAI's elsewhere.
 */
public final class AuthDecorator implements DecoratingHttpServiceFunction {
    private static final String MESSAGE = "missing or invalid API key: send 'Authorization: Bearer <key>'";
    private static final String ANTHROPIC_MESSAGE = "missing or invalid API key: send 'x-api-key: <key>'";
    private static final Duration LIMITED_FOR = Duration.ofSeconds(60);

    private final Authenticator authenticator;
    private final FailureGate failures;
    private final Sessions sessions;

    public AuthDecorator(Authenticator authenticator, FailureGate failures, Sessions sessions) {
        this.authenticator = authenticator;
        this.failures = failures;
        this.sessions = sessions;
    }

    @Override
    public HttpResponse serve(HttpService delegate, ServiceRequestContext ctx, HttpRequest req) throws Exception {
        if (Permissions.isOpen(ctx.path())) {
            return delegate.serve(ctx, req);
        }
        if (failures.limited(ctx.clientAddress())) {
            return refuse(ctx, req, new GatewayException(ErrorKind.RATE_LIMITED, "rate_limited",
                                                         "too many failed authentications from this address; "
                                                         + "try again later", LIMITED_FOR, null));
        }
        final String credential = credential(req);
        if (credential == null) {
            // Only without a header: a bearer request pays nothing for the console's sessions.
            final String sessionId = sessionId(req);
            if (sessionId != null) {
                return withSession(delegate, ctx, req, sessionId);
            }
            failures.failed(ctx.clientAddress());
            return unauthenticated(ctx, req);
        }
        return authenticated(delegate, ctx, req, credential, null);
    }

    /**
     * A request carrying the session cookie. An unknown or ended session is not counted as a
     * failed guess: its id (256 random bits) cannot be guessed, and a browser left open past
     * its session would otherwise lock its own address out of logging in again.
     */
    private HttpResponse withSession(HttpService delegate, ServiceRequestContext ctx, HttpRequest req,
                                     String sessionId) throws Exception {
        final Sessions.Session session = sessions.find(sessionId);
        if (session == null) {
            return unauthenticated(ctx, req);
        }
        if (changes(req) && !session.csrfMatches(req.headers().get(Sessions.CSRF_HEADER))) {
            return refuse(ctx, req, new GatewayException(
                    ErrorKind.PERMISSION_DENIED, "csrf_failed",
                    "missing or wrong '" + Sessions.CSRF_HEADER + "' header: a request that changes anything "
                    + "with the session cookie must carry the session's CSRF token"));
        }
        return authenticated(delegate, ctx, req, session.credential(), sessionId);
    }

    /** Whether the method may change something: what a cross-site form or script could send. */
    private static boolean changes(HttpRequest req) {
        switch (req.method()) {
            case GET:
            case HEAD:
            case OPTIONS:
                return false;
            default:
                return true;
        }
    }

    /** @param sessionId the session the credential came from, ended if it no longer works; null for a header */
    private HttpResponse authenticated(HttpService delegate, ServiceRequestContext ctx, HttpRequest req,
                                       String credential, @Nullable String sessionId) throws Exception {
        final CompletableFuture<Principal> principal = authenticator.authenticate(credential);
        // Keys and cached tokens are answered at once: no extra hop for the common case.
        if (principal.isDone() && !principal.isCompletedExceptionally()) {
            return proceed(delegate, ctx, req, principal.join(), sessionId);
        }
        // Back on the request's event loop, whichever thread finished the verification.
        return HttpResponse.of(principal.handleAsync((p, cause) -> {
            try {
                return proceed(delegate, ctx, req, cause == null ? p : null, sessionId);
            } catch (Exception e) {
                return HttpResponse.ofFailure(e);
            }
        }, ctx.eventLoop()));
    }

    private HttpResponse proceed(HttpService delegate, ServiceRequestContext ctx, HttpRequest req,
                                 @Nullable Principal principal, @Nullable String sessionId) throws Exception {
        if (principal == null) {
            if (sessionId == null) {
                failures.failed(ctx.clientAddress());
            } else {
                // A revoked key, a disabled user or an expired token ends the session at once.
                sessions.end(sessionId);
            }
            return unauthenticated(ctx, req);
        }
        ctx.setAttr(Principal.ATTR, principal);
        // gRPC methods (and their /admin/v1 JSON transcoding) are authorized per method by the interceptor.
        // A path no route serves (the fallback) answers 404 whoever asks.
        if (ctx.config().service().as(GrpcService.class) == null && !ctx.config().route().isFallback()) {
            final Set<Role> roles = Permissions.forRoute(ctx.config().route().patternString());
            if (roles == null || !roles.contains(principal.role())) {
                return refuse(ctx, req, new GatewayException(
                        ErrorKind.PERMISSION_DENIED, "permission_denied",
                        "role '" + principal.role().wire() + "' may not call " + req.method() + ' ' + ctx.path()));
            }
        }
        return delegate.serve(ctx, req);
    }

    private static HttpResponse unauthenticated(ServiceRequestContext ctx, HttpRequest req) {
        final boolean anthropic = ErrorShape.of(ctx.path()) == ErrorShape.ANTHROPIC;
        final HttpResponse refused = refuse(ctx, req, new GatewayException(
                ErrorKind.UNAUTHENTICATED, "invalid_api_key", anthropic ? ANTHROPIC_MESSAGE : MESSAGE));
        return refused.mapHeaders(h -> h.toBuilder().add(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer").build());
    }

    private static HttpResponse refuse(ServiceRequestContext ctx, HttpRequest req, GatewayException e) {
        final MediaType contentType = req.contentType();
        if (contentType != null && contentType.subtype().startsWith("grpc")) {
            return HttpResponse.of(GrpcErrors.trailersOnly(ctx, contentType, e));
        }
        return ErrorShape.of(ctx.path()).response(ctx, e);
    }

    /** The session cookie's value, or null. */
    @Nullable
    public static String sessionId(HttpRequest req) {
        if (!req.headers().contains(HttpHeaderNames.COOKIE)) {
            return null;
        }
        for (Cookie c : req.headers().cookies()) {
            if (Sessions.COOKIE.equals(c.name()) && !c.value().isEmpty()) {
                return c.value();
            }
        }
        return null;
    }

    @Nullable
    private static String credential(HttpRequest req) {
        final String auth = req.headers().get(HttpHeaderNames.AUTHORIZATION);
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            final String token = auth.substring(7).trim();
            return token.isEmpty() ? null : token;
        }
        final String key = req.headers().get("x-api-key");
        return key == null || key.isEmpty() ? null : key;
    }
}
