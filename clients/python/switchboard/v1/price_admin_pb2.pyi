from google.api import annotations_pb2 as _annotations_pb2
from google.api import field_behavior_pb2 as _field_behavior_pb2
from google.protobuf import empty_pb2 as _empty_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class DeletePriceRequest(_message.Message):
    __slots__ = ["model", "provider"]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    model: str
    provider: str
    def __init__(self, provider: _Optional[str] = ..., model: _Optional[str] = ...) -> None: ...

class ListPricesRequest(_message.Message):
    __slots__ = []
    def __init__(self) -> None: ...

class ListPricesResponse(_message.Message):
    __slots__ = ["prices", "table_checked", "table_version"]
    PRICES_FIELD_NUMBER: _ClassVar[int]
    TABLE_CHECKED_FIELD_NUMBER: _ClassVar[int]
    TABLE_VERSION_FIELD_NUMBER: _ClassVar[int]
    prices: _containers.RepeatedCompositeFieldContainer[Price]
    table_checked: str
    table_version: str
    def __init__(self, prices: _Optional[_Iterable[_Union[Price, _Mapping]]] = ..., table_checked: _Optional[str] = ..., table_version: _Optional[str] = ...) -> None: ...

class Price(_message.Message):
    __slots__ = ["cache_write", "cached_input", "input", "model", "output", "provider", "reasoning", "source", "update_time"]
    CACHED_INPUT_FIELD_NUMBER: _ClassVar[int]
    CACHE_WRITE_FIELD_NUMBER: _ClassVar[int]
    INPUT_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    OUTPUT_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    REASONING_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    cache_write: str
    cached_input: str
    input: str
    model: str
    output: str
    provider: str
    reasoning: str
    source: str
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, provider: _Optional[str] = ..., model: _Optional[str] = ..., input: _Optional[str] = ..., output: _Optional[str] = ..., cached_input: _Optional[str] = ..., cache_write: _Optional[str] = ..., reasoning: _Optional[str] = ..., source: _Optional[str] = ..., update_time: _Optional[_Union[_timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class SetPriceRequest(_message.Message):
    __slots__ = ["model", "price", "provider"]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    PRICE_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    model: str
    price: Price
    provider: str
    def __init__(self, provider: _Optional[str] = ..., model: _Optional[str] = ..., price: _Optional[_Union[Price, _Mapping]] = ...) -> None: ...
