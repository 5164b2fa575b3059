package dev.switchboard.transcoder.gemini;

import java.util.List;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import dev.switchboard.transcoder.format.EncodedRequest;
import dev.switchboard.transcoder.format.StreamDecoder;
import dev.switchboard.transcoder.format.UpstreamError;
import dev.switchboard.transcoder.format.UpstreamFormat;
import dev.switchboard.transcoder.format.UpstreamModel;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.CountTokensResponse;
import dev.switchboard.v1.EmbeddingsRequest;
import dev.switchboard.v1.EmbeddingsResponse;

/**
 * Google's Gemini API ({@code generativelanguage.googleapis.com/v1beta}): {@code generateContent},
 * {@code streamGenerateContent?alt=sse} and the model list. Gemini answers carry no creation time
 * and sometimes no response id, so the adapter stamps the clock's time and mints an id then.
 */
public final class GeminiFormat implements UpstreamFormat {
    private final LongSupplier clock;
    private final Supplier<String> nonce;

    public GeminiFormat() {
        this(() -> System.currentTimeMillis() / 1000, () -> UUID.randomUUID().toString());
    }

    /** With a fixed clock (Unix seconds) and id source, for tests. */
    GeminiFormat(LongSupplier clock, Supplier<String> nonce) {
        this.clock = clock;
        this.nonce = nonce;
    }

    @Override
    public EncodedRequest encodeChat(ChatCompletionRequest request, String model, boolean stream) {
        return GeminiRequestEncoder.encode(request, model, stream);
    }

    @Override
    public ChatCompletionResponse decodeChat(byte[] body) {
        // The answer names its model (modelVersion); the request's model is not known here.
        return GeminiChatDecoder.decode(body, "", clock, nonce);
    }

    @Override
    public StreamDecoder newStreamDecoder(String model) {
        return new GeminiStreamDecoder(model, clock, nonce);
    }

    @Override
    public UpstreamError parseError(int status, byte[] body) {
        return GeminiErrors.parse(status, body);
    }

    @Override
    public String modelsPath() {
        return GeminiModelList.PATH;
    }

    @Override
    public List<UpstreamModel> decodeModels(byte[] body) {
        return GeminiModelList.decode(body);
    }

    @Override
    public String formatName() {
        return "gemini";
    }

    @Override
    public EncodedRequest encodeEmbeddings(EmbeddingsRequest request, String model) {
        return GeminiEmbeddings.encode(request, model);
    }

    @Override
    public EmbeddingsResponse decodeEmbeddings(byte[] body, String model) {
        return GeminiEmbeddings.decode(body, model);
    }

    @Override
    public boolean countsTokens() {
        return true;
    }

    @Override
    public EncodedRequest encodeCountTokens(ChatCompletionRequest request, String model) {
        return GeminiTokenCount.encode(request, model);
    }

    @Override
    public CountTokensResponse decodeCountTokens(byte[] body) {
        return GeminiTokenCount.decode(body);
    }
}
