// Canonical chat types. Every wire format (OpenAI chat, Anthropic messages, Gemini, OpenAI
// Responses) translates to and from these, so they carry the union of what those formats can
// say; a translator never needs a new field shape, only new mapping code.
import { enumDesc, fileDesc, messageDesc } from "@bufbuild/protobuf/codegenv2";
import { file_google_protobuf_struct } from "@bufbuild/protobuf/wkt";
/**
 * Describes the file switchboard/v1/chat.proto.
 */
export const file_switchboard_v1_chat = /*@__PURE__*/ fileDesc("Chlzd2l0Y2hib2FyZC92MS9jaGF0LnByb3RvEg5zd2l0Y2hib2FyZC52MSLvCAoVQ2hhdENvbXBsZXRpb25SZXF1ZXN0Eg0KBW1vZGVsGAEgASgJEikKCG1lc3NhZ2VzGAIgAygLMhcuc3dpdGNoYm9hcmQudjEuTWVzc2FnZRIYCgt0ZW1wZXJhdHVyZRgDIAEoAUgAiAEBEhIKBXRvcF9wGAQgASgBSAGIAQESEgoFdG9wX2sYBSABKAVIAogBARIXCgptYXhfdG9rZW5zGAYgASgFSAOIAQESIgoVbWF4X2NvbXBsZXRpb25fdG9rZW5zGAcgASgFSASIAQESDAoEc3RvcBgIIAMoCRIOCgFuGAkgASgFSAWIAQESEQoEc2VlZBgKIAEoA0gGiAEBEh0KEHByZXNlbmNlX3BlbmFsdHkYCyABKAFIB4gBARIeChFmcmVxdWVuY3lfcGVuYWx0eRgMIAEoAUgIiAEBEhUKCGxvZ3Byb2JzGA0gASgISAmIAQESGQoMdG9wX2xvZ3Byb2JzGA4gASgFSAqIAQESDAoEdXNlchgPIAEoCRJFCghtZXRhZGF0YRgQIAMoCzIzLnN3aXRjaGJvYXJkLnYxLkNoYXRDb21wbGV0aW9uUmVxdWVzdC5NZXRhZGF0YUVudHJ5EiMKBXRvb2xzGBEgAygLMhQuc3dpdGNoYm9hcmQudjEuVG9vbBIvCgt0b29sX2Nob2ljZRgSIAEoCzIaLnN3aXRjaGJvYXJkLnYxLlRvb2xDaG9pY2USIAoTcGFyYWxsZWxfdG9vbF9jYWxscxgTIAEoCEgLiAEBEjcKD3Jlc3BvbnNlX2Zvcm1hdBgUIAEoCzIeLnN3aXRjaGJvYXJkLnYxLlJlc3BvbnNlRm9ybWF0EiwKCXJlYXNvbmluZxgVIAEoCzIZLnN3aXRjaGJvYXJkLnYxLlJlYXNvbmluZxI1Cg5zdHJlYW1fb3B0aW9ucxgWIAEoCzIdLnN3aXRjaGJvYXJkLnYxLlN0cmVhbU9wdGlvbnMSSAoKbG9naXRfYmlhcxgXIAMoCzI0LnN3aXRjaGJvYXJkLnYxLkNoYXRDb21wbGV0aW9uUmVxdWVzdC5Mb2dpdEJpYXNFbnRyeRImCgVleHRyYRgeIAEoCzIXLmdvb2dsZS5wcm90b2J1Zi5TdHJ1Y3QaLwoNTWV0YWRhdGFFbnRyeRILCgNrZXkYASABKAkSDQoFdmFsdWUYAiABKAk6AjgBGjAKDkxvZ2l0Qmlhc0VudHJ5EgsKA2tleRgBIAEoCRINCgV2YWx1ZRgCIAEoAToCOAFCDgoMX3RlbXBlcmF0dXJlQggKBl90b3BfcEIICgZfdG9wX2tCDQoLX21heF90b2tlbnNCGAoWX21heF9jb21wbGV0aW9uX3Rva2Vuc0IECgJfbkIHCgVfc2VlZEITChFfcHJlc2VuY2VfcGVuYWx0eUIUChJfZnJlcXVlbmN5X3BlbmFsdHlCCwoJX2xvZ3Byb2JzQg8KDV90b3BfbG9ncHJvYnNCFgoUX3BhcmFsbGVsX3Rvb2xfY2FsbHMi5gEKB01lc3NhZ2USIgoEcm9sZRgBIAEoDjIULnN3aXRjaGJvYXJkLnYxLlJvbGUSLAoHY29udGVudBgCIAMoCzIbLnN3aXRjaGJvYXJkLnYxLkNvbnRlbnRQYXJ0EgwKBG5hbWUYAyABKAkSLAoKdG9vbF9jYWxscxgEIAMoCzIYLnN3aXRjaGJvYXJkLnYxLlRvb2xDYWxsEhQKDHRvb2xfY2FsbF9pZBgFIAEoCRIPCgdyZWZ1c2FsGAYgASgJEiYKBWV4dHJhGA8gASgLMhcuZ29vZ2xlLnByb3RvYnVmLlN0cnVjdCKbAgoLQ29udGVudFBhcnQSDgoEdGV4dBgBIAEoCUgAEioKBWltYWdlGAIgASgLMhkuc3dpdGNoYm9hcmQudjEuSW1hZ2VQYXJ0SAASKgoFYXVkaW8YAyABKAsyGS5zd2l0Y2hib2FyZC52MS5BdWRpb1BhcnRIABIoCgRmaWxlGAQgASgLMhguc3dpdGNoYm9hcmQudjEuRmlsZVBhcnRIABIyCglyZWFzb25pbmcYBSABKAsyHS5zd2l0Y2hib2FyZC52MS5SZWFzb25pbmdQYXJ0SAASFgoOcHJvdmlkZXJfc3RhdGUYDiABKAwSJgoFZXh0cmEYDyABKAsyFy5nb29nbGUucHJvdG9idWYuU3RydWN0QgYKBHBhcnQiSgoJSW1hZ2VQYXJ0EgsKA3VybBgBIAEoCRIMCgRkYXRhGAIgASgMEhIKCm1lZGlhX3R5cGUYAyABKAkSDgoGZGV0YWlsGAQgASgJIikKCUF1ZGlvUGFydBIMCgRkYXRhGAEgASgMEg4KBmZvcm1hdBgCIAEoCSJcCghGaWxlUGFydBIPCgdmaWxlX2lkGAEgASgJEgwKBGRhdGEYAiABKAwSEgoKbWVkaWFfdHlwZRgDIAEoCRIQCghmaWxlbmFtZRgEIAEoCRILCgN1cmwYBSABKAkiLwoNUmVhc29uaW5nUGFydBIMCgR0ZXh0GAEgASgJEhAKCHJlZGFjdGVkGAIgASgIIqwBCgRUb29sEgwKBHR5cGUYASABKAkSDAoEbmFtZRgCIAEoCRITCgtkZXNjcmlwdGlvbhgDIAEoCRIrCgpwYXJhbWV0ZXJzGAQgASgLMhcuZ29vZ2xlLnByb3RvYnVmLlN0cnVjdBITCgZzdHJpY3QYBSABKAhIAIgBARImCgVleHRyYRgPIAEoCzIXLmdvb2dsZS5wcm90b2J1Zi5TdHJ1Y3RCCQoHX3N0cmljdCK0AQoKVG9vbENob2ljZRItCgRtb2RlGAEgASgOMh8uc3dpdGNoYm9hcmQudjEuVG9vbENob2ljZS5Nb2RlEhUKDWZ1bmN0aW9uX25hbWUYAiABKAkiYAoETW9kZRIUChBNT0RFX1VOU1BFQ0lGSUVEEAASDQoJTU9ERV9BVVRPEAESDQoJTU9ERV9OT05FEAISEQoNTU9ERV9SRVFVSVJFRBADEhEKDU1PREVfRlVOQ1RJT04QBCJsCghUb29sQ2FsbBIKCgJpZBgBIAEoCRIMCgR0eXBlGAIgASgJEgwKBG5hbWUYAyABKAkSEQoJYXJndW1lbnRzGAQgASgJEhYKDnByb3ZpZGVyX3N0YXRlGAUgASgMEg0KBWluZGV4GAYgASgFIogCCg5SZXNwb25zZUZvcm1hdBIxCgR0eXBlGAEgASgOMiMuc3dpdGNoYm9hcmQudjEuUmVzcG9uc2VGb3JtYXQuVHlwZRIMCgRuYW1lGAIgASgJEhMKC2Rlc2NyaXB0aW9uGAMgASgJEicKBnNjaGVtYRgEIAEoCzIXLmdvb2dsZS5wcm90b2J1Zi5TdHJ1Y3QSEwoGc3RyaWN0GAUgASgISACIAQEiVwoEVHlwZRIUChBUWVBFX1VOU1BFQ0lGSUVEEAASDQoJVFlQRV9URVhUEAESFAoQVFlQRV9KU09OX09CSkVDVBACEhQKEFRZUEVfSlNPTl9TQ0hFTUEQA0IJCgdfc3RyaWN0IkkKCVJlYXNvbmluZxIOCgZlZmZvcnQYASABKAkSGgoNYnVkZ2V0X3Rva2VucxgCIAEoBUgAiAEBQhAKDl9idWRnZXRfdG9rZW5zIiYKDVN0cmVhbU9wdGlvbnMSFQoNaW5jbHVkZV91c2FnZRgBIAEoCCKjAQoFVXNhZ2USFQoNcHJvbXB0X3Rva2VucxgBIAEoBRIZChFjb21wbGV0aW9uX3Rva2VucxgCIAEoBRIUCgx0b3RhbF90b2tlbnMYAyABKAUSHAoUY2FjaGVkX3Byb21wdF90b2tlbnMYBCABKAUSGgoSY2FjaGVfd3JpdGVfdG9rZW5zGAUgASgFEhgKEHJlYXNvbmluZ190b2tlbnMYBiABKAUiYQoLR2F0ZXdheUluZm8SEAoIcHJvdmlkZXIYASABKAkSFgoOdXBzdHJlYW1fbW9kZWwYAiABKAkSEAoIYXR0ZW1wdHMYAyABKAUSFgoOZHJvcHBlZF9wYXJhbXMYBCADKAkimwIKFkNoYXRDb21wbGV0aW9uUmVzcG9uc2USCgoCaWQYASABKAkSDwoHY3JlYXRlZBgCIAEoAxINCgVtb2RlbBgDIAEoCRInCgdjaG9pY2VzGAQgAygLMhYuc3dpdGNoYm9hcmQudjEuQ2hvaWNlEiQKBXVzYWdlGAUgASgLMhUuc3dpdGNoYm9hcmQudjEuVXNhZ2USGgoSc3lzdGVtX2ZpbmdlcnByaW50GAYgASgJEhQKDHNlcnZpY2VfdGllchgHIAEoCRIsCgdnYXRld2F5GA4gASgLMhsuc3dpdGNoYm9hcmQudjEuR2F0ZXdheUluZm8SJgoFZXh0cmEYDyABKAsyFy5nb29nbGUucHJvdG9idWYuU3RydWN0IqABCgZDaG9pY2USDQoFaW5kZXgYASABKAUSKAoHbWVzc2FnZRgCIAEoCzIXLnN3aXRjaGJvYXJkLnYxLk1lc3NhZ2USMwoNZmluaXNoX3JlYXNvbhgDIAEoDjIcLnN3aXRjaGJvYXJkLnYxLkZpbmlzaFJlYXNvbhIoCghsb2dwcm9icxgEIAEoCzIWLmdvb2dsZS5wcm90b2J1Zi5WYWx1ZSL1AQoTQ2hhdENvbXBsZXRpb25DaHVuaxIKCgJpZBgBIAEoCRIPCgdjcmVhdGVkGAIgASgDEg0KBW1vZGVsGAMgASgJEiwKB2Nob2ljZXMYBCADKAsyGy5zd2l0Y2hib2FyZC52MS5DaHVua0Nob2ljZRIkCgV1c2FnZRgFIAEoCzIVLnN3aXRjaGJvYXJkLnYxLlVzYWdlEhoKEnN5c3RlbV9maW5nZXJwcmludBgGIAEoCRIUCgxzZXJ2aWNlX3RpZXIYByABKAkSLAoHZ2F0ZXdheRgOIAEoCzIbLnN3aXRjaGJvYXJkLnYxLkdhdGV3YXlJbmZvIqEBCgtDaHVua0Nob2ljZRINCgVpbmRleBgBIAEoBRIkCgVkZWx0YRgCIAEoCzIVLnN3aXRjaGJvYXJkLnYxLkRlbHRhEjMKDWZpbmlzaF9yZWFzb24YAyABKA4yHC5zd2l0Y2hib2FyZC52MS5GaW5pc2hSZWFzb24SKAoIbG9ncHJvYnMYBCABKAsyFi5nb29nbGUucHJvdG9idWYuVmFsdWUi5QEKBURlbHRhEiIKBHJvbGUYASABKA4yFC5zd2l0Y2hib2FyZC52MS5Sb2xlEhQKB2NvbnRlbnQYAiABKAlIAIgBARIUCgdyZWZ1c2FsGAMgASgJSAGIAQESFgoJcmVhc29uaW5nGAQgASgJSAKIAQESLAoKdG9vbF9jYWxscxgFIAMoCzIYLnN3aXRjaGJvYXJkLnYxLlRvb2xDYWxsEiAKGHJlYXNvbmluZ19wcm92aWRlcl9zdGF0ZRgGIAEoDEIKCghfY29udGVudEIKCghfcmVmdXNhbEIMCgpfcmVhc29uaW5nKnMKBFJvbGUSFAoQUk9MRV9VTlNQRUNJRklFRBAAEg8KC1JPTEVfU1lTVEVNEAESEgoOUk9MRV9ERVZFTE9QRVIQAhINCglST0xFX1VTRVIQAxISCg5ST0xFX0FTU0lTVEFOVBAEEg0KCVJPTEVfVE9PTBAFKsABCgxGaW5pc2hSZWFzb24SHQoZRklOSVNIX1JFQVNPTl9VTlNQRUNJRklFRBAAEhYKEkZJTklTSF9SRUFTT05fU1RPUBABEhgKFEZJTklTSF9SRUFTT05fTEVOR1RIEAISHAoYRklOSVNIX1JFQVNPTl9UT09MX0NBTExTEAMSIAocRklOSVNIX1JFQVNPTl9DT05URU5UX0ZJTFRFUhAEEh8KG0ZJTklTSF9SRUFTT05fRlVOQ1RJT05fQ0FMTBAFQiEKEmRldi5zd2l0Y2hib2FyZC52MUIJQ2hhdFByb3RvUAFiBnByb3RvMw", [file_google_protobuf_struct]);
/**
 * Describes the message switchboard.v1.ChatCompletionRequest.
 * Use `create(ChatCompletionRequestSchema)` to create a new message.
 */
export const ChatCompletionRequestSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_chat, 0);
/**
 * Describes the message switchboard.v1.Message.
 * Use `create(MessageSchema)` to create a new message.
 */
export const MessageSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_chat, 1);
/**
 * Describes the message switchboard.v1.ContentPart.
 * Use `create(ContentPartSchema)` to create a new message.
 */
export const ContentPartSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_chat, 2);
/**
 * Describes the message switchboard.v1.ImagePart.
 * Use `create(ImagePartSchema)` to create a new message.
 */
export const ImagePartSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_chat, 3);
/**
 * Describes the message switchboard.v1.AudioPart.
 * Use `create(AudioPartSchema)` to create a new message.
 */
export const AudioPartSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_chat, 4);
/**
 * Describes the message switchboard.v1.FilePart.
 * Use `create(FilePartSchema)` to create a new message.
 */
export const FilePartSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_chat, 5);
/**
 * Describes the message switchboard.v1.ReasoningPart.
 * Use `create(ReasoningPartSchema)` to create a new message.
 */
export const ReasoningPartSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_chat, 6);
/**
 * Describes the message switchboard.v1.Tool.
 * Use `create(ToolSchema)` to create a new message.
 */
export const ToolSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_chat, 7);
/**
 * Describes the message switchboard.v1.ToolChoice.
 * Use `create(ToolChoiceSchema)` to create a new message.
 */
export const ToolChoiceSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_chat, 8);
/**
 * @generated from enum switchboard.v1.ToolChoice.Mode
 */
export var ToolChoice_Mode;
(function (ToolChoice_Mode) {
    /**
     * @generated from enum value: MODE_UNSPECIFIED = 0;
     */
    ToolChoice_Mode[ToolChoice_Mode["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * @generated from enum value: MODE_AUTO = 1;
     */
    ToolChoice_Mode[ToolChoice_Mode["AUTO"] = 1] = "AUTO";
    /**
     * @generated from enum value: MODE_NONE = 2;
     */
    ToolChoice_Mode[ToolChoice_Mode["NONE"] = 2] = "NONE";
    /**
     * @generated from enum value: MODE_REQUIRED = 3;
     */
    ToolChoice_Mode[ToolChoice_Mode["REQUIRED"] = 3] = "REQUIRED";
    /**
     * Call the function named in function_name.
     *
     * @generated from enum value: MODE_FUNCTION = 4;
     */
    ToolChoice_Mode[ToolChoice_Mode["FUNCTION"] = 4] = "FUNCTION";
})(ToolChoice_Mode || (ToolChoice_Mode = {}));
/**
 * Describes the enum switchboard.v1.ToolChoice.Mode.
 */
export const ToolChoice_ModeSchema = /*@__PURE__*/ enumDesc(file_switchboard_v1_chat, 8, 0);
/**
 * Describes the message switchboard.v1.ToolCall.
 * Use `create(ToolCallSchema)` to create a new message.
 */
export const ToolCallSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_chat, 9);
/**
 * Describes the message switchboard.v1.ResponseFormat.
 * Use `create(ResponseFormatSchema)` to create a new message.
 */
export const ResponseFormatSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_chat, 10);
/**
 * @generated from enum switchboard.v1.ResponseFormat.Type
 */
export var ResponseFormat_Type;
(function (ResponseFormat_Type) {
    /**
     * @generated from enum value: TYPE_UNSPECIFIED = 0;
     */
    ResponseFormat_Type[ResponseFormat_Type["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * @generated from enum value: TYPE_TEXT = 1;
     */
    ResponseFormat_Type[ResponseFormat_Type["TEXT"] = 1] = "TEXT";
    /**
     * @generated from enum value: TYPE_JSON_OBJECT = 2;
     */
    ResponseFormat_Type[ResponseFormat_Type["JSON_OBJECT"] = 2] = "JSON_OBJECT";
    /**
     * @generated from enum value: TYPE_JSON_SCHEMA = 3;
     */
    ResponseFormat_Type[ResponseFormat_Type["JSON_SCHEMA"] = 3] = "JSON_SCHEMA";
})(ResponseFormat_Type || (ResponseFormat_Type = {}));
/**
 * Describes the enum switchboard.v1.ResponseFormat.Type.
 */
export const ResponseFormat_TypeSchema = /*@__PURE__*/ enumDesc(file_switchboard_v1_chat, 10, 0);
/**
 * Describes the message switchboard.v1.Reasoning.
 * Use `create(ReasoningSchema)` to create a new message.
 */
export const ReasoningSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_chat, 11);
/**
 * Describes the message switchboard.v1.StreamOptions.
 * Use `create(StreamOptionsSchema)` to create a new message.
 */
export const StreamOptionsSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_chat, 12);
/**
 * Describes the message switchboard.v1.Usage.
 * Use `create(UsageSchema)` to create a new message.
 */
export const UsageSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_chat, 13);
/**
 * Describes the message switchboard.v1.GatewayInfo.
 * Use `create(GatewayInfoSchema)` to create a new message.
 */
export const GatewayInfoSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_chat, 14);
/**
 * Describes the message switchboard.v1.ChatCompletionResponse.
 * Use `create(ChatCompletionResponseSchema)` to create a new message.
 */
export const ChatCompletionResponseSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_chat, 15);
/**
 * Describes the message switchboard.v1.Choice.
 * Use `create(ChoiceSchema)` to create a new message.
 */
export const ChoiceSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_chat, 16);
/**
 * Describes the message switchboard.v1.ChatCompletionChunk.
 * Use `create(ChatCompletionChunkSchema)` to create a new message.
 */
export const ChatCompletionChunkSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_chat, 17);
/**
 * Describes the message switchboard.v1.ChunkChoice.
 * Use `create(ChunkChoiceSchema)` to create a new message.
 */
export const ChunkChoiceSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_chat, 18);
/**
 * Describes the message switchboard.v1.Delta.
 * Use `create(DeltaSchema)` to create a new message.
 */
export const DeltaSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_chat, 19);
/**
 * Who authored a message.
 *
 * @generated from enum switchboard.v1.Role
 */
export var Role;
(function (Role) {
    /**
     * @generated from enum value: ROLE_UNSPECIFIED = 0;
     */
    Role[Role["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * @generated from enum value: ROLE_SYSTEM = 1;
     */
    Role[Role["SYSTEM"] = 1] = "SYSTEM";
    /**
     * OpenAI's newer name for system instructions; upstreams without it receive it as system.
     *
     * @generated from enum value: ROLE_DEVELOPER = 2;
     */
    Role[Role["DEVELOPER"] = 2] = "DEVELOPER";
    /**
     * @generated from enum value: ROLE_USER = 3;
     */
    Role[Role["USER"] = 3] = "USER";
    /**
     * @generated from enum value: ROLE_ASSISTANT = 4;
     */
    Role[Role["ASSISTANT"] = 4] = "ASSISTANT";
    /**
     * The result of a tool call; carries tool_call_id.
     *
     * @generated from enum value: ROLE_TOOL = 5;
     */
    Role[Role["TOOL"] = 5] = "TOOL";
})(Role || (Role = {}));
/**
 * Describes the enum switchboard.v1.Role.
 */
export const RoleSchema = /*@__PURE__*/ enumDesc(file_switchboard_v1_chat, 0);
/**
 * Why a choice stopped generating.
 *
 * @generated from enum switchboard.v1.FinishReason
 */
export var FinishReason;
(function (FinishReason) {
    /**
     * @generated from enum value: FINISH_REASON_UNSPECIFIED = 0;
     */
    FinishReason[FinishReason["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * @generated from enum value: FINISH_REASON_STOP = 1;
     */
    FinishReason[FinishReason["STOP"] = 1] = "STOP";
    /**
     * @generated from enum value: FINISH_REASON_LENGTH = 2;
     */
    FinishReason[FinishReason["LENGTH"] = 2] = "LENGTH";
    /**
     * @generated from enum value: FINISH_REASON_TOOL_CALLS = 3;
     */
    FinishReason[FinishReason["TOOL_CALLS"] = 3] = "TOOL_CALLS";
    /**
     * @generated from enum value: FINISH_REASON_CONTENT_FILTER = 4;
     */
    FinishReason[FinishReason["CONTENT_FILTER"] = 4] = "CONTENT_FILTER";
    /**
     * Legacy OpenAI function_call.
     *
     * @generated from enum value: FINISH_REASON_FUNCTION_CALL = 5;
     */
    FinishReason[FinishReason["FUNCTION_CALL"] = 5] = "FUNCTION_CALL";
})(FinishReason || (FinishReason = {}));
/**
 * Describes the enum switchboard.v1.FinishReason.
 */
export const FinishReasonSchema = /*@__PURE__*/ enumDesc(file_switchboard_v1_chat, 1);
//# sourceMappingURL=chat_pb.js.map