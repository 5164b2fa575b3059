package dev.switchboard.server;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.common.util.InetAddressPredicates;

import dev.switchboard.server.crypto.Secret;
import dev.switchboard.server.oauth.TokenSettings;
import dev.switchboard.server.observe.TelemetrySettings;
import dev.switchboard.server.routing.TargetStates;
import dev.switchboard.server.usage.ledger.LedgerSettings;

/**
 * Start-up configuration, validated once. Command-line flags win; secrets come only from the
 * environment so they never show in a process list.
 */
public record ServerConfig(String host, int port, Path dataDir, @Nullable Path keysetPath,
                           @Nullable String adminKey, long maxRequestBytes, TargetStates.BreakerConfig breaker,
                           int responsesRetentionDays, @Nullable Path tlsCert, @Nullable Path tlsKey,
                           int authFailuresPerMinute, TokenSettings tokens,
                           List<String> trustedProxies, ZoneId timeZone, LedgerSettings ledger,
                           TelemetrySettings telemetry, @Nullable Path uiDir) {
    public static final long DEFAULT_MAX_REQUEST_BYTES = 32L * 1024 * 1024;
    /** How long stored responses are kept: OpenAI's own retention for them. */
    public static final int DEFAULT_RESPONSES_RETENTION_DAYS = 30;
    /** Failed authentications an address may make in a minute before it gets 429s. */
    public static final int DEFAULT_AUTH_FAILURES_PER_MINUTE = 20;

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
        trustedProxies = List.copyOf(trustedProxies);
        for (String cidr : trustedProxies) {
            try {
                InetAddressPredicates.ofCidr(cidr);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--trusted-proxies: '" + cidr
                                                   + "' (expected: an address or a CIDR range such as 10.0.0.0/8)");
            }
        }
        if (authFailuresPerMinute < 1) {
            throw new IllegalArgumentException("--auth-failures-per-minute: " + authFailuresPerMinute
                                               + " (expected: >= 1)");
        }
        if (host.isBlank()) {
            throw new IllegalArgumentException("--host: must not be blank");
        }
        if ((tlsCert == null) != (tlsKey == null)) {
            throw new IllegalArgumentException("--tls-cert and --tls-key: give both (a PEM certificate chain and its "
                                               + "PEM private key) or neither");
        }
    }

    /** A time zone as an IANA name ({@code Europe/Paris}) or an offset ({@code UTC}, {@code +02:00}). */
    public static ZoneId parseZone(String name, String value) {
        try {
            return ZoneId.of(value.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(name + ": '" + value + "' (expected: a time zone such as UTC or "
                                               + "Europe/Paris)");
        }
    }

    /** Whether the server speaks TLS (HTTPS and gRPC over TLS on its one port). */
    public boolean tls() {
        return tlsCert != null;
    }

    /** The admin key masked: a config printed or logged must not show it. */
    @Override
    public String toString() {
        return "ServerConfig[host=" + host + ", port=" + port + ", dataDir=" + dataDir + ", keysetPath=" + keysetPath
               + ", adminKey=" + (adminKey == null ? "null" : Secret.of(adminKey).masked())
               + ", maxRequestBytes=" + maxRequestBytes + ", breaker=" + breaker
               + ", responsesRetentionDays=" + responsesRetentionDays + ", tlsCert=" + tlsCert + ", tlsKey=" + tlsKey
               + ", authFailuresPerMinute=" + authFailuresPerMinute + ", tokens=" + tokens
               + ", trustedProxies=" + trustedProxies + ", timeZone=" + timeZone + ", ledger=" + ledger
               + ", telemetry=" + telemetry + ", uiDir=" + uiDir + ']';
    }

    /**
     * Defaults, with SWITCHBOARD_KEYSET, SWITCHBOARD_ADMIN_KEY, SWITCHBOARD_PUBLIC_URL and
     * SWITCHBOARD_TIME_ZONE taken from {@code env}.
     */
    public static ServerConfig defaults(Map<String, String> env) {
        final String keyset = env.get("SWITCHBOARD_KEYSET");
        final String zone = env.get("SWITCHBOARD_TIME_ZONE");
        return new ServerConfig("127.0.0.1", 8080, Path.of("data"),
                                keyset == null || keyset.isEmpty() ? null : Path.of(keyset),
                                env.get("SWITCHBOARD_ADMIN_KEY"), DEFAULT_MAX_REQUEST_BYTES,
                                TargetStates.BreakerConfig.DEFAULT, DEFAULT_RESPONSES_RETENTION_DAYS, null, null,
                                DEFAULT_AUTH_FAILURES_PER_MINUTE, TokenSettings.defaults(env.get("SWITCHBOARD_PUBLIC_URL")),
                                List.of(),
                                zone == null || zone.isEmpty() ? ZoneOffset.UTC : parseZone("SWITCHBOARD_TIME_ZONE", zone),
                                LedgerSettings.DEFAULT, TelemetrySettings.defaults(env), null);
    }

    public ServerConfig withPort(int port) {
        return new ServerConfig(host, port, dataDir, keysetPath, adminKey, maxRequestBytes, breaker, responsesRetentionDays, tlsCert, tlsKey,
                                authFailuresPerMinute, tokens,
                                trustedProxies, timeZone, ledger, telemetry, uiDir);
    }

    public ServerConfig withHost(String host) {
        return new ServerConfig(host, port, dataDir, keysetPath, adminKey, maxRequestBytes, breaker, responsesRetentionDays, tlsCert, tlsKey,
                                authFailuresPerMinute, tokens,
                                trustedProxies, timeZone, ledger, telemetry, uiDir);
    }

    public ServerConfig withDataDir(Path dataDir) {
        return new ServerConfig(host, port, dataDir, keysetPath, adminKey, maxRequestBytes, breaker, responsesRetentionDays, tlsCert, tlsKey,
                                authFailuresPerMinute, tokens,
                                trustedProxies, timeZone, ledger, telemetry, uiDir);
    }

    public ServerConfig withKeysetPath(@Nullable Path keysetPath) {
        return new ServerConfig(host, port, dataDir, keysetPath, adminKey, maxRequestBytes, breaker, responsesRetentionDays, tlsCert, tlsKey,
                                authFailuresPerMinute, tokens,
                                trustedProxies, timeZone, ledger, telemetry, uiDir);
    }

    public ServerConfig withAdminKey(@Nullable String adminKey) {
        return new ServerConfig(host, port, dataDir, keysetPath, adminKey, maxRequestBytes, breaker, responsesRetentionDays, tlsCert, tlsKey,
                                authFailuresPerMinute, tokens,
                                trustedProxies, timeZone, ledger, telemetry, uiDir);
    }

    /** How target circuit breakers trip and recover (tests shorten the windows). */
    public ServerConfig withBreaker(TargetStates.BreakerConfig breaker) {
        return new ServerConfig(host, port, dataDir, keysetPath, adminKey, maxRequestBytes, breaker, responsesRetentionDays, tlsCert, tlsKey,
                                authFailuresPerMinute, tokens,
                                trustedProxies, timeZone, ledger, telemetry, uiDir);
    }

    public ServerConfig withMaxRequestBytes(long maxRequestBytes) {
        return new ServerConfig(host, port, dataDir, keysetPath, adminKey, maxRequestBytes, breaker, responsesRetentionDays, tlsCert, tlsKey,
                                authFailuresPerMinute, tokens,
                                trustedProxies, timeZone, ledger, telemetry, uiDir);
    }

    /** Serve over TLS with this PEM certificate chain and PEM private key; both null for plain HTTP. */
    public ServerConfig withTls(@Nullable Path tlsCert, @Nullable Path tlsKey) {
        return new ServerConfig(host, port, dataDir, keysetPath, adminKey, maxRequestBytes, breaker, responsesRetentionDays,
                                tlsCert, tlsKey,
                                authFailuresPerMinute, tokens,
                                trustedProxies, timeZone, ledger, telemetry, uiDir);
    }

    public ServerConfig withResponsesRetentionDays(int days) {
        return new ServerConfig(host, port, dataDir, keysetPath, adminKey, maxRequestBytes, breaker, days, tlsCert, tlsKey,
                                authFailuresPerMinute, tokens,
                                trustedProxies, timeZone, ledger, telemetry, uiDir);
    }

    public ServerConfig withAuthFailuresPerMinute(int limit) {
        return new ServerConfig(host, port, dataDir, keysetPath, adminKey, maxRequestBytes, breaker, responsesRetentionDays,
                                tlsCert, tlsKey, limit, tokens, trustedProxies, timeZone, ledger, telemetry, uiDir);
    }

    /** The issuer URL and lifetimes of the tokens the gateway issues. */
    public ServerConfig withTokens(TokenSettings tokens) {
        return new ServerConfig(host, port, dataDir, keysetPath, adminKey, maxRequestBytes, breaker, responsesRetentionDays,
                                tlsCert, tlsKey, authFailuresPerMinute, tokens,
                                trustedProxies, timeZone, ledger, telemetry, uiDir);
    }

    /**
     * The proxies whose {@code X-Forwarded-For} / {@code Forwarded} headers name the client (CIDR
     * ranges); empty, the default: the connection's own address is the client.
     */
    public ServerConfig withTrustedProxies(List<String> trustedProxies) {
        return new ServerConfig(host, port, dataDir, keysetPath, adminKey, maxRequestBytes, breaker, responsesRetentionDays,
                                tlsCert, tlsKey, authFailuresPerMinute, tokens, trustedProxies, timeZone, ledger, telemetry, uiDir);
    }

    /** The zone whose calendar days the daily usage rollups and per-day budgets count. */
    public ServerConfig withTimeZone(ZoneId timeZone) {
        return new ServerConfig(host, port, dataDir, keysetPath, adminKey, maxRequestBytes, breaker, responsesRetentionDays,
                                tlsCert, tlsKey, authFailuresPerMinute, tokens, trustedProxies, timeZone, ledger, telemetry, uiDir);
    }

    /** How the usage ledger is written and how long its raw rows are kept. */
    public ServerConfig withLedger(LedgerSettings ledger) {
        return new ServerConfig(host, port, dataDir, keysetPath, adminKey, maxRequestBytes, breaker, responsesRetentionDays,
                                tlsCert, tlsKey, authFailuresPerMinute, tokens, trustedProxies, timeZone, ledger, telemetry, uiDir);
    }

    /** Serve the web console's files from this folder instead of the jar's (null: the jar's). */
    public ServerConfig withUiDir(@Nullable Path uiDir) {
        return new ServerConfig(host, port, dataDir, keysetPath, adminKey, maxRequestBytes, breaker, responsesRetentionDays,
                                tlsCert, tlsKey, authFailuresPerMinute, tokens, trustedProxies, timeZone, ledger, telemetry,
                                uiDir);
    }

    /** Metrics, traces and the access log. */
    public ServerConfig withTelemetry(TelemetrySettings telemetry) {
        return new ServerConfig(host, port, dataDir, keysetPath, adminKey, maxRequestBytes, breaker, responsesRetentionDays,
                                tlsCert, tlsKey, authFailuresPerMinute, tokens, trustedProxies, timeZone, ledger, telemetry, uiDir);
    }
}
