package dev.switchboard.transcoder.openai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.transcoder.testing.OpenAiSpec;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChunkChoice;
import dev.switchboard.v1.Delta;
import dev.switchboard.v1.FinishReason;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.ToolCall;
import dev.switchboard.v1.Usage;

class OpenAiChunkEncoderTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SCHEMA = "CreateChatCompletionStreamResponse";

    private static ChatCompletionChunk.Builder base() {
        return ChatCompletionChunk.newBuilder().setId("chatcmpl-1").setCreated(1700000000L).setModel("openai/gpt-4o");
    }

    private static JsonNode encode(ChatCompletionChunk c, boolean includeUsageField) throws Exception {
        final byte[] json = OpenAiChunkEncoder.encode(c, includeUsageField);
        OpenAiSpec.assertValid(SCHEMA, json);
        return MAPPER.readTree(json);
    }

    @Test
    void writesTheFirstChunkWithRoleAndNullUsage() throws Exception {
        final ChatCompletionChunk c = base().addChoices(ChunkChoice.newBuilder().setDelta(
                Delta.newBuilder().setRole(Role.ROLE_ASSISTANT).setContent(""))).build();
        assertThat(encode(c, true)).isEqualTo(MAPPER.readTree(
                "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1700000000," +
                "\"model\":\"openai/gpt-4o\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\"," +
                "\"content\":\"\"},\"finish_reason\":null}],\"usage\":null}"));
        assertThat(encode(c, false).has("usage")).isFalse();
    }

    @Test
    void writesTheUsageChunkWithEmptyChoices() throws Exception {
        final ChatCompletionChunk c = base().setUsage(Usage.newBuilder().setPromptTokens(10).setCompletionTokens(5)
                                                           .setTotalTokens(15).setCachedPromptTokens(4)).build();
        final JsonNode withField = encode(c, true);
        assertThat(withField.get("choices").isArray()).isTrue();
        assertThat(withField.get("choices")).isEmpty();
        assertThat(withField.get("usage")).isEqualTo(MAPPER.readTree(
                "{\"prompt_tokens\":10,\"completion_tokens\":5,\"total_tokens\":15," +
                "\"prompt_tokens_details\":{\"cached_tokens\":4}}"));
        assertThat(encode(c, false).get("usage")).isEqualTo(withField.get("usage"));
    }

    @Test
    void writesToolCallFragmentsTheWayOpenAiDoes() throws Exception {
        final ChatCompletionChunk first = base().addChoices(ChunkChoice.newBuilder().setDelta(Delta.newBuilder()
                .addToolCalls(ToolCall.newBuilder().setIndex(1).setId("call_b").setName("g")))).build();
        final ChatCompletionChunk later = base().addChoices(ChunkChoice.newBuilder().setDelta(Delta.newBuilder()
                .addToolCalls(ToolCall.newBuilder().setIndex(1).setArguments("{\"x\"")))).build();
        assertThat(encode(first, false).at("/choices/0/delta/tool_calls")).isEqualTo(MAPPER.readTree(
                "[{\"index\":1,\"id\":\"call_b\",\"type\":\"function\",\"function\":{\"name\":\"g\",\"arguments\":\"\"}}]"));
        assertThat(encode(later, false).at("/choices/0/delta/tool_calls")).isEqualTo(MAPPER.readTree(
                "[{\"index\":1,\"function\":{\"arguments\":\"{\\\"x\\\"\"}}]"));
    }

    @Test
    void writesReasoningRefusalAndFinishReason() throws Exception {
        final ChatCompletionChunk c = base().addChoices(ChunkChoice.newBuilder()
                .setDelta(Delta.newBuilder().setReasoning("hmm").setRefusal("no"))
                .setFinishReason(FinishReason.FINISH_REASON_CONTENT_FILTER)).build();
        final JsonNode out = encode(c, false);
        assertThat(out.at("/choices/0/delta")).isEqualTo(MAPPER.readTree(
                "{\"refusal\":\"no\",\"reasoning_content\":\"hmm\"}"));
        assertThat(out.at("/choices/0/finish_reason").asText()).isEqualTo("content_filter");
    }

    @Test
    void leavesOutAServiceTierTheSchemaDoesNotAllow() throws Exception {
        assertThat(encode(base().setServiceTier("on_demand").build(), false).has("service_tier")).isFalse();
        assertThat(encode(base().setServiceTier("default").build(), false).get("service_tier").asText())
                .isEqualTo("default");
    }
}
