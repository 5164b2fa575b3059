"""Client: every RPC of switchboard.v1.Inference and ProviderAdmin, with the key attached, a default
deadline, and SwitchboardError instead of grpc.RpcError."""

import grpc

from switchboard._errors import from_rpc_error
from switchboard.v1 import (chat_pb2, inference_pb2, inference_pb2_grpc, provider_admin_pb2,
                            provider_admin_pb2_grpc)

_DEFAULT = object()


class ChatStream:
    """The chunks of one streamed chat completion, in order. Iterate it; cancel() (or leaving a
    with-block) stops the stream and the upstream request behind it."""

    def __init__(self, call):
        self._call = call

    def __iter__(self):
        return self

    def __next__(self):
        try:
            return next(self._call)
        except grpc.RpcError as e:
            raise from_rpc_error(e) from e

    def cancel(self):
        self._call.cancel()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.cancel()


class Client:
    """A Switchboard gateway at target ("host:port"), called with key.

    timeout is the default deadline of every call in seconds (None: no deadline); each method
    takes timeout= to override it. For a stream the deadline covers the whole stream.
    Pass channel= to use a channel you built (TLS, proxies, options); the client then leaves
    closing it to you.
    """

    def __init__(self, target, key, *, timeout=60.0, channel=None):
        if not key:
            raise ValueError("key: empty (expected: the gateway key)")
        if timeout is not None and timeout <= 0:
            raise ValueError("timeout: %r (expected: > 0 or None)" % (timeout,))
        self._owns_channel = channel is None
        self._channel = channel if channel is not None else grpc.insecure_channel(target)
        # Sent as call metadata rather than grpc call credentials: Python's grpc refuses call
        # credentials on a plaintext channel, and the gateway serves plaintext.
        self._metadata = (("authorization", "Bearer " + key),)
        self._inference = inference_pb2_grpc.InferenceStub(self._channel)
        self._admin = provider_admin_pb2_grpc.ProviderAdminStub(self._channel)
        self.timeout = timeout

    def close(self):
        if self._owns_channel:
            self._channel.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _call(self, method, request, timeout):
        try:
            return method(request, timeout=self._deadline(timeout), metadata=self._metadata)
        except grpc.RpcError as e:
            raise from_rpc_error(e) from e

    def _deadline(self, timeout):
        return self.timeout if timeout is _DEFAULT else timeout

    # Inference

    def create_chat_completion(self, request, *, timeout=_DEFAULT):
        """Runs a chat completion (a chat_pb2.ChatCompletionRequest) and returns it whole."""
        return self._call(self._inference.CreateChatCompletion, request, timeout)

    def stream_chat_completion(self, request, *, timeout=_DEFAULT):
        """Streams a chat completion as a ChatStream of chat_pb2.ChatCompletionChunk."""
        return ChatStream(self._inference.StreamChatCompletion(
            request, timeout=self._deadline(timeout), metadata=self._metadata))

    def list_models(self, *, timeout=_DEFAULT):
        return self._call(self._inference.ListModels, inference_pb2.ListModelsRequest(), timeout).models

    def get_model(self, model_id, *, timeout=_DEFAULT):
        return self._call(self._inference.GetModel, inference_pb2.GetModelRequest(id=model_id), timeout)

    # ProviderAdmin (needs the admin key)

    def create_provider(self, provider, *, timeout=_DEFAULT):
        """Registers a provider_admin_pb2.Provider; returns it as stored, secrets masked."""
        return self._call(self._admin.CreateProvider,
                          provider_admin_pb2.CreateProviderRequest(provider=provider), timeout)

    def get_provider(self, name, *, timeout=_DEFAULT):
        return self._call(self._admin.GetProvider, provider_admin_pb2.GetProviderRequest(name=name), timeout)

    def list_providers(self, *, timeout=_DEFAULT):
        return self._call(self._admin.ListProviders, provider_admin_pb2.ListProvidersRequest(),
                          timeout).providers

    def update_provider(self, name, provider, update_mask=None, *, timeout=_DEFAULT):
        """Changes the fields named in update_mask (a list of field names), else every field set."""
        request = provider_admin_pb2.UpdateProviderRequest(name=name, provider=provider)
        if update_mask:
            request.update_mask.paths.extend(update_mask)
        return self._call(self._admin.UpdateProvider, request, timeout)

    def delete_provider(self, name, *, timeout=_DEFAULT):
        self._call(self._admin.DeleteProvider, provider_admin_pb2.DeleteProviderRequest(name=name), timeout)

    def test_provider(self, name, prompt="", model="", *, timeout=_DEFAULT):
        return self._call(self._admin.TestProvider,
                          provider_admin_pb2.TestProviderRequest(name=name, prompt=prompt, model=model), timeout)

    def list_provider_models(self, name, *, timeout=_DEFAULT):
        return self._call(self._admin.ListProviderModels,
                          provider_admin_pb2.ListProviderModelsRequest(name=name), timeout).models

    def rotate_provider_key(self, name, api_key, *, timeout=_DEFAULT):
        return self._call(self._admin.RotateProviderKey,
                          provider_admin_pb2.RotateProviderKeyRequest(name=name, api_key=api_key), timeout)

    def list_presets(self, *, timeout=_DEFAULT):
        return self._call(self._admin.ListPresets, provider_admin_pb2.ListPresetsRequest(), timeout).presets


def chat_request(model, prompt, **fields):
    """A ChatCompletionRequest with one user message; fields are further ChatCompletionRequest fields."""
    return chat_pb2.ChatCompletionRequest(
        model=model,
        messages=[chat_pb2.Message(role=chat_pb2.ROLE_USER, content=[chat_pb2.ContentPart(text=prompt)])],
        **fields)
