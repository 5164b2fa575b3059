package dev.switchboard.server.provider;

import java.util.Arrays;
import java.util.Optional;

import dev.switchboard.transcoder.anthropic.AnthropicFormat;
import dev.switchboard.transcoder.format.UpstreamFormat;
import dev.switchboard.transcoder.gemini.GeminiFormat;
import dev.switchboard.transcoder.openai.OpenAiFormat;
import dev.switchboard.transcoder.responses.ResponsesFormat;

/**
 * The wire protocol a provider speaks; the token is what the admin API reads and writes. This is
 * the one place an upstream format is registered, with its adapter.
 */
public enum ApiFormat {
    OPENAI("openai", new OpenAiFormat()),
    ANTHROPIC("anthropic", new AnthropicFormat()),
    GEMINI("gemini", new GeminiFormat()),
    OPENAI_RESPONSES("openai_responses", new ResponsesFormat());

    private final String token;
    private final UpstreamFormat adapter;

    ApiFormat(String token, UpstreamFormat adapter) {
        this.token = token;
        this.adapter = adapter;
    }

    public String token() {
        return token;
    }

    public UpstreamFormat adapter() {
        return adapter;
    }

    public static Optional<ApiFormat> of(String token) {
        return Arrays.stream(values()).filter(f -> f.token.equals(token)).findFirst();
    }

    public static String tokens() {
        return String.join(", ", Arrays.stream(values()).map(ApiFormat::token).toArray(String[]::new));
    }
}
