package dev.switchboard.transcoder.responses;

import java.util.List;

import dev.switchboard.transcoder.openai.OpenAiErrors;
import dev.switchboard.transcoder.openai.OpenAiModels;
import dev.switchboard.transcoder.upstream.EncodedRequest;
import dev.switchboard.transcoder.upstream.StreamDecoder;
import dev.switchboard.transcoder.upstream.UpstreamError;
import dev.switchboard.transcoder.upstream.UpstreamFormat;
import dev.switchboard.transcoder.upstream.UpstreamModel;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;

/**
 * OpenAI's Responses API as an upstream ({@code POST {base}/responses}), for providers that speak
 * it (OpenAI, and "Open Responses" servers). Errors and the model list have OpenAI's shapes.
 */
public final class ResponsesFormat implements UpstreamFormat {

    @Override
    public EncodedRequest encodeChat(ChatCompletionRequest request, String model, boolean stream) {
        return ResponsesRequestEncoder.encode(request, model, stream);
    }

    @Override
    public ChatCompletionResponse decodeChat(byte[] body) {
        return ResponsesResponseDecoder.decode(body);
    }

    @Override
    public StreamDecoder newStreamDecoder(String model) {
        return new ResponsesStreamDecoder(model);
    }

    @Override
    public UpstreamError parseError(int status, byte[] body) {
        return OpenAiErrors.parseUpstream(status, body);
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
        return "openai_responses";
    }
}
