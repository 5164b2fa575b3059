package dev.switchboard.server.http;

import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpHeaderNames;
import com.linecorp.armeria.common.HttpObject;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.common.ResponseHeadersBuilder;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.v1.GatewayInfo;

import io.netty.util.AsciiString;

/** The response headers that say what served a request. */
final class GatewayHeaders {
    // Interned once: a String name is looked up and lower-cased on every add.
    static final AsciiString PROVIDER = HttpHeaderNames.of("x-switchboard-provider");
    static final AsciiString MODEL = HttpHeaderNames.of("x-switchboard-model");
    static final AsciiString ATTEMPTS = HttpHeaderNames.of("x-switchboard-attempts");
    /** What the retry policy allowed per target, so a client can tell its default from a limit it hit. */
    static final AsciiString MAX_ATTEMPTS = HttpHeaderNames.of("x-switchboard-max-attempts");
    static final AsciiString DROPPED_PARAMS = HttpHeaderNames.of("x-switchboard-dropped-params");
    static final AsciiString ALIAS = HttpHeaderNames.of("x-switchboard-alias");

    private GatewayHeaders() {}

    static ResponseHeadersBuilder add(ResponseHeadersBuilder b, GatewayInfo info) {
        if (!info.getProvider().isEmpty()) {
            b.add(PROVIDER, info.getProvider());
            b.add(MODEL, info.getUpstreamModel());
            b.add(ATTEMPTS, String.valueOf(Math.max(1, info.getAttempts())));
            if (info.getMaxAttempts() > 0) {
                b.add(MAX_ATTEMPTS, String.valueOf(info.getMaxAttempts()));
            }
        }
        if (!info.getAlias().isEmpty()) {
            b.add(ALIAS, info.getAlias());
        }
        if (info.getDroppedParamsCount() > 0) {
            b.add(DROPPED_PARAMS, String.join(",", info.getDroppedParamsList()));
        }
        return b;
    }

    /**
     * A 200 with a JSON body and the headers saying what served it. The length is set here, so the
     * response is made of the two objects as they are ({@code HttpResponse.of(headers, content)}
     * would copy the headers once more to set it).
     */
    static HttpResponse json(ServiceRequestContext ctx, GatewayInfo info, byte[] body) {
        final ResponseHeadersBuilder b = ResponseHeaders.builder(200).contentType(MediaType.JSON_UTF_8)
                                                        .contentLength(body.length);
        final ResponseHeaders headers = AnswerHeaders.addTo(ctx, add(b, info)).build();
        return HttpResponse.of((HttpObject) headers, HttpData.wrap(body));
    }
}
