import { Code, ConnectError } from "@connectrpc/connect";
import { ErrorInfoSchema, RetryInfoSchema } from "./gen/google/rpc/error_details_pb.js";

/**
 * A call the gateway (or the transport) refused or could not complete, with the gateway's
 * google.rpc.Status details unpacked. cause is the underlying ConnectError (headers, raw details).
 */
export class SwitchboardError extends Error {
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
  declare readonly cause: ConnectError;

  constructor(cause: ConnectError) {
    super(`${codeName(cause.code)}: ${cause.rawMessage}`, { cause });
    this.name = "SwitchboardError";
    this.code = cause.code;
    const info = cause.findDetails(ErrorInfoSchema)[0];
    const retry = cause.findDetails(RetryInfoSchema)[0]?.retryDelay;
    this.reason = info?.reason ?? "";
    this.domain = info?.domain ?? "";
    this.metadata = { ...info?.metadata };
    this.retryDelayMs = retry ? Number(retry.seconds) * 1000 + retry.nanos / 1e6 : undefined;
  }

  /** The code's name as gRPC spells it, for example "NOT_FOUND". */
  get codeName(): string {
    return codeName(this.code);
  }
}

/** Any failure of a call as a SwitchboardError (an abort or a network error becomes one too). */
export function toSwitchboardError(e: unknown): SwitchboardError {
  return e instanceof SwitchboardError ? e : new SwitchboardError(ConnectError.from(e));
}

function codeName(code: Code): string {
  return (Code[code] ?? "UNKNOWN").replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase();
}
