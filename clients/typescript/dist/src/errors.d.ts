import { Code, ConnectError } from "@connectrpc/connect";
/**
 * A call the gateway (or the transport) refused or could not complete, with the gateway's
 * google.rpc.Status details unpacked. cause is the underlying ConnectError (headers, raw details).
 */
export declare class SwitchboardError extends Error {
    /** The gRPC status code. */
    readonly code: Code;
    /** ErrorInfo.reason, the gateway's error kind (for example "NOT_FOUND"); "" when absent. */
    readonly reason: string;
    /** ErrorInfo.domain, "switchboard" for the gateway's own errors. */
    readonly domain: string;
    /** ErrorInfo.metadata, for example { http_status: "404", code: "model_not_found" }. */
    readonly metadata: Readonly<Record<string, string>>;
    /** How long the gateway asked to wait before retrying (RetryInfo), in ms; undefined when it did not. */
    readonly retryDelayMs: number | undefined;
    readonly cause: ConnectError;
    constructor(cause: ConnectError);
    /** The code's name as gRPC spells it, for example "NOT_FOUND". */
    get codeName(): string;
}
/** Any failure of a call as a SwitchboardError (an abort or a network error becomes one too). */
export declare function toSwitchboardError(e: unknown): SwitchboardError;
