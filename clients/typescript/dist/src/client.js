import { createClient } from "@connectrpc/connect";
import { Http2SessionManager, createGrpcTransport } from "@connectrpc/connect-node";
import { Role } from "./gen/switchboard/v1/chat_pb.js";
import { Inference } from "./gen/switchboard/v1/inference_pb.js";
import { ProviderAdmin } from "./gen/switchboard/v1/provider_admin_pb.js";
import { toSwitchboardError } from "./errors.js";
export function createSwitchboardClient(options) {
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
        close: () => sessionManager.abort(),
    };
}
/** A chat request with one user message; spread it to add fields. */
export function chatRequest(model, prompt) {
    return { model, messages: [{ role: Role.USER, content: [{ part: { case: "text", value: prompt } }] }] };
}
function bearer(key) {
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
function convertingErrors(service, transport) {
    const raw = createClient(service, transport);
    const converted = {};
    for (const method of service.methods) {
        const call = raw[method.localName];
        converted[method.localName] =
            method.methodKind === "server_streaming"
                ? (...args) => rethrowing(call(...args))
                : async (...args) => {
                    try {
                        return await call(...args);
                    }
                    catch (e) {
                        throw toSwitchboardError(e);
                    }
                };
    }
    return converted;
}
async function* rethrowing(messages) {
    try {
        yield* messages;
    }
    catch (e) {
        throw toSwitchboardError(e);
    }
}
//# sourceMappingURL=client.js.map