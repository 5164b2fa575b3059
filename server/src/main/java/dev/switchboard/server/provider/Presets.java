package dev.switchboard.server.provider;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.switchboard.transcoder.format.UpstreamFormat;
import dev.switchboard.transcoder.openai.OpenAiFormat;
import dev.switchboard.transcoder.openai.ReasoningField;
import dev.switchboard.v1.Preset;

/** The built-in provider presets: where each known provider lives and how it is spoken to. */
public final class Presets {
    public static final String CUSTOM = "custom";

    private static final List<Preset> ALL = List.of(
            preset("openai", "OpenAI", "https", "api.openai.com", 443, "/v1", ApiFormat.OPENAI, AuthType.BEARER, false),
            preset("anthropic", "Anthropic", "https", "api.anthropic.com", 443, "/v1", ApiFormat.ANTHROPIC,
                   AuthType.X_API_KEY, false),
            preset("gemini", "Google Gemini", "https", "generativelanguage.googleapis.com", 443, "/v1beta",
                   ApiFormat.GEMINI, AuthType.X_GOOG_API_KEY, false),
            preset("openrouter", "OpenRouter", "https", "openrouter.ai", 443, "/api/v1", ApiFormat.OPENAI,
                   AuthType.BEARER, false),
            preset("xai", "xAI", "https", "api.x.ai", 443, "/v1", ApiFormat.OPENAI, AuthType.BEARER, false),
            preset("ollama", "Ollama", "http", "localhost", 11434, "/v1", ApiFormat.OPENAI, AuthType.NONE, true),
            preset("lmstudio", "LM Studio", "http", "localhost", 1234, "/v1", ApiFormat.OPENAI, AuthType.NONE, true),
            preset("huggingface", "Hugging Face", "https", "router.huggingface.co", 443, "/v1", ApiFormat.OPENAI,
                   AuthType.BEARER, false),
            preset("github", "GitHub Models", "https", "models.github.ai", 443, "/inference", ApiFormat.OPENAI,
                   AuthType.BEARER, false),
            preset(CUSTOM, "Custom (OpenAI-compatible)", "", "", 0, "", ApiFormat.OPENAI, AuthType.BEARER, false));

    /**
     * Where each OpenAI-format preset takes an assistant turn's reasoning back (see ReasoningField):
     * OpenAI's API, and GitHub Models serving it, answer 400 to a message field they do not define;
     * Ollama and OpenRouter read {@code reasoning}; the rest (xAI, LM Studio, Hugging Face's router,
     * and custom servers such as DeepSeek or vLLM) {@code reasoning_content}.
     */
    private static final Map<String, OpenAiFormat> OPENAI_ADAPTERS = Map.of(
            "openai", new OpenAiFormat(ReasoningField.NONE),
            "github", new OpenAiFormat(ReasoningField.NONE),
            "ollama", new OpenAiFormat(ReasoningField.REASONING),
            "openrouter", new OpenAiFormat(ReasoningField.REASONING));

    private static final Map<String, Preset> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(Preset::getName, Function.identity()));

    private Presets() {}

    public static List<Preset> all() {
        return ALL;
    }

    public static Optional<Preset> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static String names() {
        return ALL.stream().map(Preset::getName).collect(Collectors.joining(", "));
    }

    /** The OpenAI-format adapter for a provider of this preset. */
    static UpstreamFormat openAiAdapter(String preset) {
        final OpenAiFormat own = OPENAI_ADAPTERS.get(preset);
        return own != null ? own : ApiFormat.OPENAI.adapter();
    }

    /** The auth style of a preset; a custom provider speaking a non-OpenAI format uses that format's. */
    public static AuthType authType(String preset, ApiFormat format) {
        final Preset p = BY_NAME.get(preset);
        if (p != null && !CUSTOM.equals(preset)) {
            return AuthType.valueOf(p.getAuthType().toUpperCase().replace('-', '_'));
        }
        switch (format) {
            case ANTHROPIC:
                return AuthType.X_API_KEY;
            case GEMINI:
                return AuthType.X_GOOG_API_KEY;
            default:
                return AuthType.BEARER;
        }
    }

    private static Preset preset(String name, String displayName, String protocol, String host, int port,
                                 String basePath, ApiFormat format, AuthType auth, boolean local) {
        final boolean defaultPort = "https".equals(protocol) && port == 443 || "http".equals(protocol) && port == 80;
        final String baseUrl = host.isEmpty() ? ""
                : protocol + "://" + host + (defaultPort ? "" : ":" + port) + basePath;
        return Preset.newBuilder()
                     .setName(name)
                     .setDisplayName(displayName)
                     .setProtocol(protocol)
                     .setHost(host)
                     .setPort(port)
                     .setBasePath(basePath)
                     .setApiFormat(format.token())
                     .setAuthType(auth.token())
                     .setBaseUrl(baseUrl)
                     .setLocal(local)
                     .build();
    }
}
