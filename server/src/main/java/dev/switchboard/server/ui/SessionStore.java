package dev.switchboard.server.ui;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.auth.Sessions;

/**
 * The console's sessions, in this process's memory only: a restart ends them all, and each
 * replica has its own. A session ends after an hour without a request, eight hours after login, or
 * when its credential expires, whichever comes first. The map is keyed by the SHA-256 of the
 * session id, so the ids themselves are kept nowhere on the server.
 */
public final class SessionStore implements Sessions {
    static final Duration IDLE = Duration.ofHours(1);
    static final Duration ABSOLUTE = Duration.ofHours(8);
    /** Bounds memory: past it the least recently used sessions go first. */
    static final int MAX_SESSIONS = 100_000;
    private static final int TOKEN_BYTES = 32;
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Cache<String, Session> sessions;

    public SessionStore(Clock clock) {
        this(clock, Ticker.systemTicker());
    }

    /** @param ticker measures idle time (tests move it with the clock) */
    SessionStore(Clock clock, Ticker ticker) {
        this.clock = clock;
        sessions = Caffeine.newBuilder().ticker(ticker).maximumSize(MAX_SESSIONS).expireAfter(new Expiry<String, Session>() {
            @Override
            public long expireAfterCreate(String key, Session s, long now) {
                return remaining(s);
            }

            @Override
            public long expireAfterUpdate(String key, Session s, long now, long current) {
                return remaining(s);
            }

            @Override
            public long expireAfterRead(String key, Session s, long now, long current) {
                return remaining(s);
            }
        }).build();
    }

    /** A new session and its id (the cookie's value: the only place it exists). */
    record Opened(String id, Session session) {
        @Override
        public String toString() {
            return session.toString();
        }
    }

    /** Opens a session for {@code credential}, which authenticated as {@code principal}. */
    Opened open(String credential, Principal principal) {
        Instant expires = clock.instant().plus(ABSOLUTE);
        if (principal.expires() != null && principal.expires().isBefore(expires)) {
            expires = principal.expires();
        }
        final String id = token();
        final Session session = new Session(credential, token(), expires);
        sessions.put(key(id), session);
        return new Opened(id, session);
    }

    @Nullable
    @Override
    public Session find(String sessionId) {
        final String key = key(sessionId);
        final Session s = sessions.getIfPresent(key);
        if (s == null) {
            return null;
        }
        if (!clock.instant().isBefore(s.expires())) {
            sessions.invalidate(key);
            return null;
        }
        return s;
    }

    @Override
    public void end(String sessionId) {
        sessions.invalidate(key(sessionId));
    }

    /** Sessions held (some may have expired and not been swept yet). */
    long size() {
        return sessions.estimatedSize();
    }

    /** Idle time left, capped by the absolute end: a read renews only the idle part. */
    private long remaining(Session s) {
        final long untilEnd = Duration.between(clock.instant(), s.expires()).toNanos();
        return Math.max(0, Math.min(IDLE.toNanos(), untilEnd));
    }

    private String token() {
        final byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return BASE64URL.encodeToString(bytes);
    }

    private static String key(String sessionId) {
        try {
            final MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return BASE64URL.encodeToString(sha256.digest(sessionId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
