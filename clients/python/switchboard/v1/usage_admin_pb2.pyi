from google.api import annotations_pb2 as _annotations_pb2
from google.api import field_behavior_pb2 as _field_behavior_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class GetUsageRequest(_message.Message):
    __slots__ = ["alias", "granularity", "group_by", "key_id", "model", "provider", "to", "user"]
    ALIAS_FIELD_NUMBER: _ClassVar[int]
    FROM_FIELD_NUMBER: _ClassVar[int]
    GRANULARITY_FIELD_NUMBER: _ClassVar[int]
    GROUP_BY_FIELD_NUMBER: _ClassVar[int]
    KEY_ID_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    TO_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    alias: str
    granularity: str
    group_by: _containers.RepeatedScalarFieldContainer[str]
    key_id: str
    model: str
    provider: str
    to: _timestamp_pb2.Timestamp
    user: str
    def __init__(self, to: _Optional[_Union[_timestamp_pb2.Timestamp, _Mapping]] = ..., granularity: _Optional[str] = ..., group_by: _Optional[_Iterable[str]] = ..., provider: _Optional[str] = ..., model: _Optional[str] = ..., alias: _Optional[str] = ..., key_id: _Optional[str] = ..., user: _Optional[str] = ..., **kwargs) -> None: ...

class GetUsageResponse(_message.Message):
    __slots__ = ["buckets", "totals"]
    BUCKETS_FIELD_NUMBER: _ClassVar[int]
    TOTALS_FIELD_NUMBER: _ClassVar[int]
    buckets: _containers.RepeatedCompositeFieldContainer[UsageBucket]
    totals: UsageTotals
    def __init__(self, buckets: _Optional[_Iterable[_Union[UsageBucket, _Mapping]]] = ..., totals: _Optional[_Union[UsageTotals, _Mapping]] = ...) -> None: ...

class ListUsageRecordsRequest(_message.Message):
    __slots__ = ["alias", "key_id", "model", "page_size", "page_token", "provider", "to", "user"]
    ALIAS_FIELD_NUMBER: _ClassVar[int]
    FROM_FIELD_NUMBER: _ClassVar[int]
    KEY_ID_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    TO_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    alias: str
    key_id: str
    model: str
    page_size: int
    page_token: str
    provider: str
    to: _timestamp_pb2.Timestamp
    user: str
    def __init__(self, to: _Optional[_Union[_timestamp_pb2.Timestamp, _Mapping]] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., provider: _Optional[str] = ..., model: _Optional[str] = ..., alias: _Optional[str] = ..., key_id: _Optional[str] = ..., user: _Optional[str] = ..., **kwargs) -> None: ...

class ListUsageRecordsResponse(_message.Message):
    __slots__ = ["next_page_token", "records"]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    RECORDS_FIELD_NUMBER: _ClassVar[int]
    next_page_token: str
    records: _containers.RepeatedCompositeFieldContainer[UsageRecord]
    def __init__(self, records: _Optional[_Iterable[_Union[UsageRecord, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UsageBucket(_message.Message):
    __slots__ = ["alias", "key_id", "key_prefix", "model", "provider", "start", "totals", "user"]
    ALIAS_FIELD_NUMBER: _ClassVar[int]
    KEY_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_PREFIX_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    START_FIELD_NUMBER: _ClassVar[int]
    TOTALS_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    alias: str
    key_id: str
    key_prefix: str
    model: str
    provider: str
    start: _timestamp_pb2.Timestamp
    totals: UsageTotals
    user: str
    def __init__(self, start: _Optional[_Union[_timestamp_pb2.Timestamp, _Mapping]] = ..., provider: _Optional[str] = ..., model: _Optional[str] = ..., alias: _Optional[str] = ..., key_id: _Optional[str] = ..., key_prefix: _Optional[str] = ..., user: _Optional[str] = ..., totals: _Optional[_Union[UsageTotals, _Mapping]] = ...) -> None: ...

class UsageRecord(_message.Message):
    __slots__ = ["alias", "attempts", "cache_write_tokens", "cached_tokens", "client_id", "completion_tokens", "cost_nanos", "cost_note", "cost_usd", "error_kind", "failovers", "ingress", "issuer", "key_id", "key_prefix", "latency_ms", "model", "over_soft_limit", "prompt_tokens", "provider", "reasoning_tokens", "request_id", "requested_model", "status", "stream", "time", "ttft_ms", "usage_source", "user"]
    ALIAS_FIELD_NUMBER: _ClassVar[int]
    ATTEMPTS_FIELD_NUMBER: _ClassVar[int]
    CACHED_TOKENS_FIELD_NUMBER: _ClassVar[int]
    CACHE_WRITE_TOKENS_FIELD_NUMBER: _ClassVar[int]
    CLIENT_ID_FIELD_NUMBER: _ClassVar[int]
    COMPLETION_TOKENS_FIELD_NUMBER: _ClassVar[int]
    COST_NANOS_FIELD_NUMBER: _ClassVar[int]
    COST_NOTE_FIELD_NUMBER: _ClassVar[int]
    COST_USD_FIELD_NUMBER: _ClassVar[int]
    ERROR_KIND_FIELD_NUMBER: _ClassVar[int]
    FAILOVERS_FIELD_NUMBER: _ClassVar[int]
    INGRESS_FIELD_NUMBER: _ClassVar[int]
    ISSUER_FIELD_NUMBER: _ClassVar[int]
    KEY_ID_FIELD_NUMBER: _ClassVar[int]
    KEY_PREFIX_FIELD_NUMBER: _ClassVar[int]
    LATENCY_MS_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    OVER_SOFT_LIMIT_FIELD_NUMBER: _ClassVar[int]
    PROMPT_TOKENS_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    REASONING_TOKENS_FIELD_NUMBER: _ClassVar[int]
    REQUESTED_MODEL_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    STREAM_FIELD_NUMBER: _ClassVar[int]
    TIME_FIELD_NUMBER: _ClassVar[int]
    TTFT_MS_FIELD_NUMBER: _ClassVar[int]
    USAGE_SOURCE_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    alias: str
    attempts: int
    cache_write_tokens: int
    cached_tokens: int
    client_id: str
    completion_tokens: int
    cost_nanos: int
    cost_note: str
    cost_usd: str
    error_kind: str
    failovers: int
    ingress: str
    issuer: str
    key_id: str
    key_prefix: str
    latency_ms: int
    model: str
    over_soft_limit: bool
    prompt_tokens: int
    provider: str
    reasoning_tokens: int
    request_id: str
    requested_model: str
    status: int
    stream: bool
    time: _timestamp_pb2.Timestamp
    ttft_ms: int
    usage_source: str
    user: str
    def __init__(self, request_id: _Optional[str] = ..., time: _Optional[_Union[_timestamp_pb2.Timestamp, _Mapping]] = ..., user: _Optional[str] = ..., key_id: _Optional[str] = ..., key_prefix: _Optional[str] = ..., client_id: _Optional[str] = ..., issuer: _Optional[str] = ..., ingress: _Optional[str] = ..., provider: _Optional[str] = ..., model: _Optional[str] = ..., requested_model: _Optional[str] = ..., alias: _Optional[str] = ..., stream: bool = ..., status: _Optional[int] = ..., error_kind: _Optional[str] = ..., prompt_tokens: _Optional[int] = ..., completion_tokens: _Optional[int] = ..., cached_tokens: _Optional[int] = ..., cache_write_tokens: _Optional[int] = ..., reasoning_tokens: _Optional[int] = ..., cost_nanos: _Optional[int] = ..., cost_usd: _Optional[str] = ..., cost_note: _Optional[str] = ..., latency_ms: _Optional[int] = ..., ttft_ms: _Optional[int] = ..., attempts: _Optional[int] = ..., failovers: _Optional[int] = ..., usage_source: _Optional[str] = ..., over_soft_limit: bool = ...) -> None: ...

class UsageSummary(_message.Message):
    __slots__ = ["since", "totals"]
    SINCE_FIELD_NUMBER: _ClassVar[int]
    TOTALS_FIELD_NUMBER: _ClassVar[int]
    since: _timestamp_pb2.Timestamp
    totals: UsageTotals
    def __init__(self, since: _Optional[_Union[_timestamp_pb2.Timestamp, _Mapping]] = ..., totals: _Optional[_Union[UsageTotals, _Mapping]] = ...) -> None: ...

class UsageTotals(_message.Message):
    __slots__ = ["cache_write_tokens", "cached_tokens", "completion_tokens", "cost_nanos", "cost_usd", "errors", "estimated_requests", "latency_mean_ms", "latency_p50_ms", "latency_p95_ms", "over_soft_limit", "prompt_tokens", "reasoning_tokens", "requests", "unpriced_requests"]
    CACHED_TOKENS_FIELD_NUMBER: _ClassVar[int]
    CACHE_WRITE_TOKENS_FIELD_NUMBER: _ClassVar[int]
    COMPLETION_TOKENS_FIELD_NUMBER: _ClassVar[int]
    COST_NANOS_FIELD_NUMBER: _ClassVar[int]
    COST_USD_FIELD_NUMBER: _ClassVar[int]
    ERRORS_FIELD_NUMBER: _ClassVar[int]
    ESTIMATED_REQUESTS_FIELD_NUMBER: _ClassVar[int]
    LATENCY_MEAN_MS_FIELD_NUMBER: _ClassVar[int]
    LATENCY_P50_MS_FIELD_NUMBER: _ClassVar[int]
    LATENCY_P95_MS_FIELD_NUMBER: _ClassVar[int]
    OVER_SOFT_LIMIT_FIELD_NUMBER: _ClassVar[int]
    PROMPT_TOKENS_FIELD_NUMBER: _ClassVar[int]
    REASONING_TOKENS_FIELD_NUMBER: _ClassVar[int]
    REQUESTS_FIELD_NUMBER: _ClassVar[int]
    UNPRICED_REQUESTS_FIELD_NUMBER: _ClassVar[int]
    cache_write_tokens: int
    cached_tokens: int
    completion_tokens: int
    cost_nanos: int
    cost_usd: str
    errors: int
    estimated_requests: int
    latency_mean_ms: int
    latency_p50_ms: int
    latency_p95_ms: int
    over_soft_limit: int
    prompt_tokens: int
    reasoning_tokens: int
    requests: int
    unpriced_requests: int
    def __init__(self, requests: _Optional[int] = ..., errors: _Optional[int] = ..., prompt_tokens: _Optional[int] = ..., completion_tokens: _Optional[int] = ..., cached_tokens: _Optional[int] = ..., cache_write_tokens: _Optional[int] = ..., reasoning_tokens: _Optional[int] = ..., cost_nanos: _Optional[int] = ..., cost_usd: _Optional[str] = ..., unpriced_requests: _Optional[int] = ..., estimated_requests: _Optional[int] = ..., latency_p50_ms: _Optional[int] = ..., latency_p95_ms: _Optional[int] = ..., latency_mean_ms: _Optional[int] = ..., over_soft_limit: _Optional[int] = ...) -> None: ...
