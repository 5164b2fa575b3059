package dev.switchboard.transcoder.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.switchboard.transcoder.common.SseEvent;
import dev.switchboard.transcoder.openai.OpenAiFormat;
import dev.switchboard.v1.ChatCompletionChunk;

/** Stream-level behaviour of the OpenAI-compatible adapter: where a stream really ends. */
class OpenAiFormatTest {
    static final String CHUNK = "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\","
                                + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"hi\"},\"finish_reason\":%s}]}";

    List<ChatCompletionChunk> feed(StreamDecoder d, String... data) {
        final List<ChatCompletionChunk> out = new ArrayList<>();
        for (String s : data) {
            d.decode(new SseEvent(null, s), out::add);
        }
        return out;
    }

    @Test
    void usageSentAfterDoneIsStillDelivered() {
        // llama.cpp's server sends the usage chunk after [DONE].
        final StreamDecoder d = new OpenAiFormat().newStreamDecoder("m");
        final List<ChatCompletionChunk> out = feed(d, String.format(CHUNK, "null"), String.format(CHUNK, "\"stop\""),
                "[DONE]", "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\","
                          + "\"choices\":[],\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":2,\"total_tokens\":5}}");
        assertThat(d.finished()).isTrue();
        assertThat(out).hasSize(3);
        assertThat(out.get(2).getUsage().getTotalTokens()).isEqualTo(5);
    }

    @Test
    void aStreamWithoutFinishReasonOrDoneIsNotFinished() {
        final StreamDecoder d = new OpenAiFormat().newStreamDecoder("m");
        feed(d, String.format(CHUNK, "null"));
        assertThat(d.finished()).isFalse();
        feed(d, "[DONE]");
        assertThat(d.finished()).isTrue();
    }
}
