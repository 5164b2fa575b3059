package dev.switchboard.server.observe.log;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;

import com.linecorp.armeria.common.HttpHeaderNames;
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

import io.netty.util.AsciiString;

/**
 * Formats access-log lines with Jackson's streaming generator into one reused buffer; used by the
 * writer thread alone. Bodies (Armeria's content previews, capped by {@link AccessLog#BODY_CAP}) are written
 * only when asked for, through the redactor.
 */
final class AccessLine {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.")
                                                                     .withZone(ZoneOffset.UTC);
    /** Looked up in every line's headers: by a String, each lookup lower-cases and interns the name first. */
    private static final AsciiString GRPC_STATUS_HEADER = HttpHeaderNames.of("grpc-status");
    // The field names, quoted and encoded once: written from a String, each name is escaped and
    // encoded again on every line (a fifth of the writer's time).
    private static final SerializedString TIME = new SerializedString("time");
    private static final SerializedString REQUEST_ID = new SerializedString("request_id");
    private static final SerializedString TRACE_ID = new SerializedString("trace_id");
    private static final SerializedString METHOD = new SerializedString("method");
    private static final SerializedString PATH = new SerializedString("path");
    private static final SerializedString STATUS = new SerializedString("status");
    private static final SerializedString GRPC_STATUS = new SerializedString("grpc_status");
    private static final SerializedString USER = new SerializedString("user");
    private static final SerializedString USER_ID = new SerializedString("user_id");
    private static final SerializedString KEY_PREFIX = new SerializedString("key_prefix");
    private static final SerializedString CLIENT = new SerializedString("client");
    private static final SerializedString INGRESS = new SerializedString("ingress");
    private static final SerializedString ERROR_KIND = new SerializedString("error_kind");
    private static final SerializedString LATENCY_MS = new SerializedString("latency_ms");
    private static final SerializedString BYTES_IN = new SerializedString("bytes_in");
    private static final SerializedString BYTES_OUT = new SerializedString("bytes_out");
    private static final SerializedString REQUEST_BODY = new SerializedString("request_body");
    private static final SerializedString RESPONSE_BODY = new SerializedString("response_body");
    private static final SerializedString PROVIDER = new SerializedString("provider");
    private static final SerializedString MODEL = new SerializedString("model");
    private static final SerializedString REQUESTED_MODEL = new SerializedString("requested_model");
    private static final SerializedString ALIAS = new SerializedString("alias");
    private static final SerializedString STREAM = new SerializedString("stream");
    private static final SerializedString TTFT_MS = new SerializedString("ttft_ms");
    private static final SerializedString PROMPT_TOKENS = new SerializedString("prompt_tokens");
    private static final SerializedString COMPLETION_TOKENS = new SerializedString("completion_tokens");
    private static final SerializedString CACHED_TOKENS = new SerializedString("cached_tokens");
    private static final SerializedString REASONING_TOKENS = new SerializedString("reasoning_tokens");
    private static final SerializedString COST_USD = new SerializedString("cost_usd");
    private static final SerializedString ATTEMPTS = new SerializedString("attempts");
    private static final SerializedString FAILOVERS = new SerializedString("failovers");

    private final boolean bodies;
    private final UnaryOperator<String> redact;
    private final Buffer buffer = new Buffer();
    private final JsonGenerator json;
    private long second = Long.MIN_VALUE;
    private String secondText = "";
    @Nullable
    private InetAddress client;
    private String clientText = "";

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
        string(g, TIME, time(log.requestStartTimeMillis()));
        string(g, REQUEST_ID, e.requestId());
        optional(g, TRACE_ID, ctx.attr(Telemetry.TRACE_ID));
        string(g, METHOD, ctx.method().name());
        // The path alone: a query string can carry a key.
        string(g, PATH, ctx.path());
        final int status = log.responseHeaders().status().code();
        number(g, STATUS, status);
        final String grpcStatus = grpcStatus(log);
        if (grpcStatus != null) {
            g.writeFieldName(GRPC_STATUS);
            g.writeNumber(grpcStatus);
        }
        final Principal p = ctx.attr(Principal.ATTR);
        if (p != null) {
            string(g, USER, p.userName());
            string(g, USER_ID, p.userId());
            optional(g, KEY_PREFIX, p.keyPrefix());
        }
        if (ctx instanceof ServiceRequestContext sctx) {
            string(g, CLIENT, clientText(sctx.clientAddress()));
        }
        final UsageRecord u = e.usage();
        if (u != null) {
            routed(g, u);
        } else {
            // Under /v1/, only the inference routes are an ingress (the model list is not: gRPC
            // is ofPath's answer for every other path).
            final Ingress ingress = Ingress.ofPath(ctx.path());
            if (ctx.path().startsWith("/v1/") && ingress != Ingress.GRPC) {
                string(g, INGRESS, ingress.wire());
            }
            optional(g, ERROR_KIND, errorKind(e, log, status, grpcStatus));
        }
        number(g, LATENCY_MS, log.totalDurationNanos() / 1_000_000);
        number(g, BYTES_IN, log.requestLength());
        number(g, BYTES_OUT, log.responseLength());
        if (bodies) {
            body(g, REQUEST_BODY, log.requestContentPreview());
            body(g, RESPONSE_BODY, log.responseContentPreview());
        }
        g.writeEndObject();
        g.writeRaw('\n');
    }

    private static void routed(JsonGenerator g, UsageRecord u) throws IOException {
        string(g, INGRESS, u.ingress().wire());
        optional(g, PROVIDER, u.provider());
        optional(g, MODEL, u.model());
        string(g, REQUESTED_MODEL, u.requestedModel());
        optional(g, ALIAS, u.alias());
        g.writeFieldName(STREAM);
        g.writeBoolean(u.stream());
        optional(g, ERROR_KIND, u.errorKind());
        if (u.ttftMs() != null) {
            number(g, TTFT_MS, u.ttftMs());
        }
        final Tokens t = u.tokens();
        number(g, PROMPT_TOKENS, t.prompt());
        number(g, COMPLETION_TOKENS, t.completion());
        number(g, CACHED_TOKENS, t.cached());
        number(g, REASONING_TOKENS, t.reasoning());
        if (u.costNanos() != null) {
            string(g, COST_USD, usd(u.costNanos()));
        }
        number(g, ATTEMPTS, u.attempts());
        number(g, FAILOVERS, u.failovers());
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
        final String trailer = log.responseTrailers().get(GRPC_STATUS_HEADER);
        // A trailers-only answer (a refusal before the service) carries it in its headers.
        return trailer != null ? trailer : log.responseHeaders().get(GRPC_STATUS_HEADER);
    }

    private void body(JsonGenerator g, SerializableString name, @Nullable String preview) throws IOException {
        if (preview != null && !preview.isEmpty()) {
            string(g, name, redact.apply(preview));
        }
    }

    private static void optional(JsonGenerator g, SerializableString name, @Nullable String value)
            throws IOException {
        if (value != null) {
            string(g, name, value);
        }
    }

    private static void string(JsonGenerator g, SerializableString name, String value) throws IOException {
        g.writeFieldName(name);
        g.writeString(value);
    }

    private static void number(JsonGenerator g, SerializableString name, long value) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(value);
    }

    /**
     * The address as text, reused while lines come from the same client (formatting it allocates).
     * Equal IPv6 addresses can differ in their scope, which the text shows: those only by identity.
     */
    private String clientText(InetAddress address) {
        if (address != client && !(address instanceof Inet4Address && address.equals(client))) {
            client = address;
            clientText = address.getHostAddress();
        }
        return clientText;
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
