package dev.switchboard.transcoder.http;

import com.linecorp.armeria.common.ResponseHeadersBuilder;

import dev.switchboard.v1.GatewayInfo;

/** The response headers that say what served a request. */
final class GatewayHeaders {
    static final String PROVIDER = "x-switchboard-provider";
    static final String MODEL = "x-switchboard-model";
    static final String ATTEMPTS = "x-switchboard-attempts";
    static final String DROPPED_PARAMS = "x-switchboard-dropped-params";
    static final String ALIAS = "x-switchboard-alias";

    private GatewayHeaders() {}

    static ResponseHeadersBuilder add(ResponseHeadersBuilder b, GatewayInfo info) {
        if (!info.getProvider().isEmpty()) {
            b.add(PROVIDER, info.getProvider());
            b.add(MODEL, info.getUpstreamModel());
            b.add(ATTEMPTS, String.valueOf(Math.max(1, info.getAttempts())));
        }
        if (!info.getAlias().isEmpty()) {
            b.add(ALIAS, info.getAlias());
        }
        if (info.getDroppedParamsCount() > 0) {
            b.add(DROPPED_PARAMS, String.join(",", info.getDroppedParamsList()));
        }
        return b;
    }
}
