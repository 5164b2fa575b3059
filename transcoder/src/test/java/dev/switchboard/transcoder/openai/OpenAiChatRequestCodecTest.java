package dev.switchboard.transcoder.openai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ByteString;

import dev.switchboard.transcoder.testing.Fixtures;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.ResponseFormat;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.Tool;
import dev.switchboard.v1.ToolChoice;

/** Client requests decoded to the canonical form and encoded back for an OpenAI-format upstream. */
class OpenAiChatRequestCodecTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode tree(byte[] json) throws Exception {
        return MAPPER.readTree(json);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void recordedStreamingRequestRoundTrips() throws Exception {
        final byte[] original = Fixtures.bytes("openai/chat/louter-stream-gpt-4o-mini.request.json");
        final DecodedChatRequest decoded = OpenAiChatRequestDecoder.decode(original);
        final ChatCompletionRequest req = decoded.request();
        assertThat(decoded.stream()).isTrue();
        assertThat(req.getModel()).isEqualTo("gpt-4o-mini");
        assertThat(req.getMessagesList()).containsExactly(
                Message.newBuilder().setRole(Role.ROLE_USER)
                       .addContent(ContentPart.newBuilder().setText("Count from 1 to 3")).build());
        assertThat(req.getMaxTokens()).isEqualTo(50);
        assertThat(req.hasMaxCompletionTokens()).isFalse();
        assertThat(req.hasTemperature()).isFalse();
        assertThat(req.hasStreamOptions()).isFalse();

        final byte[] encoded = OpenAiChatRequestEncoder.encode(req, "gpt-4o-mini-2024-07-18", true);
        final ObjectNode expected = (ObjectNode) tree(original);
        expected.put("model", "gpt-4o-mini-2024-07-18");
        assertThat(tree(encoded)).isEqualTo(expected);
    }

    @Test
    void recordedVisionRequestRoundTripsTheImageBytes() throws Exception {
        final byte[] original = Fixtures.bytes("openai/chat/louter-vision-image_url.request.json");
        final ChatCompletionRequest req = OpenAiChatRequestDecoder.decode(original).request();
        final Message user = req.getMessages(0);
        assertThat(user.getContent(0).getText()).isEqualTo("What is in this image?");
        final ContentPart image = user.getContent(1);
        assertThat(image.getImage().getUrl()).isEmpty();
        assertThat(image.getImage().getMediaType()).isEqualTo("image/jpeg");
        // A JPEG starts with FF D8 FF E0 and ends with FF D9.
        final byte[] jpeg = image.getImage().getData().toByteArray();
        assertThat(jpeg).startsWith((byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0)
                        .endsWith((byte) 0xFF, (byte) 0xD9);
        assertThat(req.getMaxCompletionTokens()).isEqualTo(50);

        final byte[] encoded = OpenAiChatRequestEncoder.encode(req, "gpt-5-nano", false);
        assertThat(tree(encoded)).isEqualTo(tree(original));
    }

    private static final String EVERY_FIELD = """
            {
              "model": "openai/gpt-4o",
              "messages": [
                {"role": "system", "content": "Be brief."},
                {"role": "developer", "content": [
                  {"type": "text", "text": "Rules", "cache_control": {"type": "ephemeral"}}]},
                {"role": "user", "name": "alice", "content": [
                  {"type": "text", "text": "Look"},
                  {"type": "image_url", "image_url": {"url": "https://example.com/cat.png", "detail": "low"}},
                  {"image_url": {"url": "data:image/jpg;base64,AAEC"}, "type": "image_url"},
                  {"type": "input_audio", "input_audio": {"data": "UklGRg==", "format": "wav"}},
                  {"type": "file", "file": {"file_id": "file-abc"}},
                  {"type": "file", "file": {"file_data": "data:application/pdf;base64,JVBERi0=", "filename": "a.pdf"}}
                ]},
                {"role": "assistant", "content": null, "reasoning_content": "I should call the tool.",
                 "tool_calls": [{"id": "call_1", "type": "function",
                                 "function": {"name": "get_weather", "arguments": "{\\"city\\":\\"Paris\\"}"}}],
                 "prefix": false},
                {"role": "tool", "tool_call_id": "call_1", "content": "18C"},
                {"role": "assistant", "content": [{"type": "refusal", "refusal": "No."}], "refusal": "No.",
                 "name": null}
              ],
              "temperature": 0.5, "top_p": 1, "top_k": 40, "max_tokens": 100, "max_completion_tokens": 200,
              "stop": "END", "n": 1, "seed": 42, "presence_penalty": 0.1, "frequency_penalty": -0.5,
              "logprobs": true, "top_logprobs": 3, "user": "u-1", "metadata": {"k": "v"},
              "logit_bias": {"50256": -100, "42": 2.5},
              "tools": [
                {"type": "function", "function": {"name": "get_weather", "description": "Weather now",
                  "parameters": {"type": "object", "properties": {"city": {"type": "string", "maxLength": 3}},
                                 "required": ["city"], "additionalProperties": false},
                  "strict": true}},
                {"type": "web_search_preview", "search_context_size": "low"}
              ],
              "tool_choice": {"type": "function", "function": {"name": "get_weather"}},
              "parallel_tool_calls": false,
              "response_format": {"type": "json_schema", "json_schema": {"name": "answer", "description": "d",
                "schema": {"type": "object", "properties": {"n": {"type": "integer", "minimum": 0}}},
                "strict": true}},
              "reasoning_effort": "low",
              "stream": true,
              "stream_options": {"include_usage": true},
              "service_tier": "flex", "store": false, "modalities": ["text"],
              "prediction": {"type": "content", "content": "x"}
            }
            """;

    @Test
    void decodesEveryField() {
        final DecodedChatRequest decoded = OpenAiChatRequestDecoder.decode(utf8(EVERY_FIELD));
        final ChatCompletionRequest r = decoded.request();
        assertThat(decoded.stream()).isTrue();
        assertThat(r.getModel()).isEqualTo("openai/gpt-4o");
        assertThat(r.getMessagesList()).extracting(Message::getRole).containsExactly(
                Role.ROLE_SYSTEM, Role.ROLE_DEVELOPER, Role.ROLE_USER, Role.ROLE_ASSISTANT, Role.ROLE_TOOL,
                Role.ROLE_ASSISTANT);

        assertThat(r.getMessages(1).getContent(0).getText()).isEqualTo("Rules");
        assertThat(r.getMessages(1).getContent(0).getExtra().getFieldsOrThrow("cache_control")
                    .getStructValue().getFieldsOrThrow("type").getStringValue()).isEqualTo("ephemeral");

        final Message user = r.getMessages(2);
        assertThat(user.getName()).isEqualTo("alice");
        assertThat(user.getContent(1).getImage().getUrl()).isEqualTo("https://example.com/cat.png");
        assertThat(user.getContent(1).getImage().getDetail()).isEqualTo("low");
        assertThat(user.getContent(2).getImage().getData()).isEqualTo(ByteString.copyFrom(new byte[] { 0, 1, 2 }));
        assertThat(user.getContent(2).getImage().getMediaType()).isEqualTo("image/jpeg");
        assertThat(user.getContent(3).getAudio().getData().toStringUtf8()).isEqualTo("RIFF");
        assertThat(user.getContent(3).getAudio().getFormat()).isEqualTo("wav");
        assertThat(user.getContent(4).getFile().getFileId()).isEqualTo("file-abc");
        assertThat(user.getContent(5).getFile().getData().toStringUtf8()).isEqualTo("%PDF-");
        assertThat(user.getContent(5).getFile().getMediaType()).isEqualTo("application/pdf");
        assertThat(user.getContent(5).getFile().getFilename()).isEqualTo("a.pdf");

        final Message call = r.getMessages(3);
        assertThat(call.getContent(0).getReasoning().getText()).isEqualTo("I should call the tool.");
        assertThat(call.getContentCount()).isEqualTo(1);
        assertThat(call.getToolCalls(0).getId()).isEqualTo("call_1");
        assertThat(call.getToolCalls(0).getName()).isEqualTo("get_weather");
        assertThat(call.getToolCalls(0).getArguments()).isEqualTo("{\"city\":\"Paris\"}");
        assertThat(call.getExtra().getFieldsOrThrow("prefix").getBoolValue()).isFalse();
        assertThat(r.getMessages(4).getToolCallId()).isEqualTo("call_1");
        assertThat(r.getMessages(4).getContent(0).getText()).isEqualTo("18C");
        final Message refusal = r.getMessages(5);
        assertThat(refusal.getRefusal()).isEqualTo("No.");
        assertThat(refusal.getContent(0).getPartCase()).isEqualTo(ContentPart.PartCase.PART_NOT_SET);
        assertThat(refusal.getContent(0).getExtra().getFieldsOrThrow("type").getStringValue()).isEqualTo("refusal");

        assertThat(r.getTemperature()).isEqualTo(0.5);
        assertThat(r.getTopP()).isEqualTo(1.0);
        assertThat(r.getTopK()).isEqualTo(40);
        assertThat(r.getMaxTokens()).isEqualTo(100);
        assertThat(r.getMaxCompletionTokens()).isEqualTo(200);
        assertThat(r.getStopList()).containsExactly("END");
        assertThat(r.getN()).isEqualTo(1);
        assertThat(r.getSeed()).isEqualTo(42L);
        assertThat(r.getPresencePenalty()).isEqualTo(0.1);
        assertThat(r.getFrequencyPenalty()).isEqualTo(-0.5);
        assertThat(r.getLogprobs()).isTrue();
        assertThat(r.getTopLogprobs()).isEqualTo(3);
        assertThat(r.getUser()).isEqualTo("u-1");
        assertThat(r.getMetadataMap()).containsExactly(java.util.Map.entry("k", "v"));
        assertThat(r.getLogitBiasMap()).containsEntry("50256", -100.0).containsEntry("42", 2.5);

        final Tool fn = r.getTools(0);
        assertThat(fn.getType()).isEqualTo("function");
        assertThat(fn.getName()).isEqualTo("get_weather");
        assertThat(fn.getDescription()).isEqualTo("Weather now");
        assertThat(fn.getStrict()).isTrue();
        assertThat(fn.getParameters().getFieldsOrThrow("required").getListValue().getValues(0).getStringValue())
                .isEqualTo("city");
        final Tool builtIn = r.getTools(1);
        assertThat(builtIn.getType()).isEqualTo("web_search_preview");
        assertThat(builtIn.getName()).isEmpty();
        assertThat(builtIn.getExtra().getFieldsOrThrow("search_context_size").getStringValue()).isEqualTo("low");

        assertThat(r.getToolChoice()).isEqualTo(ToolChoice.newBuilder().setMode(ToolChoice.Mode.MODE_FUNCTION)
                                                          .setFunctionName("get_weather").build());
        assertThat(r.getParallelToolCalls()).isFalse();
        assertThat(r.getResponseFormat().getType()).isEqualTo(ResponseFormat.Type.TYPE_JSON_SCHEMA);
        assertThat(r.getResponseFormat().getName()).isEqualTo("answer");
        assertThat(r.getResponseFormat().getDescription()).isEqualTo("d");
        assertThat(r.getResponseFormat().getStrict()).isTrue();
        assertThat(r.getReasoning().getEffort()).isEqualTo("low");
        assertThat(r.getStreamOptions().getIncludeUsage()).isTrue();
        assertThat(r.getExtra().getFieldsMap()).containsOnlyKeys("service_tier", "store", "modalities", "prediction");
    }

    /**
     * The same request as sent upstream, written by hand: model replaced, stop as an array, the jpg
     * media type normalised, reasoning dropped from history, nulls left out; all else verbatim.
     */
    private static final String EVERY_FIELD_UPSTREAM = """
            {
              "model": "gpt-4o-2024-08-06",
              "messages": [
                {"role": "system", "content": "Be brief."},
                {"role": "developer", "content": [
                  {"type": "text", "text": "Rules", "cache_control": {"type": "ephemeral"}}]},
                {"role": "user", "name": "alice", "content": [
                  {"type": "text", "text": "Look"},
                  {"type": "image_url", "image_url": {"url": "https://example.com/cat.png", "detail": "low"}},
                  {"type": "image_url", "image_url": {"url": "data:image/jpeg;base64,AAEC"}},
                  {"type": "input_audio", "input_audio": {"data": "UklGRg==", "format": "wav"}},
                  {"type": "file", "file": {"file_id": "file-abc"}},
                  {"type": "file", "file": {"file_data": "data:application/pdf;base64,JVBERi0=", "filename": "a.pdf"}}
                ]},
                {"role": "assistant", "content": null,
                 "tool_calls": [{"id": "call_1", "type": "function",
                                 "function": {"name": "get_weather", "arguments": "{\\"city\\":\\"Paris\\"}"}}],
                 "prefix": false},
                {"role": "tool", "tool_call_id": "call_1", "content": "18C"},
                {"role": "assistant", "content": [{"type": "refusal", "refusal": "No."}], "refusal": "No."}
              ],
              "temperature": 0.5, "top_p": 1, "top_k": 40, "max_tokens": 100, "max_completion_tokens": 200,
              "stop": ["END"], "n": 1, "seed": 42, "presence_penalty": 0.1, "frequency_penalty": -0.5,
              "logprobs": true, "top_logprobs": 3, "user": "u-1", "metadata": {"k": "v"},
              "logit_bias": {"50256": -100, "42": 2.5},
              "tools": [
                {"type": "function", "function": {"name": "get_weather", "description": "Weather now",
                  "parameters": {"type": "object", "properties": {"city": {"type": "string", "maxLength": 3}},
                                 "required": ["city"], "additionalProperties": false},
                  "strict": true}},
                {"type": "web_search_preview", "search_context_size": "low"}
              ],
              "tool_choice": {"type": "function", "function": {"name": "get_weather"}},
              "parallel_tool_calls": false,
              "response_format": {"type": "json_schema", "json_schema": {"name": "answer", "description": "d",
                "schema": {"type": "object", "properties": {"n": {"type": "integer", "minimum": 0}}},
                "strict": true}},
              "reasoning_effort": "low",
              "stream": true,
              "stream_options": {"include_usage": true},
              "service_tier": "flex", "store": false, "modalities": ["text"],
              "prediction": {"type": "content", "content": "x"}
            }
            """;

    @Test
    void encodesEveryFieldBackForAnOpenAiUpstream() throws Exception {
        final ChatCompletionRequest r = OpenAiChatRequestDecoder.decode(utf8(EVERY_FIELD)).request();
        final byte[] encoded = OpenAiChatRequestEncoder.encode(r, "gpt-4o-2024-08-06", true);
        assertThat(tree(encoded)).isEqualTo(MAPPER.readTree(EVERY_FIELD_UPSTREAM));
    }

    @Test
    void leavesStreamOptionsOutOfANonStreamedCall() throws Exception {
        final ChatCompletionRequest r = OpenAiChatRequestDecoder.decode(utf8(EVERY_FIELD)).request();
        final JsonNode encoded = tree(OpenAiChatRequestEncoder.encode(r, "m", false));
        assertThat(encoded.has("stream")).isFalse();
        assertThat(encoded.has("stream_options")).isFalse();
    }

    @Test
    void nullOptionalParametersMeanAbsent() throws Exception {
        final DecodedChatRequest decoded = OpenAiChatRequestDecoder.decode(utf8(
                "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\",\"name\":null}]," +
                "\"temperature\":null,\"top_p\":null,\"max_tokens\":null,\"stop\":null,\"tools\":null," +
                "\"tool_choice\":null,\"response_format\":null,\"user\":null,\"metadata\":null,\"logit_bias\":null," +
                "\"stream\":null,\"stream_options\":null,\"seed\":null,\"reasoning_effort\":null}"));
        final ChatCompletionRequest r = decoded.request();
        assertThat(decoded.stream()).isFalse();
        assertThat(r.hasTemperature()).isFalse();
        assertThat(r.hasTopP()).isFalse();
        assertThat(r.hasMaxTokens()).isFalse();
        assertThat(r.hasSeed()).isFalse();
        assertThat(r.hasToolChoice()).isFalse();
        assertThat(r.hasResponseFormat()).isFalse();
        assertThat(r.hasStreamOptions()).isFalse();
        assertThat(r.hasReasoning()).isFalse();
        assertThat(r.hasExtra()).isFalse();
        assertThat(tree(OpenAiChatRequestEncoder.encode(r, "m", true))).isEqualTo(MAPPER.readTree(
                "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"stream\":true}"));
    }

    @Test
    void readsStopAsAnArrayAndToolChoiceStrings() {
        final ChatCompletionRequest r = OpenAiChatRequestDecoder.decode(utf8(
                "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"stop\":[\"a\",\"b\"]," +
                "\"tool_choice\":\"required\",\"response_format\":{\"type\":\"json_object\"}," +
                "\"max_tokens\":50.0}")).request();
        assertThat(r.getStopList()).containsExactly("a", "b");
        assertThat(r.getToolChoice().getMode()).isEqualTo(ToolChoice.Mode.MODE_REQUIRED);
        assertThat(r.getResponseFormat().getType()).isEqualTo(ResponseFormat.Type.TYPE_JSON_OBJECT);
        assertThat(r.getMaxTokens()).isEqualTo(50);
    }

    @Test
    void readsOpenRoutersReasoningFieldOnAssistantHistory() {
        final ChatCompletionRequest r = OpenAiChatRequestDecoder.decode(utf8(
                "{\"model\":\"m\",\"messages\":[{\"role\":\"assistant\",\"content\":\"answer\",\"reasoning\":\"why\"}," +
                "{\"role\":\"user\",\"content\":\"more\"}]}")).request();
        final Message assistant = r.getMessages(0);
        assertThat(assistant.getContent(0).getReasoning().getText()).isEqualTo("why");
        assertThat(assistant.getContent(1).getText()).isEqualTo("answer");
    }

    @Test
    void keepsOneTextPartWithExtraAsAnArray() throws Exception {
        final String body = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":" +
                            "[{\"type\":\"text\",\"text\":\"hi\",\"cache_control\":{\"type\":\"ephemeral\"}}]}]}";
        final ChatCompletionRequest r = OpenAiChatRequestDecoder.decode(utf8(body)).request();
        assertThat(tree(OpenAiChatRequestEncoder.encode(r, "m", false))).isEqualTo(MAPPER.readTree(body));
    }
}
