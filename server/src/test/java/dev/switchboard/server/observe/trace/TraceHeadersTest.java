package dev.switchboard.server.observe.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.RequestHeaders;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

/** The upstream's trace headers are the ones OpenTelemetry's own W3C propagator writes. */
class TraceHeadersTest {
    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN = "00f067aa0ba902b7";
    private static final RequestHeaders POST = RequestHeaders.builder(HttpMethod.POST, "/v1/chat/completions")
                                                             .add("content-type", "application/json").build();

    @Test
    void sampledAndUnsampledSpansGoAsThePropagatorWritesThem() {
        for (TraceFlags flags : new TraceFlags[] { TraceFlags.getSampled(), TraceFlags.getDefault() }) {
            final SpanContext sc = SpanContext.create(TRACE, SPAN, flags, TraceState.getDefault());
            final Map<String, String> expected = propagated(sc);
            assertThat(expected).containsOnlyKeys("traceparent");
            final RequestHeaders sent = sentWith(sc);
            assertThat(sent.get("traceparent")).isEqualTo(expected.get("traceparent"));
            assertThat(sent.contains("tracestate")).isFalse();
            assertThat(sent.get("content-type")).isEqualTo("application/json");
        }
    }

    @Test
    void aTraceStateFromTheClientGoesOnToo() {
        final SpanContext sc = SpanContext.create(TRACE, SPAN, TraceFlags.getSampled(),
                                                  TraceState.builder().put("vendor", "v1").build());
        final Map<String, String> expected = propagated(sc);
        final RequestHeaders sent = sentWith(sc);
        assertThat(sent.get("traceparent")).isEqualTo(expected.get("traceparent"));
        assertThat(sent.get("tracestate")).isEqualTo(expected.get("tracestate")).isEqualTo("vendor=v1");
    }

    @Test
    void withoutASpanTheHeadersAreTheSameObject() {
        assertThat(TraceHeaders.withCurrentSpan(POST)).isSameAs(POST);
        try (Scope ignored = Context.root().with(Span.wrap(SpanContext.getInvalid())).makeCurrent()) {
            assertThat(TraceHeaders.withCurrentSpan(POST)).isSameAs(POST);
        }
    }

    private static RequestHeaders sentWith(SpanContext sc) {
        try (Scope ignored = Context.root().with(Span.wrap(sc)).makeCurrent()) {
            return TraceHeaders.withCurrentSpan(POST);
        }
    }

    private static Map<String, String> propagated(SpanContext sc) {
        final Map<String, String> out = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.root().with(Span.wrap(sc)), out,
                                                        (carrier, k, v) -> carrier.put(k, v));
        return out;
    }
}
