package dev.switchboard.transcoder.responses;

import java.util.List;

import dev.switchboard.transcoder.format.EncodedRequest;
import dev.switchboard.transcoder.format.StreamDecoder;
import dev.switchboard.transcoder.format.UpstreamFormat;
import dev.switchboard.transcoder.format.UpstreamModel;
import dev.switchboard.transcoder.openai.OpenAiModels;
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
