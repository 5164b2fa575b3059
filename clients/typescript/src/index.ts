// The Switchboard client: a typed wrapper over the generated protobuf-es/Connect code. The
// generated messages, enums and service descriptors are re-exported, so one import serves all.
export { createSwitchboardClient, chatRequest } from "./client.js";
export type { ChatRequestInit, SwitchboardClient, SwitchboardOptions } from "./client.js";
export { SwitchboardError, toSwitchboardError } from "./errors.js";
export { Code } from "@connectrpc/connect";
export * from "./gen/switchboard/v1/access_admin_pb.js";
export * from "./gen/switchboard/v1/chat_pb.js";
export * from "./gen/switchboard/v1/inference_pb.js";
export * from "./gen/switchboard/v1/limit_admin_pb.js";
export * from "./gen/switchboard/v1/price_admin_pb.js";
export * from "./gen/switchboard/v1/provider_admin_pb.js";
export * from "./gen/switchboard/v1/usage_admin_pb.js";
