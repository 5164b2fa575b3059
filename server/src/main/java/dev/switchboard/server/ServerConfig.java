package dev.switchboard.server;

import java.nio.file.Path;
import java.util.Map;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.crypto.Secret;
import dev.switchboard.server.oauth.TokenSettings;
import dev.switchboard.server.routing.TargetStates;

/**
 * Start-up configuration, validated once. Command-line flags win; secrets come only from the
 * environment so they never show in a process list.
 */
public record ServerConfig(String host, int port, Path dataDir, @Nullable Path keysetPath,
                           @Nullable String adminKey, long maxRequestBytes, TargetStates.BreakerConfig breaker,
                           int responsesRetentionDays, TokenSettings tokens) {
    public static final long DEFAULT_MAX_REQUEST_BYTES = 32L * 1024 * 1024;
    /** How long stored responses are kept: OpenAI's own retention for them. */
    public static final int DEFAULT_RESPONSES_RETENTION_DAYS = 30;

    public ServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port: " + port + " (expected: 0-65535)");
        }
        if (maxRequestBytes <= 0) {
            throw new IllegalArgumentException("--max-request-bytes: " + maxRequestBytes + " (expected: > 0)");
        }
        if (responsesRetentionDays < 0) {
            throw new IllegalArgumentException("--responses-retention-days: " + responsesRetentionDays
                                               + " (expected: >= 0; 0 keeps them until deleted)");
        }
        if (host.isBlank()) {
            throw new IllegalArgumentException("--host: must not be blank");
        }
    }

    /** The admin key masked: a config printed or logged must not show it. */
    @Override
    public String toString() {
        return "ServerConfig[host=" + host + ", port=" + port + ", dataDir=" + dataDir + ", keysetPath=" + keysetPath
               + ", adminKey=" + (adminKey == null ? "null" : Secret.of(adminKey).masked())
               + ", maxRequestBytes=" + maxRequestBytes + ", breaker=" + breaker
               + ", responsesRetentionDays=" + responsesRetentionDays + ", tokens=" + tokens + ']';
    }

    /** Defaults, with SWITCHBOARD_KEYSET, SWITCHBOARD_ADMIN_KEY and SWITCHBOARD_PUBLIC_URL taken from {@code env}. */
    public static ServerConfig defaults(Map<String, String> env) {
        final String keyset = env.get("SWITCHBOARD_KEYSET");
        return new ServerConfig("127.0.0.1", 8080, Path.of("data"),
                                keyset == null || keyset.isEmpty() ? null : Path.of(keyset),
                                env.get("SWITCHBOARD_ADMIN_KEY"), DEFAULT_MAX_REQUEST_BYTES,
                                TargetStates.BreakerConfig.DEFAULT, DEFAULT_RESPONSES_RETENTION_DAYS,
                                TokenSettings.defaults(env.get("SWITCHBOARD_PUBLIC_URL")));
    }

    public ServerConfig withPort(int port) {
        return new ServerConfig(host, port, dataDir, keysetPath, adminKey, maxRequestBytes, breaker, responsesRetentionDays, tokens);
    }

    public ServerConfig withHost(String host) {
        return new ServerConfig(host, port, dataDir, keysetPath, adminKey, maxRequestBytes, breaker, responsesRetentionDays, tokens);
    }

    public ServerConfig withDataDir(Path dataDir) {
        return new ServerConfig(host, port, dataDir, keysetPath, adminKey, maxRequestBytes, breaker, responsesRetentionDays, tokens);
    }

    public ServerConfig withKeysetPath(@Nullable Path keysetPath) {
        return new ServerConfig(host, port, dataDir, keysetPath, adminKey, maxRequestBytes, breaker, responsesRetentionDays, tokens);
    }

    public ServerConfig withAdminKey(@Nullable String adminKey) {
        return new ServerConfig(host, port, dataDir, keysetPath, adminKey, maxRequestBytes, breaker, responsesRetentionDays, tokens);
    }

    /** How target circuit breakers trip and recover (tests shorten the windows). */
    public ServerConfig withBreaker(TargetStates.BreakerConfig breaker) {
        return new ServerConfig(host, port, dataDir, keysetPath, adminKey, maxRequestBytes, breaker, responsesRetentionDays, tokens);
    }

    public ServerConfig withMaxRequestBytes(long maxRequestBytes) {
        return new ServerConfig(host, port, dataDir, keysetPath, adminKey, maxRequestBytes, breaker, responsesRetentionDays, tokens);
    }

    public ServerConfig withResponsesRetentionDays(int days) {
        return new ServerConfig(host, port, dataDir, keysetPath, adminKey, maxRequestBytes, breaker, days, tokens);
    }

    /** The token issuer's public URL and token lifetimes. */
    public ServerConfig withTokens(TokenSettings tokens) {
        return new ServerConfig(host, port, dataDir, keysetPath, adminKey, maxRequestBytes, breaker, responsesRetentionDays, tokens);
    }
}
