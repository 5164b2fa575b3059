package dev.switchboard.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

import com.linecorp.armeria.common.annotation.Nullable;

/**
 * The web console's login sessions, as {@link AuthDecorator} reads them: a browser that sent no
 * credential header is authenticated by its {@link #COOKIE} cookie, whose session holds the
 * credential it logged in with.
 */
public interface Sessions {
    /** The cookie that carries the session id. */
    String COOKIE = "sb_session";
    /** The header a request that changes anything must carry with the session's CSRF token. */
    String CSRF_HEADER = "x-csrf-token";

    /** No sessions: every cookie is unknown. */
    Sessions NONE = new Sessions() {
        @Override
        public Session find(String sessionId) {
            return null;
        }

        @Override
        public void end(String sessionId) {}
    };

    /** The live session {@code sessionId} names, or null (unknown, idle too long, or past its end). */
    @Nullable
    Session find(String sessionId);

    /** Ends a session (logout, or its credential stopped working). */
    void end(String sessionId);

    /**
     * One login: the credential it was opened with (in memory only; each request is
     * re-authenticated with it), its CSRF token, and when it ends at the latest.
     */
    final class Session {
        private final String credential;
        private final String csrfToken;
        private final Instant expires;

        public Session(String credential, String csrfToken, Instant expires) {
            this.credential = credential;
            this.csrfToken = csrfToken;
            this.expires = expires;
        }

        /** The credential, for re-authenticating a request; never to be shown or logged. */
        public String credential() {
            return credential;
        }

        /** The CSRF token, for the login answer only. */
        public String csrfToken() {
            return csrfToken;
        }

        public Instant expires() {
            return expires;
        }

        /** Whether {@code presented} is this session's CSRF token, in time independent of where they differ. */
        public boolean csrfMatches(@Nullable String presented) {
            return presented != null && MessageDigest.isEqual(csrfToken.getBytes(StandardCharsets.UTF_8),
                                                              presented.getBytes(StandardCharsets.UTF_8));
        }

        /** Without the secrets: a session printed or logged shows only when it ends. */
        @Override
        public String toString() {
            return "Session[expires=" + expires + ']';
        }
    }
}
