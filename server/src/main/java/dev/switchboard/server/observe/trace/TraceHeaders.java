package dev.switchboard.server.observe.trace;

import com.linecorp.armeria.common.HttpHeaderNames;
import com.linecorp.armeria.common.RequestHeaders;
import com.linecorp.armeria.common.RequestHeadersBuilder;
import com.linecorp.armeria.common.annotation.Nullable;

import io.netty.util.AsciiString;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapSetter;

/**
 * W3C trace context ({@code traceparent}, {@code tracestate}) in Armeria's headers: read from a
 * client's request, written into an upstream request while a try's span is current.
 */
public final class TraceHeaders {
    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final AsciiString TRACEPARENT = HttpHeaderNames.of("traceparent");

    private static final TextMapGetter<RequestHeaders> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(RequestHeaders carrier) {
            return carrier.names().stream().map(Object::toString)::iterator;
        }

        @Nullable
        @Override
        public String get(@Nullable RequestHeaders carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private static final TextMapSetter<RequestHeadersBuilder> SETTER = (carrier, key, value) -> {
        if (carrier != null) {
            carrier.set(key, value);
        }
    };

    private TraceHeaders() {}

    /**
     * {@code headers} with the current span's {@code traceparent} (and {@code tracestate}), or
     * {@code headers} themselves when no span is current: with tracing off, one thread-local read.
     */
    public static RequestHeaders withCurrentSpan(RequestHeaders headers) {
        final Context current = Context.current();
        final Span span = Span.fromContextOrNull(current);
        if (span == null) {
            return headers;
        }
        final SpanContext sc = span.getSpanContext();
        if (!sc.isValid()) {
            return headers;
        }
        final RequestHeadersBuilder b = headers.toBuilder();
        if (sc.getTraceState().isEmpty()) {
            // What the propagator writes, without its string name looked up and its checks made
            // again on every upstream request (the ids are valid: the SDK made them).
            b.set(TRACEPARENT, traceparent(sc));
        } else {
            W3C.inject(current, b, SETTER);
        }
        return b.build();
    }

    /** {@code 00-<trace id>-<span id>-<flags>}, W3C Trace Context's version 00. */
    static String traceparent(SpanContext sc) {
        return new StringBuilder(55).append("00-").append(sc.getTraceId()).append('-').append(sc.getSpanId())
                                    .append('-').append(sc.getTraceFlags().asHex()).toString();
    }

    /** The client's trace context, as the parent of the request's span; the root when it sent none. */
    static Context extract(RequestHeaders headers) {
        if (!headers.contains(TRACEPARENT)) {
            return Context.root();
        }
        return W3C.extract(Context.root(), headers, GETTER);
    }
}
