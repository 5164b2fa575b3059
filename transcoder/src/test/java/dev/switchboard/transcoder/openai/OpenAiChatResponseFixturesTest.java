package dev.switchboard.transcoder.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.testing.Fixtures;
import dev.switchboard.transcoder.testing.OpenAiSpec;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.FinishReason;

/** Recorded non-streamed chat.completion bodies, decoded leniently and re-encoded strictly. */
class OpenAiChatResponseFixturesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SCHEMA = "CreateChatCompletionResponse";

    private static JsonNode roundTrip(String path) throws Exception {
        final byte[] out = OpenAiChatResponseEncoder.encode(OpenAiChatResponseDecoder.decode(Fixtures.bytes(path)));
        OpenAiSpec.assertValid(SCHEMA, out);
        return MAPPER.readTree(out);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "openai/chat/vercel-openai-text.json",
            "openai-compatible/vercel-deepseek-tool-call.json",
            "openai-compatible/vercel-groq-tool-call.json",
            "openai-compatible/vercel-xai-text.json",
            "openai-compatible/vercel-xai-tool-call.json" })
    void reencodedBodyValidatesAgainstTheSpec(String path) throws Exception {
        final JsonNode out = roundTrip(path);
        assertThat(out.get("object").asText()).isEqualTo("chat.completion");
        assertThat(out.at("/choices/0/message/role").asText()).isEqualTo("assistant");
    }

    @Test
    void openAiText() throws Exception {
        final JsonNode out = roundTrip("openai/chat/vercel-openai-text.json");
        assertThat(out.get("id").asText()).isEqualTo("chatcmpl-D8Z5f52zQqikDBEKQMQoYcWMcWPeU");
        assertThat(out.get("created").asLong()).isEqualTo(1770933883L);
        assertThat(out.get("model").asText()).isEqualTo("gpt-4.1-nano-2025-04-14");
        assertThat(out.get("service_tier").asText()).isEqualTo("default");
        assertThat(out.get("system_fingerprint").asText()).isEqualTo("fp_de604bd877");
        assertThat(out.at("/choices/0/message/content").asText())
                .hasSize(1842)
                .startsWith("**Holiday Name:** Galaxy Day  \n\n**Date:**")
                .endsWith("individuals to look up and dream beyond our world.");
        assertThat(out.at("/choices/0/message/refusal").isNull()).isTrue();
        assertThat(out.at("/choices/0/logprobs").isNull()).isTrue();
        assertThat(out.at("/choices/0/finish_reason").asText()).isEqualTo("stop");
        assertThat(out.get("usage")).isEqualTo(MAPPER.readTree(
                "{\"prompt_tokens\":16,\"completion_tokens\":363,\"total_tokens\":379}"));
    }

    @Test
    void deepSeekReasoningAndToolCall() throws Exception {
        final ChatCompletionResponse r =
                OpenAiChatResponseDecoder.decode(Fixtures.bytes("openai-compatible/vercel-deepseek-tool-call.json"));
        // Reasoning first; DeepSeek's empty content is no text at all.
        assertThat(r.getChoices(0).getMessage().getContentList())
                .extracting(ContentPart::getPartCase)
                .containsExactly(ContentPart.PartCase.REASONING);
        assertThat(r.getChoices(0).getFinishReason()).isEqualTo(FinishReason.FINISH_REASON_TOOL_CALLS);

        final JsonNode out = roundTrip("openai-compatible/vercel-deepseek-tool-call.json");
        assertThat(out.at("/choices/0/message/content").isNull()).isTrue();
        assertThat(out.at("/choices/0/message/reasoning_content").asText())
                .startsWith("The user is asking for the weather in San Francisco. I have a weather tool")
                .endsWith("Let me call the weather function.");
        assertThat(out.at("/choices/0/message/tool_calls")).isEqualTo(MAPPER.readTree(
                "[{\"id\":\"call_00_9V0vrf86Pc9aelHCJMZqnJBo\",\"type\":\"function\",\"function\":" +
                "{\"name\":\"weather\",\"arguments\":\"{\\\"location\\\": \\\"San Francisco\\\"}\"}}]"));
        assertThat(out.at("/choices/0/finish_reason").asText()).isEqualTo("tool_calls");
        assertThat(out.get("usage")).isEqualTo(MAPPER.readTree(
                "{\"prompt_tokens\":339,\"completion_tokens\":92,\"total_tokens\":431," +
                "\"prompt_tokens_details\":{\"cached_tokens\":320}," +
                "\"completion_tokens_details\":{\"reasoning_tokens\":48}}"));
        assertThat(out.get("system_fingerprint").asText()).isEqualTo("fp_eaab8d114b_prod0820_fp8_kvcache");
    }

    @Test
    void groqToolCallKeepsUnknownTopLevelFieldsButNotItsServiceTier() throws Exception {
        final JsonNode out = roundTrip("openai-compatible/vercel-groq-tool-call.json");
        assertThat(out.at("/choices/0/message/content").isNull()).isTrue();
        assertThat(out.at("/choices/0/message/tool_calls/0/id").asText()).isEqualTo("ax9fskhev");
        assertThat(out.at("/choices/0/message/tool_calls/0/function/arguments").asText()).isEqualTo("{}");
        assertThat(out.get("usage")).isEqualTo(MAPPER.readTree(
                "{\"prompt_tokens\":218,\"completion_tokens\":15,\"total_tokens\":233}"));
        assertThat(out.at("/x_groq/id").asText()).isEqualTo("req_01kh52madzem68scv0bcz3vm00");
        assertThat(out.get("usage_breakdown").isNull()).isTrue();
        // "on_demand" is not one of the tiers OpenAI's schema allows.
        assertThat(out.has("service_tier")).isFalse();
    }

    @Test
    void xaiTextWithReasoning() throws Exception {
        final JsonNode out = roundTrip("openai-compatible/vercel-xai-text.json");
        assertThat(out.at("/choices/0/message/content").asText()).isEqualTo("Hello");
        assertThat(out.at("/choices/0/message/reasoning_content").asText())
                .startsWith("First, the user said: \"Say a single word.\"");
        assertThat(out.at("/choices/0/finish_reason").asText()).isEqualTo("stop");
        // xAI counts reasoning outside completion_tokens (12 + 1 + 228 = 241); OpenAI's
        // completion_tokens includes it, so the client is told 1 + 228.
        assertThat(out.get("usage")).isEqualTo(MAPPER.readTree(
                "{\"prompt_tokens\":12,\"completion_tokens\":229,\"total_tokens\":241," +
                "\"prompt_tokens_details\":{\"cached_tokens\":2}," +
                "\"completion_tokens_details\":{\"reasoning_tokens\":228}}"));
    }

    @Test
    void xaiToolCall() throws Exception {
        final JsonNode out = roundTrip("openai-compatible/vercel-xai-tool-call.json");
        assertThat(out.at("/choices/0/message/tool_calls/0/id").asText()).isEqualTo("call_93562515");
        assertThat(MAPPER.readTree(out.at("/choices/0/message/tool_calls/0/function/arguments").asText()))
                .isEqualTo(MAPPER.readTree("{\"location\":\"San Francisco\"}"));
        assertThat(out.at("/choices/0/message/reasoning_content").asText())
                .startsWith("First, the user is asking about the weather in San Francisco.");
        assertThat(out.at("/usage/total_tokens").asInt()).isEqualTo(506);
        // 291 + 26 + 189 = 506: the 189 reasoning tokens were outside completion_tokens.
        assertThat(out.at("/usage/completion_tokens").asInt()).isEqualTo(26 + 189);
    }

    @Test
    void missingFieldsAreFineAndAnUnknownFinishReasonOfAMessageIsStop() throws Exception {
        final ChatCompletionResponse r = OpenAiChatResponseDecoder.decode(utf8(
                "{\"choices\":[{\"message\":{\"content\":\"hi\"},\"finish_reason\":\"eos\"}," +
                "{\"finish_reason\":null}]}"));
        assertThat(r.getChoices(0).getFinishReason()).isEqualTo(FinishReason.FINISH_REASON_STOP);
        assertThat(r.getChoices(1).getIndex()).isEqualTo(1);
        assertThat(r.getChoices(1).getFinishReason()).isEqualTo(FinishReason.FINISH_REASON_UNSPECIFIED);
        final byte[] out = OpenAiChatResponseEncoder.encode(r);
        OpenAiSpec.assertValid(SCHEMA, out);
        assertThat(MAPPER.readTree(out).at("/choices/1/finish_reason").asText()).isEqualTo("stop");
    }

    @Test
    void contentAsAnArrayOfPartsKeepsTheText() {
        final ChatCompletionResponse r = OpenAiChatResponseDecoder.decode(utf8(
                "{\"choices\":[{\"message\":{\"content\":[{\"type\":\"thinking\",\"thinking\":[]}," +
                "{\"type\":\"text\",\"text\":\"a\"},{\"type\":\"text\",\"text\":\"b\"}]}}]}"));
        assertThat(r.getChoices(0).getMessage().getContent(0).getText()).isEqualTo("ab");
    }

    @Test
    void logprobsWithoutRefusalAreCompletedForTheSchema() throws Exception {
        final byte[] out = OpenAiChatResponseEncoder.encode(OpenAiChatResponseDecoder.decode(utf8(
                "{\"id\":\"x\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"message\":{\"content\":\"a\"}," +
                "\"finish_reason\":\"stop\",\"logprobs\":{\"content\":[{\"token\":\"a\",\"logprob\":-1," +
                "\"bytes\":[97],\"top_logprobs\":[]}]}}]}")));
        OpenAiSpec.assertValid(SCHEMA, out);
        assertThat(MAPPER.readTree(out).at("/choices/0/logprobs/refusal").isNull()).isTrue();
    }

    @Test
    void malformedJsonIsAnUpstreamError() {
        assertThatThrownBy(() -> OpenAiChatResponseDecoder.decode(utf8("{\"id\":\"x\",\"choices\":[")))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.UPSTREAM_ERROR);
                    assertThat(e.getMessage()).startsWith("upstream returned malformed JSON: ");
                });
        assertThatThrownBy(() -> OpenAiChatResponseDecoder.decode(utf8("<html>502</html>")))
                .isInstanceOfSatisfying(GatewayException.class,
                                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.UPSTREAM_ERROR));
    }

    @Test
    void anErrorObjectInsteadOfACompletionIsAnUpstreamError() {
        assertThatThrownBy(() -> OpenAiChatResponseDecoder.decode(utf8(
                "{\"error\":{\"message\":\"Provider returned error\",\"code\":502}}")))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.UPSTREAM_ERROR);
                    assertThat(e.code()).isEqualTo("502");
                    assertThat(e.getMessage()).contains("Provider returned error");
                });
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
