package dev.switchboard.transcoder.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.FinishReason;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.ToolCall;

/** The lenient cases no recording covers, from what TRANSLATION.md says upstreams do. */
class OpenAiChunkDecoderTest {

    private static String chunk(String delta, String finish) {
        return "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\"," +
               "\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":" + finish + "}]}";
    }

    private static List<ToolCall> calls(ChatCompletionChunk c) {
        return c.getChoices(0).getDelta().getToolCallsList();
    }

    @Test
    void doneAndEmptyPayloadsCarryNothing() {
        final OpenAiChunkDecoder d = new OpenAiChunkDecoder();
        assertThat(d.decode("[DONE]")).isNull();
        assertThat(d.decode(" [DONE] ")).isNull();
        assertThat(d.decode("")).isNull();
        assertThat(d.decode("{\"id\":\"\",\"choices\":[],\"usage\":null}")).isNull();
    }

    @Test
    void toolCallIndexesStartingAtOneAreNumberedFromZero() {
        final OpenAiChunkDecoder d = new OpenAiChunkDecoder();
        final ChatCompletionChunk first = d.decode(chunk(
                "{\"tool_calls\":[{\"index\":1,\"id\":\"a\",\"type\":\"function\",\"function\":{\"name\":\"f\",\"arguments\":\"\"}}]}",
                "null"));
        final ChatCompletionChunk more = d.decode(chunk(
                "{\"tool_calls\":[{\"index\":1,\"function\":{\"arguments\":\"{}\"}}]}", "null"));
        final ChatCompletionChunk second = d.decode(chunk(
                "{\"tool_calls\":[{\"index\":2,\"id\":\"b\",\"type\":\"function\",\"function\":{\"name\":\"g\",\"arguments\":\"\"}}]}",
                "null"));
        assertThat(calls(first).get(0).getIndex()).isZero();
        assertThat(calls(more).get(0).getIndex()).isZero();
        assertThat(calls(more).get(0).getArguments()).isEqualTo("{}");
        assertThat(calls(second).get(0).getIndex()).isEqualTo(1);
    }

    @Test
    void toolCallsWithoutIndexAreNumberedByIdAndFragmentsWithoutEitherContinueTheLastCall() {
        final OpenAiChunkDecoder d = new OpenAiChunkDecoder();
        final ChatCompletionChunk a = d.decode(chunk(
                "{\"tool_calls\":[{\"id\":\"a\",\"function\":{\"name\":\"f\",\"arguments\":\"{\\\"x\\\"\"}}]}", "null"));
        final ChatCompletionChunk aMore = d.decode(chunk(
                "{\"tool_calls\":[{\"function\":{\"arguments\":\":1}\"}}]}", "null"));
        final ChatCompletionChunk b = d.decode(chunk(
                "{\"tool_calls\":[{\"id\":\"b\",\"function\":{\"name\":\"g\",\"arguments\":\"{}\"}}]}", "null"));
        final ChatCompletionChunk aAgain = d.decode(chunk(
                "{\"tool_calls\":[{\"id\":\"a\",\"function\":{\"arguments\":\"\"}}]}", "null"));
        assertThat(calls(a).get(0).getIndex()).isZero();
        assertThat(calls(aMore).get(0).getIndex()).isZero();
        assertThat(calls(b).get(0).getIndex()).isEqualTo(1);
        assertThat(calls(aAgain).get(0).getIndex()).isZero();
    }

    @Test
    void theSameIndexWithANewIdIsANewCall() {
        // Some Ollama builds number every whole call 0.
        final OpenAiChunkDecoder d = new OpenAiChunkDecoder();
        final ChatCompletionChunk c = d.decode(chunk(
                "{\"tool_calls\":[" +
                "{\"index\":0,\"id\":\"a\",\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}}," +
                "{\"index\":0,\"id\":\"b\",\"function\":{\"name\":\"g\",\"arguments\":\"{}\"}}]}", "null"));
        assertThat(calls(c)).extracting(ToolCall::getIndex).containsExactly(0, 1);
        assertThat(calls(c)).extracting(ToolCall::getName).containsExactly("f", "g");
    }

    @Test
    void eachChoiceNumbersItsOwnToolCalls() {
        final OpenAiChunkDecoder d = new OpenAiChunkDecoder();
        final ChatCompletionChunk c = d.decode(
                "{\"id\":\"c\",\"choices\":[" +
                "{\"delta\":{\"tool_calls\":[{\"id\":\"a\",\"function\":{\"name\":\"f\"}}]},\"index\":0}," +
                "{\"delta\":{\"tool_calls\":[{\"id\":\"b\",\"function\":{\"name\":\"g\"}}]},\"index\":1}]}");
        assertThat(c.getChoices(0).getDelta().getToolCalls(0).getIndex()).isZero();
        assertThat(c.getChoices(1).getIndex()).isEqualTo(1);
        assertThat(c.getChoices(1).getDelta().getToolCalls(0).getIndex()).isZero();
    }

    @Test
    void readsReasoningUnderEitherNameOnce() {
        final OpenAiChunkDecoder d = new OpenAiChunkDecoder();
        assertThat(d.decode(chunk("{\"reasoning\":\"r\"}", "null")).getChoices(0).getDelta().getReasoning())
                .isEqualTo("r");
        assertThat(d.decode(chunk("{\"reasoning_content\":\"x\",\"reasoning\":\"x\"}", "null"))
                    .getChoices(0).getDelta().getReasoning()).isEqualTo("x");
        assertThat(d.decode(chunk("{\"content\":null,\"reasoning_content\":null}", "null"))
                    .getChoices(0).getDelta().hasReasoning()).isFalse();
    }

    @Test
    void mapsFinishReasons() {
        final OpenAiChunkDecoder d = new OpenAiChunkDecoder();
        assertThat(d.decode(chunk("{}", "null")).getChoices(0).getFinishReason())
                .isEqualTo(FinishReason.FINISH_REASON_UNSPECIFIED);
        assertThat(d.decode(chunk("{}", "\"length\"")).getChoices(0).getFinishReason())
                .isEqualTo(FinishReason.FINISH_REASON_LENGTH);
        assertThat(d.decode(chunk("{}", "\"content_filter\"")).getChoices(0).getFinishReason())
                .isEqualTo(FinishReason.FINISH_REASON_CONTENT_FILTER);
        assertThat(d.decode(chunk("{}", "\"function_call\"")).getChoices(0).getFinishReason())
                .isEqualTo(FinishReason.FINISH_REASON_FUNCTION_CALL);
        assertThat(d.decode(chunk("{}", "\"eos\"")).getChoices(0).getFinishReason())
                .isEqualTo(FinishReason.FINISH_REASON_STOP);
    }

    @Test
    void readsGroqUsageWhenThereIsNoTopLevelUsage() {
        final ChatCompletionChunk c = new OpenAiChunkDecoder().decode(
                "{\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]," +
                "\"x_groq\":{\"id\":\"req\",\"usage\":{\"queue_time\":0.1,\"prompt_tokens\":5," +
                "\"completion_tokens\":2,\"total_tokens\":7}}}");
        assertThat(c.getUsage().getPromptTokens()).isEqualTo(5);
        assertThat(c.getUsage().getTotalTokens()).isEqualTo(7);
    }

    @Test
    void keepsUsageOnAChunkWithChoicesAndFillsAMissingTotal() {
        final ChatCompletionChunk c = new OpenAiChunkDecoder().decode(
                "{\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"x\"},\"finish_reason\":\"stop\"}]," +
                "\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":4}}");
        assertThat(c.getChoices(0).getDelta().getContent()).isEqualTo("x");
        assertThat(c.getUsage().getTotalTokens()).isEqualTo(7);
    }

    @Test
    void readsRoleAndToleratesWrongTypes() {
        final ChatCompletionChunk c = new OpenAiChunkDecoder().decode(
                "{\"id\":5,\"created\":\"17\",\"model\":null,\"choices\":[{\"index\":0,\"delta\":" +
                "{\"role\":\"assistant\",\"content\":[1],\"tool_calls\":\"no\"},\"logprobs\":null}]}");
        assertThat(c.getId()).isEqualTo("5");
        assertThat(c.getCreated()).isEqualTo(17L);
        assertThat(c.getModel()).isEmpty();
        assertThat(c.getChoices(0).getDelta().getRole()).isEqualTo(Role.ROLE_ASSISTANT);
        assertThat(c.getChoices(0).getDelta().hasContent()).isFalse();
        assertThat(c.getChoices(0).hasLogprobs()).isFalse();
    }

    @Test
    void malformedPayloadIsAnUpstreamError() {
        assertThatThrownBy(() -> new OpenAiChunkDecoder().decode("{\"id\":\"c\",\"choices\":[{"))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.UPSTREAM_ERROR);
                    assertThat(e.getMessage()).startsWith("upstream returned malformed JSON: ");
                });
        assertThatThrownBy(() -> new OpenAiChunkDecoder().decode("[1,2]"))
                .isInstanceOf(GatewayException.class);
    }

    @Test
    void anErrorObjectInTheStreamIsAnUpstreamError() {
        assertThatThrownBy(() -> new OpenAiChunkDecoder().decode(
                "{\"error\":{\"message\":\"overloaded\",\"type\":\"server_error\",\"code\":\"overloaded\"}}"))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.UPSTREAM_ERROR);
                    assertThat(e.code()).isEqualTo("overloaded");
                    assertThat(e.getMessage()).isEqualTo("upstream error: overloaded");
                });
    }
}
