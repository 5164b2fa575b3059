package dev.switchboard.server.provider;

import java.util.Arrays;
import java.util.Optional;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.transcoder.anthropic.AnthropicFormat;
import dev.switchboard.transcoder.format.UpstreamFormat;
import dev.switchboard.transcoder.gemini.GeminiFormat;
import dev.switchboard.transcoder.openai.OpenAiFormat;
import dev.switchboard.transcoder.responses.ResponsesFormat;

/**
 * The wire protocol a provider speaks; the token is what the admin API reads and writes. This is
 * the one place an upstream format is registered: its adapter, or null while it is not built.
 */
public enum ApiFormat {
    OPENAI("openai", new OpenAiFormat()),
    ANTHROPIC("anthropic", new AnthropicFormat()),
    GEMINI("gemini", new GeminiFormat()),
    OPENAI_RESPONSES("openai_responses", new ResponsesFormat());

    private final String token;
    @Nullable
    private final UpstreamFormat adapter;

    ApiFormat(String token, @Nullable UpstreamFormat adapter) {
        this.token = token;
        this.adapter = adapter;
    }

    public String token() {
        return token;
    }

    /** Whether this build can run inference in this format (others are stored, answer 501). */
    public boolean implemented() {
        return adapter != null;
    }

    /** The format's adapter; only for implemented formats. */
    public UpstreamFormat adapter() {
        if (adapter == null) {
            throw new IllegalStateException(token + " is not implemented");
        }
        return adapter;
    }

    public static Optional<ApiFormat> of(String token) {
        return Arrays.stream(values()).filter(f -> f.token.equals(token)).findFirst();
    }

    public static String tokens() {
        return String.join(", ", Arrays.stream(values()).map(ApiFormat::token).toArray(String[]::new));
    }
}
