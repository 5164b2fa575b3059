export { createSwitchboardClient, chatRequest } from "./client.js";
export type { ChatRequestInit, SwitchboardClient, SwitchboardOptions } from "./client.js";
export { SwitchboardError, toSwitchboardError } from "./errors.js";
export { Code } from "@connectrpc/connect";
export * from "./gen/switchboard/v1/chat_pb.js";
export * from "./gen/switchboard/v1/inference_pb.js";
export * from "./gen/switchboard/v1/provider_admin_pb.js";
