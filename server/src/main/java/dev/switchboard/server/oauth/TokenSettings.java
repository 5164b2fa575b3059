package dev.switchboard.server.oauth;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;

import com.linecorp.armeria.common.annotation.Nullable;

/**
 * How the gateway issues tokens: its public URL (the tokens' {@code iss}; null: the address it
 * listens on, known once it started) and the lifetimes of access and refresh tokens.
 */
public record TokenSettings(@Nullable String publicUrl, Duration accessTokenTtl, Duration refreshTokenTtl) {
    public static final Duration DEFAULT_ACCESS_TOKEN_TTL = Duration.ofMinutes(15);
    public static final Duration DEFAULT_REFRESH_TOKEN_TTL = Duration.ofDays(30);
    private static final Duration MIN_ACCESS = Duration.ofSeconds(30);
    private static final Duration MAX_ACCESS = Duration.ofHours(24);
    private static final Duration MAX_REFRESH = Duration.ofDays(365);

    public TokenSettings {
        if (publicUrl != null) {
            publicUrl = checkUrl(publicUrl);
        }
        if (accessTokenTtl.compareTo(MIN_ACCESS) < 0 || accessTokenTtl.compareTo(MAX_ACCESS) > 0) {
            throw new IllegalArgumentException("--access-token-ttl: " + accessTokenTtl + " (expected: 30s to 24h)");
        }
        if (refreshTokenTtl.compareTo(accessTokenTtl) < 0 || refreshTokenTtl.compareTo(MAX_REFRESH) > 0) {
            throw new IllegalArgumentException("--refresh-token-ttl: " + refreshTokenTtl
                                               + " (expected: from the access token lifetime to 365d)");
        }
    }

    /** The defaults, with the public URL from SWITCHBOARD_PUBLIC_URL when set. */
    public static TokenSettings defaults(@Nullable String publicUrlFromEnv) {
        return new TokenSettings(publicUrlFromEnv == null || publicUrlFromEnv.isEmpty() ? null : publicUrlFromEnv,
                                 DEFAULT_ACCESS_TOKEN_TTL, DEFAULT_REFRESH_TOKEN_TTL);
    }

    public TokenSettings withPublicUrl(String url) {
        return new TokenSettings(url, accessTokenTtl, refreshTokenTtl);
    }

    public TokenSettings withAccessTokenTtl(Duration ttl) {
        return new TokenSettings(publicUrl, ttl, refreshTokenTtl);
    }

    public TokenSettings withRefreshTokenTtl(Duration ttl) {
        return new TokenSettings(publicUrl, accessTokenTtl, ttl);
    }

    /** "90s", "15m", "12h", "30d" (a bare number is seconds). */
    public static Duration parseDuration(String name, String value) {
        final String v = value.strip().toLowerCase(Locale.ROOT);
        final char unit = v.isEmpty() ? ' ' : v.charAt(v.length() - 1);
        final String digits = Character.isDigit(unit) ? v : v.substring(0, Math.max(0, v.length() - 1));
        final long n;
        try {
            n = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + value + "' (expected: a number with s, m, h or d)");
        }
        switch (unit) {
            case 's': return Duration.ofSeconds(n);
            case 'm': return Duration.ofMinutes(n);
            case 'h': return Duration.ofHours(n);
            case 'd': return Duration.ofDays(n);
            default:
                if (Character.isDigit(unit)) {
                    return Duration.ofSeconds(n);
                }
                throw new IllegalArgumentException(name + ": '" + value + "' (expected: a number with s, m, h or d)");
        }
    }

    private static String checkUrl(String url) {
        final URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--public-url: '" + url + "' is not a URL");
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
            || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("--public-url: '" + url
                                               + "' (expected: http(s)://host[:port], no query or fragment)");
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
