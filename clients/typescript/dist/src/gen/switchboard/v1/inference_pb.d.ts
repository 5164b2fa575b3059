import type { GenFile, GenMessage, GenService } from "@bufbuild/protobuf/codegenv2";
import type { ChatCompletionChunkSchema, ChatCompletionRequestSchema, ChatCompletionResponseSchema } from "./chat_pb.js";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file switchboard/v1/inference.proto.
 */
export declare const file_switchboard_v1_inference: GenFile;
/**
 * @generated from message switchboard.v1.ListModelsRequest
 */
export type ListModelsRequest = Message<"switchboard.v1.ListModelsRequest"> & {};
/**
 * Describes the message switchboard.v1.ListModelsRequest.
 * Use `create(ListModelsRequestSchema)` to create a new message.
 */
export declare const ListModelsRequestSchema: GenMessage<ListModelsRequest>;
/**
 * @generated from message switchboard.v1.ListModelsResponse
 */
export type ListModelsResponse = Message<"switchboard.v1.ListModelsResponse"> & {
    /**
     * @generated from field: repeated switchboard.v1.Model models = 1;
     */
    models: Model[];
};
/**
 * Describes the message switchboard.v1.ListModelsResponse.
 * Use `create(ListModelsResponseSchema)` to create a new message.
 */
export declare const ListModelsResponseSchema: GenMessage<ListModelsResponse>;
/**
 * @generated from message switchboard.v1.GetModelRequest
 */
export type GetModelRequest = Message<"switchboard.v1.GetModelRequest"> & {
    /**
     * @generated from field: string id = 1;
     */
    id: string;
};
/**
 * Describes the message switchboard.v1.GetModelRequest.
 * Use `create(GetModelRequestSchema)` to create a new message.
 */
export declare const GetModelRequestSchema: GenMessage<GetModelRequest>;
/**
 * A model callable through the gateway.
 *
 * @generated from message switchboard.v1.Model
 */
export type Model = Message<"switchboard.v1.Model"> & {
    /**
     * "<provider>/<model>".
     *
     * @generated from field: string id = 1;
     */
    id: string;
    /**
     * The upstream's owner field, when it reports one.
     *
     * @generated from field: string owned_by = 2;
     */
    ownedBy: string;
    /**
     * Unix seconds, when the upstream reports it.
     *
     * @generated from field: int64 created = 3;
     */
    created: bigint;
    /**
     * The provider that serves it.
     *
     * @generated from field: string provider = 4;
     */
    provider: string;
    /**
     * The model name the upstream knows it by.
     *
     * @generated from field: string upstream_id = 5;
     */
    upstreamId: string;
};
/**
 * Describes the message switchboard.v1.Model.
 * Use `create(ModelSchema)` to create a new message.
 */
export declare const ModelSchema: GenMessage<Model>;
/**
 * Calls models. Every call needs `authorization: Bearer <key>` metadata. Errors carry a
 * google.rpc.Status with an ErrorInfo (domain "switchboard", reason = error kind) and, for
 * rate limits, a RetryInfo.
 *
 * @generated from service switchboard.v1.Inference
 */
export declare const Inference: GenService<{
    /**
     * Runs a chat completion and returns it whole. The model is "<provider>/<model>" or a bare
     * model name served by exactly one enabled provider (NOT_FOUND or FAILED_PRECONDITION otherwise).
     *
     * @generated from rpc switchboard.v1.Inference.CreateChatCompletion
     */
    createChatCompletion: {
        methodKind: "unary";
        input: typeof ChatCompletionRequestSchema;
        output: typeof ChatCompletionResponseSchema;
    };
    /**
     * Runs a chat completion and streams it as chunks in upstream order. With
     * stream_options.include_usage the last chunk carries usage and no choices. An upstream
     * failure after the first chunk ends the stream with an error status; cancelling the call
     * cancels the upstream request.
     *
     * @generated from rpc switchboard.v1.Inference.StreamChatCompletion
     */
    streamChatCompletion: {
        methodKind: "server_streaming";
        input: typeof ChatCompletionRequestSchema;
        output: typeof ChatCompletionChunkSchema;
    };
    /**
     * Lists the models of every enabled provider, as "<provider>/<model>" ids, from the
     * cached upstream model lists. A provider whose list cannot be fetched is left out.
     *
     * @generated from rpc switchboard.v1.Inference.ListModels
     */
    listModels: {
        methodKind: "unary";
        input: typeof ListModelsRequestSchema;
        output: typeof ListModelsResponseSchema;
    };
    /**
     * Returns one model by id ("<provider>/<model>" or a bare name), NOT_FOUND if no enabled
     * provider lists it.
     *
     * @generated from rpc switchboard.v1.Inference.GetModel
     */
    getModel: {
        methodKind: "unary";
        input: typeof GetModelRequestSchema;
        output: typeof ModelSchema;
    };
}>;
