package dev.switchboard.transcoder.responses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.ByteString;

import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.Choice;
import dev.switchboard.v1.ChunkChoice;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.CreateResponseRequest;
import dev.switchboard.v1.Delta;
import dev.switchboard.v1.FinishReason;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.ReasoningPart;
import dev.switchboard.v1.ResponseFormat;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.StoredResponse;
import dev.switchboard.v1.ToolCall;
import dev.switchboard.v1.ToolChoice;

/** The Responses request decoder, and round trips of tool calls and reasoning through our output. */
class ResponsesCodecTest {
    static final ObjectMapper mapper = new ObjectMapper();

    static CreateResponseRequest decode(String json) {
        return ResponsesRequestDecoder.decode(json.getBytes(StandardCharsets.UTF_8)).request();
    }

    @Test
    void decodesTheRequestFieldsIntoTheCanonicalRequest() {
        final DecodedResponseRequest d = ResponsesRequestDecoder.decode((
                "{\"model\":\"m\",\"input\":\"hi\",\"instructions\":\"Be brief.\",\"stream\":true,\"store\":false,"
                + "\"previous_response_id\":\"resp_1\",\"max_output_tokens\":100,\"temperature\":0.5,\"top_p\":0.9,"
                + "\"parallel_tool_calls\":false,\"user\":\"u1\",\"metadata\":{\"k\":\"v\"},"
                + "\"reasoning\":{\"effort\":\"low\",\"summary\":\"auto\"},\"include\":[\"reasoning.encrypted_content\"],"
                + "\"text\":{\"format\":{\"type\":\"json_schema\",\"name\":\"out\",\"schema\":{\"type\":\"object\"},\"strict\":true}},"
                + "\"tools\":[{\"type\":\"function\",\"name\":\"f\",\"description\":\"d\",\"parameters\":{\"type\":\"object\"},"
                + "\"strict\":true},{\"type\":\"web_search\",\"search_context_size\":\"low\"}],"
                + "\"tool_choice\":{\"type\":\"function\",\"name\":\"f\"},\"service_tier\":\"flex\"}")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(d.stream()).isTrue();
        final CreateResponseRequest r = d.request();
        assertThat(r.getInstructions()).isEqualTo("Be brief.");
        assertThat(r.hasStore()).isTrue();
        assertThat(r.getStore()).isFalse();
        assertThat(r.getPreviousResponseId()).isEqualTo("resp_1");
        final ChatCompletionRequest c = r.getRequest();
        assertThat(c.getMessagesList()).containsExactly(Message.newBuilder().setRole(Role.ROLE_USER)
                .addContent(ContentPart.newBuilder().setText("hi")).build());
        assertThat(c.getMaxCompletionTokens()).isEqualTo(100);
        assertThat(c.getTemperature()).isEqualTo(0.5);
        assertThat(c.getTopP()).isEqualTo(0.9);
        assertThat(c.getParallelToolCalls()).isFalse();
        assertThat(c.getUser()).isEqualTo("u1");
        assertThat(c.getMetadataMap()).containsEntry("k", "v");
        assertThat(c.getReasoning().getEffort()).isEqualTo("low");
        assertThat(c.getResponseFormat().getType()).isEqualTo(ResponseFormat.Type.TYPE_JSON_SCHEMA);
        assertThat(c.getResponseFormat().getName()).isEqualTo("out");
        assertThat(c.getResponseFormat().getStrict()).isTrue();
        assertThat(c.getTools(0).getName()).isEqualTo("f");
        assertThat(c.getTools(0).getStrict()).isTrue();
        assertThat(c.getTools(1).getType()).isEqualTo("web_search");
        assertThat(c.getTools(1).getExtra().getFieldsMap()).containsKey("search_context_size");
        assertThat(c.getToolChoice()).isEqualTo(ToolChoice.newBuilder().setMode(ToolChoice.Mode.MODE_FUNCTION)
                                                          .setFunctionName("f").build());
        // Unknown fields travel in extra; include is ours to decide.
        assertThat(c.getExtra().getFieldsMap()).containsOnlyKeys("service_tier");
    }

    @Test
    void foldsAssistantItemsIntoOneTurnAndReadsPartsAndToolOutputs() {
        final ChatCompletionRequest c = decode(
                "{\"model\":\"m\",\"input\":[{\"role\":\"developer\",\"content\":\"rules\"},"
                + "{\"type\":\"message\",\"role\":\"user\",\"content\":[{\"type\":\"input_text\",\"text\":\"look\"},"
                + "{\"type\":\"input_image\",\"image_url\":\"data:image/jpg;base64,AAEC\",\"detail\":\"high\"},"
                + "{\"type\":\"input_file\",\"file_id\":\"file_1\"}]},"
                + "{\"type\":\"reasoning\",\"id\":\"rs_1\",\"summary\":[{\"type\":\"summary_text\",\"text\":\"think\"}],"
                + "\"encrypted_content\":\"sbrs1.c2ln\"},"
                + "{\"type\":\"message\",\"role\":\"assistant\",\"content\":[{\"type\":\"output_text\",\"text\":\"ok\"}]},"
                + "{\"type\":\"function_call\",\"call_id\":\"call_1\",\"name\":\"f\",\"arguments\":\"{}\"},"
                + "{\"type\":\"function_call_output\",\"call_id\":\"call_1\",\"output\":\"42\"}]}").getRequest();
        assertThat(c.getMessagesList()).extracting(Message::getRole).containsExactly(
                Role.ROLE_DEVELOPER, Role.ROLE_USER, Role.ROLE_ASSISTANT, Role.ROLE_TOOL);
        final Message user = c.getMessages(1);
        assertThat(user.getContent(1).getImage().getMediaType()).isEqualTo("image/jpeg");
        assertThat(user.getContent(1).getImage().getData().toByteArray()).containsExactly(0, 1, 2);
        assertThat(user.getContent(1).getImage().getDetail()).isEqualTo("high");
        assertThat(user.getContent(2).getFile().getFileId()).isEqualTo("file_1");
        final Message assistant = c.getMessages(2);
        assertThat(assistant.getContent(0).getReasoning().getText()).isEqualTo("think");
        assertThat(assistant.getContent(0).getProviderState().toStringUtf8()).isEqualTo("sig");
        assertThat(assistant.getContent(1).getText()).isEqualTo("ok");
        assertThat(assistant.getToolCalls(0)).isEqualTo(ToolCall.newBuilder().setId("call_1").setType("function")
                                                                .setName("f").setArguments("{}").build());
        assertThat(c.getMessages(3).getToolCallId()).isEqualTo("call_1");
        assertThat(c.getMessages(3).getContent(0).getText()).isEqualTo("42");
    }

    @Test
    void badRequestsNameTheField() {
        assertThat(message("{\"input\":\"x\"}")).isEqualTo("model: required");
        assertThat(message("{\"model\":\"m\"}")).isEqualTo("input: required");
        assertThat(message("{\"model\":\"m\",\"input\":[]}")).contains("at least one");
        assertThat(message("{\"model\":\"m\",\"input\":[{\"type\":\"item_reference\",\"id\":\"x\"}]}"))
                .contains("input[0].type");
        assertThat(message("{\"model\":\"m\",\"input\":\"x\",\"temperature\":\"hot\"}")).contains("temperature");
        assertThat(message("{\"model\":\"m\",\"input\":\"x\",\"tool_choice\":\"sometimes\"}")).contains("tool_choice");
        assertThat(message("[1]")).contains("request body");
    }

    private static String message(String json) {
        return catchThrowableOfType(GatewayException.class, () -> decode(json)).getMessage();
    }

    /** A streamed answer with signed reasoning and two tool calls, as canonical chunks. */
    static List<ChatCompletionChunk> reasoningThenCalls() {
        final ByteString sig = ByteString.copyFromUtf8("anthropic:sig-1");
        final ByteString callState = ByteString.copyFromUtf8("gemini:ts");
        return List.of(chunk(Delta.newBuilder().setRole(Role.ROLE_ASSISTANT)),
                       chunk(Delta.newBuilder().setReasoning("Let me ")),
                       chunk(Delta.newBuilder().setReasoning("think.")),
                       chunk(Delta.newBuilder().setReasoningProviderState(sig)),
                       chunk(Delta.newBuilder().setContent("Calling.")),
                       chunk(Delta.newBuilder().addToolCalls(ToolCall.newBuilder().setIndex(0).setId("call_a")
                               .setName("f").setProviderState(callState))),
                       chunk(Delta.newBuilder().addToolCalls(ToolCall.newBuilder().setIndex(0).setArguments("{\"a\":"))),
                       chunk(Delta.newBuilder().addToolCalls(ToolCall.newBuilder().setIndex(0).setArguments("1}"))),
                       chunk(Delta.newBuilder().addToolCalls(ToolCall.newBuilder().setIndex(1).setId("call_b")
                               .setName("g").setArguments("{}"))));
    }

    static ChatCompletionChunk chunk(Delta.Builder d) {
        return ChatCompletionChunk.newBuilder().setId("x").addChoices(ChunkChoice.newBuilder().setDelta(d)).build();
    }

    @Test
    void streamsReasoningTextAndToolCallsAsItemsInOpenAisOrder() throws Exception {
        final List<ResponseEventEncoder.Event> events = new ArrayList<>();
        final ResponseEventEncoder encoder = new ResponseEventEncoder(events::add);
        final StoredResponse start = ResponsesRecordingsTest.started("resp_abc", "m");
        encoder.started(start);
        reasoningThenCalls().forEach(encoder::chunk);
        final Message answer = Message.newBuilder().setRole(Role.ROLE_ASSISTANT)
                .addContent(ContentPart.newBuilder().setReasoning(ReasoningPart.newBuilder().setText("Let me think."))
                                       .setProviderState(ByteString.copyFromUtf8("anthropic:sig-1")))
                .addContent(ContentPart.newBuilder().setText("Calling."))
                .addToolCalls(ToolCall.newBuilder().setIndex(0).setId("call_a").setType("function").setName("f").setArguments("{\"a\":1}")
                                      .setProviderState(ByteString.copyFromUtf8("gemini:ts")))
                .addToolCalls(ToolCall.newBuilder().setIndex(1).setId("call_b").setType("function").setName("g")
                                      .setArguments("{}")).build();
        encoder.completed(start.toBuilder().setCompletion(ChatCompletionResponse.newBuilder().setModel("m")
                .addChoices(Choice.newBuilder().setMessage(answer).setFinishReason(FinishReason.FINISH_REASON_TOOL_CALLS)))
                .build());
        ResponsesRecordingsTest.validated(events);
        assertThat(events.stream().map(ResponseEventEncoder.Event::type)).containsExactly(
                "response.created", "response.in_progress",
                "response.output_item.added", "response.reasoning_summary_part.added",
                "response.reasoning_summary_text.delta", "response.reasoning_summary_text.delta",
                "response.reasoning_summary_text.done", "response.reasoning_summary_part.done",
                "response.output_item.done",
                "response.output_item.added", "response.content_part.added", "response.output_text.delta",
                "response.output_text.done", "response.content_part.done", "response.output_item.done",
                "response.output_item.added", "response.function_call_arguments.delta",
                "response.function_call_arguments.delta", "response.function_call_arguments.done",
                "response.output_item.done",
                "response.output_item.added", "response.function_call_arguments.delta",
                "response.function_call_arguments.done", "response.output_item.done",
                "response.completed");
        // Streamed items and the completed response name each item alike.
        final JsonNode completed = mapper.readTree(events.get(events.size() - 1).json()).get("response");
        final List<JsonNode> done = new ArrayList<>();
        for (ResponseEventEncoder.Event e : events) {
            if (e.type().equals("response.output_item.done")) {
                done.add(mapper.readTree(e.json()).get("item"));
            }
        }
        assertThat(completed.get("output")).containsExactlyElementsOf(done);
        assertThat(completed.at("/output/0/id").asText()).isEqualTo("rs_abc_0");
        assertThat(completed.at("/output/1/id").asText()).isEqualTo("msg_abc");
        assertThat(completed.at("/output/2/id").asText()).isEqualTo("fc_abc_0");

        // Sent back as input, the items give the same turn back, provider state included.
        final String input = mapper.writeValueAsString(completed.get("output"));
        final Message back = decode("{\"model\":\"m\",\"input\":" + input + "}").getRequest().getMessages(0);
        assertThat(back.getContent(0)).isEqualTo(answer.getContent(0));
        assertThat(back.getContent(1)).isEqualTo(answer.getContent(1));
        assertThat(back.getToolCallsList()).isEqualTo(answer.getToolCallsList());
    }

    @Test
    void lengthStopsAreIncompleteResponses() throws Exception {
        final StoredResponse r = ResponsesRecordingsTest.started("resp_len", "m").toBuilder()
                .setCompletion(ChatCompletionResponse.newBuilder().setModel("m").addChoices(Choice.newBuilder()
                        .setMessage(Message.newBuilder().setRole(Role.ROLE_ASSISTANT)
                                           .addContent(ContentPart.newBuilder().setText("cut")))
                        .setFinishReason(FinishReason.FINISH_REASON_LENGTH))).build();
        final byte[] body = ResponseObjectEncoder.encode(r);
        dev.switchboard.transcoder.testing.OpenAiSpec.assertValid(
                dev.switchboard.transcoder.testing.OpenAiSpec.RESPONSES, "Response", body);
        final JsonNode json = mapper.readTree(body);
        assertThat(json.get("status").asText()).isEqualTo("incomplete");
        assertThat(json.at("/incomplete_details/reason").asText()).isEqualTo("max_output_tokens");
        final List<ResponseEventEncoder.Event> events = new ArrayList<>();
        final ResponseEventEncoder encoder = new ResponseEventEncoder(events::add);
        encoder.started(r);
        encoder.completed(r);
        ResponsesRecordingsTest.validated(events);
        assertThat(events.get(events.size() - 1).type()).isEqualTo("response.incomplete");
    }
}
