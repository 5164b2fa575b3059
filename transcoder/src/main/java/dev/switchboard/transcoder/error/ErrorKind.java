package dev.switchboard.transcoder.error;

import io.grpc.Status;

/**
 * The one error table: every failure the gateway reports has a kind, and the kind alone decides
 * the gRPC status, the HTTP status and the error type written in OpenAI and Anthropic bodies.
 * Where a status arrives without a kind (a gRPC status from elsewhere, an HTTP status Armeria
 * raised), the first kind in declaration order with that status stands for it.
 */
public enum ErrorKind {
    INVALID_REQUEST(Status.Code.INVALID_ARGUMENT, 400, "invalid_request_error", "invalid_request_error"),
    UNAUTHENTICATED(Status.Code.UNAUTHENTICATED, 401, "invalid_request_error", "authentication_error"),
    PERMISSION_DENIED(Status.Code.PERMISSION_DENIED, 403, "permission_error", "permission_error"),
    NOT_FOUND(Status.Code.NOT_FOUND, 404, "invalid_request_error", "not_found_error"),
    ALREADY_EXISTS(Status.Code.ALREADY_EXISTS, 409, "invalid_request_error", "invalid_request_error"),
    /** The thing is not in a state that allows the change (a revoked key rotated, a rotation running). */
    FAILED_PRECONDITION(Status.Code.FAILED_PRECONDITION, 409, "invalid_request_error", "invalid_request_error"),
    /** A bare model name that several providers serve. */
    AMBIGUOUS(Status.Code.FAILED_PRECONDITION, 400, "invalid_request_error", "invalid_request_error"),
    /** The target's API format has no such operation (an Anthropic provider asked for embeddings). */
    UNSUPPORTED_BY_FORMAT(Status.Code.FAILED_PRECONDITION, 400, "invalid_request_error", "invalid_request_error"),
    RATE_LIMITED(Status.Code.RESOURCE_EXHAUSTED, 429, "rate_limit_error", "rate_limit_error"),
    REQUEST_TOO_LARGE(Status.Code.RESOURCE_EXHAUSTED, 413, "invalid_request_error", "request_too_large"),
    /**
     * A hard budget or quota of the caller's key, user or the gateway is spent for the period:
     * retrying before the period ends cannot help (answers carry x-should-retry: false). 429 with
     * OpenAI's own type for a spent quota.
     */
    BUDGET_EXCEEDED(Status.Code.RESOURCE_EXHAUSTED, 429, "insufficient_quota", "rate_limit_error"),
    CONTEXT_TOO_LONG(Status.Code.INVALID_ARGUMENT, 400, "invalid_request_error", "invalid_request_error"),
    /** An operation this build does not implement (a gRPC method the service leaves out). */
    UNIMPLEMENTED(Status.Code.UNIMPLEMENTED, 501, "not_implemented", "api_error"),
    /** The upstream said it is overloaded or down for now (503, Anthropic 529). */
    UPSTREAM_UNAVAILABLE(Status.Code.UNAVAILABLE, 503, "upstream_error", "overloaded_error"),
    /** The upstream could not be reached at all (refused, reset, DNS). */
    UPSTREAM_UNREACHABLE(Status.Code.UNAVAILABLE, 502, "upstream_error", "api_error"),
    /** The upstream answered with a server error or a body that cannot be understood. */
    UPSTREAM_ERROR(Status.Code.UNAVAILABLE, 502, "upstream_error", "api_error"),
    UPSTREAM_TIMEOUT(Status.Code.DEADLINE_EXCEEDED, 504, "timeout_error", "timeout_error"),
    INTERNAL(Status.Code.INTERNAL, 500, "server_error", "api_error");

    private final Status.Code grpcCode;
    private final int httpStatus;
    private final String openAiType;
    private final String anthropicType;

    ErrorKind(Status.Code grpcCode, int httpStatus, String openAiType, String anthropicType) {
        this.grpcCode = grpcCode;
        this.httpStatus = httpStatus;
        this.openAiType = openAiType;
        this.anthropicType = anthropicType;
    }

    public Status.Code grpcCode() {
        return grpcCode;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String openAiType() {
        return openAiType;
    }

    public String anthropicType() {
        return anthropicType;
    }

    /** The kind a bare gRPC status code stands for; INTERNAL when none has it. */
    public static ErrorKind forGrpc(Status.Code code) {
        for (ErrorKind k : values()) {
            if (k.grpcCode == code) {
                return k;
            }
        }
        return INTERNAL;
    }

    /** The kind a bare HTTP error status stands for; other 4xx are invalid requests, other 5xx internal. */
    public static ErrorKind forHttp(int status) {
        for (ErrorKind k : values()) {
            if (k.httpStatus == status) {
                return k;
            }
        }
        return status < 500 ? INVALID_REQUEST : INTERNAL;
    }

    /** The machine-readable reason carried in gRPC ErrorInfo details. */
    public String reason() {
        return name();
    }
}
