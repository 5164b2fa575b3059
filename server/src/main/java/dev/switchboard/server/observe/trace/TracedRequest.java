package dev.switchboard.server.observe.trace;

import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.function.Supplier;

import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.common.logging.RequestLog;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.observe.RequestWatch;
import dev.switchboard.server.observe.Telemetry;
import dev.switchboard.server.usage.UsageRecord;
import dev.switchboard.transcoder.error.GatewayException;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

/**
 * One request's spans: a SERVER span for the request (its parent the client's
 * {@code traceparent}) and a CLIENT span per try, current while the try sends so the upstream
 * request carries it. Attributes are set only on spans the sampler keeps; a request it drops
 * makes no span per try.
 */
final class TracedRequest implements RequestWatch {
    private static final AtomicIntegerFieldUpdater<TracedRequest> FINISHED =
            AtomicIntegerFieldUpdater.newUpdater(TracedRequest.class, "finished");

    private final Tracer tracer;
    private final Span span;
    private final String path;
    @Nullable
    private Context requestContext;
    @Nullable
    private Span trySpan;
    @Nullable
    private Context tryContext;
    @Nullable
    private GatewayException refusal;
    /** A try began: the request is routed, so its ledger row ({@link #ended}) will come. */
    private volatile boolean routed;
    @Nullable
    private volatile UsageRecord record;
    @Nullable
    private volatile RequestLog log;
    private volatile int finished;

    TracedRequest(Tracer tracer, SpanNames names, ServiceRequestContext ctx, String requestId) {
        this.tracer = tracer;
        path = ctx.path();
        span = tracer.spanBuilder(names.of(ctx))
                     .setParent(TraceHeaders.extract(ctx.request().headers()))
                     .setSpanKind(SpanKind.SERVER)
                     .startSpan();
        // The trace id exists even when the sampler drops the span: the access log quotes it.
        ctx.setAttr(Telemetry.TRACE_ID, span.getSpanContext().getTraceId());
        if (span.isRecording()) {
            span.setAttribute(SpanKeys.REQUEST_ID, requestId);
            span.setAttribute(SpanKeys.HTTP_METHOD, ctx.method().name());
            span.setAttribute(SpanKeys.HTTP_ROUTE, ctx.config().route().patternString());
        }
    }

    /** The GenAI operation of an inference route. */
    static String operation(String path) {
        return path.contains("mbeddings") ? "embeddings" : "chat";
    }

    @Override
    public void refused(GatewayException e) {
        refusal = e;
    }

    @Override
    public void trying(String provider, String model, @Nullable String alias, int attempt) {
        routed = true;
        endTry(null);
        if (requestContext == null) {
            requestContext = Context.root().with(span);
        }
        if (!span.isRecording()) {
            // Its tries would not be sampled either (the sampler follows the parent): the
            // request's own context goes upstream, and no span is made per try.
            tryContext = requestContext;
            return;
        }
        final String operation = operation(path);
        final Span s = tracer.spanBuilder(operation + ' ' + model)
                             .setParent(requestContext)
                             .setSpanKind(SpanKind.CLIENT)
                             .startSpan();
        if (s.isRecording()) {
            s.setAttribute(SpanKeys.OPERATION, operation);
            s.setAttribute(SpanKeys.PROVIDER, provider);
            s.setAttribute(SpanKeys.REQUEST_MODEL, model);
            s.setAttribute(SpanKeys.ATTEMPT, attempt);
            if (alias != null) {
                s.setAttribute(SpanKeys.ALIAS, alias);
            }
        }
        trySpan = s;
        tryContext = Context.root().with(s);
    }

    @Override
    public <T> T inTry(Supplier<T> send) {
        final Context c = tryContext;
        if (c == null) {
            return send.get();
        }
        try (Scope ignored = c.makeCurrent()) {
            return send.get();
        }
    }

    @Override
    public void tryEnded(@Nullable GatewayException error) {
        endTry(error);
    }

    private void endTry(@Nullable GatewayException error) {
        final Span s = trySpan;
        if (s == null) {
            return;
        }
        trySpan = null;
        if (error != null && s.isRecording()) {
            s.setAttribute(SpanKeys.ERROR_TYPE, error.kind().name());
            s.setStatus(StatusCode.ERROR, error.kind().name());
        }
        s.end();
    }

    @Override
    public void ended(UsageRecord record) {
        this.record = record;
        if (log != null) {
            finish();
        }
    }

    @Override
    public void completed(RequestLog log) {
        this.log = log;
        // A routed request ends with its row; the rest (refused, not inference, the client gone
        // before routing) end here.
        if (!routed || record != null) {
            finish();
        }
    }

    /** Ends the request's span once, with what is known of it. */
    private void finish() {
        if (!FINISHED.compareAndSet(this, 0, 1)) {
            return;
        }
        if (span.isRecording()) {
            describe();
        }
        span.end();
    }

    private void describe() {
        final UsageRecord r = record;
        final RequestLog l = log;
        String errorType = null;
        if (r != null) {
            final String operation = operation(path);
            span.updateName(operation + ' ' + r.requestedModel());
            span.setAttribute(SpanKeys.OPERATION, operation);
            span.setAttribute(SpanKeys.REQUEST_MODEL, r.requestedModel());
            if (r.provider() != null) {
                span.setAttribute(SpanKeys.PROVIDER, r.provider());
            }
            if (r.model() != null) {
                span.setAttribute(SpanKeys.RESPONSE_MODEL, r.model());
            }
            if (!"none".equals(r.usageSource())) {
                span.setAttribute(SpanKeys.INPUT_TOKENS, r.tokens().prompt());
                span.setAttribute(SpanKeys.OUTPUT_TOKENS, r.tokens().completion());
            }
            if (r.alias() != null) {
                span.setAttribute(SpanKeys.ALIAS, r.alias());
            }
            span.setAttribute(SpanKeys.STREAM, r.stream());
            span.setAttribute(SpanKeys.ATTEMPTS, r.attempts());
            span.setAttribute(SpanKeys.FAILOVERS, r.failovers());
            if (r.ttftMs() != null) {
                span.setAttribute(SpanKeys.TTFT_MS, r.ttftMs());
            }
            errorType = r.errorKind();
        } else if (refusal != null) {
            errorType = refusal.kind().name();
        }
        final int status = l != null ? l.responseHeaders().status().code() : r != null ? r.status() : 0;
        if (status > 0) {
            span.setAttribute(SpanKeys.HTTP_STATUS, status);
        }
        if (errorType == null && status >= 500) {
            errorType = String.valueOf(status);
        }
        if (errorType != null) {
            span.setAttribute(SpanKeys.ERROR_TYPE, errorType);
            span.setStatus(StatusCode.ERROR, errorType);
        }
    }
}
