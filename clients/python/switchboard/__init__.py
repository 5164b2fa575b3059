"""Python client for the Switchboard LLM gateway.

    import switchboard
    from switchboard.v1 import chat_pb2

    with switchboard.Client("127.0.0.1:8080", key) as client:
        for chunk in client.stream_chat_completion(switchboard.chat_request("openai/gpt-4o-mini", "Hi")):
            ...

The generated messages and stubs are in switchboard.v1 (chat_pb2, inference_pb2, provider_admin_pb2,
access_admin_pb2, usage_admin_pb2, limit_admin_pb2, price_admin_pb2 and their _pb2_grpc modules).
Needs grpcio and protobuf (Debian: python3-grpcio, python3-protobuf).
"""

from switchboard._client import ChatStream, Client, chat_request
from switchboard._errors import (AlreadyExistsError, AuthenticationError, DeadlineExceededError,
                                 InvalidRequestError, NotFoundError, PermissionDeniedError, RateLimitError,
                                 SwitchboardError, UnavailableError, from_rpc_error)

__all__ = [
    "AlreadyExistsError", "AuthenticationError", "ChatStream", "Client", "DeadlineExceededError",
    "InvalidRequestError", "NotFoundError", "PermissionDeniedError", "RateLimitError", "SwitchboardError",
    "UnavailableError", "chat_request", "from_rpc_error",
]
