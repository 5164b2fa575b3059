package dev.switchboard.server.observe.trace;

import io.opentelemetry.api.common.AttributeKey;

/**
 * The span attributes the gateway sets: OpenTelemetry's GenAI, HTTP and error conventions where
 * they name the thing, {@code switchboard.*} for what only a gateway has.
 */
final class SpanKeys {
    static final AttributeKey<String> OPERATION = AttributeKey.stringKey("gen_ai.operation.name");
    static final AttributeKey<String> PROVIDER = AttributeKey.stringKey("gen_ai.provider.name");
    static final AttributeKey<String> REQUEST_MODEL = AttributeKey.stringKey("gen_ai.request.model");
    static final AttributeKey<String> RESPONSE_MODEL = AttributeKey.stringKey("gen_ai.response.model");
    static final AttributeKey<Long> INPUT_TOKENS = AttributeKey.longKey("gen_ai.usage.input_tokens");
    static final AttributeKey<Long> OUTPUT_TOKENS = AttributeKey.longKey("gen_ai.usage.output_tokens");

    static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
    static final AttributeKey<String> HTTP_METHOD = AttributeKey.stringKey("http.request.method");
    static final AttributeKey<String> HTTP_ROUTE = AttributeKey.stringKey("http.route");
    static final AttributeKey<Long> HTTP_STATUS = AttributeKey.longKey("http.response.status_code");

    static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey("switchboard.request_id");
    static final AttributeKey<String> ALIAS = AttributeKey.stringKey("switchboard.alias");
    static final AttributeKey<Long> ATTEMPT = AttributeKey.longKey("switchboard.attempt");
    static final AttributeKey<Long> ATTEMPTS = AttributeKey.longKey("switchboard.attempts");
    static final AttributeKey<Long> FAILOVERS = AttributeKey.longKey("switchboard.failovers");
    static final AttributeKey<Boolean> STREAM = AttributeKey.booleanKey("switchboard.stream");
    static final AttributeKey<Long> TTFT_MS = AttributeKey.longKey("switchboard.ttft_ms");

    private SpanKeys() {}
}
