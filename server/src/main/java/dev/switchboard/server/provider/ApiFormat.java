package dev.switchboard.server.provider;

import java.util.Arrays;
import java.util.Optional;

/** The wire protocol a provider speaks; the token is what the admin API reads and writes. */
public enum ApiFormat {
    OPENAI("openai", true),
    ANTHROPIC("anthropic", false),
    GEMINI("gemini", false),
    OPENAI_RESPONSES("openai_responses", false);

    private final String token;
    private final boolean implemented;

    ApiFormat(String token, boolean implemented) {
        this.token = token;
        this.implemented = implemented;
    }

    public String token() {
        return token;
    }

    /** Whether this build can run inference in this format (others are stored, answer 501). */
    public boolean implemented() {
        return implemented;
    }

    public static Optional<ApiFormat> of(String token) {
        return Arrays.stream(values()).filter(f -> f.token.equals(token)).findFirst();
    }

    public static String tokens() {
        return String.join(", ", Arrays.stream(values()).map(ApiFormat::token).toArray(String[]::new));
    }
}
