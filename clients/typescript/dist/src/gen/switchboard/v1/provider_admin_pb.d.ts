import type { GenEnum, GenFile, GenMessage, GenService } from "@bufbuild/protobuf/codegenv2";
import type { Duration, EmptySchema, FieldMask, Timestamp } from "@bufbuild/protobuf/wkt";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file switchboard/v1/provider_admin.proto.
 */
export declare const file_switchboard_v1_provider_admin: GenFile;
/**
 * An upstream model provider.
 *
 * @generated from message switchboard.v1.Provider
 */
export type Provider = Message<"switchboard.v1.Provider"> & {
    /**
     * Server-assigned, stable across renames.
     *
     * @generated from field: string id = 1;
     */
    id: string;
    /**
     * Unique; the prefix of model ids ("<name>/<model>"). Letters, digits, '.', '_' and '-'.
     *
     * @generated from field: string name = 2;
     */
    name: string;
    /**
     * A preset name from ListPresets; "custom" when omitted.
     *
     * @generated from field: string preset = 3;
     */
    preset: string;
    /**
     * "openai" (chat completions), "anthropic", "gemini" or "openai_responses"; from the preset
     * when omitted.
     *
     * @generated from field: string api_format = 4;
     */
    apiFormat: string;
    /**
     * For example "https://api.openai.com/v1"; from the preset when omitted (required for custom).
     *
     * @generated from field: string base_url = 5;
     */
    baseUrl: string;
    /**
     * The upstream API key. Write-only: sealed at rest, never returned.
     *
     * @generated from field: string api_key = 6;
     */
    apiKey: string;
    /**
     * The key's last four characters, for recognising it.
     *
     * @generated from field: string api_key_masked = 7;
     */
    apiKeyMasked: string;
    /**
     * Extra headers sent upstream on every request.
     *
     * @generated from field: map<string, string> headers = 8;
     */
    headers: {
        [key: string]: string;
    };
    /**
     * Extra headers whose values are secret. Write-only: sealed at rest.
     *
     * @generated from field: map<string, string> secret_headers = 9;
     */
    secretHeaders: {
        [key: string]: string;
    };
    /**
     * secret_headers with each value masked to its last four characters.
     *
     * @generated from field: map<string, string> secret_headers_masked = 10;
     */
    secretHeadersMasked: {
        [key: string]: string;
    };
    /**
     * Upstream timeout: the whole response for unary calls, the gap between events for streams.
     * Default 120s.
     *
     * @generated from field: google.protobuf.Duration timeout = 11;
     */
    timeout?: Duration | undefined;
    /**
     * Default true.
     *
     * @generated from field: optional bool enabled = 12;
     */
    enabled?: boolean | undefined;
    /**
     * @generated from field: switchboard.v1.Provider.State state = 13;
     */
    state: Provider_State;
    /**
     * @generated from field: string last_error = 14;
     */
    lastError: string;
    /**
     * @generated from field: google.protobuf.Timestamp create_time = 15;
     */
    createTime?: Timestamp | undefined;
    /**
     * @generated from field: google.protobuf.Timestamp update_time = 16;
     */
    updateTime?: Timestamp | undefined;
};
/**
 * Describes the message switchboard.v1.Provider.
 * Use `create(ProviderSchema)` to create a new message.
 */
export declare const ProviderSchema: GenMessage<Provider>;
/**
 * Connection state, from health checks and live traffic.
 *
 * @generated from enum switchboard.v1.Provider.State
 */
export declare enum Provider_State {
    /**
     * @generated from enum value: STATE_UNSPECIFIED = 0;
     */
    STATE_UNSPECIFIED = 0,
    /**
     * Enabled, not yet checked.
     *
     * @generated from enum value: CONNECTING = 1;
     */
    CONNECTING = 1,
    /**
     * @generated from enum value: CONNECTED = 2;
     */
    CONNECTED = 2,
    /**
     * @generated from enum value: DISCONNECTED = 3;
     */
    DISCONNECTED = 3,
    /**
     * @generated from enum value: DISABLED = 4;
     */
    DISABLED = 4,
    /**
     * The last check or request failed; see last_error.
     *
     * @generated from enum value: ERROR = 5;
     */
    ERROR = 5
}
/**
 * Describes the enum switchboard.v1.Provider.State.
 */
export declare const Provider_StateSchema: GenEnum<Provider_State>;
/**
 * @generated from message switchboard.v1.CreateProviderRequest
 */
export type CreateProviderRequest = Message<"switchboard.v1.CreateProviderRequest"> & {
    /**
     * @generated from field: switchboard.v1.Provider provider = 1;
     */
    provider?: Provider | undefined;
};
/**
 * Describes the message switchboard.v1.CreateProviderRequest.
 * Use `create(CreateProviderRequestSchema)` to create a new message.
 */
export declare const CreateProviderRequestSchema: GenMessage<CreateProviderRequest>;
/**
 * @generated from message switchboard.v1.GetProviderRequest
 */
export type GetProviderRequest = Message<"switchboard.v1.GetProviderRequest"> & {
    /**
     * @generated from field: string name = 1;
     */
    name: string;
};
/**
 * Describes the message switchboard.v1.GetProviderRequest.
 * Use `create(GetProviderRequestSchema)` to create a new message.
 */
export declare const GetProviderRequestSchema: GenMessage<GetProviderRequest>;
/**
 * @generated from message switchboard.v1.ListProvidersRequest
 */
export type ListProvidersRequest = Message<"switchboard.v1.ListProvidersRequest"> & {};
/**
 * Describes the message switchboard.v1.ListProvidersRequest.
 * Use `create(ListProvidersRequestSchema)` to create a new message.
 */
export declare const ListProvidersRequestSchema: GenMessage<ListProvidersRequest>;
/**
 * @generated from message switchboard.v1.ListProvidersResponse
 */
export type ListProvidersResponse = Message<"switchboard.v1.ListProvidersResponse"> & {
    /**
     * @generated from field: repeated switchboard.v1.Provider providers = 1;
     */
    providers: Provider[];
};
/**
 * Describes the message switchboard.v1.ListProvidersResponse.
 * Use `create(ListProvidersResponseSchema)` to create a new message.
 */
export declare const ListProvidersResponseSchema: GenMessage<ListProvidersResponse>;
/**
 * @generated from message switchboard.v1.UpdateProviderRequest
 */
export type UpdateProviderRequest = Message<"switchboard.v1.UpdateProviderRequest"> & {
    /**
     * The provider to change (its current name).
     *
     * @generated from field: string name = 1;
     */
    name: string;
    /**
     * The new values.
     *
     * @generated from field: switchboard.v1.Provider provider = 2;
     */
    provider?: Provider | undefined;
    /**
     * Fields of provider to apply, for example "base_url,headers". api_key is not updatable
     * here (see RotateProviderKey).
     *
     * @generated from field: google.protobuf.FieldMask update_mask = 3;
     */
    updateMask?: FieldMask | undefined;
};
/**
 * Describes the message switchboard.v1.UpdateProviderRequest.
 * Use `create(UpdateProviderRequestSchema)` to create a new message.
 */
export declare const UpdateProviderRequestSchema: GenMessage<UpdateProviderRequest>;
/**
 * @generated from message switchboard.v1.DeleteProviderRequest
 */
export type DeleteProviderRequest = Message<"switchboard.v1.DeleteProviderRequest"> & {
    /**
     * @generated from field: string name = 1;
     */
    name: string;
};
/**
 * Describes the message switchboard.v1.DeleteProviderRequest.
 * Use `create(DeleteProviderRequestSchema)` to create a new message.
 */
export declare const DeleteProviderRequestSchema: GenMessage<DeleteProviderRequest>;
/**
 * @generated from message switchboard.v1.TestProviderRequest
 */
export type TestProviderRequest = Message<"switchboard.v1.TestProviderRequest"> & {
    /**
     * @generated from field: string name = 1;
     */
    name: string;
    /**
     * Optional chat prompt, at most 30 characters.
     *
     * @generated from field: string prompt = 2;
     */
    prompt: string;
    /**
     * Model for the prompt; the first listed model when empty.
     *
     * @generated from field: string model = 3;
     */
    model: string;
};
/**
 * Describes the message switchboard.v1.TestProviderRequest.
 * Use `create(TestProviderRequestSchema)` to create a new message.
 */
export declare const TestProviderRequestSchema: GenMessage<TestProviderRequest>;
/**
 * @generated from message switchboard.v1.TestProviderResponse
 */
export type TestProviderResponse = Message<"switchboard.v1.TestProviderResponse"> & {
    /**
     * @generated from field: bool ok = 1;
     */
    ok: boolean;
    /**
     * Time of the model-list call, and of the prompt when one was sent.
     *
     * @generated from field: google.protobuf.Duration latency = 2;
     */
    latency?: Duration | undefined;
    /**
     * @generated from field: int32 model_count = 3;
     */
    modelCount: number;
    /**
     * The model's answer to the prompt.
     *
     * @generated from field: string reply = 4;
     */
    reply: string;
    /**
     * What went wrong, when ok is false.
     *
     * @generated from field: string error = 5;
     */
    error: string;
    /**
     * @generated from field: google.protobuf.Duration prompt_latency = 6;
     */
    promptLatency?: Duration | undefined;
    /**
     * @generated from field: string model = 7;
     */
    model: string;
};
/**
 * Describes the message switchboard.v1.TestProviderResponse.
 * Use `create(TestProviderResponseSchema)` to create a new message.
 */
export declare const TestProviderResponseSchema: GenMessage<TestProviderResponse>;
/**
 * @generated from message switchboard.v1.ListProviderModelsRequest
 */
export type ListProviderModelsRequest = Message<"switchboard.v1.ListProviderModelsRequest"> & {
    /**
     * @generated from field: string name = 1;
     */
    name: string;
};
/**
 * Describes the message switchboard.v1.ListProviderModelsRequest.
 * Use `create(ListProviderModelsRequestSchema)` to create a new message.
 */
export declare const ListProviderModelsRequestSchema: GenMessage<ListProviderModelsRequest>;
/**
 * @generated from message switchboard.v1.ListProviderModelsResponse
 */
export type ListProviderModelsResponse = Message<"switchboard.v1.ListProviderModelsResponse"> & {
    /**
     * @generated from field: repeated switchboard.v1.ProviderModel models = 1;
     */
    models: ProviderModel[];
};
/**
 * Describes the message switchboard.v1.ListProviderModelsResponse.
 * Use `create(ListProviderModelsResponseSchema)` to create a new message.
 */
export declare const ListProviderModelsResponseSchema: GenMessage<ListProviderModelsResponse>;
/**
 * A model as the upstream lists it.
 *
 * @generated from message switchboard.v1.ProviderModel
 */
export type ProviderModel = Message<"switchboard.v1.ProviderModel"> & {
    /**
     * The upstream's model id.
     *
     * @generated from field: string id = 1;
     */
    id: string;
    /**
     * @generated from field: string owned_by = 2;
     */
    ownedBy: string;
    /**
     * @generated from field: int64 created = 3;
     */
    created: bigint;
};
/**
 * Describes the message switchboard.v1.ProviderModel.
 * Use `create(ProviderModelSchema)` to create a new message.
 */
export declare const ProviderModelSchema: GenMessage<ProviderModel>;
/**
 * @generated from message switchboard.v1.RotateProviderKeyRequest
 */
export type RotateProviderKeyRequest = Message<"switchboard.v1.RotateProviderKeyRequest"> & {
    /**
     * @generated from field: string name = 1;
     */
    name: string;
    /**
     * @generated from field: string api_key = 2;
     */
    apiKey: string;
};
/**
 * Describes the message switchboard.v1.RotateProviderKeyRequest.
 * Use `create(RotateProviderKeyRequestSchema)` to create a new message.
 */
export declare const RotateProviderKeyRequestSchema: GenMessage<RotateProviderKeyRequest>;
/**
 * @generated from message switchboard.v1.ListPresetsRequest
 */
export type ListPresetsRequest = Message<"switchboard.v1.ListPresetsRequest"> & {};
/**
 * Describes the message switchboard.v1.ListPresetsRequest.
 * Use `create(ListPresetsRequestSchema)` to create a new message.
 */
export declare const ListPresetsRequestSchema: GenMessage<ListPresetsRequest>;
/**
 * @generated from message switchboard.v1.ListPresetsResponse
 */
export type ListPresetsResponse = Message<"switchboard.v1.ListPresetsResponse"> & {
    /**
     * @generated from field: repeated switchboard.v1.Preset presets = 1;
     */
    presets: Preset[];
};
/**
 * Describes the message switchboard.v1.ListPresetsResponse.
 * Use `create(ListPresetsResponseSchema)` to create a new message.
 */
export declare const ListPresetsResponseSchema: GenMessage<ListPresetsResponse>;
/**
 * Where a known provider lives and how it is spoken to.
 *
 * @generated from message switchboard.v1.Preset
 */
export type Preset = Message<"switchboard.v1.Preset"> & {
    /**
     * For example "openai", "ollama", "custom".
     *
     * @generated from field: string name = 1;
     */
    name: string;
    /**
     * @generated from field: string display_name = 2;
     */
    displayName: string;
    /**
     * "https" or "http".
     *
     * @generated from field: string protocol = 3;
     */
    protocol: string;
    /**
     * Empty for custom.
     *
     * @generated from field: string host = 4;
     */
    host: string;
    /**
     * @generated from field: int32 port = 5;
     */
    port: number;
    /**
     * For example "/v1".
     *
     * @generated from field: string base_path = 6;
     */
    basePath: string;
    /**
     * "openai", "anthropic", "gemini" or "openai_responses".
     *
     * @generated from field: string api_format = 7;
     */
    apiFormat: string;
    /**
     * How the key is sent: "bearer", "x-api-key", "x-goog-api-key" or "none".
     *
     * @generated from field: string auth_type = 8;
     */
    authType: string;
    /**
     * protocol://host:port + base_path; empty for custom.
     *
     * @generated from field: string base_url = 9;
     */
    baseUrl: string;
    /**
     * True for servers that usually run on the user's machine (Ollama, LM Studio).
     *
     * @generated from field: bool local = 10;
     */
    local: boolean;
};
/**
 * Describes the message switchboard.v1.Preset.
 * Use `create(PresetSchema)` to create a new message.
 */
export declare const PresetSchema: GenMessage<Preset>;
/**
 * Manages providers. Every call needs `authorization: Bearer <admin key>`. Also served as
 * JSON over HTTP under /admin/v1 (snake_case fields).
 *
 * @generated from service switchboard.v1.ProviderAdmin
 */
export declare const ProviderAdmin: GenService<{
    /**
     * Registers a provider. Unset fields come from the preset (base URL, API format); the key is
     * sealed before it is stored. ALREADY_EXISTS if the name is taken.
     *
     * @generated from rpc switchboard.v1.ProviderAdmin.CreateProvider
     */
    createProvider: {
        methodKind: "unary";
        input: typeof CreateProviderRequestSchema;
        output: typeof ProviderSchema;
    };
    /**
     * Returns one provider by name, its secrets masked.
     *
     * @generated from rpc switchboard.v1.ProviderAdmin.GetProvider
     */
    getProvider: {
        methodKind: "unary";
        input: typeof GetProviderRequestSchema;
        output: typeof ProviderSchema;
    };
    /**
     * Lists all providers, ordered by name, secrets masked.
     *
     * @generated from rpc switchboard.v1.ProviderAdmin.ListProviders
     */
    listProviders: {
        methodKind: "unary";
        input: typeof ListProvidersRequestSchema;
        output: typeof ListProvidersResponseSchema;
    };
    /**
     * Changes the fields named in update_mask; without a mask, every field set in the request.
     * The key is changed only by RotateProviderKey.
     *
     * @generated from rpc switchboard.v1.ProviderAdmin.UpdateProvider
     */
    updateProvider: {
        methodKind: "unary";
        input: typeof UpdateProviderRequestSchema;
        output: typeof ProviderSchema;
    };
    /**
     * Removes a provider and its sealed secrets.
     *
     * @generated from rpc switchboard.v1.ProviderAdmin.DeleteProvider
     */
    deleteProvider: {
        methodKind: "unary";
        input: typeof DeleteProviderRequestSchema;
        output: typeof EmptySchema;
    };
    /**
     * Checks the connection (lists the upstream's models) and, with a prompt of at most 30
     * characters, sends it as a chat and returns the reply. Failures are reported in the
     * response, not as an RPC error, so a caller sees latency and the upstream's message.
     *
     * @generated from rpc switchboard.v1.ProviderAdmin.TestProvider
     */
    testProvider: {
        methodKind: "unary";
        input: typeof TestProviderRequestSchema;
        output: typeof TestProviderResponseSchema;
    };
    /**
     * Fetches the model list from the upstream now (bypassing the cache) and refreshes the cache.
     *
     * @generated from rpc switchboard.v1.ProviderAdmin.ListProviderModels
     */
    listProviderModels: {
        methodKind: "unary";
        input: typeof ListProviderModelsRequestSchema;
        output: typeof ListProviderModelsResponseSchema;
    };
    /**
     * Replaces the provider's API key; the old key is discarded.
     *
     * @generated from rpc switchboard.v1.ProviderAdmin.RotateProviderKey
     */
    rotateProviderKey: {
        methodKind: "unary";
        input: typeof RotateProviderKeyRequestSchema;
        output: typeof ProviderSchema;
    };
    /**
     * Lists the built-in presets: where each known provider lives and how it is spoken to.
     *
     * @generated from rpc switchboard.v1.ProviderAdmin.ListPresets
     */
    listPresets: {
        methodKind: "unary";
        input: typeof ListPresetsRequestSchema;
        output: typeof ListPresetsResponseSchema;
    };
}>;
