package dev.switchboard.server.http;

import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpResponse;

import dev.switchboard.transcoder.anthropic.MessagesWire;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;

/**
 * Renders a gateway error as Anthropic's error JSON, with the same HTTP status and Retry-After
 * the OpenAI surface uses (both come from the one error table).
 */
public final class AnthropicHttpErrors {
    private AnthropicHttpErrors() {}

    public static HttpResponse response(GatewayException e) {
        return HttpResponse.of(OpenAiHttpErrors.headers(e), body(e));
    }

    public static HttpResponse response(ErrorKind kind, String message) {
        return response(new GatewayException(kind, message));
    }

    static HttpData body(GatewayException e) {
        return HttpData.wrap(MessagesWire.errorBody(e.kind(), e.getMessage()));
    }
}
