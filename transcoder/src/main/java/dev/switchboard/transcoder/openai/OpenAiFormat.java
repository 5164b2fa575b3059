package dev.switchboard.transcoder.openai;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.switchboard.transcoder.common.SseEvent;
import dev.switchboard.transcoder.format.DroppedParams;
import dev.switchboard.transcoder.format.EncodedRequest;
import dev.switchboard.transcoder.format.StreamDecoder;
import dev.switchboard.transcoder.format.UpstreamFormat;
import dev.switchboard.transcoder.format.UpstreamModel;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.EmbeddingsRequest;
import dev.switchboard.v1.EmbeddingsResponse;
import dev.switchboard.v1.FinishReason;

/**
 * OpenAI chat completions, and every OpenAI-compatible server (parsed leniently). Servers differ
 * in where they take reasoning back ({@link ReasoningField}); the rest is one format.
 */
public final class OpenAiFormat implements UpstreamFormat {
    private final ReasoningField reasoning;

    /** A DeepSeek-style server: reasoning goes back as {@code reasoning_content}. */
    public OpenAiFormat() {
        this(ReasoningField.REASONING_CONTENT);
    }

    public OpenAiFormat(ReasoningField reasoning) {
        this.reasoning = reasoning;
    }

    @Override
    public EncodedRequest encodeChat(ChatCompletionRequest request, String model, boolean stream) {
        final List<String> dropped = new ArrayList<>();
        if (!OpenAiChatRequestEncoder.carriesExtra(request)) {
            dropped.addAll(request.getExtra().getFieldsMap().keySet());
        }
        DroppedParams.passThroughBlocks(request, dropped);
        return new EncodedRequest("/chat/completions", Map.of(),
                                  OpenAiChatRequestEncoder.encode(request, model, stream, reasoning), dropped);
    }

    @Override
    public ChatCompletionResponse decodeChat(byte[] body) {
        return OpenAiChatResponseDecoder.decode(body);
    }

    @Override
    public StreamDecoder newStreamDecoder(String model) {
        return new Decoder();
    }

    @Override
    public String modelsPath() {
        return "/models";
    }

    @Override
    public List<UpstreamModel> decodeModels(byte[] body) {
        return OpenAiModels.decodeList(body);
    }

    @Override
    public String formatName() {
        return "openai";
    }

    /** {@code POST {base}/embeddings}: OpenAI, Ollama's /v1, LM Studio, OpenRouter and the like. */
    @Override
    public EncodedRequest encodeEmbeddings(EmbeddingsRequest request, String model) {
        return new EncodedRequest("/embeddings", Map.of(), OpenAiEmbeddingsRequest.encode(request, model), List.of());
    }

    @Override
    public EmbeddingsResponse decodeEmbeddings(byte[] body, String model) {
        return OpenAiEmbeddingsResponse.decode(body, model);
    }

    /** Ends at {@code [DONE]} or a finish reason; some servers send usage after {@code [DONE]}. */
    private static final class Decoder implements StreamDecoder {
        private final OpenAiChunkDecoder chunks = new OpenAiChunkDecoder();
        private boolean finished;

        @Override
        public void decode(SseEvent event, Consumer<ChatCompletionChunk> out) {
            if (event.isDone()) {
                finished = true;
                return;
            }
            final ChatCompletionChunk chunk = chunks.decode(event.dataBytes());
            if (chunk == null) {
                return;
            }
            for (int i = 0; i < chunk.getChoicesCount(); i++) {
                if (chunk.getChoices(i).getFinishReason() != FinishReason.FINISH_REASON_UNSPECIFIED) {
                    finished = true;
                }
            }
            out.accept(chunk);
        }

        @Override
        public boolean finished() {
            return finished;
        }
    }
}
