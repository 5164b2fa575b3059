package dev.switchboard.transcoder.responses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.transcoder.common.SseEvent;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.format.StreamDecoder;
import dev.switchboard.transcoder.testing.Fixtures;
import dev.switchboard.transcoder.testing.OpenAiSpec;
import dev.switchboard.transcoder.testing.StreamAssembly;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.Choice;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.StoredResponse;

/**
 * Recorded OpenAI Responses traffic, decoded with the upstream adapter and re-encoded with the
 * ingress encoders, compared field by field with the recording: event types and order, item types,
 * text, usage. Every object emitted validates against the Responses subset of the OpenAI spec.
 */
class ResponsesRecordingsTest {
    static final ObjectMapper mapper = new ObjectMapper();
    static final String DIR = "openai/responses/";

    static JsonNode json(String s) throws Exception {
        return mapper.readTree(s);
    }

    static JsonNode json(byte[] b) throws Exception {
        return mapper.readTree(b);
    }

    /** The spec schema of each event type we emit. */
    static String schemaOf(String type) {
        switch (type) {
            case "response.created": return "ResponseCreatedEvent";
            case "response.in_progress": return "ResponseInProgressEvent";
            case "response.output_item.added": return "ResponseOutputItemAddedEvent";
            case "response.output_item.done": return "ResponseOutputItemDoneEvent";
            case "response.content_part.added": return "ResponseContentPartAddedEvent";
            case "response.content_part.done": return "ResponseContentPartDoneEvent";
            case "response.output_text.delta": return "ResponseTextDeltaEvent";
            case "response.output_text.done": return "ResponseTextDoneEvent";
            case "response.output_text.annotation.added": return "ResponseOutputTextAnnotationAddedEvent";
            case "response.function_call_arguments.delta": return "ResponseFunctionCallArgumentsDeltaEvent";
            case "response.function_call_arguments.done": return "ResponseFunctionCallArgumentsDoneEvent";
            case "response.reasoning_summary_part.added": return "ResponseReasoningSummaryPartAddedEvent";
            case "response.reasoning_summary_part.done": return "ResponseReasoningSummaryPartDoneEvent";
            case "response.reasoning_summary_text.delta": return "ResponseReasoningSummaryTextDeltaEvent";
            case "response.reasoning_summary_text.done": return "ResponseReasoningSummaryTextDoneEvent";
            case "response.completed": return "ResponseCompletedEvent";
            case "response.incomplete": return "ResponseIncompleteEvent";
            case "response.failed": return "ResponseFailedEvent";
            case "error": return "ResponseErrorEvent";
            default: throw new AssertionError("unexpected event type " + type);
        }
    }

    /** Collects events, checking each against its schema and that sequence numbers count up from 0. */
    static List<ResponseEventEncoder.Event> validated(List<ResponseEventEncoder.Event> events) throws Exception {
        for (int i = 0; i < events.size(); i++) {
            final ResponseEventEncoder.Event e = events.get(i);
            OpenAiSpec.assertValid(OpenAiSpec.RESPONSES, schemaOf(e.type()), e.json());
            assertThat(json(e.json()).get("type").asText()).isEqualTo(e.type());
            assertThat(json(e.json()).get("sequence_number").asInt()).isEqualTo(i);
        }
        return events;
    }

    static StoredResponse started(String id, String model) {
        return StoredResponse.newBuilder().setId(id).setCreated(1772062745).setStored(true)
                             .setRequest(ChatCompletionRequest.newBuilder().setModel(model))
                             .setCompletion(ChatCompletionResponse.newBuilder().setModel(model)).build();
    }

    @Test
    void recordedStreamReEncodesWithTheRecordedEventOrderTextAndUsage() throws Exception {
        final List<String> recorded = Fixtures.jsonl(DIR + "vercel-openai-phase.1.chunks.jsonl");
        final StreamDecoder decoder = new ResponsesFormat().newStreamDecoder("gpt-5.3-codex");
        final List<ChatCompletionChunk> chunks = new ArrayList<>();
        for (String data : recorded) {
            decoder.decode(new SseEvent(null, data), chunks::add);
        }
        final StreamAssembly assembled = new StreamAssembly();
        chunks.forEach(assembled::add);

        final List<ResponseEventEncoder.Event> events = new ArrayList<>();
        final ResponseEventEncoder encoder = new ResponseEventEncoder(events::add);
        final StoredResponse start = started("resp_0a63f40a2632b74300699f8818e5648196a8fa657ae8091421", "gpt-5.3-codex");
        encoder.started(start);
        chunks.forEach(encoder::chunk);
        encoder.completed(start.toBuilder().setCompletion(start.getCompletion().toBuilder()
                .setUsage(assembled.usage())
                .addChoices(Choice.newBuilder().setFinishReason(assembled.finishReason()).setMessage(
                        Message.newBuilder().setRole(Role.ROLE_ASSISTANT)
                               .addContent(ContentPart.newBuilder().setText(assembled.text()))))).build());
        validated(events);

        // The recording has two message items; canonical text joins them, so the re-encoding is one
        // message item with the same per-item event order, between the same lifecycle events.
        final List<String> recordedTypes = new ArrayList<>();
        // The recording keeps only some text deltas (its done events have the full text), so what
        // a client could assemble from it is its deltas, item by item.
        final List<String> recordedTexts = new ArrayList<>();
        JsonNode recordedCompleted = null;
        for (String data : recorded) {
            final JsonNode e = json(data);
            recordedTypes.add(e.get("type").asText());
            if ("response.output_item.added".equals(e.get("type").asText())) {
                recordedTexts.add("");
            }
            if ("response.output_text.delta".equals(e.get("type").asText())) {
                recordedTexts.set(recordedTexts.size() - 1, recordedTexts.get(recordedTexts.size() - 1)
                                                            + e.get("delta").asText());
            }
            if ("response.completed".equals(e.get("type").asText())) {
                recordedCompleted = e.get("response");
            }
        }
        final List<String> ours = events.stream().map(ResponseEventEncoder.Event::type).toList();
        final int secondItem = recordedTypes.lastIndexOf("response.output_item.added");
        final List<String> firstItem = collapse(recordedTypes.subList(0, recordedTypes.indexOf("response.output_item.done") + 1));
        assertThat(collapse(ours.subList(0, ours.indexOf("response.output_item.done") + 1))).isEqualTo(firstItem);
        assertThat(ours.get(ours.size() - 1)).isEqualTo(recordedTypes.get(recordedTypes.size() - 1));
        assertThat(collapse(recordedTypes.subList(secondItem, recordedTypes.size() - 1)))
                .isEqualTo(firstItem.subList(2, firstItem.size()));

        final JsonNode completed = json(events.get(events.size() - 1).json()).get("response");
        assertThat(completed.get("id").asText()).isEqualTo(recordedCompleted.get("id").asText());
        assertThat(completed.get("output")).hasSize(1);
        assertThat(completed.at("/output/0/type").asText()).isEqualTo("message");
        assertThat(completed.at("/output/0/content/0/text").asText()).isEqualTo(String.join("\n\n", recordedTexts));
        assertThat(completed.get("usage")).isEqualTo(withCacheWrites(recordedCompleted.get("usage")));
        final StringBuilder deltas = new StringBuilder();
        for (ResponseEventEncoder.Event e : events) {
            if (e.type().equals("response.output_text.delta")) {
                deltas.append(json(e.json()).get("delta").asText());
            }
        }
        assertThat(deltas.toString()).isEqualTo(String.join("\n\n", recordedTexts));
    }

    @Test
    void recordedResponseReEncodesWithItsTextAndUsage() throws Exception {
        final JsonNode recorded = json(Fixtures.bytes(DIR + "vercel-openai-phase.1.json"));
        final ChatCompletionResponse completion = new ResponsesFormat().decodeChat(Fixtures.bytes(DIR + "vercel-openai-phase.1.json"));
        final StoredResponse r = started(recorded.get("id").asText(), "gpt-5.3-codex").toBuilder()
                                                                                     .setCompletion(completion).build();
        final byte[] body = ResponseObjectEncoder.encode(r);
        OpenAiSpec.assertValid(OpenAiSpec.RESPONSES, "Response", body);
        final JsonNode ours = json(body);
        assertThat(ours.get("status").asText()).isEqualTo(recorded.get("status").asText());
        assertThat(ours.get("model").asText()).isEqualTo(recorded.get("model").asText());
        final List<String> texts = new ArrayList<>();
        recorded.get("output").forEach(item -> texts.add(item.at("/content/0/text").asText()));
        assertThat(ours.at("/output/0/type").asText()).isEqualTo("message");
        assertThat(ours.at("/output/0/role").asText()).isEqualTo("assistant");
        assertThat(ours.at("/output/0/content/0/type").asText()).isEqualTo("output_text");
        assertThat(ours.at("/output/0/content/0/text").asText()).isEqualTo(String.join("\n\n", texts));
        assertThat(ours.get("usage")).isEqualTo(withCacheWrites(recorded.get("usage")));
    }

    @Test
    void recordedMidStreamErrorBecomesAnErrorEventThenResponseFailed() throws Exception {
        final List<String> recorded = Fixtures.jsonl(DIR + "vercel-openai-error.1.chunks.jsonl");
        final StreamDecoder decoder = new ResponsesFormat().newStreamDecoder("gpt-5-nano");
        final List<ResponseEventEncoder.Event> events = new ArrayList<>();
        final ResponseEventEncoder encoder = new ResponseEventEncoder(events::add);
        encoder.started(started("resp_05500b38c2cd9bfc00691c7c9d222481a3b595421266dab424", "gpt-5-nano-2025-08-07"));
        GatewayException failure = null;
        for (String data : recorded) {
            try {
                decoder.decode(new SseEvent(null, data), encoder::chunk);
            } catch (GatewayException e) {
                failure = e;
                break;
            }
        }
        assertThat(failure).isNotNull();
        encoder.failed(failure);
        validated(events);
        final List<String> recordedTypes = recorded.stream().map(d -> {
            try {
                return json(d).get("type").asText();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(events.stream().map(ResponseEventEncoder.Event::type)).containsExactlyElementsOf(recordedTypes);
        final JsonNode recordedError = json(recorded.get(2)).get("error");
        final JsonNode error = json(events.get(2).json());
        assertThat(error.get("message").asText()).contains(recordedError.get("message").asText());
        assertThat(error.at("/error/code").asText()).isEqualTo(recordedError.get("code").asText());
        assertThat(json(events.get(3).json()).at("/response/status").asText()).isEqualTo("failed");
    }

    /** The spec added cache_write_tokens after the recordings were made; we always write it. */
    private static JsonNode withCacheWrites(JsonNode usage) {
        final JsonNode copy = usage.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) copy.get("input_tokens_details")).put("cache_write_tokens", 0);
        return copy;
    }

    private static List<String> collapse(List<String> types) {
        final List<String> out = new ArrayList<>();
        for (String t : types) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
