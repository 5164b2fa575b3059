package dev.switchboard.server.ui;

import com.linecorp.armeria.common.HttpHeaderNames;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.common.ResponseHeadersBuilder;
import com.linecorp.armeria.server.DecoratingHttpServiceFunction;
import com.linecorp.armeria.server.HttpService;
import com.linecorp.armeria.server.HttpStatusException;
import com.linecorp.armeria.server.ServiceRequestContext;

/**
 * The headers on every answer under {@code /ui}, errors included: a Content-Security-Policy that
 * lets the page load and call nothing but this gateway (no inline script or style, no framing),
 * and caching by kind: the content-hashed assets forever, everything else revalidated.
 */
final class ConsoleHeaders implements DecoratingHttpServiceFunction {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                              + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
                              + "frame-ancestors 'none'; form-action 'self'";
    static final String ASSETS = "/ui/assets/";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    @Override
    public HttpResponse serve(HttpService delegate, ServiceRequestContext ctx, HttpRequest req) throws Exception {
        HttpResponse res;
        try {
            res = delegate.serve(ctx, req);
        } catch (HttpStatusException e) {
            res = HttpResponse.of(e.httpStatus());
        }
        // A missing file fails the answer rather than answering 404: made an answer here so that
        // it carries the headers too.
        return res.recover(HttpStatusException.class, e -> HttpResponse.of(e.httpStatus()))
                  .mapHeaders(h -> secured(ctx.path(), h));
    }

    private static ResponseHeaders secured(String path, ResponseHeaders h) {
        final ResponseHeadersBuilder b = h.toBuilder()
                                          .set(HttpHeaderNames.CONTENT_SECURITY_POLICY, CSP)
                                          .set(HttpHeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff")
                                          .set(HttpHeaderNames.REFERRER_POLICY, "no-referrer")
                                          .set(HttpHeaderNames.X_FRAME_OPTIONS, "DENY");
        if (path.startsWith(ASSETS) && h.status() == HttpStatus.OK) {
            b.set(HttpHeaderNames.CACHE_CONTROL, IMMUTABLE);
        } else if (!h.contains(HttpHeaderNames.CACHE_CONTROL)) {
            b.set(HttpHeaderNames.CACHE_CONTROL, REVALIDATE);
        }
        return b.build();
    }
}
