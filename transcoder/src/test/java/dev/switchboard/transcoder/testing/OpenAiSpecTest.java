package dev.switchboard.transcoder.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The validator must catch what the spec forbids, or every "validates" assertion means nothing. */
class OpenAiSpecTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static ObjectNode validChunk() throws Exception {
        return (ObjectNode) MAPPER.readTree(
                "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\"," +
                "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"hi\"},\"finish_reason\":null}],\"usage\":null}");
    }

    @Test
    void acceptsAValidChunkWithNullUsageAndNullFinishReason() throws Exception {
        assertThat(OpenAiSpec.errors("CreateChatCompletionStreamResponse", validChunk())).isEmpty();
    }

    @Test
    void rejectsAChunkWithTheWrongObjectType() throws Exception {
        final ObjectNode chunk = validChunk().put("object", "nope");
        assertThat(OpenAiSpec.errors("CreateChatCompletionStreamResponse", chunk)).isNotEmpty();
    }

    @Test
    void rejectsAChunkWithoutChoices() throws Exception {
        final ObjectNode chunk = validChunk();
        chunk.remove("choices");
        assertThat(OpenAiSpec.errors("CreateChatCompletionStreamResponse", chunk)).isNotEmpty();
    }

    @Test
    void rejectsAToolCallFragmentWithoutIndexThroughTheRef() throws Exception {
        final ObjectNode chunk = validChunk();
        ((ObjectNode) chunk.at("/choices/0/delta")).set(
                "tool_calls", MAPPER.readTree("[{\"id\":\"x\",\"function\":{\"arguments\":\"{}\"}}]"));
        assertThat(OpenAiSpec.errors("CreateChatCompletionStreamResponse", chunk)).isNotEmpty();
    }

    @Test
    void rejectsAnUnknownFinishReason() throws Exception {
        final ObjectNode chunk = validChunk();
        ((ObjectNode) chunk.at("/choices/0")).put("finish_reason", "eos");
        assertThat(OpenAiSpec.errors("CreateChatCompletionStreamResponse", chunk)).isNotEmpty();
    }

    @Test
    void rejectsAResponseChoiceWithoutLogprobs() throws Exception {
        final JsonNode response = MAPPER.readTree(
                "{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\"," +
                "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"hi\",\"refusal\":null}," +
                "\"finish_reason\":\"stop\"}]}");
        assertThat(OpenAiSpec.errors("CreateChatCompletionResponse", response)).isNotEmpty();
        ((ObjectNode) response.at("/choices/0")).putNull("logprobs");
        assertThat(OpenAiSpec.errors("CreateChatCompletionResponse", response)).isEmpty();
    }

    @Test
    void rejectsTheRecordedAzureFirstChunkAsTheReadmeSays() {
        final String first = Fixtures.jsonl("openai/chat/vercel-azure-model-router.chunks.jsonl").get(0);
        assertThat(OpenAiSpec.errors("CreateChatCompletionStreamResponse",
                                     first.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
    }

    @Test
    void acceptsEveryRecordedOpenAiChunkAsTheReadmeSays() {
        for (String data : Fixtures.sseData("openai/chat/oaipy-stream-parallel-tool-calls.sse")) {
            if (!"[DONE]".equals(data)) {
                OpenAiSpec.assertValid("CreateChatCompletionStreamResponse",
                                       data.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void rewritesNullableIntoAnyOfWithNull() {
        final JsonNode usage = OpenAiSpec.schemaNode("CreateChatCompletionStreamResponse").at("/properties/usage");
        assertThat(usage.has("nullable")).isFalse();
        assertThat(usage.at("/anyOf/1/type").asText()).isEqualTo("null");
        assertThat(usage.at("/anyOf/0/$ref").asText()).isEqualTo("#/components/schemas/CompletionUsage");
    }
}
