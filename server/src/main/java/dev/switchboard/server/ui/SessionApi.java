package dev.switchboard.server.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import com.linecorp.armeria.common.AggregatedHttpRequest;
import com.linecorp.armeria.common.Cookie;
import com.linecorp.armeria.common.HttpHeaderNames;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.server.HttpService;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.admin.AccessAdminService;
import dev.switchboard.server.auth.AuthDecorator;
import dev.switchboard.server.auth.Authenticator;
import dev.switchboard.server.auth.FailureGate;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.auth.Sessions;
import dev.switchboard.server.http.ErrorShape;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;

/**
 * {@code /ui/api/session}: POST logs in with a credential (an API key or an access token) and sets
 * the session cookie; GET answers who the session is; DELETE logs out. Each answer names the
 * caller as GET /admin/v1/me does, with the session's CSRF token and end. The route is open
 * ({@code Permissions.isOpen}): this service authenticates its callers itself, and failed logins
 * count into the same per-address limit as every other failed credential.
 */
final class SessionApi implements HttpService {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFormat.Printer ME = JsonFormat.printer().preservingProtoFieldNames();
    private static final Duration LIMITED_FOR = Duration.ofSeconds(60);
    private static final String BAD_BODY = "the body must be JSON: {\"credential\": \"<API key or access token>\"}";

    private final SessionStore sessions;
    private final Authenticator authenticator;
    private final FailureGate failures;
    private final boolean alwaysSecure;
    private final Clock clock;

    /** @param alwaysSecure mark the cookie Secure on plain-HTTP requests too (TLS ends at a proxy) */
    SessionApi(SessionStore sessions, Authenticator authenticator, FailureGate failures, boolean alwaysSecure,
               Clock clock) {
        this.sessions = sessions;
        this.alwaysSecure = alwaysSecure;
        this.authenticator = authenticator;
        this.failures = failures;
        this.clock = clock;
    }

    @Override
    public HttpResponse serve(ServiceRequestContext ctx, HttpRequest req) {
        switch (req.method()) {
            case POST:
                return HttpResponse.of(req.aggregate().thenCompose(agg -> login(ctx, agg)));
            case GET:
                return current(ctx, req);
            case DELETE:
                return logout(ctx, req);
            default:
                return HttpResponse.of(HttpStatus.METHOD_NOT_ALLOWED);
        }
    }

    private CompletableFuture<HttpResponse> login(ServiceRequestContext ctx, AggregatedHttpRequest req) {
        if (failures.limited(ctx.clientAddress())) {
            return done(error(ctx, new GatewayException(ErrorKind.RATE_LIMITED, "rate_limited",
                                                        "too many failed authentications from this address; "
                                                        + "try again later", LIMITED_FOR, null)));
        }
        final String credential;
        try {
            final JsonNode body = JSON.readTree(req.contentUtf8());
            if (body == null || !body.isObject()) {
                return done(invalid(ctx, BAD_BODY));
            }
            final JsonNode c = body.get("credential");
            if (c == null || !c.isTextual() || c.asText().isBlank()) {
                return done(invalid(ctx, "'credential' is missing: send {\"credential\": \"<API key or access token>\"}"));
            }
            credential = c.asText().strip();
        } catch (IOException e) {
            // Jackson's message would quote the body, and with it the credential.
            return done(invalid(ctx, BAD_BODY));
        }
        return whenAuthenticated(ctx, credential, p -> {
            if (p == null) {
                failures.failed(ctx.clientAddress());
                return unauthenticated(ctx, "invalid API key or token");
            }
            final SessionStore.Opened opened = sessions.open(credential, p);
            return answer(ctx, p, opened.session(), cookie(ctx, opened.id(), opened.session().expires()));
        });
    }

    private HttpResponse current(ServiceRequestContext ctx, HttpRequest req) {
        final String id = AuthDecorator.sessionId(req);
        final Sessions.Session session = id == null ? null : sessions.find(id);
        if (session == null) {
            return unauthenticated(ctx, "no session: log in with POST /ui/api/session");
        }
        return HttpResponse.of(whenAuthenticated(ctx, session.credential(), p -> {
            if (p == null) {
                sessions.end(id);
                return unauthenticated(ctx, "the session's credential no longer works: log in again");
            }
            return answer(ctx, p, session, null);
        }));
    }

    private HttpResponse logout(ServiceRequestContext ctx, HttpRequest req) {
        final String id = AuthDecorator.sessionId(req);
        final Sessions.Session session = id == null ? null : sessions.find(id);
        if (session == null) {
            return unauthenticated(ctx, "no session to end");
        }
        if (!session.csrfMatches(req.headers().get(Sessions.CSRF_HEADER))) {
            return error(ctx, new GatewayException(ErrorKind.PERMISSION_DENIED, "csrf_failed",
                                                   "missing or wrong '" + Sessions.CSRF_HEADER + "' header"));
        }
        sessions.end(id);
        return HttpResponse.of(ResponseHeaders.builder(HttpStatus.NO_CONTENT)
                                              .add(HttpHeaderNames.SET_COOKIE, cleared(ctx))
                                              .set(HttpHeaderNames.CACHE_CONTROL, "no-store").build());
    }

    /** Runs {@code then} with the credential's principal (null: refused) on the request's event loop. */
    private CompletableFuture<HttpResponse> whenAuthenticated(ServiceRequestContext ctx, String credential,
                                                              Function<Principal, HttpResponse> then) {
        return authenticator.authenticate(credential).handleAsync((p, cause) -> {
            if (p != null && cause == null) {
                // The access log names who logged in.
                ctx.setAttr(Principal.ATTR, p);
            }
            return then.apply(cause == null ? p : null);
        }, ctx.eventLoop());
    }

    private HttpResponse answer(ServiceRequestContext ctx, Principal p, Sessions.Session session,
                                @Nullable String setCookie) {
        final ObjectNode body = JSON.createObjectNode();
        body.put("csrf_token", session.csrfToken());
        body.put("expires_at", session.expires().truncatedTo(ChronoUnit.SECONDS).toString());
        try {
            body.set("me", JSON.readTree(ME.print(AccessAdminService.callerIdentity(p))));
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        final var headers = ResponseHeaders.builder(HttpStatus.OK).contentType(MediaType.JSON_UTF_8)
                                           // The CSRF token is in the body: no cache may keep it.
                                           .set(HttpHeaderNames.CACHE_CONTROL, "no-store");
        if (setCookie != null) {
            headers.add(HttpHeaderNames.SET_COOKIE, setCookie);
        }
        return HttpResponse.of(headers.build(), com.linecorp.armeria.common.HttpData.ofUtf8(body.toString()));
    }

    /** The session cookie: script cannot read it, no other site's request carries it, HTTPS keeps it to HTTPS. */
    private String cookie(ServiceRequestContext ctx, String id, Instant expires) {
        final long maxAge = Math.max(1, Duration.between(clock.instant(), expires).toSeconds());
        return Cookie.builder(Sessions.COOKIE, id).path("/").httpOnly(true).sameSite("Strict").maxAge(maxAge)
                     .secure(secure(ctx)).build().toSetCookieHeader();
    }

    private String cleared(ServiceRequestContext ctx) {
        return Cookie.builder(Sessions.COOKIE, "").path("/").httpOnly(true).sameSite("Strict").maxAge(0)
                     .secure(secure(ctx)).build().toSetCookieHeader();
    }

    private boolean secure(ServiceRequestContext ctx) {
        return alwaysSecure || ctx.sessionProtocol().isTls();
    }

    private static HttpResponse unauthenticated(ServiceRequestContext ctx, String message) {
        return error(ctx, new GatewayException(ErrorKind.UNAUTHENTICATED, "invalid_api_key", message));
    }

    private static HttpResponse invalid(ServiceRequestContext ctx, String message) {
        return error(ctx, new GatewayException(ErrorKind.INVALID_REQUEST, "invalid_request", message));
    }

    private static HttpResponse error(ServiceRequestContext ctx, GatewayException e) {
        return ErrorShape.OPENAI.response(ctx, e);
    }

    private static CompletableFuture<HttpResponse> done(HttpResponse res) {
        return CompletableFuture.completedFuture(res);
    }
}
