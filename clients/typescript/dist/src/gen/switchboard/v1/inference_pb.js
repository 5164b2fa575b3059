// Model inference: chat completions (whole or streamed) and the model catalogue.
import { fileDesc, messageDesc, serviceDesc } from "@bufbuild/protobuf/codegenv2";
import { file_switchboard_v1_chat } from "./chat_pb.js";
/**
 * Describes the file switchboard/v1/inference.proto.
 */
export const file_switchboard_v1_inference = /*@__PURE__*/ fileDesc("Ch5zd2l0Y2hib2FyZC92MS9pbmZlcmVuY2UucHJvdG8SDnN3aXRjaGJvYXJkLnYxIhMKEUxpc3RNb2RlbHNSZXF1ZXN0IjsKEkxpc3RNb2RlbHNSZXNwb25zZRIlCgZtb2RlbHMYASADKAsyFS5zd2l0Y2hib2FyZC52MS5Nb2RlbCIdCg9HZXRNb2RlbFJlcXVlc3QSCgoCaWQYASABKAkiXQoFTW9kZWwSCgoCaWQYASABKAkSEAoIb3duZWRfYnkYAiABKAkSDwoHY3JlYXRlZBgDIAEoAxIQCghwcm92aWRlchgEIAEoCRITCgt1cHN0cmVhbV9pZBgFIAEoCTLxAgoJSW5mZXJlbmNlEmUKFENyZWF0ZUNoYXRDb21wbGV0aW9uEiUuc3dpdGNoYm9hcmQudjEuQ2hhdENvbXBsZXRpb25SZXF1ZXN0GiYuc3dpdGNoYm9hcmQudjEuQ2hhdENvbXBsZXRpb25SZXNwb25zZRJkChRTdHJlYW1DaGF0Q29tcGxldGlvbhIlLnN3aXRjaGJvYXJkLnYxLkNoYXRDb21wbGV0aW9uUmVxdWVzdBojLnN3aXRjaGJvYXJkLnYxLkNoYXRDb21wbGV0aW9uQ2h1bmswARJTCgpMaXN0TW9kZWxzEiEuc3dpdGNoYm9hcmQudjEuTGlzdE1vZGVsc1JlcXVlc3QaIi5zd2l0Y2hib2FyZC52MS5MaXN0TW9kZWxzUmVzcG9uc2USQgoIR2V0TW9kZWwSHy5zd2l0Y2hib2FyZC52MS5HZXRNb2RlbFJlcXVlc3QaFS5zd2l0Y2hib2FyZC52MS5Nb2RlbEImChJkZXYuc3dpdGNoYm9hcmQudjFCDkluZmVyZW5jZVByb3RvUAFiBnByb3RvMw", [file_switchboard_v1_chat]);
/**
 * Describes the message switchboard.v1.ListModelsRequest.
 * Use `create(ListModelsRequestSchema)` to create a new message.
 */
export const ListModelsRequestSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_inference, 0);
/**
 * Describes the message switchboard.v1.ListModelsResponse.
 * Use `create(ListModelsResponseSchema)` to create a new message.
 */
export const ListModelsResponseSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_inference, 1);
/**
 * Describes the message switchboard.v1.GetModelRequest.
 * Use `create(GetModelRequestSchema)` to create a new message.
 */
export const GetModelRequestSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_inference, 2);
/**
 * Describes the message switchboard.v1.Model.
 * Use `create(ModelSchema)` to create a new message.
 */
export const ModelSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_inference, 3);
/**
 * Calls models. Every call needs `authorization: Bearer <key>` metadata. Errors carry a
 * google.rpc.Status with an ErrorInfo (domain "switchboard", reason = error kind) and, for
 * rate limits, a RetryInfo.
 *
 * @generated from service switchboard.v1.Inference
 */
export const Inference = /*@__PURE__*/ serviceDesc(file_switchboard_v1_inference, 0);
//# sourceMappingURL=inference_pb.js.map