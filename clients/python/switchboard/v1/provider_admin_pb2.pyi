from google.api import annotations_pb2 as _annotations_pb2
from google.api import field_behavior_pb2 as _field_behavior_pb2
from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import empty_pb2 as _empty_pb2
from google.protobuf import field_mask_pb2 as _field_mask_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from switchboard.v1 import usage_admin_pb2 as _usage_admin_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Alias(_message.Message):
    __slots__ = ["create_time", "description", "fallback_on_context_length", "name", "owner", "retry", "strategy", "targets", "update_time"]
    class Strategy(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = []
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    FALLBACK_ON_CONTEXT_LENGTH_FIELD_NUMBER: _ClassVar[int]
    LEAST_BUSY: Alias.Strategy
    LOWEST_COST: Alias.Strategy
    LOWEST_LATENCY: Alias.Strategy
    NAME_FIELD_NUMBER: _ClassVar[int]
    OWNER_FIELD_NUMBER: _ClassVar[int]
    PRIORITY: Alias.Strategy
    RETRY_FIELD_NUMBER: _ClassVar[int]
    STRATEGY_FIELD_NUMBER: _ClassVar[int]
    STRATEGY_UNSPECIFIED: Alias.Strategy
    TARGETS_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    WEIGHTED: Alias.Strategy
    create_time: _timestamp_pb2.Timestamp
    description: str
    fallback_on_context_length: bool
    name: str
    owner: str
    retry: RetryPolicy
    strategy: Alias.Strategy
    targets: _containers.RepeatedCompositeFieldContainer[AliasTarget]
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, name: _Optional[str] = ..., targets: _Optional[_Iterable[_Union[AliasTarget, _Mapping]]] = ..., strategy: _Optional[_Union[Alias.Strategy, str]] = ..., fallback_on_context_length: bool = ..., retry: _Optional[_Union[RetryPolicy, _Mapping]] = ..., description: _Optional[str] = ..., create_time: _Optional[_Union[_timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[_timestamp_pb2.Timestamp, _Mapping]] = ..., owner: _Optional[str] = ...) -> None: ...

class AliasTarget(_message.Message):
    __slots__ = ["context_window", "input_price", "model", "output_price", "overrides", "status", "weight"]
    CONTEXT_WINDOW_FIELD_NUMBER: _ClassVar[int]
    INPUT_PRICE_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    OUTPUT_PRICE_FIELD_NUMBER: _ClassVar[int]
    OVERRIDES_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    WEIGHT_FIELD_NUMBER: _ClassVar[int]
    context_window: int
    input_price: float
    model: str
    output_price: float
    overrides: TargetOverrides
    status: AliasTargetStatus
    weight: int
    def __init__(self, model: _Optional[str] = ..., weight: _Optional[int] = ..., overrides: _Optional[_Union[TargetOverrides, _Mapping]] = ..., context_window: _Optional[int] = ..., input_price: _Optional[float] = ..., output_price: _Optional[float] = ..., status: _Optional[_Union[AliasTargetStatus, _Mapping]] = ...) -> None: ...

class AliasTargetStatus(_message.Message):
    __slots__ = ["breaker_state", "failures", "in_flight", "last_served_time", "requests"]
    class BreakerState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = []
    BREAKER_STATE_FIELD_NUMBER: _ClassVar[int]
    BREAKER_STATE_UNSPECIFIED: AliasTargetStatus.BreakerState
    CLOSED: AliasTargetStatus.BreakerState
    FAILURES_FIELD_NUMBER: _ClassVar[int]
    HALF_OPEN: AliasTargetStatus.BreakerState
    IN_FLIGHT_FIELD_NUMBER: _ClassVar[int]
    LAST_SERVED_TIME_FIELD_NUMBER: _ClassVar[int]
    OPEN: AliasTargetStatus.BreakerState
    REQUESTS_FIELD_NUMBER: _ClassVar[int]
    breaker_state: AliasTargetStatus.BreakerState
    failures: int
    in_flight: int
    last_served_time: _timestamp_pb2.Timestamp
    requests: int
    def __init__(self, breaker_state: _Optional[_Union[AliasTargetStatus.BreakerState, str]] = ..., in_flight: _Optional[int] = ..., last_served_time: _Optional[_Union[_timestamp_pb2.Timestamp, _Mapping]] = ..., requests: _Optional[int] = ..., failures: _Optional[int] = ...) -> None: ...

class CreateAliasRequest(_message.Message):
    __slots__ = ["alias"]
    ALIAS_FIELD_NUMBER: _ClassVar[int]
    alias: Alias
    def __init__(self, alias: _Optional[_Union[Alias, _Mapping]] = ...) -> None: ...

class CreateProviderRequest(_message.Message):
    __slots__ = ["provider"]
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    provider: Provider
    def __init__(self, provider: _Optional[_Union[Provider, _Mapping]] = ...) -> None: ...

class DeleteAliasRequest(_message.Message):
    __slots__ = ["name"]
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class DeleteProviderRequest(_message.Message):
    __slots__ = ["name"]
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetAliasRequest(_message.Message):
    __slots__ = ["name"]
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetProviderRequest(_message.Message):
    __slots__ = ["name"]
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class ListAliasesRequest(_message.Message):
    __slots__ = []
    def __init__(self) -> None: ...

class ListAliasesResponse(_message.Message):
    __slots__ = ["aliases"]
    ALIASES_FIELD_NUMBER: _ClassVar[int]
    aliases: _containers.RepeatedCompositeFieldContainer[Alias]
    def __init__(self, aliases: _Optional[_Iterable[_Union[Alias, _Mapping]]] = ...) -> None: ...

class ListPresetsRequest(_message.Message):
    __slots__ = []
    def __init__(self) -> None: ...

class ListPresetsResponse(_message.Message):
    __slots__ = ["presets"]
    PRESETS_FIELD_NUMBER: _ClassVar[int]
    presets: _containers.RepeatedCompositeFieldContainer[Preset]
    def __init__(self, presets: _Optional[_Iterable[_Union[Preset, _Mapping]]] = ...) -> None: ...

class ListProviderModelsRequest(_message.Message):
    __slots__ = ["name"]
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class ListProviderModelsResponse(_message.Message):
    __slots__ = ["models"]
    MODELS_FIELD_NUMBER: _ClassVar[int]
    models: _containers.RepeatedCompositeFieldContainer[ProviderModel]
    def __init__(self, models: _Optional[_Iterable[_Union[ProviderModel, _Mapping]]] = ...) -> None: ...

class ListProvidersRequest(_message.Message):
    __slots__ = []
    def __init__(self) -> None: ...

class ListProvidersResponse(_message.Message):
    __slots__ = ["providers"]
    PROVIDERS_FIELD_NUMBER: _ClassVar[int]
    providers: _containers.RepeatedCompositeFieldContainer[Provider]
    def __init__(self, providers: _Optional[_Iterable[_Union[Provider, _Mapping]]] = ...) -> None: ...

class Preset(_message.Message):
    __slots__ = ["api_format", "auth_type", "base_path", "base_url", "display_name", "host", "local", "name", "port", "protocol"]
    API_FORMAT_FIELD_NUMBER: _ClassVar[int]
    AUTH_TYPE_FIELD_NUMBER: _ClassVar[int]
    BASE_PATH_FIELD_NUMBER: _ClassVar[int]
    BASE_URL_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    HOST_FIELD_NUMBER: _ClassVar[int]
    LOCAL_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    PORT_FIELD_NUMBER: _ClassVar[int]
    PROTOCOL_FIELD_NUMBER: _ClassVar[int]
    api_format: str
    auth_type: str
    base_path: str
    base_url: str
    display_name: str
    host: str
    local: bool
    name: str
    port: int
    protocol: str
    def __init__(self, name: _Optional[str] = ..., display_name: _Optional[str] = ..., protocol: _Optional[str] = ..., host: _Optional[str] = ..., port: _Optional[int] = ..., base_path: _Optional[str] = ..., api_format: _Optional[str] = ..., auth_type: _Optional[str] = ..., base_url: _Optional[str] = ..., local: bool = ...) -> None: ...

class Provider(_message.Message):
    __slots__ = ["allow_private_network", "api_format", "api_key", "api_key_masked", "base_url", "ca_bundle", "connect_timeout", "create_time", "enabled", "first_token_timeout", "headers", "health_check_interval", "id", "last_error", "last_error_time", "name", "owner", "preset", "secret_headers", "secret_headers_masked", "state", "state_time", "timeout", "update_time", "usage_24h"]
    class State(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = []
    class HeadersEntry(_message.Message):
        __slots__ = ["key", "value"]
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    class SecretHeadersEntry(_message.Message):
        __slots__ = ["key", "value"]
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    class SecretHeadersMaskedEntry(_message.Message):
        __slots__ = ["key", "value"]
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ALLOW_PRIVATE_NETWORK_FIELD_NUMBER: _ClassVar[int]
    API_FORMAT_FIELD_NUMBER: _ClassVar[int]
    API_KEY_FIELD_NUMBER: _ClassVar[int]
    API_KEY_MASKED_FIELD_NUMBER: _ClassVar[int]
    BASE_URL_FIELD_NUMBER: _ClassVar[int]
    CA_BUNDLE_FIELD_NUMBER: _ClassVar[int]
    CONNECTED: Provider.State
    CONNECTING: Provider.State
    CONNECT_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    DISABLED: Provider.State
    DISCONNECTED: Provider.State
    ENABLED_FIELD_NUMBER: _ClassVar[int]
    ERROR: Provider.State
    FIRST_TOKEN_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    HEADERS_FIELD_NUMBER: _ClassVar[int]
    HEALTH_CHECK_INTERVAL_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    LAST_ERROR_FIELD_NUMBER: _ClassVar[int]
    LAST_ERROR_TIME_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    OWNER_FIELD_NUMBER: _ClassVar[int]
    PRESET_FIELD_NUMBER: _ClassVar[int]
    SECRET_HEADERS_FIELD_NUMBER: _ClassVar[int]
    SECRET_HEADERS_MASKED_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    STATE_TIME_FIELD_NUMBER: _ClassVar[int]
    STATE_UNSPECIFIED: Provider.State
    TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    USAGE_24H_FIELD_NUMBER: _ClassVar[int]
    allow_private_network: bool
    api_format: str
    api_key: str
    api_key_masked: str
    base_url: str
    ca_bundle: str
    connect_timeout: _duration_pb2.Duration
    create_time: _timestamp_pb2.Timestamp
    enabled: bool
    first_token_timeout: _duration_pb2.Duration
    headers: _containers.ScalarMap[str, str]
    health_check_interval: _duration_pb2.Duration
    id: str
    last_error: str
    last_error_time: _timestamp_pb2.Timestamp
    name: str
    owner: str
    preset: str
    secret_headers: _containers.ScalarMap[str, str]
    secret_headers_masked: _containers.ScalarMap[str, str]
    state: Provider.State
    state_time: _timestamp_pb2.Timestamp
    timeout: _duration_pb2.Duration
    update_time: _timestamp_pb2.Timestamp
    usage_24h: _usage_admin_pb2.UsageSummary
    def __init__(self, id: _Optional[str] = ..., name: _Optional[str] = ..., preset: _Optional[str] = ..., api_format: _Optional[str] = ..., base_url: _Optional[str] = ..., api_key: _Optional[str] = ..., api_key_masked: _Optional[str] = ..., headers: _Optional[_Mapping[str, str]] = ..., secret_headers: _Optional[_Mapping[str, str]] = ..., secret_headers_masked: _Optional[_Mapping[str, str]] = ..., timeout: _Optional[_Union[_duration_pb2.Duration, _Mapping]] = ..., enabled: bool = ..., state: _Optional[_Union[Provider.State, str]] = ..., last_error: _Optional[str] = ..., create_time: _Optional[_Union[_timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[_timestamp_pb2.Timestamp, _Mapping]] = ..., state_time: _Optional[_Union[_timestamp_pb2.Timestamp, _Mapping]] = ..., last_error_time: _Optional[_Union[_timestamp_pb2.Timestamp, _Mapping]] = ..., health_check_interval: _Optional[_Union[_duration_pb2.Duration, _Mapping]] = ..., connect_timeout: _Optional[_Union[_duration_pb2.Duration, _Mapping]] = ..., first_token_timeout: _Optional[_Union[_duration_pb2.Duration, _Mapping]] = ..., owner: _Optional[str] = ..., allow_private_network: bool = ..., ca_bundle: _Optional[str] = ..., usage_24h: _Optional[_Union[_usage_admin_pb2.UsageSummary, _Mapping]] = ...) -> None: ...

class ProviderModel(_message.Message):
    __slots__ = ["created", "id", "owned_by"]
    CREATED_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    OWNED_BY_FIELD_NUMBER: _ClassVar[int]
    created: int
    id: str
    owned_by: str
    def __init__(self, id: _Optional[str] = ..., owned_by: _Optional[str] = ..., created: _Optional[int] = ...) -> None: ...

class RetryPolicy(_message.Message):
    __slots__ = ["deadline", "initial_backoff", "max_attempts", "max_backoff"]
    DEADLINE_FIELD_NUMBER: _ClassVar[int]
    INITIAL_BACKOFF_FIELD_NUMBER: _ClassVar[int]
    MAX_ATTEMPTS_FIELD_NUMBER: _ClassVar[int]
    MAX_BACKOFF_FIELD_NUMBER: _ClassVar[int]
    deadline: _duration_pb2.Duration
    initial_backoff: _duration_pb2.Duration
    max_attempts: int
    max_backoff: _duration_pb2.Duration
    def __init__(self, max_attempts: _Optional[int] = ..., initial_backoff: _Optional[_Union[_duration_pb2.Duration, _Mapping]] = ..., max_backoff: _Optional[_Union[_duration_pb2.Duration, _Mapping]] = ..., deadline: _Optional[_Union[_duration_pb2.Duration, _Mapping]] = ...) -> None: ...

class RotateProviderKeyRequest(_message.Message):
    __slots__ = ["api_key", "name"]
    API_KEY_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    api_key: str
    name: str
    def __init__(self, name: _Optional[str] = ..., api_key: _Optional[str] = ...) -> None: ...

class TargetOverrides(_message.Message):
    __slots__ = ["max_tokens", "reasoning_effort", "temperature", "top_p"]
    MAX_TOKENS_FIELD_NUMBER: _ClassVar[int]
    REASONING_EFFORT_FIELD_NUMBER: _ClassVar[int]
    TEMPERATURE_FIELD_NUMBER: _ClassVar[int]
    TOP_P_FIELD_NUMBER: _ClassVar[int]
    max_tokens: int
    reasoning_effort: str
    temperature: float
    top_p: float
    def __init__(self, temperature: _Optional[float] = ..., top_p: _Optional[float] = ..., max_tokens: _Optional[int] = ..., reasoning_effort: _Optional[str] = ...) -> None: ...

class TestProviderRequest(_message.Message):
    __slots__ = ["model", "name", "prompt"]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    PROMPT_FIELD_NUMBER: _ClassVar[int]
    model: str
    name: str
    prompt: str
    def __init__(self, name: _Optional[str] = ..., prompt: _Optional[str] = ..., model: _Optional[str] = ...) -> None: ...

class TestProviderResponse(_message.Message):
    __slots__ = ["error", "latency", "model", "model_count", "ok", "prompt_latency", "reply"]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    LATENCY_FIELD_NUMBER: _ClassVar[int]
    MODEL_COUNT_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    OK_FIELD_NUMBER: _ClassVar[int]
    PROMPT_LATENCY_FIELD_NUMBER: _ClassVar[int]
    REPLY_FIELD_NUMBER: _ClassVar[int]
    error: str
    latency: _duration_pb2.Duration
    model: str
    model_count: int
    ok: bool
    prompt_latency: _duration_pb2.Duration
    reply: str
    def __init__(self, ok: bool = ..., latency: _Optional[_Union[_duration_pb2.Duration, _Mapping]] = ..., model_count: _Optional[int] = ..., reply: _Optional[str] = ..., error: _Optional[str] = ..., prompt_latency: _Optional[_Union[_duration_pb2.Duration, _Mapping]] = ..., model: _Optional[str] = ...) -> None: ...

class UpdateAliasRequest(_message.Message):
    __slots__ = ["alias", "name", "update_mask"]
    ALIAS_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    alias: Alias
    name: str
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, name: _Optional[str] = ..., alias: _Optional[_Union[Alias, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class UpdateProviderRequest(_message.Message):
    __slots__ = ["name", "provider", "update_mask"]
    NAME_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    name: str
    provider: Provider
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, name: _Optional[str] = ..., provider: _Optional[_Union[Provider, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...
