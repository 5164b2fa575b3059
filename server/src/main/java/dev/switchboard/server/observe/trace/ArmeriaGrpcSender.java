package dev.switchboard.server.observe.trace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.linecorp.armeria.client.ClientFactory;
import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpHeaderNames;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.RequestHeaders;
import com.linecorp.armeria.common.RequestHeadersBuilder;
import com.linecorp.armeria.common.annotation.Nullable;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.common.export.GrpcResponse;
import io.opentelemetry.sdk.common.export.GrpcSender;
import io.opentelemetry.sdk.common.export.GrpcSenderConfig;
import io.opentelemetry.sdk.common.export.GrpcStatusCode;
import io.opentelemetry.sdk.common.export.MessageWriter;

/**
 * The OTLP exporter's gRPC calls, sent through Armeria (HTTP/2, the gateway's own Netty) instead
 * of the SDK's default OkHttp sender, whose OkHttp and Kotlin versions clash with the provider
 * SDKs'. One unary call per batch, no retry: a batch the collector refuses is dropped (the
 * exporter logs it), as a full queue drops spans.
 */
final class ArmeriaGrpcSender implements GrpcSender {
    /** The gRPC frame's prefix: a compression flag and the message's length. */
    private static final int FRAME_PREFIX = 5;

    private final ClientFactory factory;
    private final WebClient client;
    private final String path;
    private final String grpcTimeout;
    private final Supplier<Map<String, List<String>>> headers;

    ArmeriaGrpcSender(GrpcSenderConfig config) {
        if (config.getCompressor() != null) {
            throw new IllegalArgumentException("OTLP compression is not supported by this sender");
        }
        final URI endpoint = config.getEndpoint();
        // Collectors speak HTTP/2 without an upgrade (prior knowledge), as gRPC clients do.
        final String scheme = "https".equals(endpoint.getScheme()) ? "h2" : "h2c";
        factory = ClientFactory.builder().connectTimeout(config.getConnectTimeout()).build();
        client = WebClient.builder(scheme + "://" + endpoint.getRawAuthority())
                          .factory(factory)
                          .responseTimeout(config.getTimeout())
                          .maxResponseLength(config.getMaxResponseBodySize() + FRAME_PREFIX)
                          .build();
        path = '/' + config.getFullMethodName();
        grpcTimeout = timeout(config.getTimeout());
        headers = config.getHeadersSupplier();
    }

    @Override
    public void send(MessageWriter writer, Consumer<GrpcResponse> onResponse, Consumer<Throwable> onError) {
        final HttpRequest req;
        try {
            req = HttpRequest.of(requestHeaders(), frame(writer));
        } catch (RuntimeException e) {
            onError.accept(e);
            return;
        }
        client.execute(req).aggregate().handle((res, cause) -> {
            if (cause != null) {
                onError.accept(cause);
            } else {
                onResponse.accept(response(res));
            }
            return null;
        });
    }

    @Override
    public CompletableResultCode shutdown() {
        final CompletableResultCode done = new CompletableResultCode();
        factory.closeAsync().whenComplete((unused, cause) -> done.succeed());
        return done;
    }

    private RequestHeaders requestHeaders() {
        final RequestHeadersBuilder b = RequestHeaders.builder(HttpMethod.POST, path)
                                                      .set(HttpHeaderNames.CONTENT_TYPE, "application/grpc")
                                                      .set(HttpHeaderNames.TE, "trailers")
                                                      .set("grpc-timeout", grpcTimeout);
        final Map<String, List<String>> extra = headers.get();
        if (extra != null) {
            extra.forEach((name, values) -> values.forEach(v -> b.add(name, v)));
        }
        return b.build();
    }

    /** The message in one uncompressed gRPC frame, written where it is sent from (no copy). */
    private static HttpData frame(MessageWriter writer) {
        final int length = writer.getContentLength();
        final Frame out = new Frame(FRAME_PREFIX + Math.max(length, 0));
        out.write(0);
        out.write(length >>> 24);
        out.write(length >>> 16);
        out.write(length >>> 8);
        out.write(length);
        try {
            writer.writeMessage(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.data();
    }

    /** The call's gRPC status (in the trailers, or in the headers of a trailers-only answer) and message. */
    static GrpcResponse response(AggregatedHttpResponse res) {
        String status = res.trailers().get("grpc-status");
        String message = res.trailers().get("grpc-message");
        if (status == null) {
            status = res.headers().get("grpc-status");
            message = res.headers().get("grpc-message");
        }
        final GrpcStatusCode code;
        if (status != null) {
            code = parse(status);
        } else {
            // No gRPC status: an HTTP-level failure (a proxy, or not a gRPC server at all).
            code = res.status().code() == 503 ? GrpcStatusCode.UNAVAILABLE : GrpcStatusCode.UNKNOWN;
            message = "HTTP " + res.status().code();
        }
        final byte[] body = res.content().array();
        final byte[] payload = body.length > FRAME_PREFIX
                               ? Arrays.copyOfRange(body, FRAME_PREFIX, body.length) : new byte[0];
        return new Answer(code, message, payload);
    }

    private static GrpcStatusCode parse(String status) {
        try {
            return GrpcStatusCode.fromValue(Integer.parseInt(status.strip()));
        } catch (NumberFormatException e) {
            return GrpcStatusCode.UNKNOWN;
        }
    }

    /** gRPC's timeout header: at most eight digits and a unit. */
    static String timeout(Duration timeout) {
        final long millis = Math.max(1, timeout.toMillis());
        return millis < 100_000_000L ? millis + "m" : Math.min(millis / 1000, 99_999_999L) + "S";
    }

    private record Answer(GrpcStatusCode code, @Nullable String message, byte[] payload) implements GrpcResponse {
        @Override
        public GrpcStatusCode getStatusCode() {
            return code;
        }

        @Nullable
        @Override
        public String getStatusDescription() {
            return message;
        }

        @Override
        public byte[] getResponseMessage() {
            return payload;
        }
    }

    /** A buffer whose bytes are sent as they are. */
    private static final class Frame extends ByteArrayOutputStream {
        Frame(int size) {
            super(size);
        }

        HttpData data() {
            return HttpData.wrap(buf, 0, count);
        }
    }
}
