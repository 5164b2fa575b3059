// Provider administration: the upstreams the gateway talks to, their sealed keys, and presets.
import { enumDesc, fileDesc, messageDesc, serviceDesc } from "@bufbuild/protobuf/codegenv2";
import { file_google_api_annotations } from "../../google/api/annotations_pb.js";
import { file_google_api_field_behavior } from "../../google/api/field_behavior_pb.js";
import { file_google_protobuf_duration, file_google_protobuf_empty, file_google_protobuf_field_mask, file_google_protobuf_timestamp } from "@bufbuild/protobuf/wkt";
/**
 * Describes the file switchboard/v1/provider_admin.proto.
 */
export const file_switchboard_v1_provider_admin = /*@__PURE__*/ fileDesc("CiNzd2l0Y2hib2FyZC92MS9wcm92aWRlcl9hZG1pbi5wcm90bxIOc3dpdGNoYm9hcmQudjEigwcKCFByb3ZpZGVyEg8KAmlkGAEgASgJQgPgQQMSEQoEbmFtZRgCIAEoCUID4EECEg4KBnByZXNldBgDIAEoCRISCgphcGlfZm9ybWF0GAQgASgJEhAKCGJhc2VfdXJsGAUgASgJEhQKB2FwaV9rZXkYBiABKAlCA+BBBBIbCg5hcGlfa2V5X21hc2tlZBgHIAEoCUID4EEDEjYKB2hlYWRlcnMYCCADKAsyJS5zd2l0Y2hib2FyZC52MS5Qcm92aWRlci5IZWFkZXJzRW50cnkSSAoOc2VjcmV0X2hlYWRlcnMYCSADKAsyKy5zd2l0Y2hib2FyZC52MS5Qcm92aWRlci5TZWNyZXRIZWFkZXJzRW50cnlCA+BBBBJVChVzZWNyZXRfaGVhZGVyc19tYXNrZWQYCiADKAsyMS5zd2l0Y2hib2FyZC52MS5Qcm92aWRlci5TZWNyZXRIZWFkZXJzTWFza2VkRW50cnlCA+BBAxIqCgd0aW1lb3V0GAsgASgLMhkuZ29vZ2xlLnByb3RvYnVmLkR1cmF0aW9uEhQKB2VuYWJsZWQYDCABKAhIAIgBARIyCgVzdGF0ZRgNIAEoDjIeLnN3aXRjaGJvYXJkLnYxLlByb3ZpZGVyLlN0YXRlQgPgQQMSFwoKbGFzdF9lcnJvchgOIAEoCUID4EEDEjQKC2NyZWF0ZV90aW1lGA8gASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcEID4EEDEjQKC3VwZGF0ZV90aW1lGBAgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcEID4EEDGi4KDEhlYWRlcnNFbnRyeRILCgNrZXkYASABKAkSDQoFdmFsdWUYAiABKAk6AjgBGjQKElNlY3JldEhlYWRlcnNFbnRyeRILCgNrZXkYASABKAkSDQoFdmFsdWUYAiABKAk6AjgBGjoKGFNlY3JldEhlYWRlcnNNYXNrZWRFbnRyeRILCgNrZXkYASABKAkSDQoFdmFsdWUYAiABKAk6AjgBImgKBVN0YXRlEhUKEVNUQVRFX1VOU1BFQ0lGSUVEEAASDgoKQ09OTkVDVElORxABEg0KCUNPTk5FQ1RFRBACEhAKDERJU0NPTk5FQ1RFRBADEgwKCERJU0FCTEVEEAQSCQoFRVJST1IQBUIKCghfZW5hYmxlZCJIChVDcmVhdGVQcm92aWRlclJlcXVlc3QSLwoIcHJvdmlkZXIYASABKAsyGC5zd2l0Y2hib2FyZC52MS5Qcm92aWRlckID4EECIicKEkdldFByb3ZpZGVyUmVxdWVzdBIRCgRuYW1lGAEgASgJQgPgQQIiFgoUTGlzdFByb3ZpZGVyc1JlcXVlc3QiRAoVTGlzdFByb3ZpZGVyc1Jlc3BvbnNlEisKCXByb3ZpZGVycxgBIAMoCzIYLnN3aXRjaGJvYXJkLnYxLlByb3ZpZGVyIocBChVVcGRhdGVQcm92aWRlclJlcXVlc3QSEQoEbmFtZRgBIAEoCUID4EECEioKCHByb3ZpZGVyGAIgASgLMhguc3dpdGNoYm9hcmQudjEuUHJvdmlkZXISLwoLdXBkYXRlX21hc2sYAyABKAsyGi5nb29nbGUucHJvdG9idWYuRmllbGRNYXNrIioKFURlbGV0ZVByb3ZpZGVyUmVxdWVzdBIRCgRuYW1lGAEgASgJQgPgQQIiRwoTVGVzdFByb3ZpZGVyUmVxdWVzdBIRCgRuYW1lGAEgASgJQgPgQQISDgoGcHJvbXB0GAIgASgJEg0KBW1vZGVsGAMgASgJIsMBChRUZXN0UHJvdmlkZXJSZXNwb25zZRIKCgJvaxgBIAEoCBIqCgdsYXRlbmN5GAIgASgLMhkuZ29vZ2xlLnByb3RvYnVmLkR1cmF0aW9uEhMKC21vZGVsX2NvdW50GAMgASgFEg0KBXJlcGx5GAQgASgJEg0KBWVycm9yGAUgASgJEjEKDnByb21wdF9sYXRlbmN5GAYgASgLMhkuZ29vZ2xlLnByb3RvYnVmLkR1cmF0aW9uEg0KBW1vZGVsGAcgASgJIi4KGUxpc3RQcm92aWRlck1vZGVsc1JlcXVlc3QSEQoEbmFtZRgBIAEoCUID4EECIksKGkxpc3RQcm92aWRlck1vZGVsc1Jlc3BvbnNlEi0KBm1vZGVscxgBIAMoCzIdLnN3aXRjaGJvYXJkLnYxLlByb3ZpZGVyTW9kZWwiPgoNUHJvdmlkZXJNb2RlbBIKCgJpZBgBIAEoCRIQCghvd25lZF9ieRgCIAEoCRIPCgdjcmVhdGVkGAMgASgDIkYKGFJvdGF0ZVByb3ZpZGVyS2V5UmVxdWVzdBIRCgRuYW1lGAEgASgJQgPgQQISFwoHYXBpX2tleRgCIAEoCUIG4EEC4EEEIhQKEkxpc3RQcmVzZXRzUmVxdWVzdCI+ChNMaXN0UHJlc2V0c1Jlc3BvbnNlEicKB3ByZXNldHMYASADKAsyFi5zd2l0Y2hib2FyZC52MS5QcmVzZXQitQEKBlByZXNldBIMCgRuYW1lGAEgASgJEhQKDGRpc3BsYXlfbmFtZRgCIAEoCRIQCghwcm90b2NvbBgDIAEoCRIMCgRob3N0GAQgASgJEgwKBHBvcnQYBSABKAUSEQoJYmFzZV9wYXRoGAYgASgJEhIKCmFwaV9mb3JtYXQYByABKAkSEQoJYXV0aF90eXBlGAggASgJEhAKCGJhc2VfdXJsGAkgASgJEg0KBWxvY2FsGAogASgIMooJCg1Qcm92aWRlckFkbWluEngKDkNyZWF0ZVByb3ZpZGVyEiUuc3dpdGNoYm9hcmQudjEuQ3JlYXRlUHJvdmlkZXJSZXF1ZXN0Ghguc3dpdGNoYm9hcmQudjEuUHJvdmlkZXIiJYLT5JMCHyITL2FkbWluL3YxL3Byb3ZpZGVyczoIcHJvdmlkZXISbwoLR2V0UHJvdmlkZXISIi5zd2l0Y2hib2FyZC52MS5HZXRQcm92aWRlclJlcXVlc3QaGC5zd2l0Y2hib2FyZC52MS5Qcm92aWRlciIigtPkkwIcEhovYWRtaW4vdjEvcHJvdmlkZXJzL3tuYW1lfRJ5Cg1MaXN0UHJvdmlkZXJzEiQuc3dpdGNoYm9hcmQudjEuTGlzdFByb3ZpZGVyc1JlcXVlc3QaJS5zd2l0Y2hib2FyZC52MS5MaXN0UHJvdmlkZXJzUmVzcG9uc2UiG4LT5JMCFRITL2FkbWluL3YxL3Byb3ZpZGVycxJ/Cg5VcGRhdGVQcm92aWRlchIlLnN3aXRjaGJvYXJkLnYxLlVwZGF0ZVByb3ZpZGVyUmVxdWVzdBoYLnN3aXRjaGJvYXJkLnYxLlByb3ZpZGVyIiyC0+STAiYyGi9hZG1pbi92MS9wcm92aWRlcnMve25hbWV9Oghwcm92aWRlchJzCg5EZWxldGVQcm92aWRlchIlLnN3aXRjaGJvYXJkLnYxLkRlbGV0ZVByb3ZpZGVyUmVxdWVzdBoWLmdvb2dsZS5wcm90b2J1Zi5FbXB0eSIigtPkkwIcKhovYWRtaW4vdjEvcHJvdmlkZXJzL3tuYW1lfRKFAQoMVGVzdFByb3ZpZGVyEiMuc3dpdGNoYm9hcmQudjEuVGVzdFByb3ZpZGVyUmVxdWVzdBokLnN3aXRjaGJvYXJkLnYxLlRlc3RQcm92aWRlclJlc3BvbnNlIiqC0+STAiQiHy9hZG1pbi92MS9wcm92aWRlcnMve25hbWV9OnRlc3Q6ASoSlgEKEkxpc3RQcm92aWRlck1vZGVscxIpLnN3aXRjaGJvYXJkLnYxLkxpc3RQcm92aWRlck1vZGVsc1JlcXVlc3QaKi5zd2l0Y2hib2FyZC52MS5MaXN0UHJvdmlkZXJNb2RlbHNSZXNwb25zZSIpgtPkkwIjEiEvYWRtaW4vdjEvcHJvdmlkZXJzL3tuYW1lfS9tb2RlbHMSiAEKEVJvdGF0ZVByb3ZpZGVyS2V5Eiguc3dpdGNoYm9hcmQudjEuUm90YXRlUHJvdmlkZXJLZXlSZXF1ZXN0Ghguc3dpdGNoYm9hcmQudjEuUHJvdmlkZXIiL4LT5JMCKSIkL2FkbWluL3YxL3Byb3ZpZGVycy97bmFtZX06cm90YXRlS2V5OgEqEnEKC0xpc3RQcmVzZXRzEiIuc3dpdGNoYm9hcmQudjEuTGlzdFByZXNldHNSZXF1ZXN0GiMuc3dpdGNoYm9hcmQudjEuTGlzdFByZXNldHNSZXNwb25zZSIZgtPkkwITEhEvYWRtaW4vdjEvcHJlc2V0c0IqChJkZXYuc3dpdGNoYm9hcmQudjFCElByb3ZpZGVyQWRtaW5Qcm90b1ABYgZwcm90bzM", [file_google_api_annotations, file_google_api_field_behavior, file_google_protobuf_duration, file_google_protobuf_empty, file_google_protobuf_field_mask, file_google_protobuf_timestamp]);
/**
 * Describes the message switchboard.v1.Provider.
 * Use `create(ProviderSchema)` to create a new message.
 */
export const ProviderSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_provider_admin, 0);
/**
 * Connection state, from health checks and live traffic.
 *
 * @generated from enum switchboard.v1.Provider.State
 */
export var Provider_State;
(function (Provider_State) {
    /**
     * @generated from enum value: STATE_UNSPECIFIED = 0;
     */
    Provider_State[Provider_State["STATE_UNSPECIFIED"] = 0] = "STATE_UNSPECIFIED";
    /**
     * Enabled, not yet checked.
     *
     * @generated from enum value: CONNECTING = 1;
     */
    Provider_State[Provider_State["CONNECTING"] = 1] = "CONNECTING";
    /**
     * @generated from enum value: CONNECTED = 2;
     */
    Provider_State[Provider_State["CONNECTED"] = 2] = "CONNECTED";
    /**
     * @generated from enum value: DISCONNECTED = 3;
     */
    Provider_State[Provider_State["DISCONNECTED"] = 3] = "DISCONNECTED";
    /**
     * @generated from enum value: DISABLED = 4;
     */
    Provider_State[Provider_State["DISABLED"] = 4] = "DISABLED";
    /**
     * The last check or request failed; see last_error.
     *
     * @generated from enum value: ERROR = 5;
     */
    Provider_State[Provider_State["ERROR"] = 5] = "ERROR";
})(Provider_State || (Provider_State = {}));
/**
 * Describes the enum switchboard.v1.Provider.State.
 */
export const Provider_StateSchema = /*@__PURE__*/ enumDesc(file_switchboard_v1_provider_admin, 0, 0);
/**
 * Describes the message switchboard.v1.CreateProviderRequest.
 * Use `create(CreateProviderRequestSchema)` to create a new message.
 */
export const CreateProviderRequestSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_provider_admin, 1);
/**
 * Describes the message switchboard.v1.GetProviderRequest.
 * Use `create(GetProviderRequestSchema)` to create a new message.
 */
export const GetProviderRequestSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_provider_admin, 2);
/**
 * Describes the message switchboard.v1.ListProvidersRequest.
 * Use `create(ListProvidersRequestSchema)` to create a new message.
 */
export const ListProvidersRequestSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_provider_admin, 3);
/**
 * Describes the message switchboard.v1.ListProvidersResponse.
 * Use `create(ListProvidersResponseSchema)` to create a new message.
 */
export const ListProvidersResponseSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_provider_admin, 4);
/**
 * Describes the message switchboard.v1.UpdateProviderRequest.
 * Use `create(UpdateProviderRequestSchema)` to create a new message.
 */
export const UpdateProviderRequestSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_provider_admin, 5);
/**
 * Describes the message switchboard.v1.DeleteProviderRequest.
 * Use `create(DeleteProviderRequestSchema)` to create a new message.
 */
export const DeleteProviderRequestSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_provider_admin, 6);
/**
 * Describes the message switchboard.v1.TestProviderRequest.
 * Use `create(TestProviderRequestSchema)` to create a new message.
 */
export const TestProviderRequestSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_provider_admin, 7);
/**
 * Describes the message switchboard.v1.TestProviderResponse.
 * Use `create(TestProviderResponseSchema)` to create a new message.
 */
export const TestProviderResponseSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_provider_admin, 8);
/**
 * Describes the message switchboard.v1.ListProviderModelsRequest.
 * Use `create(ListProviderModelsRequestSchema)` to create a new message.
 */
export const ListProviderModelsRequestSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_provider_admin, 9);
/**
 * Describes the message switchboard.v1.ListProviderModelsResponse.
 * Use `create(ListProviderModelsResponseSchema)` to create a new message.
 */
export const ListProviderModelsResponseSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_provider_admin, 10);
/**
 * Describes the message switchboard.v1.ProviderModel.
 * Use `create(ProviderModelSchema)` to create a new message.
 */
export const ProviderModelSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_provider_admin, 11);
/**
 * Describes the message switchboard.v1.RotateProviderKeyRequest.
 * Use `create(RotateProviderKeyRequestSchema)` to create a new message.
 */
export const RotateProviderKeyRequestSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_provider_admin, 12);
/**
 * Describes the message switchboard.v1.ListPresetsRequest.
 * Use `create(ListPresetsRequestSchema)` to create a new message.
 */
export const ListPresetsRequestSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_provider_admin, 13);
/**
 * Describes the message switchboard.v1.ListPresetsResponse.
 * Use `create(ListPresetsResponseSchema)` to create a new message.
 */
export const ListPresetsResponseSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_provider_admin, 14);
/**
 * Describes the message switchboard.v1.Preset.
 * Use `create(PresetSchema)` to create a new message.
 */
export const PresetSchema = /*@__PURE__*/ messageDesc(file_switchboard_v1_provider_admin, 15);
/**
 * Manages providers. Every call needs `authorization: Bearer <admin key>`. Also served as
 * JSON over HTTP under /admin/v1 (snake_case fields).
 *
 * @generated from service switchboard.v1.ProviderAdmin
 */
export const ProviderAdmin = /*@__PURE__*/ serviceDesc(file_switchboard_v1_provider_admin, 0);
//# sourceMappingURL=provider_admin_pb.js.map