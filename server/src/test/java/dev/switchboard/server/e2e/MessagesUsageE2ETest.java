package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.helpers.MessageAccumulator;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCountTokensParams;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.MessageDeltaUsage;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.anthropic.models.messages.Usage;

import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;

/**
 * The usage an Anthropic client (anthropic-java) is told over an OpenAI-compatible upstream that
 * counts differently: xAI's recorded grok-3-mini answer reports {@code completion_tokens} without
 * its {@code reasoning_tokens} (12 + 1 + 228 = 241 whole, 12 + 1 + 290 = 303 streamed), while
 * Anthropic's {@code output_tokens} includes thinking and its {@code input_tokens} leaves out cache
 * reads. A stream's {@code message_start} reports the prompt, as Anthropic's does, although the
 * upstream reports usage only at the end.
 */
class MessagesUsageE2ETest {
    static final String KEY = "xai-usage-e2e-9c0d";

    @TempDir
    static Path dataDir;
    static FakeUpstream xai;
    static TestGateway gateway;
    static AnthropicClient client;

    @BeforeAll
    static void start() {
        xai = new FakeUpstream(KEY);
        gateway = TestGateway.start(dataDir);
        gateway.addProvider("xai", xai.baseUrl(), KEY);
        client = AnthropicOkHttpClient.builder().apiKey(TestGateway.ADMIN_KEY).baseUrl(gateway.baseUrl())
                                      .maxRetries(0).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        gateway.close();
        xai.close();
    }

    @BeforeEach
    void forgetEarlierRequests() {
        xai.drain();
    }

    static MessageCreateParams ask() {
        return MessageCreateParams.builder().model("xai/grok-3-mini").maxTokens(1024)
                                  .addUserMessage("Say a single word.").build();
    }

    @Test
    void aWholeAnswersOutputTokensIncludeTheReasoningXaiCountsApart() {
        final Message m = client.messages().create(ask());
        assertThat(m.content().get(0).isThinking()).isTrue();
        assertThat(m.content().get(m.content().size() - 1).text().orElseThrow().text()).isEqualTo("Hello");
        // vercel-xai-text.json: completion_tokens 1, reasoning_tokens 228, prompt 12 of which 2 cached.
        assertThat(m.usage().outputTokens()).isEqualTo(1 + 228);
        assertThat(m.usage().inputTokens()).isEqualTo(12 - 2);
        assertThat(m.usage().cacheReadInputTokens()).contains(2L);
    }

    @Test
    void aStreamReportsThePromptInMessageStartAndTheExactCountsInMessageDelta() {
        final List<RawMessageStreamEvent> events = new ArrayList<>();
        final MessageAccumulator acc = MessageAccumulator.create();
        try (StreamResponse<RawMessageStreamEvent> s = client.messages().createStreaming(ask())) {
            s.stream().forEach(e -> {
                acc.accumulate(e);
                events.add(e);
            });
        }
        // The gateway's estimate for the prompt, the same /v1/messages/count_tokens gives for it.
        final long estimate = client.messages().countTokens(MessageCountTokensParams.builder()
                .model("xai/grok-3-mini").addUserMessage("Say a single word.").build()).inputTokens();
        assertThat(estimate).isPositive();
        final Usage start = events.get(0).asMessageStart().message().usage();
        assertThat(start.inputTokens()).isEqualTo(estimate);

        // vercel-xai-text.chunks.jsonl: completion_tokens 1, reasoning_tokens 290, prompt 12 of which 11 cached.
        final MessageDeltaUsage end = events.stream().filter(RawMessageStreamEvent::isMessageDelta)
                                            .reduce((a, b) -> b).orElseThrow().asMessageDelta().usage();
        assertThat(end.outputTokens()).isEqualTo(1 + 290);
        assertThat(end.inputTokens()).contains(12L - 11);
        assertThat(end.cacheReadInputTokens()).contains(11L);
        final Message m = acc.message();
        assertThat(m.content().get(m.content().size() - 1).text().orElseThrow().text()).isEqualTo("Hello");
        assertThat(m.usage().outputTokens()).isEqualTo(291);
        assertThat(m.usage().inputTokens()).isEqualTo(1);
    }
}
