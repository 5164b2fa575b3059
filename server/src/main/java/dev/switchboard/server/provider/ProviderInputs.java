package dev.switchboard.server.provider;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.switchboard.server.crypto.Secret;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.Preset;
import dev.switchboard.v1.Provider;

/**
 * Turns admin input into a provider's validated settings (a {@link StoredProvider}): preset
 * defaults first, then every field checked with a message that names it and says what was
 * expected.
 */
final class ProviderInputs {
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
    static final Duration DEFAULT_CONNECT_TIMEOUT = ProviderRegistry.DEFAULT_CONNECT_TIMEOUT;
    static final Duration DEFAULT_HEALTH_CHECK_INTERVAL = Duration.ofSeconds(60);
    private static final Duration MAX_TIMEOUT = Duration.ofHours(1);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    /** Headers the gateway owns on the upstream request. */
    private static final Set<String> RESERVED_HEADERS = Set.of(
            "host", "content-length", "content-type", "transfer-encoding", "connection", "upgrade",
            "te", "keep-alive", "proxy-connection", "authorization", "x-api-key", "x-goog-api-key");
    static final List<String> UPDATABLE = List.of(
            "name", "preset", "api_format", "base_url", "headers", "secret_headers", "timeout", "enabled",
            "connect_timeout", "first_token_timeout", "health_check_interval", "api_key", "allow_private_network",
            "ca_bundle");

    private ProviderInputs() {}

    /** A new provider's settings from an admin's or operator's input (see {@link #forCreate(Provider, boolean)}). */
    static StoredProvider forCreate(Provider p) {
        return forCreate(p, true);
    }

    /**
     * A new provider's settings from admin input, preset defaults filled in; validated.
     *
     * @param mayAllowPrivate whether the caller may let the provider reach private networks (admins
     *                        and operators): it is then the default too; otherwise (members) the
     *                        provider is guarded and asking for {@code allow_private_network} is refused
     */
    static StoredProvider forCreate(Provider p, boolean mayAllowPrivate) {
        final String preset = p.getPreset().isEmpty() ? Presets.CUSTOM : p.getPreset();
        final Preset defaults = preset(preset);
        return validate(StoredProvider.unsaved(
                p.getName(),
                preset,
                p.getApiFormat().isEmpty() ? defaults.getApiFormat() : p.getApiFormat(),
                p.getBaseUrl().isEmpty() ? defaults.getBaseUrl() : p.getBaseUrl(),
                p.getHeadersMap(),
                p.hasTimeout() ? toJava(p.getTimeout()) : DEFAULT_TIMEOUT,
                !p.hasEnabled() || p.getEnabled(),
                p.hasConnectTimeout() ? toJava(p.getConnectTimeout()) : DEFAULT_CONNECT_TIMEOUT,
                p.hasFirstTokenTimeout() ? toJava(p.getFirstTokenTimeout()) : Duration.ZERO,
                p.hasHealthCheckInterval() ? toJava(p.getHealthCheckInterval()) : DEFAULT_HEALTH_CHECK_INTERVAL)
                .withAllowPrivateNetwork(allowPrivateNetwork(p, mayAllowPrivate))
                .withCaBundle(p.getCaBundle().isEmpty() ? null : p.getCaBundle()),
                p.getSecretHeadersMap());
    }

    /** The {@code allow_private_network} asked for, its default when unset, and who may set it. */
    private static boolean allowPrivateNetwork(Provider p, boolean mayAllowPrivate) {
        if (!p.hasAllowPrivateNetwork()) {
            return mayAllowPrivate;
        }
        if (p.getAllowPrivateNetwork() && !mayAllowPrivate) {
            throw new GatewayException(ErrorKind.PERMISSION_DENIED, "allow_private_network: only admins and "
                                       + "operators may let a provider reach loopback, private or link-local addresses");
        }
        return p.getAllowPrivateNetwork();
    }

    /**
     * Applies the named fields of {@code p} to {@code cur}'s settings; the result is validated.
     * Its id, secrets and times are {@code cur}'s: the store keeps those.
     */
    static StoredProvider applyMask(StoredProvider cur, Provider p, List<String> paths,
                                    Map<String, String> secretHeaders) {
        return applyMask(cur, p, paths, secretHeaders, true);
    }

    /**
     * As {@link #applyMask(StoredProvider, Provider, List, Map)}, for a caller who may or may not
     * let providers reach private networks (see {@link #forCreate(Provider, boolean)}).
     */
    static StoredProvider applyMask(StoredProvider cur, Provider p, List<String> paths,
                                    Map<String, String> secretHeaders, boolean mayAllowPrivate) {
        String name = cur.name();
        String preset = cur.preset();
        String format = cur.apiFormat();
        String baseUrl = cur.baseUrl();
        Map<String, String> headers = cur.headers();
        Duration timeout = cur.timeout();
        boolean enabled = cur.enabled();
        Duration connectTimeout = cur.connectTimeout();
        Duration firstTokenTimeout = cur.firstTokenTimeout();
        Duration healthCheckInterval = cur.healthCheckInterval();
        boolean allowPrivateNetwork = cur.allowPrivateNetwork();
        String caBundle = cur.caBundle();
        for (String path : paths) {
            switch (path) {
                case "name": name = p.getName(); break;
                case "preset": preset = p.getPreset().isEmpty() ? Presets.CUSTOM : p.getPreset(); break;
                case "api_format": format = p.getApiFormat(); break;
                case "base_url": baseUrl = p.getBaseUrl(); break;
                case "headers": headers = p.getHeadersMap(); break;
                case "secret_headers": break;
                case "timeout": timeout = p.hasTimeout() ? toJava(p.getTimeout()) : DEFAULT_TIMEOUT; break;
                case "enabled": enabled = !p.hasEnabled() || p.getEnabled(); break;
                case "connect_timeout":
                    connectTimeout = p.hasConnectTimeout() ? toJava(p.getConnectTimeout()) : DEFAULT_CONNECT_TIMEOUT;
                    break;
                case "first_token_timeout":
                    firstTokenTimeout = p.hasFirstTokenTimeout() ? toJava(p.getFirstTokenTimeout()) : Duration.ZERO;
                    break;
                case "health_check_interval":
                    healthCheckInterval = p.hasHealthCheckInterval() ? toJava(p.getHealthCheckInterval())
                                                                     : DEFAULT_HEALTH_CHECK_INTERVAL;
                    break;
                case "allow_private_network": allowPrivateNetwork = allowPrivateNetwork(p, mayAllowPrivate); break;
                case "ca_bundle": caBundle = p.getCaBundle().isEmpty() ? null : p.getCaBundle(); break;
                case "api_key":
                    // Only to say how the key follows a move to another origin (ProviderStore.update).
                    if (!paths.contains("base_url")) {
                        throw GatewayException.invalid(
                                "update_mask: api_key can be updated only together with base_url; use RotateProviderKey");
                    }
                    break;
                default:
                    throw GatewayException.invalid("update_mask: unknown field '" + path + "' (expected one of: "
                                                   + String.join(", ", UPDATABLE) + ")");
            }
        }
        if (!preset.equals(cur.preset()) && !paths.contains("api_format")) {
            format = preset(preset).getApiFormat();
        }
        return validate(new StoredProvider(cur.id(), name, preset, format, baseUrl, headers, timeout, enabled,
                                           connectTimeout, firstTokenTimeout, healthCheckInterval,
                                           cur.ownerId(), allowPrivateNetwork, caBundle,
                                           cur.apiKeySealed(), cur.secretHeadersSealed(), cur.createTime(),
                                           cur.updateTime()),
                        secretHeaders);
    }

    /** The implied mask of an update without one: every field the request populated. */
    static List<String> impliedMask(Provider p) {
        final List<String> paths = new java.util.ArrayList<>();
        if (!p.getName().isEmpty()) paths.add("name");
        if (!p.getPreset().isEmpty()) paths.add("preset");
        if (!p.getApiFormat().isEmpty()) paths.add("api_format");
        if (!p.getBaseUrl().isEmpty()) paths.add("base_url");
        if (p.getHeadersCount() > 0) paths.add("headers");
        if (p.getSecretHeadersCount() > 0) paths.add("secret_headers");
        if (p.hasTimeout()) paths.add("timeout");
        if (p.hasEnabled()) paths.add("enabled");
        if (p.hasConnectTimeout()) paths.add("connect_timeout");
        if (p.hasFirstTokenTimeout()) paths.add("first_token_timeout");
        if (p.hasHealthCheckInterval()) paths.add("health_check_interval");
        if (p.hasAllowPrivateNetwork()) paths.add("allow_private_network");
        if (!p.getCaBundle().isEmpty()) paths.add("ca_bundle");
        if (!p.getApiKey().isEmpty()) paths.add("api_key");
        return paths;
    }

    static Map<String, Secret> secrets(Map<String, String> headers) {
        final Map<String, Secret> out = new LinkedHashMap<>();
        headers.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), Secret.of(v)));
        return out;
    }

    static Secret apiKey(String key, String field) {
        if (key.isBlank()) {
            throw GatewayException.invalid(field + ": must not be blank");
        }
        if (!key.strip().equals(key) || key.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw GatewayException.invalid(field + ": must not contain whitespace at the ends or control characters");
        }
        return Secret.of(key);
    }

    private static StoredProvider validate(StoredProvider s, Map<String, String> secretHeaders) {
        if (!NAME.matcher(s.name()).matches()) {
            throw GatewayException.invalid("name: '" + clip(s.name()) + "' (expected: 1-64 letters, digits, "
                                           + "'.', '_' or '-', starting with a letter or digit)");
        }
        preset(s.preset());
        if (ApiFormat.of(s.apiFormat()).isEmpty()) {
            throw GatewayException.invalid("api_format: '" + clip(s.apiFormat()) + "' (expected one of: "
                                           + ApiFormat.tokens() + ")");
        }
        final String baseUrl = baseUrl(s.baseUrl(), s.preset());
        final Map<String, String> headers = new LinkedHashMap<>();
        s.headers().forEach((k, v) -> headers.put(header(k, v, "headers"), v));
        secretHeaders.forEach((k, v) -> {
            final String name = header(k, v, "secret_headers");
            if (headers.containsKey(name)) {
                throw GatewayException.invalid("secret_headers: '" + name + "' is also in headers");
            }
        });
        if (s.timeout().isNegative() || s.timeout().isZero() || s.timeout().compareTo(MAX_TIMEOUT) > 0) {
            throw GatewayException.invalid("timeout: " + s.timeout().toMillis() + "ms (expected: > 0 and <= 1h)");
        }
        for (Duration d : List.of(s.connectTimeout(), s.firstTokenTimeout())) {
            if (d.compareTo(MAX_TIMEOUT) > 0) {
                throw GatewayException.invalid("connect_timeout/first_token_timeout: " + d.toMillis()
                                               + "ms (expected: <= 1h)");
            }
        }
        if (s.caBundle() != null) {
            CaBundles.parse(s.caBundle());
        }
        if (!s.allowPrivateNetwork()) {
            PrivateNetworks.checkBaseUrl(baseUrl);
        }
        return s.withBaseUrl(baseUrl).withHeaders(headers);
    }

    private static Preset preset(String name) {
        return Presets.find(name).orElseThrow(() -> GatewayException.invalid(
                "preset: '" + clip(name) + "' (expected one of: " + Presets.names() + ")"));
    }

    private static String baseUrl(String url, String preset) {
        if (url.isEmpty()) {
            throw GatewayException.invalid("base_url: required for preset '" + preset + "'");
        }
        final URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw GatewayException.invalid("base_url: not a valid URL");
        }
        final String scheme = uri.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
            throw GatewayException.invalid("base_url: expected an absolute http:// or https:// URL with a host");
        }
        // Keys belong in sealed fields, never in a URL that is shown and logged.
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw GatewayException.invalid("base_url: must not contain credentials, a query or a fragment");
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String header(String name, String value, String field) {
        final String lower = name.toLowerCase(Locale.ROOT);
        if (!HEADER_NAME.matcher(name).matches()) {
            throw GatewayException.invalid(field + ": '" + clip(name) + "' is not a valid header name");
        }
        if (RESERVED_HEADERS.contains(lower)) {
            throw GatewayException.invalid(field + ": '" + lower + "' is set by the gateway");
        }
        if (value.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
            throw GatewayException.invalid(field + ": value of '" + lower + "' contains control characters");
        }
        return lower;
    }

    private static Duration toJava(com.google.protobuf.Duration d) {
        return Duration.ofSeconds(d.getSeconds(), d.getNanos());
    }

    private static String clip(String s) {
        return s.length() <= 64 ? s : s.substring(0, 64) + "...";
    }
}
