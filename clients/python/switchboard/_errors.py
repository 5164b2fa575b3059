"""Turns a failed gRPC call into a SwitchboardError carrying the gateway's google.rpc.Status details."""

import grpc

from google.rpc import error_details_pb2, status_pb2

_DETAILS_KEY = "grpc-status-details-bin"


class SwitchboardError(Exception):
    """A call the gateway (or the transport) refused or could not complete.

    code        the grpc.StatusCode
    reason      ErrorInfo.reason, the gateway's error kind (for example "NOT_FOUND"); "" when absent
    domain      ErrorInfo.domain ("switchboard" for the gateway's own errors)
    metadata    ErrorInfo.metadata, for example {"http_status": "404", "code": "model_not_found"}
    retry_delay seconds the gateway asked to wait before retrying (RetryInfo), or None
    """

    def __init__(self, code, message, reason="", domain="", metadata=None, retry_delay=None):
        super().__init__("%s: %s" % (code.name, message))
        self.code = code
        self.message = message
        self.reason = reason
        self.domain = domain
        self.metadata = dict(metadata or {})
        self.retry_delay = retry_delay


class InvalidRequestError(SwitchboardError):
    """The request is malformed or names something ambiguous (INVALID_ARGUMENT, FAILED_PRECONDITION)."""


class AuthenticationError(SwitchboardError):
    """The key is missing or wrong (UNAUTHENTICATED)."""


class PermissionDeniedError(SwitchboardError):
    """The key may not do this (PERMISSION_DENIED)."""


class NotFoundError(SwitchboardError):
    """No such model or provider (NOT_FOUND)."""


class AlreadyExistsError(SwitchboardError):
    """The name is taken (ALREADY_EXISTS)."""


class RateLimitError(SwitchboardError):
    """The upstream is rate limiting or the request is too large (RESOURCE_EXHAUSTED); see retry_delay."""


class UnavailableError(SwitchboardError):
    """The gateway or its upstream cannot be reached or is overloaded (UNAVAILABLE)."""


class DeadlineExceededError(SwitchboardError, TimeoutError):
    """The call's deadline passed, or the upstream timed out (DEADLINE_EXCEEDED)."""


_BY_CODE = {
    grpc.StatusCode.INVALID_ARGUMENT: InvalidRequestError,
    grpc.StatusCode.FAILED_PRECONDITION: InvalidRequestError,
    grpc.StatusCode.UNAUTHENTICATED: AuthenticationError,
    grpc.StatusCode.PERMISSION_DENIED: PermissionDeniedError,
    grpc.StatusCode.NOT_FOUND: NotFoundError,
    grpc.StatusCode.ALREADY_EXISTS: AlreadyExistsError,
    grpc.StatusCode.RESOURCE_EXHAUSTED: RateLimitError,
    grpc.StatusCode.UNAVAILABLE: UnavailableError,
    grpc.StatusCode.DEADLINE_EXCEEDED: DeadlineExceededError,
}


def from_rpc_error(error):
    """The SwitchboardError subclass for a grpc.RpcError, with its ErrorInfo and RetryInfo unpacked."""
    # An RpcError raised by a call is also a grpc.Call; one raised elsewhere may carry nothing.
    code = error.code() if hasattr(error, "code") else grpc.StatusCode.UNKNOWN
    message = (error.details() if hasattr(error, "details") else None) or str(error)
    trailers = error.trailing_metadata() if hasattr(error, "trailing_metadata") else None
    reason, domain, metadata, retry_delay = "", "", {}, None
    for key, value in trailers or ():
        if key != _DETAILS_KEY:
            continue
        status = status_pb2.Status.FromString(value)
        for detail in status.details:
            if detail.Is(error_details_pb2.ErrorInfo.DESCRIPTOR):
                info = error_details_pb2.ErrorInfo()
                detail.Unpack(info)
                reason, domain, metadata = info.reason, info.domain, dict(info.metadata)
            elif detail.Is(error_details_pb2.RetryInfo.DESCRIPTOR):
                retry = error_details_pb2.RetryInfo()
                detail.Unpack(retry)
                retry_delay = retry.retry_delay.ToTimedelta().total_seconds()
    return _BY_CODE.get(code, SwitchboardError)(code, message, reason, domain, metadata, retry_delay)
