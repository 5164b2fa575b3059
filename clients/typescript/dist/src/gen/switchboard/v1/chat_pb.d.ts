import type { GenEnum, GenFile, GenMessage } from "@bufbuild/protobuf/codegenv2";
import type { Value } from "@bufbuild/protobuf/wkt";
import type { JsonObject, Message as Message$1 } from "@bufbuild/protobuf";
/**
 * Describes the file switchboard/v1/chat.proto.
 */
export declare const file_switchboard_v1_chat: GenFile;
/**
 * A chat completion request in canonical form.
 *
 * @generated from message switchboard.v1.ChatCompletionRequest
 */
export type ChatCompletionRequest = Message$1<"switchboard.v1.ChatCompletionRequest"> & {
    /**
     * "<provider name>/<model>", an alias, or a bare model name served by exactly one provider.
     *
     * @generated from field: string model = 1;
     */
    model: string;
    /**
     * @generated from field: repeated switchboard.v1.Message messages = 2;
     */
    messages: Message[];
    /**
     * @generated from field: optional double temperature = 3;
     */
    temperature?: number | undefined;
    /**
     * @generated from field: optional double top_p = 4;
     */
    topP?: number | undefined;
    /**
     * Not in OpenAI's API; honoured by Anthropic, Gemini and several OpenAI-compatible servers.
     *
     * @generated from field: optional int32 top_k = 5;
     */
    topK?: number | undefined;
    /**
     * Legacy OpenAI limit; kept apart from max_completion_tokens because some upstreams accept only one.
     *
     * @generated from field: optional int32 max_tokens = 6;
     */
    maxTokens?: number | undefined;
    /**
     * @generated from field: optional int32 max_completion_tokens = 7;
     */
    maxCompletionTokens?: number | undefined;
    /**
     * @generated from field: repeated string stop = 8;
     */
    stop: string[];
    /**
     * @generated from field: optional int32 n = 9;
     */
    n?: number | undefined;
    /**
     * @generated from field: optional int64 seed = 10;
     */
    seed?: bigint | undefined;
    /**
     * @generated from field: optional double presence_penalty = 11;
     */
    presencePenalty?: number | undefined;
    /**
     * @generated from field: optional double frequency_penalty = 12;
     */
    frequencyPenalty?: number | undefined;
    /**
     * @generated from field: optional bool logprobs = 13;
     */
    logprobs?: boolean | undefined;
    /**
     * @generated from field: optional int32 top_logprobs = 14;
     */
    topLogprobs?: number | undefined;
    /**
     * End-user identifier for abuse monitoring.
     *
     * @generated from field: string user = 15;
     */
    user: string;
    /**
     * @generated from field: map<string, string> metadata = 16;
     */
    metadata: {
        [key: string]: string;
    };
    /**
     * @generated from field: repeated switchboard.v1.Tool tools = 17;
     */
    tools: Tool[];
    /**
     * @generated from field: switchboard.v1.ToolChoice tool_choice = 18;
     */
    toolChoice?: ToolChoice | undefined;
    /**
     * @generated from field: optional bool parallel_tool_calls = 19;
     */
    parallelToolCalls?: boolean | undefined;
    /**
     * @generated from field: switchboard.v1.ResponseFormat response_format = 20;
     */
    responseFormat?: ResponseFormat | undefined;
    /**
     * Reasoning effort and/or an explicit thinking budget.
     *
     * @generated from field: switchboard.v1.Reasoning reasoning = 21;
     */
    reasoning?: Reasoning | undefined;
    /**
     * @generated from field: switchboard.v1.StreamOptions stream_options = 22;
     */
    streamOptions?: StreamOptions | undefined;
    /**
     * Token id (as a decimal string) to bias, as in OpenAI's logit_bias.
     *
     * @generated from field: map<string, double> logit_bias = 23;
     */
    logitBias: {
        [key: string]: number;
    };
    /**
     * Top-level request fields this gateway does not model. They are preserved and passed on
     * unchanged to upstreams that speak the format they came in.
     *
     * @generated from field: google.protobuf.Struct extra = 30;
     */
    extra?: JsonObject | undefined;
};
/**
 * Describes the message switchboard.v1.ChatCompletionRequest.
 * Use `create(ChatCompletionRequestSchema)` to create a new message.
 */
export declare const ChatCompletionRequestSchema: GenMessage<ChatCompletionRequest>;
/**
 * One turn of the conversation.
 *
 * @generated from message switchboard.v1.Message
 */
export type Message = Message$1<"switchboard.v1.Message"> & {
    /**
     * @generated from field: switchboard.v1.Role role = 1;
     */
    role: Role;
    /**
     * Text, images, audio, files and reasoning, in order. A plain string is one text part.
     *
     * @generated from field: repeated switchboard.v1.ContentPart content = 2;
     */
    content: ContentPart[];
    /**
     * Optional participant name.
     *
     * @generated from field: string name = 3;
     */
    name: string;
    /**
     * Tool calls made by an assistant turn.
     *
     * @generated from field: repeated switchboard.v1.ToolCall tool_calls = 4;
     */
    toolCalls: ToolCall[];
    /**
     * For ROLE_TOOL: the id of the call this message answers.
     *
     * @generated from field: string tool_call_id = 5;
     */
    toolCallId: string;
    /**
     * An assistant refusal.
     *
     * @generated from field: string refusal = 6;
     */
    refusal: string;
    /**
     * Message fields this gateway does not model, passed on unchanged to same-format upstreams.
     *
     * @generated from field: google.protobuf.Struct extra = 15;
     */
    extra?: JsonObject | undefined;
};
/**
 * Describes the message switchboard.v1.Message.
 * Use `create(MessageSchema)` to create a new message.
 */
export declare const MessageSchema: GenMessage<Message>;
/**
 * One piece of message content.
 *
 * @generated from message switchboard.v1.ContentPart
 */
export type ContentPart = Message$1<"switchboard.v1.ContentPart"> & {
    /**
     * @generated from oneof switchboard.v1.ContentPart.part
     */
    part: {
        /**
         * @generated from field: string text = 1;
         */
        value: string;
        case: "text";
    } | {
        /**
         * @generated from field: switchboard.v1.ImagePart image = 2;
         */
        value: ImagePart;
        case: "image";
    } | {
        /**
         * @generated from field: switchboard.v1.AudioPart audio = 3;
         */
        value: AudioPart;
        case: "audio";
    } | {
        /**
         * @generated from field: switchboard.v1.FilePart file = 4;
         */
        value: FilePart;
        case: "file";
    } | {
        /**
         * @generated from field: switchboard.v1.ReasoningPart reasoning = 5;
         */
        value: ReasoningPart;
        case: "reasoning";
    } | {
        case: undefined;
        value?: undefined;
    };
    /**
     * Opaque provider state bound to this part (a thinking signature, a Gemini thoughtSignature).
     * Clients must send it back unchanged on the next turn; the gateway never interprets it
     * outside the adapter that produced it.
     *
     * @generated from field: bytes provider_state = 14;
     */
    providerState: Uint8Array;
    /**
     * Part fields this gateway does not model (for example cache_control).
     *
     * @generated from field: google.protobuf.Struct extra = 15;
     */
    extra?: JsonObject | undefined;
};
/**
 * Describes the message switchboard.v1.ContentPart.
 * Use `create(ContentPartSchema)` to create a new message.
 */
export declare const ContentPartSchema: GenMessage<ContentPart>;
/**
 * An image, by URL or inline bytes.
 *
 * @generated from message switchboard.v1.ImagePart
 */
export type ImagePart = Message$1<"switchboard.v1.ImagePart"> & {
    /**
     * An http(s) URL. Empty when data is set.
     *
     * @generated from field: string url = 1;
     */
    url: string;
    /**
     * Inline image bytes (decoded, not base64).
     *
     * @generated from field: bytes data = 2;
     */
    data: Uint8Array;
    /**
     * For example "image/png". Required with data.
     *
     * @generated from field: string media_type = 3;
     */
    mediaType: string;
    /**
     * OpenAI's detail hint: "auto", "low" or "high".
     *
     * @generated from field: string detail = 4;
     */
    detail: string;
};
/**
 * Describes the message switchboard.v1.ImagePart.
 * Use `create(ImagePartSchema)` to create a new message.
 */
export declare const ImagePartSchema: GenMessage<ImagePart>;
/**
 * Inline audio input.
 *
 * @generated from message switchboard.v1.AudioPart
 */
export type AudioPart = Message$1<"switchboard.v1.AudioPart"> & {
    /**
     * @generated from field: bytes data = 1;
     */
    data: Uint8Array;
    /**
     * OpenAI's input_audio format, for example "wav" or "mp3".
     *
     * @generated from field: string format = 2;
     */
    format: string;
};
/**
 * Describes the message switchboard.v1.AudioPart.
 * Use `create(AudioPartSchema)` to create a new message.
 */
export declare const AudioPartSchema: GenMessage<AudioPart>;
/**
 * A document, by provider file id, URL or inline bytes.
 *
 * @generated from message switchboard.v1.FilePart
 */
export type FilePart = Message$1<"switchboard.v1.FilePart"> & {
    /**
     * @generated from field: string file_id = 1;
     */
    fileId: string;
    /**
     * @generated from field: bytes data = 2;
     */
    data: Uint8Array;
    /**
     * @generated from field: string media_type = 3;
     */
    mediaType: string;
    /**
     * @generated from field: string filename = 4;
     */
    filename: string;
    /**
     * @generated from field: string url = 5;
     */
    url: string;
};
/**
 * Describes the message switchboard.v1.FilePart.
 * Use `create(FilePartSchema)` to create a new message.
 */
export declare const FilePartSchema: GenMessage<FilePart>;
/**
 * Model reasoning ("thinking") carried in a conversation.
 *
 * @generated from message switchboard.v1.ReasoningPart
 */
export type ReasoningPart = Message$1<"switchboard.v1.ReasoningPart"> & {
    /**
     * @generated from field: string text = 1;
     */
    text: string;
    /**
     * True when the provider returned the reasoning encrypted; the bytes are then in provider_state.
     *
     * @generated from field: bool redacted = 2;
     */
    redacted: boolean;
};
/**
 * Describes the message switchboard.v1.ReasoningPart.
 * Use `create(ReasoningPartSchema)` to create a new message.
 */
export declare const ReasoningPartSchema: GenMessage<ReasoningPart>;
/**
 * A tool the model may call.
 *
 * @generated from message switchboard.v1.Tool
 */
export type Tool = Message$1<"switchboard.v1.Tool"> & {
    /**
     * "function" for function tools; other types (provider built-ins) keep their fields in extra.
     *
     * @generated from field: string type = 1;
     */
    type: string;
    /**
     * @generated from field: string name = 2;
     */
    name: string;
    /**
     * @generated from field: string description = 3;
     */
    description: string;
    /**
     * JSON Schema of the arguments.
     *
     * @generated from field: google.protobuf.Struct parameters = 4;
     */
    parameters?: JsonObject | undefined;
    /**
     * @generated from field: optional bool strict = 5;
     */
    strict?: boolean | undefined;
    /**
     * @generated from field: google.protobuf.Struct extra = 15;
     */
    extra?: JsonObject | undefined;
};
/**
 * Describes the message switchboard.v1.Tool.
 * Use `create(ToolSchema)` to create a new message.
 */
export declare const ToolSchema: GenMessage<Tool>;
/**
 * Whether and which tool the model must call.
 *
 * @generated from message switchboard.v1.ToolChoice
 */
export type ToolChoice = Message$1<"switchboard.v1.ToolChoice"> & {
    /**
     * @generated from field: switchboard.v1.ToolChoice.Mode mode = 1;
     */
    mode: ToolChoice_Mode;
    /**
     * @generated from field: string function_name = 2;
     */
    functionName: string;
};
/**
 * Describes the message switchboard.v1.ToolChoice.
 * Use `create(ToolChoiceSchema)` to create a new message.
 */
export declare const ToolChoiceSchema: GenMessage<ToolChoice>;
/**
 * @generated from enum switchboard.v1.ToolChoice.Mode
 */
export declare enum ToolChoice_Mode {
    /**
     * @generated from enum value: MODE_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * @generated from enum value: MODE_AUTO = 1;
     */
    AUTO = 1,
    /**
     * @generated from enum value: MODE_NONE = 2;
     */
    NONE = 2,
    /**
     * @generated from enum value: MODE_REQUIRED = 3;
     */
    REQUIRED = 3,
    /**
     * Call the function named in function_name.
     *
     * @generated from enum value: MODE_FUNCTION = 4;
     */
    FUNCTION = 4
}
/**
 * Describes the enum switchboard.v1.ToolChoice.Mode.
 */
export declare const ToolChoice_ModeSchema: GenEnum<ToolChoice_Mode>;
/**
 * A tool call emitted by the model, or (in a stream) a fragment of one.
 *
 * @generated from message switchboard.v1.ToolCall
 */
export type ToolCall = Message$1<"switchboard.v1.ToolCall"> & {
    /**
     * @generated from field: string id = 1;
     */
    id: string;
    /**
     * "function".
     *
     * @generated from field: string type = 2;
     */
    type: string;
    /**
     * @generated from field: string name = 3;
     */
    name: string;
    /**
     * The arguments as JSON text exactly as produced; in a stream, the next fragment.
     *
     * @generated from field: string arguments = 4;
     */
    arguments: string;
    /**
     * Opaque provider state bound to this call (for example Gemini's thoughtSignature).
     *
     * @generated from field: bytes provider_state = 5;
     */
    providerState: Uint8Array;
    /**
     * Position among the calls of one message; identifies the call across stream fragments.
     *
     * @generated from field: int32 index = 6;
     */
    index: number;
};
/**
 * Describes the message switchboard.v1.ToolCall.
 * Use `create(ToolCallSchema)` to create a new message.
 */
export declare const ToolCallSchema: GenMessage<ToolCall>;
/**
 * Output format constraint.
 *
 * @generated from message switchboard.v1.ResponseFormat
 */
export type ResponseFormat = Message$1<"switchboard.v1.ResponseFormat"> & {
    /**
     * @generated from field: switchboard.v1.ResponseFormat.Type type = 1;
     */
    type: ResponseFormat_Type;
    /**
     * For TYPE_JSON_SCHEMA.
     *
     * @generated from field: string name = 2;
     */
    name: string;
    /**
     * @generated from field: string description = 3;
     */
    description: string;
    /**
     * @generated from field: google.protobuf.Struct schema = 4;
     */
    schema?: JsonObject | undefined;
    /**
     * @generated from field: optional bool strict = 5;
     */
    strict?: boolean | undefined;
};
/**
 * Describes the message switchboard.v1.ResponseFormat.
 * Use `create(ResponseFormatSchema)` to create a new message.
 */
export declare const ResponseFormatSchema: GenMessage<ResponseFormat>;
/**
 * @generated from enum switchboard.v1.ResponseFormat.Type
 */
export declare enum ResponseFormat_Type {
    /**
     * @generated from enum value: TYPE_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * @generated from enum value: TYPE_TEXT = 1;
     */
    TEXT = 1,
    /**
     * @generated from enum value: TYPE_JSON_OBJECT = 2;
     */
    JSON_OBJECT = 2,
    /**
     * @generated from enum value: TYPE_JSON_SCHEMA = 3;
     */
    JSON_SCHEMA = 3
}
/**
 * Describes the enum switchboard.v1.ResponseFormat.Type.
 */
export declare const ResponseFormat_TypeSchema: GenEnum<ResponseFormat_Type>;
/**
 * Reasoning controls; an upstream receives whichever form it understands.
 *
 * @generated from message switchboard.v1.Reasoning
 */
export type Reasoning = Message$1<"switchboard.v1.Reasoning"> & {
    /**
     * "none", "minimal", "low", "medium", "high" (OpenAI reasoning_effort).
     *
     * @generated from field: string effort = 1;
     */
    effort: string;
    /**
     * Explicit thinking budget in tokens (Anthropic budget_tokens, Gemini thinkingBudget).
     *
     * @generated from field: optional int32 budget_tokens = 2;
     */
    budgetTokens?: number | undefined;
};
/**
 * Describes the message switchboard.v1.Reasoning.
 * Use `create(ReasoningSchema)` to create a new message.
 */
export declare const ReasoningSchema: GenMessage<Reasoning>;
/**
 * @generated from message switchboard.v1.StreamOptions
 */
export type StreamOptions = Message$1<"switchboard.v1.StreamOptions"> & {
    /**
     * Send one extra chunk with the usage of the whole request before the stream ends.
     *
     * @generated from field: bool include_usage = 1;
     */
    includeUsage: boolean;
};
/**
 * Describes the message switchboard.v1.StreamOptions.
 * Use `create(StreamOptionsSchema)` to create a new message.
 */
export declare const StreamOptionsSchema: GenMessage<StreamOptions>;
/**
 * Token accounting.
 *
 * @generated from message switchboard.v1.Usage
 */
export type Usage = Message$1<"switchboard.v1.Usage"> & {
    /**
     * @generated from field: int32 prompt_tokens = 1;
     */
    promptTokens: number;
    /**
     * @generated from field: int32 completion_tokens = 2;
     */
    completionTokens: number;
    /**
     * @generated from field: int32 total_tokens = 3;
     */
    totalTokens: number;
    /**
     * Prompt tokens read from the provider's cache (included in prompt_tokens).
     *
     * @generated from field: int32 cached_prompt_tokens = 4;
     */
    cachedPromptTokens: number;
    /**
     * Prompt tokens written to the provider's cache (included in prompt_tokens).
     *
     * @generated from field: int32 cache_write_tokens = 5;
     */
    cacheWriteTokens: number;
    /**
     * Completion tokens spent on reasoning (included in completion_tokens).
     *
     * @generated from field: int32 reasoning_tokens = 6;
     */
    reasoningTokens: number;
};
/**
 * Describes the message switchboard.v1.Usage.
 * Use `create(UsageSchema)` to create a new message.
 */
export declare const UsageSchema: GenMessage<Usage>;
/**
 * What served a request: set by the gateway, not by the upstream.
 *
 * @generated from message switchboard.v1.GatewayInfo
 */
export type GatewayInfo = Message$1<"switchboard.v1.GatewayInfo"> & {
    /**
     * Name of the provider that answered.
     *
     * @generated from field: string provider = 1;
     */
    provider: string;
    /**
     * The model name sent upstream.
     *
     * @generated from field: string upstream_model = 2;
     */
    upstreamModel: string;
    /**
     * How many upstream attempts the request took.
     *
     * @generated from field: int32 attempts = 3;
     */
    attempts: number;
    /**
     * Request parameters the upstream cannot take and the gateway dropped or rewrote.
     *
     * @generated from field: repeated string dropped_params = 4;
     */
    droppedParams: string[];
};
/**
 * Describes the message switchboard.v1.GatewayInfo.
 * Use `create(GatewayInfoSchema)` to create a new message.
 */
export declare const GatewayInfoSchema: GenMessage<GatewayInfo>;
/**
 * A whole chat completion.
 *
 * @generated from message switchboard.v1.ChatCompletionResponse
 */
export type ChatCompletionResponse = Message$1<"switchboard.v1.ChatCompletionResponse"> & {
    /**
     * @generated from field: string id = 1;
     */
    id: string;
    /**
     * Unix seconds.
     *
     * @generated from field: int64 created = 2;
     */
    created: bigint;
    /**
     * @generated from field: string model = 3;
     */
    model: string;
    /**
     * @generated from field: repeated switchboard.v1.Choice choices = 4;
     */
    choices: Choice[];
    /**
     * @generated from field: switchboard.v1.Usage usage = 5;
     */
    usage?: Usage | undefined;
    /**
     * @generated from field: string system_fingerprint = 6;
     */
    systemFingerprint: string;
    /**
     * @generated from field: string service_tier = 7;
     */
    serviceTier: string;
    /**
     * @generated from field: switchboard.v1.GatewayInfo gateway = 14;
     */
    gateway?: GatewayInfo | undefined;
    /**
     * Upstream response fields this gateway does not model.
     *
     * @generated from field: google.protobuf.Struct extra = 15;
     */
    extra?: JsonObject | undefined;
};
/**
 * Describes the message switchboard.v1.ChatCompletionResponse.
 * Use `create(ChatCompletionResponseSchema)` to create a new message.
 */
export declare const ChatCompletionResponseSchema: GenMessage<ChatCompletionResponse>;
/**
 * @generated from message switchboard.v1.Choice
 */
export type Choice = Message$1<"switchboard.v1.Choice"> & {
    /**
     * @generated from field: int32 index = 1;
     */
    index: number;
    /**
     * The assistant message: text and reasoning in content, tool calls, refusal.
     *
     * @generated from field: switchboard.v1.Message message = 2;
     */
    message?: Message | undefined;
    /**
     * @generated from field: switchboard.v1.FinishReason finish_reason = 3;
     */
    finishReason: FinishReason;
    /**
     * Token log probabilities, in OpenAI's shape, when requested.
     *
     * @generated from field: google.protobuf.Value logprobs = 4;
     */
    logprobs?: Value | undefined;
};
/**
 * Describes the message switchboard.v1.Choice.
 * Use `create(ChoiceSchema)` to create a new message.
 */
export declare const ChoiceSchema: GenMessage<Choice>;
/**
 * One streamed piece of a chat completion.
 *
 * @generated from message switchboard.v1.ChatCompletionChunk
 */
export type ChatCompletionChunk = Message$1<"switchboard.v1.ChatCompletionChunk"> & {
    /**
     * @generated from field: string id = 1;
     */
    id: string;
    /**
     * @generated from field: int64 created = 2;
     */
    created: bigint;
    /**
     * @generated from field: string model = 3;
     */
    model: string;
    /**
     * @generated from field: repeated switchboard.v1.ChunkChoice choices = 4;
     */
    choices: ChunkChoice[];
    /**
     * Set only on the final usage chunk (when include_usage was requested).
     *
     * @generated from field: switchboard.v1.Usage usage = 5;
     */
    usage?: Usage | undefined;
    /**
     * @generated from field: string system_fingerprint = 6;
     */
    systemFingerprint: string;
    /**
     * @generated from field: string service_tier = 7;
     */
    serviceTier: string;
    /**
     * Set on the first chunk of a stream.
     *
     * @generated from field: switchboard.v1.GatewayInfo gateway = 14;
     */
    gateway?: GatewayInfo | undefined;
};
/**
 * Describes the message switchboard.v1.ChatCompletionChunk.
 * Use `create(ChatCompletionChunkSchema)` to create a new message.
 */
export declare const ChatCompletionChunkSchema: GenMessage<ChatCompletionChunk>;
/**
 * @generated from message switchboard.v1.ChunkChoice
 */
export type ChunkChoice = Message$1<"switchboard.v1.ChunkChoice"> & {
    /**
     * @generated from field: int32 index = 1;
     */
    index: number;
    /**
     * @generated from field: switchboard.v1.Delta delta = 2;
     */
    delta?: Delta | undefined;
    /**
     * Set on the last chunk of this choice.
     *
     * @generated from field: switchboard.v1.FinishReason finish_reason = 3;
     */
    finishReason: FinishReason;
    /**
     * @generated from field: google.protobuf.Value logprobs = 4;
     */
    logprobs?: Value | undefined;
};
/**
 * Describes the message switchboard.v1.ChunkChoice.
 * Use `create(ChunkChoiceSchema)` to create a new message.
 */
export declare const ChunkChoiceSchema: GenMessage<ChunkChoice>;
/**
 * What a chunk adds to a choice.
 *
 * @generated from message switchboard.v1.Delta
 */
export type Delta = Message$1<"switchboard.v1.Delta"> & {
    /**
     * Set on the first chunk of a choice.
     *
     * @generated from field: switchboard.v1.Role role = 1;
     */
    role: Role;
    /**
     * @generated from field: optional string content = 2;
     */
    content?: string | undefined;
    /**
     * @generated from field: optional string refusal = 3;
     */
    refusal?: string | undefined;
    /**
     * Reasoning text fragment.
     *
     * @generated from field: optional string reasoning = 4;
     */
    reasoning?: string | undefined;
    /**
     * @generated from field: repeated switchboard.v1.ToolCall tool_calls = 5;
     */
    toolCalls: ToolCall[];
    /**
     * Opaque provider state for the reasoning so far (for example a thinking signature).
     *
     * @generated from field: bytes reasoning_provider_state = 6;
     */
    reasoningProviderState: Uint8Array;
};
/**
 * Describes the message switchboard.v1.Delta.
 * Use `create(DeltaSchema)` to create a new message.
 */
export declare const DeltaSchema: GenMessage<Delta>;
/**
 * Who authored a message.
 *
 * @generated from enum switchboard.v1.Role
 */
export declare enum Role {
    /**
     * @generated from enum value: ROLE_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * @generated from enum value: ROLE_SYSTEM = 1;
     */
    SYSTEM = 1,
    /**
     * OpenAI's newer name for system instructions; upstreams without it receive it as system.
     *
     * @generated from enum value: ROLE_DEVELOPER = 2;
     */
    DEVELOPER = 2,
    /**
     * @generated from enum value: ROLE_USER = 3;
     */
    USER = 3,
    /**
     * @generated from enum value: ROLE_ASSISTANT = 4;
     */
    ASSISTANT = 4,
    /**
     * The result of a tool call; carries tool_call_id.
     *
     * @generated from enum value: ROLE_TOOL = 5;
     */
    TOOL = 5
}
/**
 * Describes the enum switchboard.v1.Role.
 */
export declare const RoleSchema: GenEnum<Role>;
/**
 * Why a choice stopped generating.
 *
 * @generated from enum switchboard.v1.FinishReason
 */
export declare enum FinishReason {
    /**
     * @generated from enum value: FINISH_REASON_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * @generated from enum value: FINISH_REASON_STOP = 1;
     */
    STOP = 1,
    /**
     * @generated from enum value: FINISH_REASON_LENGTH = 2;
     */
    LENGTH = 2,
    /**
     * @generated from enum value: FINISH_REASON_TOOL_CALLS = 3;
     */
    TOOL_CALLS = 3,
    /**
     * @generated from enum value: FINISH_REASON_CONTENT_FILTER = 4;
     */
    CONTENT_FILTER = 4,
    /**
     * Legacy OpenAI function_call.
     *
     * @generated from enum value: FINISH_REASON_FUNCTION_CALL = 5;
     */
    FUNCTION_CALL = 5
}
/**
 * Describes the enum switchboard.v1.FinishReason.
 */
export declare const FinishReasonSchema: GenEnum<FinishReason>;
