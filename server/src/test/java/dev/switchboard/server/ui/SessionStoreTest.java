package dev.switchboard.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.switchboard.server.auth.Credential;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.auth.Role;
import dev.switchboard.server.auth.Sessions;
import dev.switchboard.server.testing.MutableClock;

/** When a session ends: idle for an hour, eight hours after login, or when its credential expires. */
class SessionStoreTest {
    static final Instant T0 = Instant.parse("2026-12-07T12:00:00Z");
    final MutableClock clock = new MutableClock(T0);
    /** Caffeine's idle timer, moved with the clock. */
    final SessionStore store = new SessionStore(clock, () -> Duration.between(T0, clock.instant()).toNanos());

    static Principal expiring(Instant expires) {
        return new Principal("u1", "ada", Role.MEMBER, Credential.ACCESS_TOKEN, null, null, null, null, List.of(),
                             expires);
    }

    @Test
    void aSessionIsFoundByItsIdOnlyAndHoldsTheCredential() {
        final SessionStore.Opened a = store.open("sb-credential-a", Principal.ADMIN);
        final SessionStore.Opened b = store.open("sb-credential-b", Principal.ADMIN);
        assertThat(a.id()).isNotEqualTo(b.id()).hasSize(43);
        assertThat(a.session().csrfToken()).isNotEqualTo(b.session().csrfToken()).isNotEqualTo(a.id()).hasSize(43);
        assertThat(store.find(a.id()).credential()).isEqualTo("sb-credential-a");
        assertThat(store.find(a.id().substring(1) + 'A')).isNull();
        assertThat(store.find(a.session().csrfToken())).as("the CSRF token is no session id").isNull();
        assertThat(a.session().expires()).isEqualTo(T0.plus(Duration.ofHours(8)));
        // Printed, a session shows neither secret.
        assertThat(a.toString() + a.session()).doesNotContain("sb-credential-a", a.id(), a.session().csrfToken());
    }

    @Test
    void csrfTokensAreComparedExactly() {
        final Sessions.Session s = store.open("k", Principal.ADMIN).session();
        assertThat(s.csrfMatches(s.csrfToken())).isTrue();
        assertThat(s.csrfMatches(null)).isFalse();
        assertThat(s.csrfMatches("")).isFalse();
        assertThat(s.csrfMatches(s.csrfToken() + "x")).isFalse();
        assertThat(s.csrfMatches(s.csrfToken().toUpperCase())).isFalse();
    }

    @Test
    void anHourIdleEndsASessionAndUseKeepsItAlive() {
        final String busy = store.open("k1", Principal.ADMIN).id();
        final String idle = store.open("k2", Principal.ADMIN).id();
        for (int i = 0; i < 6; i++) {
            clock.advance(Duration.ofMinutes(50));
            assertThat(store.find(busy)).as("used every 50 minutes").isNotNull();
        }
        assertThat(store.find(idle)).isNull();
    }

    @Test
    void eightHoursEndASessionHoweverBusy() {
        final String id = store.open("k", Principal.ADMIN).id();
        for (int i = 0; i < 9; i++) {
            clock.advance(Duration.ofMinutes(50));
            assertThat(store.find(id)).isNotNull();
        }
        clock.advance(Duration.ofMinutes(30));
        assertThat(store.find(id)).as("8 h after login").isNull();
    }

    @Test
    void aCredentialThatExpiresSoonerEndsTheSessionThen() {
        final SessionStore.Opened o = store.open("eyJ.token", expiring(T0.plus(Duration.ofMinutes(15))));
        assertThat(o.session().expires()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
        clock.advance(Duration.ofMinutes(14));
        assertThat(store.find(o.id())).isNotNull();
        clock.advance(Duration.ofMinutes(1));
        assertThat(store.find(o.id())).isNull();
        // A credential valid for longer than 8 hours is still held to 8.
        assertThat(store.open("k", expiring(T0.plus(Duration.ofDays(30)))).session().expires())
                .isEqualTo(clock.instant().plus(Duration.ofHours(8)));
    }

    @Test
    void loggingOutEndsTheSession() {
        final String id = store.open("k", Principal.ADMIN).id();
        store.end(id);
        assertThat(store.find(id)).isNull();
    }
}
