package dev.switchboard.transcoder.anthropic;

import java.time.Clock;
import java.util.List;

import dev.switchboard.transcoder.format.EncodedRequest;
import dev.switchboard.transcoder.format.StreamDecoder;
import dev.switchboard.transcoder.format.UpstreamFormat;
import dev.switchboard.transcoder.format.UpstreamModel;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.CountTokensResponse;

/**
 * Anthropic's Messages API ({@code POST /messages}, {@code anthropic-version: 2023-06-01}), and
 * servers compatible with it. The provider's client adds the {@code x-api-key} header.
 */
public final class AnthropicFormat implements UpstreamFormat {
    /** Anthropic has no creation time on messages; responses get the time they were read. */
    private final Clock clock;

    public AnthropicFormat() {
        this(Clock.systemUTC());
    }

    AnthropicFormat(Clock clock) {
        this.clock = clock;
    }

    @Override
    public EncodedRequest encodeChat(ChatCompletionRequest request, String model, boolean stream) {
        return AnthropicRequestEncoder.encode(request, model, stream);
    }

    @Override
    public ChatCompletionResponse decodeChat(byte[] body) {
        return AnthropicResponseDecoder.decode(body, clock);
    }

    @Override
    public StreamDecoder newStreamDecoder(String model) {
        return new AnthropicStreamDecoder(model, clock);
    }

    @Override
    public String modelsPath() {
        return AnthropicModels.PATH;
    }

    @Override
    public List<UpstreamModel> decodeModels(byte[] body) {
        return AnthropicModels.decode(body);
    }

    @Override
    public String formatName() {
        return "anthropic";
    }

    @Override
    public boolean countsTokens() {
        return true;
    }

    @Override
    public EncodedRequest encodeCountTokens(ChatCompletionRequest request, String model) {
        return AnthropicTokenCount.encode(request, model);
    }

    @Override
    public CountTokensResponse decodeCountTokens(byte[] body) {
        return AnthropicTokenCount.decode(body);
    }
}
