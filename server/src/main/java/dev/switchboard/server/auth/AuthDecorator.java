package dev.switchboard.server.auth;

import com.linecorp.armeria.common.HttpHeaderNames;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.server.DecoratingHttpServiceFunction;
import com.linecorp.armeria.server.HttpService;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.http.ErrorShape;
import dev.switchboard.transcoder.error.ErrorKind;

/**
 * Every request needs the key as {@code Authorization: Bearer <key>} (or Anthropic-style
 * {@code x-api-key}). A gRPC caller is refused with a gRPC status, anyone else with OpenAI's
 * error JSON (Anthropic's under /v1/messages). Only the health check and the API docs are open.
 */
public final class AuthDecorator implements DecoratingHttpServiceFunction {
    private static final String MESSAGE = "missing or invalid API key: send 'Authorization: Bearer <key>'";
    private static final String ANTHROPIC_MESSAGE = "missing or invalid API key: send 'x-api-key: <key>'";

    private final AdminKey adminKey;

    public AuthDecorator(AdminKey adminKey) {
        this.adminKey = adminKey;
    }

    @Override
    public HttpResponse serve(HttpService delegate, ServiceRequestContext ctx, HttpRequest req) throws Exception {
        final String path = ctx.path();
        if ("/health".equals(path) || path.startsWith("/docs/") || "/docs".equals(path)) {
            return delegate.serve(ctx, req);
        }
        final String token = token(req);
        if (token != null && adminKey.matches(token)) {
            ctx.setAttr(Principal.ATTR, Principal.ADMIN);
            return delegate.serve(ctx, req);
        }
        final MediaType contentType = req.contentType();
        if (contentType != null && contentType.subtype().startsWith("grpc")) {
            // Trailers-only gRPC response: what grpc-java expects for an immediate failure.
            return HttpResponse.of(ResponseHeaders.builder(200)
                                                  .contentType(contentType)
                                                  .add("grpc-status", "16")
                                                  .add("grpc-message", "missing or invalid API key")
                                                  .build());
        }
        // An Anthropic SDK parses only Anthropic's error shape; everyone else gets OpenAI's.
        final ErrorShape shape = ErrorShape.of(path);
        final HttpResponse refused = shape.response(ErrorKind.UNAUTHENTICATED,
                                                    shape == ErrorShape.ANTHROPIC ? ANTHROPIC_MESSAGE : MESSAGE);
        return refused.mapHeaders(h -> h.toBuilder()
                                                 .add(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer")
                                                 .build());
    }

    @Nullable
    private static String token(HttpRequest req) {
        final String auth = req.headers().get(HttpHeaderNames.AUTHORIZATION);
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return auth.substring(7).trim();
        }
        return req.headers().get("x-api-key");
    }
}
