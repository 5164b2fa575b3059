import { type DescService, type MessageInitShape } from "@bufbuild/protobuf";
import { type Client, type Interceptor, type Transport, createClient } from "@connectrpc/connect";
import { Http2SessionManager, createGrpcTransport } from "@connectrpc/connect-node";
import { type ChatCompletionRequest, type ChatCompletionRequestSchema, Role } from "./gen/switchboard/v1/chat_pb.js";
import { AccessAdmin } from "./gen/switchboard/v1/access_admin_pb.js";
import { Inference } from "./gen/switchboard/v1/inference_pb.js";
import { LimitAdmin } from "./gen/switchboard/v1/limit_admin_pb.js";
import { PriceAdmin } from "./gen/switchboard/v1/price_admin_pb.js";
import { ProviderAdmin } from "./gen/switchboard/v1/provider_admin_pb.js";
import { UsageAdmin } from "./gen/switchboard/v1/usage_admin_pb.js";
import { toSwitchboardError } from "./errors.js";

export interface SwitchboardOptions {
  /** The gateway: "host:port" (plaintext, as the gateway serves), or an http:// or https:// URL. */
  target: string;
  /** The admin key or a client API key ("sb-…"), sent on every call as "authorization: Bearer <key>". */
  key: string;
  /** Deadline of every call in ms unless the call passes its own { timeoutMs }; 0: none. Default 60000. */
  timeoutMs?: number;
  /** More interceptors, run after the one that sets the key. */
  interceptors?: Interceptor[];
}

/**
 * Every RPC of switchboard.v1.Inference, ProviderAdmin, AccessAdmin, UsageAdmin, LimitAdmin and
 * PriceAdmin, typed by the generated descriptors.
 */
export interface SwitchboardClient {
  readonly inference: Client<typeof Inference>;
  readonly admin: Client<typeof ProviderAdmin>;
  /** Who the key belongs to, users, API keys, OAuth2 clients, issuers, signing keys, keyset, audit. */
  readonly access: Client<typeof AccessAdmin>;
  /** Usage reports and the ledger's rows: everyone's for viewers, operators and admins; a member's own. */
  readonly usage: Client<typeof UsageAdmin>;
  /** Rate limits, budgets and quotas: set by admins and operators, read by every role (a member: their own). */
  readonly limits: Client<typeof LimitAdmin>;
  /** The price table and its overrides: read by every role, overridden by admins and operators. */
  readonly prices: Client<typeof PriceAdmin>;
  /** Closes the HTTP/2 connection; calls in flight fail. */
  close(): void;
}

export function createSwitchboardClient(options: SwitchboardOptions): SwitchboardClient {
  if (!options.key) {
    throw new Error("key: empty (expected: the gateway key)");
  }
  const timeoutMs = options.timeoutMs ?? 60_000;
  if (!(timeoutMs >= 0)) {
    throw new Error(`timeoutMs: ${timeoutMs} (expected: >= 0)`);
  }
  const baseUrl = /^https?:\/\//.test(options.target) ? options.target : `http://${options.target}`;
  const sessionManager = new Http2SessionManager(baseUrl);
  const transport = createGrpcTransport({
    baseUrl,
    sessionManager,
    defaultTimeoutMs: timeoutMs === 0 ? undefined : timeoutMs,
    interceptors: [bearer(options.key), ...(options.interceptors ?? [])],
  });
  return {
    inference: convertingErrors(Inference, transport),
    admin: convertingErrors(ProviderAdmin, transport),
    access: convertingErrors(AccessAdmin, transport),
    usage: convertingErrors(UsageAdmin, transport),
    limits: convertingErrors(LimitAdmin, transport),
    prices: convertingErrors(PriceAdmin, transport),
    close: () => sessionManager.abort(),
  };
}

/** A ChatCompletionRequest as a plain object, the form calls accept and spreads extend. */
export type ChatRequestInit = Exclude<MessageInitShape<typeof ChatCompletionRequestSchema>, ChatCompletionRequest>;

/** A chat request with one user message; spread it to add fields. */
export function chatRequest(model: string, prompt: string): ChatRequestInit {
  return { model, messages: [{ role: Role.USER, content: [{ part: { case: "text", value: prompt } }] }] };
}

function bearer(key: string): Interceptor {
  return (next) => (req) => {
    req.header.set("authorization", `Bearer ${key}`);
    return next(req);
  };
}

/**
 * The generated client with every failure, including one in the middle of a stream, thrown as a
 * SwitchboardError. Done around the client rather than in an interceptor because Connect wraps
 * whatever an interceptor throws that is not a ConnectError into an UNKNOWN ConnectError.
 */
function convertingErrors<S extends DescService>(service: S, transport: Transport): Client<S> {
  const raw = createClient(service, transport) as unknown as Record<string, (...args: unknown[]) => unknown>;
  const converted: Record<string, unknown> = {};
  for (const method of service.methods) {
    const call = raw[method.localName];
    converted[method.localName] =
      method.methodKind === "server_streaming"
        ? (...args: unknown[]) => rethrowing(call(...args) as AsyncIterable<unknown>)
        : async (...args: unknown[]) => {
            try {
              return await call(...args);
            } catch (e) {
              throw toSwitchboardError(e);
            }
          };
  }
  return converted as Client<S>;
}

async function* rethrowing<T>(messages: AsyncIterable<T>): AsyncIterable<T> {
  try {
    yield* messages;
  } catch (e) {
    throw toSwitchboardError(e);
  }
}
