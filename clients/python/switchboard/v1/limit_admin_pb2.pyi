from google.api import annotations_pb2 as _annotations_pb2
from google.api import field_behavior_pb2 as _field_behavior_pb2
from google.protobuf import empty_pb2 as _empty_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Budget(_message.Message):
    __slots__ = ["amount_usd", "period", "soft"]
    AMOUNT_USD_FIELD_NUMBER: _ClassVar[int]
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    SOFT_FIELD_NUMBER: _ClassVar[int]
    amount_usd: str
    period: str
    soft: bool
    def __init__(self, amount_usd: _Optional[str] = ..., period: _Optional[str] = ..., soft: bool = ...) -> None: ...

class DeleteLimitsRequest(_message.Message):
    __slots__ = ["scope", "subject"]
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    scope: str
    subject: str
    def __init__(self, scope: _Optional[str] = ..., subject: _Optional[str] = ...) -> None: ...

class GetLimitsRequest(_message.Message):
    __slots__ = ["scope", "subject"]
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    scope: str
    subject: str
    def __init__(self, scope: _Optional[str] = ..., subject: _Optional[str] = ...) -> None: ...

class LimitPolicy(_message.Message):
    __slots__ = ["budget", "max_concurrent", "quota", "requests_per_minute", "scope", "status", "subject", "tokens_per_minute", "update_time"]
    BUDGET_FIELD_NUMBER: _ClassVar[int]
    MAX_CONCURRENT_FIELD_NUMBER: _ClassVar[int]
    QUOTA_FIELD_NUMBER: _ClassVar[int]
    REQUESTS_PER_MINUTE_FIELD_NUMBER: _ClassVar[int]
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    TOKENS_PER_MINUTE_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    budget: Budget
    max_concurrent: int
    quota: Quota
    requests_per_minute: int
    scope: str
    status: LimitStatus
    subject: str
    tokens_per_minute: int
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, scope: _Optional[str] = ..., subject: _Optional[str] = ..., requests_per_minute: _Optional[int] = ..., tokens_per_minute: _Optional[int] = ..., max_concurrent: _Optional[int] = ..., budget: _Optional[_Union[Budget, _Mapping]] = ..., quota: _Optional[_Union[Quota, _Mapping]] = ..., status: _Optional[_Union[LimitStatus, _Mapping]] = ..., update_time: _Optional[_Union[_timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class LimitStatus(_message.Message):
    __slots__ = ["in_flight", "period_end", "requests_this_minute", "requests_this_period", "spent_nanos", "spent_usd", "tokens_this_minute", "tokens_this_period"]
    IN_FLIGHT_FIELD_NUMBER: _ClassVar[int]
    PERIOD_END_FIELD_NUMBER: _ClassVar[int]
    REQUESTS_THIS_MINUTE_FIELD_NUMBER: _ClassVar[int]
    REQUESTS_THIS_PERIOD_FIELD_NUMBER: _ClassVar[int]
    SPENT_NANOS_FIELD_NUMBER: _ClassVar[int]
    SPENT_USD_FIELD_NUMBER: _ClassVar[int]
    TOKENS_THIS_MINUTE_FIELD_NUMBER: _ClassVar[int]
    TOKENS_THIS_PERIOD_FIELD_NUMBER: _ClassVar[int]
    in_flight: int
    period_end: _timestamp_pb2.Timestamp
    requests_this_minute: int
    requests_this_period: int
    spent_nanos: int
    spent_usd: str
    tokens_this_minute: int
    tokens_this_period: int
    def __init__(self, requests_this_minute: _Optional[int] = ..., tokens_this_minute: _Optional[int] = ..., in_flight: _Optional[int] = ..., spent_nanos: _Optional[int] = ..., spent_usd: _Optional[str] = ..., requests_this_period: _Optional[int] = ..., tokens_this_period: _Optional[int] = ..., period_end: _Optional[_Union[_timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListLimitsRequest(_message.Message):
    __slots__ = ["scope"]
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    scope: str
    def __init__(self, scope: _Optional[str] = ...) -> None: ...

class ListLimitsResponse(_message.Message):
    __slots__ = ["policies"]
    POLICIES_FIELD_NUMBER: _ClassVar[int]
    policies: _containers.RepeatedCompositeFieldContainer[LimitPolicy]
    def __init__(self, policies: _Optional[_Iterable[_Union[LimitPolicy, _Mapping]]] = ...) -> None: ...

class Quota(_message.Message):
    __slots__ = ["period", "requests", "soft", "tokens"]
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    REQUESTS_FIELD_NUMBER: _ClassVar[int]
    SOFT_FIELD_NUMBER: _ClassVar[int]
    TOKENS_FIELD_NUMBER: _ClassVar[int]
    period: str
    requests: int
    soft: bool
    tokens: int
    def __init__(self, requests: _Optional[int] = ..., tokens: _Optional[int] = ..., period: _Optional[str] = ..., soft: bool = ...) -> None: ...

class SetLimitsRequest(_message.Message):
    __slots__ = ["policy", "scope", "subject"]
    POLICY_FIELD_NUMBER: _ClassVar[int]
    SCOPE_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    policy: LimitPolicy
    scope: str
    subject: str
    def __init__(self, scope: _Optional[str] = ..., subject: _Optional[str] = ..., policy: _Optional[_Union[LimitPolicy, _Mapping]] = ...) -> None: ...
