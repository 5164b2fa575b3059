package dev.switchboard.server.oauth;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.crypto.KeyedHash;

/**
 * Refresh tokens in families ({@code refresh_tokens}): only the keyed hash of a token is stored.
 * Each use rotates it (the old one gets {@code used_time}, a new one joins the family); a used
 * token presented again means it was copied, so the whole family is revoked (RFC 9700 §4.14.2).
 * Blocking: call it off the event loop.
 */
final class RefreshTokens {
    /** Who a family belongs to and what it was exchanged from ("api_key:<id>" or "issuer:<name>"). */
    record Family(String id, String userId, String subject) {}

    /** A new refresh token, in clear this once. */
    record Issued(String token, Family family, Instant expires) {}

    /** The outcome of presenting a refresh token: the next one, or why not (for the error description). */
    record Rotation(@Nullable Issued next, String refusal) {
        static Rotation refused(String why) {
            return new Rotation(null, why);
        }
    }

    private final Jdbi jdbi;
    private final KeyedHash hash;
    private final Clock clock;

    RefreshTokens(Jdbi jdbi, KeyedHash hash, Clock clock) {
        this.jdbi = jdbi;
        this.hash = hash;
        this.clock = clock;
    }

    /** Starts a family: its first token. */
    Issued start(String userId, String subject, Instant expires) {
        final Family family = new Family(UUID.randomUUID().toString(), userId, subject);
        return jdbi.inTransaction(h -> insert(h, family, expires, now()));
    }

    /**
     * Rotates {@code token}. {@code nextExpiry} gives the new token's expiry for the family, or
     * null when what the family was exchanged from no longer works (the family is revoked then).
     */
    Rotation rotate(String token, Function<Family, Instant> nextExpiry) {
        final String hashed = hash.hash(token);
        return jdbi.inTransaction(h -> {
            final Instant now = now();
            final Optional<Row> found = h.createQuery("SELECT family_id, user_id, subject, expire_time, used_time, "
                                                      + "revoke_time FROM refresh_tokens WHERE hash = :hash")
                                         .bind("hash", hashed)
                                         .map((rs, ctx) -> new Row(
                                                 new Family(rs.getString("family_id"), rs.getString("user_id"),
                                                            rs.getString("subject")),
                                                 rs.getLong("expire_time"), nullableLong(rs.getObject("used_time")),
                                                 nullableLong(rs.getObject("revoke_time"))))
                                         .findOne();
            if (found.isEmpty()) {
                return Rotation.refused("the refresh token is not valid");
            }
            final Row row = found.get();
            if (row.revoked() != null) {
                return Rotation.refused("the refresh token was revoked");
            }
            if (row.used() != null) {
                revokeFamily(h, row.family().id(), now);
                return Rotation.refused("the refresh token was already used: its family is revoked");
            }
            if (now.toEpochMilli() >= row.expires()) {
                return Rotation.refused("the refresh token expired");
            }
            final int marked = h.createUpdate("UPDATE refresh_tokens SET used_time = :now "
                                              + "WHERE hash = :hash AND used_time IS NULL AND revoke_time IS NULL")
                                .bind("now", now.toEpochMilli()).bind("hash", hashed).execute();
            if (marked == 0) {
                revokeFamily(h, row.family().id(), now);
                return Rotation.refused("the refresh token was already used: its family is revoked");
            }
            final Instant expires = nextExpiry.apply(row.family());
            if (expires == null || !expires.isAfter(now)) {
                revokeFamily(h, row.family().id(), now);
                return Rotation.refused("the credential this session was exchanged from no longer works");
            }
            return new Rotation(insert(h, row.family(), expires, now), "");
        });
    }

    /** The user a family belongs to, if the family exists. */
    Optional<String> familyOwner(String familyId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT user_id FROM refresh_tokens WHERE family_id = :f LIMIT 1")
                                     .bind("f", familyId).mapTo(String.class).findOne());
    }

    /** Revokes one family; how many of its tokens still worked. */
    int revokeFamily(String familyId) {
        return jdbi.inTransaction(h -> revokeWhere(h, "family_id = :v", familyId, now()));
    }

    /** Revokes every family of a user; how many of their tokens still worked. */
    int revokeUser(String userId) {
        return jdbi.inTransaction(h -> revokeWhere(h, "user_id = :v", userId, now()));
    }

    private static void revokeFamily(Handle h, String familyId, Instant now) {
        revokeWhere(h, "family_id = :v", familyId, now);
    }

    private static int revokeWhere(Handle h, String where, String value, Instant now) {
        final int live = h.createQuery("SELECT COUNT(*) FROM refresh_tokens WHERE " + where
                                       + " AND revoke_time IS NULL AND used_time IS NULL AND expire_time > :now")
                          .bind("v", value).bind("now", now.toEpochMilli()).mapTo(Integer.class).one();
        h.createUpdate("UPDATE refresh_tokens SET revoke_time = :now WHERE " + where + " AND revoke_time IS NULL")
         .bind("v", value).bind("now", now.toEpochMilli()).execute();
        return live;
    }

    private Issued insert(Handle h, Family family, Instant expires, Instant now) {
        final String token = Secrets.refreshToken();
        h.createUpdate("INSERT INTO refresh_tokens (hash, family_id, user_id, subject, expire_time, used_time, "
                       + "revoke_time, create_time) VALUES (:hash, :family, :user, :subject, :expires, NULL, NULL, :now)")
         .bind("hash", hash.hash(token)).bind("family", family.id()).bind("user", family.userId())
         .bind("subject", family.subject()).bind("expires", expires.toEpochMilli()).bind("now", now.toEpochMilli())
         .execute();
        return new Issued(token, family, expires);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    @Nullable
    private static Long nullableLong(@Nullable Object o) {
        return o == null ? null : ((Number) o).longValue();
    }

    private record Row(Family family, long expires, @Nullable Long used, @Nullable Long revoked) {}
}
