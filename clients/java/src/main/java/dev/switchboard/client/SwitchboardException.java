package dev.switchboard.client;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.ErrorInfo;
import com.google.rpc.RetryInfo;

import io.grpc.Status;
import io.grpc.protobuf.StatusProto;

/**
 * A call the gateway (or the transport) refused or could not complete, with the gateway's
 * {@code google.rpc.Status} details unpacked: the ErrorInfo's reason (the gateway's error kind,
 * for example {@code NOT_FOUND}), domain and metadata, and the RetryInfo's delay. The gRPC
 * exception it came from is the cause.
 */
public final class SwitchboardException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Status.Code code;
    private final String reason;
    private final String domain;
    private final Map<String, String> metadata;
    private final Duration retryDelay;

    private SwitchboardException(Status status, ErrorInfo info, Duration retryDelay, Throwable cause) {
        super(status.getCode() + ": " + (status.getDescription() != null ? status.getDescription() : ""), cause);
        this.code = status.getCode();
        this.reason = info.getReason();
        this.domain = info.getDomain();
        this.metadata = Map.copyOf(info.getMetadataMap());
        this.retryDelay = retryDelay;
    }

    /** The exception for any failure of a call: a gRPC status exception, or anything else as UNKNOWN. */
    public static SwitchboardException from(Throwable t) {
        if (t instanceof SwitchboardException) {
            return (SwitchboardException) t;
        }
        ErrorInfo info = ErrorInfo.getDefaultInstance();
        Duration retryDelay = null;
        final com.google.rpc.Status details = StatusProto.fromThrowable(t);
        if (details != null) {
            for (Any any : details.getDetailsList()) {
                try {
                    if (any.is(ErrorInfo.class)) {
                        info = any.unpack(ErrorInfo.class);
                    } else if (any.is(RetryInfo.class)) {
                        final com.google.protobuf.Duration d = any.unpack(RetryInfo.class).getRetryDelay();
                        retryDelay = Duration.ofSeconds(d.getSeconds(), d.getNanos());
                    }
                } catch (InvalidProtocolBufferException e) {
                    // A detail we cannot read tells the caller nothing; the status still does.
                }
            }
        }
        return new SwitchboardException(Status.fromThrowable(t), info, retryDelay, t);
    }

    public Status.Code code() {
        return code;
    }

    /** ErrorInfo.reason, the gateway's error kind (for example "NOT_FOUND"); empty when absent. */
    public String reason() {
        return reason;
    }

    /** ErrorInfo.domain, "switchboard" for the gateway's own errors; empty when absent. */
    public String domain() {
        return domain;
    }

    /** ErrorInfo.metadata, for example http_status "404" and code "model_not_found". */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** How long the gateway asked to wait before retrying (RetryInfo). */
    public Optional<Duration> retryDelay() {
        return Optional.ofNullable(retryDelay);
    }
}
