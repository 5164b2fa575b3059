package dev.switchboard.server.error;

import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.protobuf.Any;
import com.google.rpc.ErrorInfo;
import com.google.rpc.RetryInfo;

import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.RequestContext;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.common.ResponseHeadersBuilder;
import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.common.grpc.GrpcExceptionHandlerFunction;
import com.linecorp.armeria.common.stream.ClosedStreamException;
import com.linecorp.armeria.server.RequestTimeoutException;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.http.ErrorShape;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.transcoder.error.GatewayException;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.protobuf.ProtoUtils;

/**
 * Maps every service failure to a gRPC status through the error table, with a
 * {@code google.rpc.Status} in the trailers: ErrorInfo (domain "switchboard", reason = the kind,
 * metadata http_status and code) and RetryInfo when the upstream asked to wait.
 */
public final class GrpcErrors implements GrpcExceptionHandlerFunction {
    public static final String DOMAIN = "switchboard";
    private static final Logger logger = LoggerFactory.getLogger(GrpcErrors.class);
    private static final Metadata.Key<com.google.rpc.Status> DETAILS_KEY = Metadata.Key.of(
            "grpc-status-details-bin", ProtoUtils.metadataMarshaller(com.google.rpc.Status.getDefaultInstance()));

    @Nullable
    @Override
    public Status apply(RequestContext ctx, Status status, Throwable cause, Metadata metadata) {
        final Throwable t = Errors.unwrap(cause);
        if (t instanceof ClosedStreamException || Errors.isCancellation(t)) {
            // The client went away; there is nobody to tell and nothing went wrong here.
            return Status.CANCELLED;
        }
        if (t instanceof RequestTimeoutException) {
            // The server's request timeout is the client's own deadline (grpc-timeout): its status.
            return status(ctx, new GatewayException(ErrorKind.UPSTREAM_TIMEOUT, "deadline_exceeded",
                                               "the request's deadline passed before an answer"), metadata);
        }
        if (!(t instanceof GatewayException)) {
            if (status.getCode() != Status.Code.UNKNOWN) {
                return status;
            }
            logger.warn("unexpected failure in {}", ctx.path(), t);
        }
        return status(ctx, Errors.toGateway(t), metadata);
    }

    /**
     * A trailers-only gRPC answer for a call refused before it reached a service (authentication):
     * what grpc-java expects for an immediate failure, with the same details as any other error.
     */
    public static ResponseHeaders trailersOnly(ServiceRequestContext ctx, MediaType contentType, GatewayException e) {
        final Metadata metadata = new Metadata();
        final Status status = status(ctx, e, metadata);
        // End of stream on the headers frame itself: an empty DATA frame after them is a protocol
        // error to grpc-java's streaming calls.
        final ResponseHeadersBuilder b = ResponseHeaders.builder(200)
                                                        .endOfStream(true)
                                                        .contentType(contentType)
                                                        .add("grpc-status", String.valueOf(status.getCode().value()))
                                                        .add("grpc-message", status.getDescription());
        final com.google.rpc.Status details = metadata.get(DETAILS_KEY);
        if (details != null) {
            b.add("grpc-status-details-bin",
                  Base64.getEncoder().withoutPadding().encodeToString(details.toByteArray()));
        }
        return b.build();
    }

    /**
     * The status of {@code e}, its google.rpc.Status details (ErrorInfo, RetryInfo) put in
     * {@code metadata}; the message names the request ({@link ErrorShape#quoted}).
     */
    public static Status status(@Nullable RequestContext ctx, GatewayException e, Metadata metadata) {
        final String message = ErrorShape.quoted(ctx instanceof ServiceRequestContext s ? s : null, e.getMessage());
        final ErrorKind kind = e.kind();
        final ErrorInfo.Builder info = ErrorInfo.newBuilder()
                                                .setDomain(DOMAIN)
                                                .setReason(kind.reason())
                                                .putMetadata("http_status", String.valueOf(kind.httpStatus()));
        if (e.code() != null) {
            info.putMetadata("code", e.code());
        }
        final com.google.rpc.Status.Builder details = com.google.rpc.Status.newBuilder()
                                                                           .setCode(kind.grpcCode().value())
                                                                           .setMessage(message)
                                                                           .addDetails(Any.pack(info.build()));
        if (e.retryAfter() != null) {
            details.addDetails(Any.pack(RetryInfo.newBuilder().setRetryDelay(
                    com.google.protobuf.Duration.newBuilder().setSeconds(e.retryAfter().getSeconds())
                                                .setNanos(e.retryAfter().getNano())).build()));
        }
        metadata.put(DETAILS_KEY, details.build());
        return Status.fromCode(kind.grpcCode()).withDescription(message);
    }
}
