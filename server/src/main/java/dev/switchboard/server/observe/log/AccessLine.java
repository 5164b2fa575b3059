package dev.switchboard.server.observe.log;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import com.linecorp.armeria.common.RequestContext;
import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.common.logging.RequestLog;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.observe.Telemetry;
import dev.switchboard.server.usage.Ingress;
import dev.switchboard.server.usage.Money;
import dev.switchboard.server.usage.Tokens;
import dev.switchboard.server.usage.UsageRecord;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;

/**
 * Formats access-log lines with Jackson's streaming generator into one reused buffer; used by the
 * writer thread alone. Bodies (Armeria's content previews, capped by {@link AccessLog#BODY_CAP}) are written
 * only when asked for, through the redactor.
 */
final class AccessLine {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.")
                                                                     .withZone(ZoneOffset.UTC);

    private final boolean bodies;
    private final UnaryOperator<String> redact;
    private final Buffer buffer = new Buffer();
    private final JsonGenerator json;
    private long second = Long.MIN_VALUE;
    private String secondText = "";

    AccessLine(boolean bodies, UnaryOperator<String> redact) {
        this.bodies = bodies;
        this.redact = redact;
        try {
            json = JSON.createGenerator(buffer, JsonEncoding.UTF8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
        json.setRootValueSeparator(null);
    }

    /** Formats {@code batch} and writes it to {@code out} in one write, then flushes. */
    void writeTo(List<AccessEntry> batch, OutputStream out) throws IOException {
        buffer.reset();
        for (AccessEntry e : batch) {
            write(e);
        }
        json.flush();
        out.write(buffer.bytes(), 0, buffer.size());
        out.flush();
    }

    /** One entry as one line into the buffer. */
    void write(AccessEntry e) throws IOException {
        final RequestLog log = e.log();
        final RequestContext ctx = log.context();
        final JsonGenerator g = json;
        g.writeStartObject();
        g.writeStringField("time", time(log.requestStartTimeMillis()));
        g.writeStringField("request_id", e.requestId());
        optional(g, "trace_id", ctx.attr(Telemetry.TRACE_ID));
        g.writeStringField("method", ctx.method().name());
        // The path alone: a query string can carry a key.
        g.writeStringField("path", ctx.path());
        final int status = log.responseHeaders().status().code();
        g.writeNumberField("status", status);
        final String grpcStatus = grpcStatus(log);
        if (grpcStatus != null) {
            g.writeFieldName("grpc_status");
            g.writeNumber(grpcStatus);
        }
        final Principal p = ctx.attr(Principal.ATTR);
        if (p != null) {
            g.writeStringField("user", p.userName());
            g.writeStringField("user_id", p.userId());
            optional(g, "key_prefix", p.keyPrefix());
        }
        if (ctx instanceof ServiceRequestContext sctx) {
            final InetAddress client = sctx.clientAddress();
            g.writeStringField("client", client.getHostAddress());
        }
        final UsageRecord u = e.usage();
        if (u != null) {
            routed(g, u);
        } else {
            // Under /v1/, only the inference routes are an ingress (the model list is not: gRPC
            // is ofPath's answer for every other path).
            final Ingress ingress = Ingress.ofPath(ctx.path());
            if (ctx.path().startsWith("/v1/") && ingress != Ingress.GRPC) {
                g.writeStringField("ingress", ingress.wire());
            }
            optional(g, "error_kind", errorKind(e, log, status, grpcStatus));
        }
        g.writeNumberField("latency_ms", log.totalDurationNanos() / 1_000_000);
        g.writeNumberField("bytes_in", log.requestLength());
        g.writeNumberField("bytes_out", log.responseLength());
        if (bodies) {
            body(g, "request_body", log.requestContentPreview());
            body(g, "response_body", log.responseContentPreview());
        }
        g.writeEndObject();
        g.writeRaw('\n');
    }

    private static void routed(JsonGenerator g, UsageRecord u) throws IOException {
        g.writeStringField("ingress", u.ingress().wire());
        optional(g, "provider", u.provider());
        optional(g, "model", u.model());
        g.writeStringField("requested_model", u.requestedModel());
        optional(g, "alias", u.alias());
        g.writeBooleanField("stream", u.stream());
        optional(g, "error_kind", u.errorKind());
        if (u.ttftMs() != null) {
            g.writeNumberField("ttft_ms", u.ttftMs());
        }
        final Tokens t = u.tokens();
        g.writeNumberField("prompt_tokens", t.prompt());
        g.writeNumberField("completion_tokens", t.completion());
        g.writeNumberField("cached_tokens", t.cached());
        g.writeNumberField("reasoning_tokens", t.reasoning());
        if (u.costNanos() != null) {
            g.writeStringField("cost_usd", usd(u.costNanos()));
        }
        g.writeNumberField("attempts", u.attempts());
        g.writeNumberField("failovers", u.failovers());
    }

    /** {@link Money#usd} without BigDecimal: the same text, a fifth of the time on the writer's thread. */
    static String usd(long nanos) {
        if (nanos < 0) {
            return nanos == Long.MIN_VALUE ? Money.usd(nanos) : '-' + usd(-nanos);
        }
        final StringBuilder b = new StringBuilder(24).append(nanos / 1_000_000_000L).append('.');
        final long frac = nanos % 1_000_000_000L;
        int digits = 9;
        long f = frac;
        while (digits > 2 && f % 10 == 0) {
            f /= 10;
            digits--;
        }
        final String text = Long.toString(f);
        for (int i = text.length(); i < digits; i++) {
            b.append('0');
        }
        return b.append(text).toString();
    }

    @Nullable
    private static String errorKind(AccessEntry e, RequestLog log, int status, @Nullable String grpcStatus) {
        if (e.refused() != null) {
            return e.refused().kind().name();
        }
        final boolean failed = status >= 400 || grpcStatus != null && !"0".equals(grpcStatus);
        if (!failed) {
            return null;
        }
        if (log.responseCause() instanceof GatewayException ge) {
            return ge.kind().name();
        }
        return status >= 400 ? ErrorKind.forHttp(status).name() : null;
    }

    @Nullable
    private static String grpcStatus(RequestLog log) {
        final String trailer = log.responseTrailers().get("grpc-status");
        // A trailers-only answer (a refusal before the service) carries it in its headers.
        return trailer != null ? trailer : log.responseHeaders().get("grpc-status");
    }

    private void body(JsonGenerator g, String name, @Nullable String preview) throws IOException {
        if (preview != null && !preview.isEmpty()) {
            g.writeStringField(name, redact.apply(preview));
        }
    }

    private static void optional(JsonGenerator g, String name, @Nullable String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    /** ISO-8601 in UTC with milliseconds; the second's text is reused while lines share it. */
    private String time(long millis) {
        final long s = Math.floorDiv(millis, 1000);
        if (s != second) {
            second = s;
            secondText = SECOND.format(Instant.ofEpochSecond(s));
        }
        final int ms = (int) Math.floorMod(millis, 1000);
        return secondText + (ms < 10 ? "00" : ms < 100 ? "0" : "") + ms + 'Z';
    }

    /** A byte buffer whose array is read in place. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer() {
            super(64 * 1024);
        }

        byte[] bytes() {
            return buf;
        }
    }
}
