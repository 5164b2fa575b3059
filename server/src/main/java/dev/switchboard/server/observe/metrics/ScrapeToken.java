package dev.switchboard.server.observe.metrics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import com.linecorp.armeria.common.HttpHeaderNames;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.server.DecoratingHttpServiceFunction;
import com.linecorp.armeria.server.HttpService;
import com.linecorp.armeria.server.ServiceRequestContext;

/**
 * Lets a scraper that holds SWITCHBOARD_METRICS_TOKEN read {@code /metrics} without a user's
 * credential: put outside the authentication, it serves the scrape itself when the bearer token
 * matches and hands anything else to the authentication (a viewer's key still works; a wrong token
 * is refused there). The token is compared by digest, in constant time, and never logged.
 */
final class ScrapeToken implements DecoratingHttpServiceFunction {
    private final byte[] digest;
    private final HttpService scrape;

    ScrapeToken(String token, HttpService scrape) {
        digest = sha256(token);
        this.scrape = scrape;
    }

    @Override
    public HttpResponse serve(HttpService delegate, ServiceRequestContext ctx, HttpRequest req) throws Exception {
        final String auth = req.headers().get(HttpHeaderNames.AUTHORIZATION);
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)
            && MessageDigest.isEqual(digest, sha256(auth.substring(7).trim()))) {
            return scrape.serve(ctx, req);
        }
        return delegate.serve(ctx, req);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
