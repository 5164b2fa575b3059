"""Client: every RPC of switchboard.v1.Inference, ProviderAdmin and AccessAdmin (and, from
_usage.py, UsageAdmin, LimitAdmin and PriceAdmin), with the key attached, a default deadline, and
SwitchboardError instead of grpc.RpcError."""

import grpc

from switchboard._errors import from_rpc_error
from switchboard._usage import _DEFAULT, UsageMethods
from google.protobuf import duration_pb2

from switchboard.v1 import (access_admin_pb2, access_admin_pb2_grpc, chat_pb2, inference_pb2, inference_pb2_grpc,
                            limit_admin_pb2_grpc, price_admin_pb2_grpc, provider_admin_pb2, provider_admin_pb2_grpc,
                            usage_admin_pb2_grpc)


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


class Client(UsageMethods):
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
        self._access = access_admin_pb2_grpc.AccessAdminStub(self._channel)
        self._usage = usage_admin_pb2_grpc.UsageAdminStub(self._channel)
        self._limits = limit_admin_pb2_grpc.LimitAdminStub(self._channel)
        self._prices = price_admin_pb2_grpc.PriceAdminStub(self._channel)
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

    # ProviderAdmin (what each role may call: docs/security.md)

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

    # AccessAdmin (what each role may call: docs/security.md)

    def get_caller(self, *, timeout=_DEFAULT):
        """The access_admin_pb2.CallerIdentity this client's key stands for: user, role, credential."""
        return self._call(self._access.GetCaller, access_admin_pb2.GetCallerRequest(), timeout)

    def create_user(self, user, *, timeout=_DEFAULT):
        """Creates an access_admin_pb2.User (admin); the role defaults to "member"."""
        return self._call(self._access.CreateUser, access_admin_pb2.CreateUserRequest(user=user), timeout)

    def get_user(self, name, *, timeout=_DEFAULT):
        return self._call(self._access.GetUser, access_admin_pb2.GetUserRequest(name=name), timeout)

    def list_users(self, *, timeout=_DEFAULT):
        return self._call(self._access.ListUsers, access_admin_pb2.ListUsersRequest(), timeout).users

    def update_user(self, name, user, update_mask=None, *, timeout=_DEFAULT):
        """Changes the fields named in update_mask (a list of field names), else every field set."""
        request = access_admin_pb2.UpdateUserRequest(name=name, user=user)
        if update_mask:
            request.update_mask.paths.extend(update_mask)
        return self._call(self._access.UpdateUser, request, timeout)

    def delete_user(self, name, *, timeout=_DEFAULT):
        self._call(self._access.DeleteUser, access_admin_pb2.DeleteUserRequest(name=name), timeout)

    def create_key(self, key, *, timeout=_DEFAULT):
        """Creates an access_admin_pb2.ApiKey for key.user (the caller when empty). The response's
        secret is shown this once: pass it as a Client's key to call as that user."""
        return self._call(self._access.CreateKey, access_admin_pb2.CreateKeyRequest(key=key), timeout)

    def get_key(self, key_id, *, timeout=_DEFAULT):
        return self._call(self._access.GetKey, access_admin_pb2.GetKeyRequest(id=key_id), timeout)

    def list_keys(self, user="", include_inactive=False, *, timeout=_DEFAULT):
        """One user's keys (user empty: every key the caller may see), newest first."""
        return self._call(self._access.ListKeys,
                          access_admin_pb2.ListKeysRequest(user=user, include_inactive=include_inactive),
                          timeout).keys

    def revoke_key(self, key_id, *, timeout=_DEFAULT):
        """Revokes a key: it stops working at once."""
        return self._call(self._access.RevokeKey, access_admin_pb2.RevokeKeyRequest(id=key_id), timeout)

    def rotate_key(self, key_id, grace_period=0, *, timeout=_DEFAULT):
        """A new secret for the key; the old one keeps working for grace_period seconds."""
        grace = duration_pb2.Duration()
        grace.FromNanoseconds(round(grace_period * 1e9))
        return self._call(self._access.RotateKey,
                          access_admin_pb2.RotateKeyRequest(id=key_id, grace_period=grace), timeout)

    def create_oauth_client(self, client, *, timeout=_DEFAULT):
        """Registers an access_admin_pb2.OAuthClient; the response's client_secret is shown this once."""
        return self._call(self._access.CreateOAuthClient,
                          access_admin_pb2.CreateOAuthClientRequest(client=client), timeout)

    def get_oauth_client(self, client_id, *, timeout=_DEFAULT):
        return self._call(self._access.GetOAuthClient,
                          access_admin_pb2.GetOAuthClientRequest(client_id=client_id), timeout)

    def list_oauth_clients(self, *, timeout=_DEFAULT):
        return self._call(self._access.ListOAuthClients, access_admin_pb2.ListOAuthClientsRequest(),
                          timeout).clients

    def update_oauth_client(self, client_id, client, update_mask=None, *, timeout=_DEFAULT):
        request = access_admin_pb2.UpdateOAuthClientRequest(client_id=client_id, client=client)
        if update_mask:
            request.update_mask.paths.extend(update_mask)
        return self._call(self._access.UpdateOAuthClient, request, timeout)

    def delete_oauth_client(self, client_id, *, timeout=_DEFAULT):
        self._call(self._access.DeleteOAuthClient,
                   access_admin_pb2.DeleteOAuthClientRequest(client_id=client_id), timeout)

    def revoke_refresh_tokens(self, user="", family_id="", *, timeout=_DEFAULT):
        """Revokes every refresh token family of user, or one family; returns how many stopped working."""
        return self._call(self._access.RevokeRefreshTokens,
                          access_admin_pb2.RevokeRefreshTokensRequest(user=user, family_id=family_id),
                          timeout).revoked

    def create_issuer(self, issuer, *, timeout=_DEFAULT):
        return self._call(self._access.CreateIssuer, access_admin_pb2.CreateIssuerRequest(issuer=issuer), timeout)

    def get_issuer(self, name, *, timeout=_DEFAULT):
        return self._call(self._access.GetIssuer, access_admin_pb2.GetIssuerRequest(name=name), timeout)

    def list_issuers(self, *, timeout=_DEFAULT):
        return self._call(self._access.ListIssuers, access_admin_pb2.ListIssuersRequest(), timeout).issuers

    def update_issuer(self, name, issuer, update_mask=None, *, timeout=_DEFAULT):
        request = access_admin_pb2.UpdateIssuerRequest(name=name, issuer=issuer)
        if update_mask:
            request.update_mask.paths.extend(update_mask)
        return self._call(self._access.UpdateIssuer, request, timeout)

    def delete_issuer(self, name, *, timeout=_DEFAULT):
        self._call(self._access.DeleteIssuer, access_admin_pb2.DeleteIssuerRequest(name=name), timeout)

    def list_signing_keys(self, *, timeout=_DEFAULT):
        return self._call(self._access.ListSigningKeys, access_admin_pb2.ListSigningKeysRequest(), timeout).keys

    def rotate_signing_key(self, *, timeout=_DEFAULT):
        return self._call(self._access.RotateSigningKey, access_admin_pb2.RotateSigningKeyRequest(),
                          timeout).keys

    def rotate_keyset(self, *, timeout=_DEFAULT):
        """Starts re-sealing every stored secret under a new key; returns at once (see get_keyset_status)."""
        return self._call(self._access.RotateKeyset, access_admin_pb2.RotateKeysetRequest(), timeout)

    def get_keyset_status(self, *, timeout=_DEFAULT):
        return self._call(self._access.GetKeysetStatus, access_admin_pb2.GetKeysetStatusRequest(), timeout)

    def list_audit_entries(self, request=None, *, timeout=_DEFAULT):
        """One page (an access_admin_pb2.ListAuditEntriesResponse) for a ListAuditEntriesRequest."""
        return self._call(self._access.ListAuditEntries,
                          request or access_admin_pb2.ListAuditEntriesRequest(), timeout)

    def verify_audit(self, *, timeout=_DEFAULT):
        """Walks the audit hash chain; the response names the first broken link."""
        return self._call(self._access.VerifyAudit, access_admin_pb2.VerifyAuditRequest(), timeout)


def chat_request(model, prompt, **fields):
    """A ChatCompletionRequest with one user message; fields are further ChatCompletionRequest fields."""
    return chat_pb2.ChatCompletionRequest(
        model=model,
        messages=[chat_pb2.Message(role=chat_pb2.ROLE_USER, content=[chat_pb2.ContentPart(text=prompt)])],
        **fields)
