package dev.switchboard.transcoder.responses;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.protobuf.ByteString;

import dev.switchboard.transcoder.common.SseEvent;
import dev.switchboard.transcoder.common.SseParser;
import dev.switchboard.transcoder.format.StreamDecoder;
import dev.switchboard.transcoder.openai.OpenAiChatResponseEncoder;
import dev.switchboard.transcoder.openai.OpenAiChunkEncoder;
import dev.switchboard.transcoder.testing.Fixtures;
import dev.switchboard.transcoder.testing.OpenAiSpec;
import dev.switchboard.transcoder.testing.StreamAssembly;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.FinishReason;

/**
 * Responses streams from hosts other than OpenAI (OpenRouter, vLLM, Ollama, LM Studio...): data-only
 * events, keep-alive comments, a chat-style {@code [DONE]}, items finishing out of order, raw
 * reasoning text. The events follow the event schemas of the OpenAI reference
 * (openai/spec/openai-openapi-subset-responses.json); the host quirks follow OpenRouter's docs.
 */
class LenientResponsesStreamTest {
    static final String WRITTEN = "responses/dataonly-comments-done-reasoning-last.sse";

    final StreamDecoder decoder = new ResponsesFormat().newStreamDecoder("requested-model");
    final List<ChatCompletionChunk> chunks = new ArrayList<>();

    static List<SseEvent> parse(String sse) {
        final List<SseEvent> events = new ArrayList<>();
        final SseParser parser = new SseParser();
        parser.feed(sse.getBytes(StandardCharsets.UTF_8), events::add);
        parser.finish(events::add);
        return events;
    }

    void decode(SseEvent e) {
        decoder.decode(e, chunks::add);
    }

    void decode(String data) {
        decode(new SseEvent(null, data));
    }

    StreamAssembly assembled() {
        final StreamAssembly a = new StreamAssembly();
        chunks.forEach(a::add);
        return a;
    }

    List<ByteString> states() {
        return chunks.stream().filter(c -> c.getChoicesCount() > 0)
                     .map(c -> c.getChoices(0).getDelta().getReasoningProviderState())
                     .filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void aDataOnlyStreamWithCommentsAReasoningItemDoneLastAndDoneIsAWholeAnswer() {
        final List<SseEvent> events = parse(Fixtures.written(WRITTEN));
        // The two comments never reach the decoder; no event has a name.
        assertThat(events).hasSize(25).allSatisfy(e -> assertThat(e.event()).isNull());
        assertThat(events.get(events.size() - 1).isDone()).isTrue();
        events.forEach(this::decode);

        assertThat(decoder.finished()).isTrue();
        final StreamAssembly a = assembled();
        assertThat(a.reasoning()).isEqualTo("Capital of France? That is Paris.");
        assertThat(a.text()).isEqualTo("The capital of France is Paris.");
        assertThat(a.finishReason()).isEqualTo(FinishReason.FINISH_REASON_STOP);
        assertThat(a.usage().getPromptTokens()).isEqualTo(21);
        assertThat(a.usage().getCompletionTokens()).isEqualTo(29);
        assertThat(a.usage().getTotalTokens()).isEqualTo(50);
        assertThat(a.usage().getReasoningTokens()).isEqualTo(14);
        // The reasoning item's late done carries no encrypted content: nothing to hand on after the answer.
        assertThat(states()).isEmpty();
        for (ChatCompletionChunk c : chunks) {
            assertThat(c.getId()).isEqualTo("gen-1767225600-Wq3kLmN8pRt2sVx5");
            assertThat(c.getModel()).isEqualTo("openai/gpt-oss-120b");
            OpenAiSpec.assertValid("CreateChatCompletionStreamResponse", OpenAiChunkEncoder.encode(c, true));
        }
    }

    @Test
    void aDoneSentinelBeforeTheTerminalEventIsNotAnAnswer() {
        decode("{\"type\":\"response.output_text.delta\",\"item_id\":\"msg_1\",\"output_index\":0,"
               + "\"content_index\":0,\"delta\":\"Hel\"}");
        decode("[DONE]");
        assertThat(assembled().text()).isEqualTo("Hel");
        assertThat(decoder.finished()).as("a cut, reported by the caller as truncated").isFalse();
    }

    @Test
    void nothingAfterTheTerminalEventIsRead() {
        decode("{\"type\":\"response.completed\",\"response\":{\"id\":\"resp_1\",\"status\":\"completed\","
               + "\"output\":[]}}");
        final int before = chunks.size();
        decode("{\"type\":\"error\",\"code\":\"server_error\",\"message\":\"late\"}");
        decode("not json");
        decode("[DONE]");
        assertThat(chunks).hasSize(before);
        assertThat(decoder.finished()).isTrue();
    }

    @Test
    void theEventLineNamesAnEventWhoseJsonHasNoType() {
        decode(new SseEvent("response.output_text.delta",
                            "{\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0,\"delta\":\"Hi\"}"));
        assertThat(assembled().text()).isEqualTo("Hi");
    }

    @Test
    void unknownEventTypesAreSkipped() {
        decode("{\"type\":\"response.vendor.progress\",\"percent\":40}");
        decode("{\"type\":\"response.output_text.delta\",\"item_id\":\"msg_1\",\"output_index\":0,"
               + "\"content_index\":0,\"delta\":\"ok\"}");
        assertThat(assembled().text()).isEqualTo("ok");
    }

    @Test
    void argumentsFindTheirCallByOutputIndexWhenTheItemIdIsMissing() {
        decode("{\"type\":\"response.output_item.added\",\"output_index\":0,\"item\":{\"type\":\"function_call\","
               + "\"call_id\":\"call_a\",\"name\":\"get_weather\",\"arguments\":\"\"}}");
        decode("{\"type\":\"response.output_item.added\",\"output_index\":1,\"item\":{\"type\":\"function_call\","
               + "\"call_id\":\"call_b\",\"name\":\"get_time\",\"arguments\":\"\"}}");
        decode("{\"type\":\"response.function_call_arguments.delta\",\"output_index\":1,\"delta\":\"{\\\"tz\\\":\"}");
        decode("{\"type\":\"response.function_call_arguments.delta\",\"output_index\":0,\"delta\":\"{\\\"city\\\":\"}");
        decode("{\"type\":\"response.function_call_arguments.delta\",\"output_index\":0,\"delta\":\"\\\"Paris\\\"}\"}");
        decode("{\"type\":\"response.function_call_arguments.delta\",\"output_index\":1,\"delta\":\"\\\"CET\\\"}\"}");
        decode("{\"type\":\"response.completed\",\"response\":{\"status\":\"completed\",\"output\":[]}}");
        final StreamAssembly a = assembled();
        assertThat(a.calls()).hasSize(2);
        assertThat(a.calls().get(0).id()).isEqualTo("call_a");
        assertThat(a.calls().get(0).arguments()).isEqualTo("{\"city\":\"Paris\"}");
        assertThat(a.calls().get(1).id()).isEqualTo("call_b");
        assertThat(a.calls().get(1).arguments()).isEqualTo("{\"tz\":\"CET\"}");
        assertThat(a.finishReason()).isEqualTo(FinishReason.FINISH_REASON_TOOL_CALLS);
    }

    @Test
    void aReasoningItemDoneAfterTheAnswerStillHandsOnItsEncryptedContent() {
        decode("{\"type\":\"response.output_item.added\",\"output_index\":0,\"item\":{\"type\":\"reasoning\","
               + "\"id\":\"rs_1\",\"summary\":[]}}");
        decode("{\"type\":\"response.reasoning_summary_text.delta\",\"item_id\":\"rs_1\",\"output_index\":0,"
               + "\"summary_index\":0,\"delta\":\"Think.\"}");
        decode("{\"type\":\"response.output_item.added\",\"output_index\":1,\"item\":{\"type\":\"message\","
               + "\"id\":\"msg_1\",\"role\":\"assistant\",\"content\":[]}}");
        decode("{\"type\":\"response.output_text.delta\",\"item_id\":\"msg_1\",\"output_index\":1,"
               + "\"content_index\":0,\"delta\":\"Answer.\"}");
        decode("{\"type\":\"response.output_item.done\",\"output_index\":0,\"item\":{\"type\":\"reasoning\","
               + "\"id\":\"rs_1\",\"encrypted_content\":\"gAAAA-late\",\"summary\":[{\"type\":\"summary_text\","
               + "\"text\":\"Think.\"}]}}");
        assertThat(states()).hasSize(1);
        assertThat(ReasoningItem.fromState(states().get(0))).isEqualTo(new ReasoningItem("rs_1", "gAAAA-late"));
        assertThat(assembled().reasoning()).isEqualTo("Think.");
        assertThat(assembled().text()).isEqualTo("Answer.");
    }

    @Test
    void summaryPartsAreSeparatedAsInAWholeResponse() {
        decode("{\"type\":\"response.reasoning_summary_text.delta\",\"item_id\":\"rs_1\",\"output_index\":0,"
               + "\"summary_index\":0,\"delta\":\"First.\"}");
        decode("{\"type\":\"response.reasoning_summary_text.delta\",\"item_id\":\"rs_1\",\"output_index\":0,"
               + "\"summary_index\":1,\"delta\":\"Second\"}");
        decode("{\"type\":\"response.reasoning_summary_text.delta\",\"item_id\":\"rs_1\",\"output_index\":0,"
               + "\"summary_index\":1,\"delta\":\" part.\"}");
        assertThat(assembled().reasoning()).isEqualTo("First.\n\nSecond part.");
    }

    @Test
    void aWholeResponsesRawReasoningTextBecomesReasoningAndItsCostIsNoObstacle() {
        final ChatCompletionResponse r = new ResponsesFormat().decodeChat(
                Fixtures.written("responses/reasoning-text-usage-cost.json").getBytes(StandardCharsets.UTF_8));
        OpenAiSpec.assertValid("CreateChatCompletionResponse", OpenAiChatResponseEncoder.encode(r));
        final List<ContentPart> content = r.getChoices(0).getMessage().getContentList();
        assertThat(content).hasSize(2);
        assertThat(content.get(0).getReasoning().getText()).isEqualTo("Capital of France? That is Paris.");
        assertThat(ReasoningItem.fromState(content.get(0).getProviderState()))
                .isEqualTo(new ReasoningItem("rs_tmp_p4r1s0", null));
        assertThat(content.get(1).getText()).isEqualTo("The capital of France is Paris.");
        assertThat(r.getChoices(0).getFinishReason()).isEqualTo(FinishReason.FINISH_REASON_STOP);
        assertThat(r.getUsage().getPromptTokens()).isEqualTo(21);
        assertThat(r.getUsage().getCompletionTokens()).isEqualTo(29);
        assertThat(r.getUsage().getTotalTokens()).isEqualTo(50);
        assertThat(r.getUsage().getReasoningTokens()).isEqualTo(14);
    }
}
