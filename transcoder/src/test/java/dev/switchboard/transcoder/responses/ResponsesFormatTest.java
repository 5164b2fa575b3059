package dev.switchboard.transcoder.responses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.transcoder.common.SseEvent;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.format.StreamDecoder;
import dev.switchboard.transcoder.format.UpstreamError;
import dev.switchboard.transcoder.openai.OpenAiChatResponseEncoder;
import dev.switchboard.transcoder.openai.OpenAiChunkEncoder;
import dev.switchboard.transcoder.testing.Fixtures;
import dev.switchboard.transcoder.testing.OpenAiSpec;
import dev.switchboard.transcoder.testing.StreamAssembly;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.FinishReason;

/** The Responses adapter on recorded Responses traffic (vercel/ai recordings of gpt-5.x). */
class ResponsesFormatTest {
    static final ObjectMapper mapper = new ObjectMapper();
    final ResponsesFormat format = new ResponsesFormat();

    List<ChatCompletionChunk> replay(List<String> payloads, StreamDecoder decoder) {
        final List<ChatCompletionChunk> chunks = new ArrayList<>();
        for (String data : payloads) {
            decoder.decode(new SseEvent(null, data), chunks::add);
        }
        return chunks;
    }

    @Test
    void recordedStreamBecomesChunksWithBothMessageItemsAndFinalUsage() {
        final StreamDecoder decoder = format.newStreamDecoder("gpt-5.3-codex");
        final List<ChatCompletionChunk> chunks = replay(
                Fixtures.jsonl("openai/responses/vercel-openai-phase.1.chunks.jsonl"), decoder);
        final StreamAssembly a = new StreamAssembly();
        for (ChatCompletionChunk c : chunks) {
            a.add(c);
            OpenAiSpec.assertValid("CreateChatCompletionStreamResponse", OpenAiChunkEncoder.encode(c, true));
            assertThat(c.getId()).isEqualTo("resp_0a63f40a2632b74300699f8818e5648196a8fa657ae8091421");
            assertThat(c.getModel()).isEqualTo("gpt-5.3-codex");
            assertThat(c.getCreated()).isEqualTo(1772062745L);
        }
        // The recording keeps two deltas of each message item; the two items are separated.
        assertThat(a.text()).isEqualTo("Got it\n\nHere are a few **AI");
        assertThat(a.finishReason()).isEqualTo(FinishReason.FINISH_REASON_STOP);
        assertThat(a.usage().getPromptTokens()).isEqualTo(7112);
        assertThat(a.usage().getCompletionTokens()).isEqualTo(463);
        assertThat(a.usage().getTotalTokens()).isEqualTo(7575);
        assertThat(a.usage().getCachedPromptTokens()).isEqualTo(3072);
        assertThat(a.usage().getReasoningTokens()).isEqualTo(64);
        assertThat(chunks.get(chunks.size() - 1).getChoicesCount()).as("usage alone at the end").isZero();
        assertThat(decoder.finished()).isTrue();
    }

    @Test
    void recordedResponseBecomesOneAssistantMessage() {
        final ChatCompletionResponse r = format.decodeChat(Fixtures.bytes("openai/responses/vercel-openai-phase.1.json"));
        OpenAiSpec.assertValid("CreateChatCompletionResponse", OpenAiChatResponseEncoder.encode(r));
        final String text = r.getChoices(0).getMessage().getContent(0).getText();
        assertThat(text).startsWith("I\u2019ll quickly check reliable, up-to-date sources")
                        .contains("then summarize them for you with links.\n\nHere are some **latest AI updates")
                        .endsWith("with only same-day / last-48-hours items.");
        assertThat(r.getChoices(0).getFinishReason()).isEqualTo(FinishReason.FINISH_REASON_STOP);
        assertThat(r.getUsage().getPromptTokens()).isEqualTo(7243);
        assertThat(r.getUsage().getCompletionTokens()).isEqualTo(423);
        assertThat(r.getUsage().getTotalTokens()).isEqualTo(7666);
        assertThat(r.getUsage().getReasoningTokens()).isEqualTo(58);
        assertThat(r.getServiceTier()).isEqualTo("default");
    }

    @Test
    void recordedMidStreamErrorFailsTheStreamAsARateLimit() {
        final StreamDecoder decoder = format.newStreamDecoder("gpt-5-nano");
        final GatewayException e = catchThrowableOfType(GatewayException.class, () -> replay(
                Fixtures.jsonl("openai/responses/vercel-openai-error.1.chunks.jsonl"), decoder));
        assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
        assertThat(e.code()).isEqualTo("insufficient_quota");
        assertThat(e.getMessage()).contains("You exceeded your current quota");
        assertThat(decoder.finished()).isFalse();
    }

    @Test
    void recordedErrorBodyParses() {
        final UpstreamError e = format.parseError(429, Fixtures.bytes("openai/responses/vercel-openai-error.1.json"));
        assertThat(e.code()).isEqualTo("insufficient_quota");
        assertThat(e.type()).isEqualTo("insufficient_quota");
        assertThat(e.message()).startsWith("You exceeded your current quota");
    }
}
