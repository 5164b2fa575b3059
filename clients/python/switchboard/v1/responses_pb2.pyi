from switchboard.v1 import chat_pb2 as _chat_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Iterable as _Iterable, Mapping as _Mapping, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CreateResponseRequest(_message.Message):
    __slots__ = ["instructions", "previous_response_id", "request", "store"]
    INSTRUCTIONS_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_RESPONSE_ID_FIELD_NUMBER: _ClassVar[int]
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    STORE_FIELD_NUMBER: _ClassVar[int]
    instructions: str
    previous_response_id: str
    request: _chat_pb2.ChatCompletionRequest
    store: bool
    def __init__(self, request: _Optional[_Union[_chat_pb2.ChatCompletionRequest, _Mapping]] = ..., previous_response_id: _Optional[str] = ..., store: bool = ..., instructions: _Optional[str] = ...) -> None: ...

class DeleteResponseRequest(_message.Message):
    __slots__ = ["id"]
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class DeleteResponseResponse(_message.Message):
    __slots__ = ["deleted", "id"]
    DELETED_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    deleted: bool
    id: str
    def __init__(self, id: _Optional[str] = ..., deleted: bool = ...) -> None: ...

class GetResponseRequest(_message.Message):
    __slots__ = ["id"]
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class ResponseStreamEvent(_message.Message):
    __slots__ = ["chunk", "completed", "started"]
    CHUNK_FIELD_NUMBER: _ClassVar[int]
    COMPLETED_FIELD_NUMBER: _ClassVar[int]
    STARTED_FIELD_NUMBER: _ClassVar[int]
    chunk: _chat_pb2.ChatCompletionChunk
    completed: StoredResponse
    started: StoredResponse
    def __init__(self, started: _Optional[_Union[StoredResponse, _Mapping]] = ..., chunk: _Optional[_Union[_chat_pb2.ChatCompletionChunk, _Mapping]] = ..., completed: _Optional[_Union[StoredResponse, _Mapping]] = ...) -> None: ...

class StoredResponse(_message.Message):
    __slots__ = ["completion", "created", "id", "input", "instructions", "previous_response_id", "request", "stored"]
    COMPLETION_FIELD_NUMBER: _ClassVar[int]
    CREATED_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    INPUT_FIELD_NUMBER: _ClassVar[int]
    INSTRUCTIONS_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_RESPONSE_ID_FIELD_NUMBER: _ClassVar[int]
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    STORED_FIELD_NUMBER: _ClassVar[int]
    completion: _chat_pb2.ChatCompletionResponse
    created: int
    id: str
    input: _containers.RepeatedCompositeFieldContainer[_chat_pb2.Message]
    instructions: str
    previous_response_id: str
    request: _chat_pb2.ChatCompletionRequest
    stored: bool
    def __init__(self, id: _Optional[str] = ..., created: _Optional[int] = ..., previous_response_id: _Optional[str] = ..., stored: bool = ..., instructions: _Optional[str] = ..., input: _Optional[_Iterable[_Union[_chat_pb2.Message, _Mapping]]] = ..., completion: _Optional[_Union[_chat_pb2.ChatCompletionResponse, _Mapping]] = ..., request: _Optional[_Union[_chat_pb2.ChatCompletionRequest, _Mapping]] = ...) -> None: ...
