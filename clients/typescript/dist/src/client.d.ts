import { type MessageInitShape } from "@bufbuild/protobuf";
import { type Client, type Interceptor } from "@connectrpc/connect";
import { type ChatCompletionRequest, type ChatCompletionRequestSchema } from "./gen/switchboard/v1/chat_pb.js";
import { Inference } from "./gen/switchboard/v1/inference_pb.js";
import { ProviderAdmin } from "./gen/switchboard/v1/provider_admin_pb.js";
export interface SwitchboardOptions {
    /** The gateway: "host:port" (plaintext, as the gateway serves), or an http:// or https:// URL. */
    target: string;
    /** Sent on every call as "authorization: Bearer <key>". */
    key: string;
    /** Deadline of every call in ms unless the call passes its own { timeoutMs }; 0: none. Default 60000. */
    timeoutMs?: number;
    /** More interceptors, run after the one that sets the key. */
    interceptors?: Interceptor[];
}
/** Every RPC of switchboard.v1.Inference and ProviderAdmin, typed by the generated descriptors. */
export interface SwitchboardClient {
    readonly inference: Client<typeof Inference>;
    readonly admin: Client<typeof ProviderAdmin>;
    /** Closes the HTTP/2 connection; calls in flight fail. */
    close(): void;
}
export declare function createSwitchboardClient(options: SwitchboardOptions): SwitchboardClient;
/** A ChatCompletionRequest as a plain object, the form calls accept and spreads extend. */
export type ChatRequestInit = Exclude<MessageInitShape<typeof ChatCompletionRequestSchema>, ChatCompletionRequest>;
/** A chat request with one user message; spread it to add fields. */
export declare function chatRequest(model: string, prompt: string): ChatRequestInit;
