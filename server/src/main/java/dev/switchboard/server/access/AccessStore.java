package dev.switchboard.server.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.auth.Role;
import dev.switchboard.server.storage.Storage;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;

/**
 * The {@code users} and {@code api_keys} tables. Blocking: call it off the event loop. Portable
 * SQL (SQLite and PostgreSQL); times are epoch milliseconds.
 */
public final class AccessStore {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final String USER_COLUMNS = "id, name, email, role, disabled, create_time, update_time";
    private static final String KEY_COLUMNS = "id, user_id, name, prefix, last4, hash, allowed_models, expire_time, "
                                              + "last_used_time, revoke_time, create_time";

    private final Jdbi jdbi;
    private final Clock clock;

    public AccessStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    // Users

    public UserRecord createUser(String name, @Nullable String email, Role role) {
        final Instant now = now();
        final UserRecord user = new UserRecord(UUID.randomUUID().toString(), name, email, role, false, now, now);
        try {
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO users (" + USER_COLUMNS + ") VALUES (:id, :name, :email, "
                                               + ":role, :disabled, :created, :updated)")
                                 .bind("id", user.id()).bind("name", name).bind("email", email)
                                 .bind("role", role.wire()).bind("disabled", false)
                                 .bind("created", now.toEpochMilli()).bind("updated", now.toEpochMilli())
                                 .execute());
        } catch (StatementException e) {
            throw clash(e, "user '" + name + "' already exists");
        }
        return user;
    }

    public List<UserRecord> users() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + USER_COLUMNS + " FROM users").map(AccessStore::user).list())
                   .stream().sorted(Comparator.comparing(UserRecord::name)).toList();
    }

    public Optional<UserRecord> userByName(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + USER_COLUMNS + " FROM users WHERE name = :name")
                                     .bind("name", name).map(AccessStore::user).findOne());
    }

    /** Applies {@code change} to the user's email, role and disabled flag in one transaction. */
    public UserRecord updateUser(String name, UnaryOperator<UserRecord> change) {
        return jdbi.inTransaction(h -> {
            final UserRecord cur = h.createQuery("SELECT " + USER_COLUMNS + " FROM users WHERE name = :name")
                                    .bind("name", name).map(AccessStore::user).findOne()
                                    .orElseThrow(() -> userNotFound(name));
            final UserRecord next = change.apply(cur);
            final Instant now = now();
            h.createUpdate("UPDATE users SET email = :email, role = :role, disabled = :disabled, update_time = :now "
                           + "WHERE id = :id")
             .bind("email", next.email()).bind("role", next.role().wire()).bind("disabled", next.disabled())
             .bind("now", now.toEpochMilli()).bind("id", cur.id()).execute();
            return new UserRecord(cur.id(), cur.name(), next.email(), next.role(), next.disabled(), cur.createTime(), now);
        });
    }

    /** Deletes the user and, by cascade, their keys, OAuth clients, tokens, providers and aliases. */
    public boolean deleteUser(String id) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM users WHERE id = :id").bind("id", id).execute()) > 0;
    }

    // Keys

    public void insertKey(KeyRecord k) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO api_keys (" + KEY_COLUMNS + ") VALUES (:id, :userId, :name, "
                                           + ":prefix, :last4, :hash, :allowed, :expire, NULL, NULL, :created)")
                             .bind("id", k.id()).bind("userId", k.userId()).bind("name", k.name())
                             .bind("prefix", k.prefix()).bind("last4", k.last4()).bind("hash", k.hash())
                             .bind("allowed", json(k.allowedModels())).bind("expire", millis(k.expireTime()))
                             .bind("created", k.createTime().toEpochMilli())
                             .execute());
    }

    public List<KeyRecord> keys() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + KEY_COLUMNS + " FROM api_keys").map(AccessStore::key).list());
    }

    public Optional<KeyRecord> key(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + KEY_COLUMNS + " FROM api_keys WHERE id = :id")
                                     .bind("id", id).map(AccessStore::key).findOne());
    }

    /** Sets the revoke time, unless it is already revoked; the key as it is now. */
    public KeyRecord revokeKey(String id) {
        return jdbi.inTransaction(h -> {
            h.createUpdate("UPDATE api_keys SET revoke_time = :now WHERE id = :id AND revoke_time IS NULL")
             .bind("now", now().toEpochMilli()).bind("id", id).execute();
            return key(id).orElseThrow(() -> keyNotFound(id));
        });
    }

    /** Moves the expiry earlier (never later): how a rotated key's grace period ends. */
    public void expireKeyBy(String id, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE api_keys SET expire_time = :at "
                                           + "WHERE id = :id AND (expire_time IS NULL OR expire_time > :at)")
                             .bind("at", at.toEpochMilli()).bind("id", id).execute());
    }

    /** Records when keys were last used (batched; never earlier than what is stored). */
    public void touchKeys(Map<String, Instant> lastUsed) {
        jdbi.useTransaction(h -> lastUsed.forEach(
                (id, at) -> h.createUpdate("UPDATE api_keys SET last_used_time = :at "
                                           + "WHERE id = :id AND (last_used_time IS NULL OR last_used_time < :at)")
                             .bind("at", at.toEpochMilli()).bind("id", id).execute()));
    }

    static GatewayException userNotFound(String name) {
        return GatewayException.notFound("user_not_found", "user '" + name + "' not found");
    }

    static GatewayException keyNotFound(String id) {
        return GatewayException.notFound("key_not_found", "key '" + id + "' not found");
    }

    private static RuntimeException clash(StatementException e, String message) {
        return Storage.isUniqueViolation(e) ? new GatewayException(ErrorKind.ALREADY_EXISTS, message) : e;
    }

    private static UserRecord user(ResultSet rs, StatementContext ctx) throws SQLException {
        return new UserRecord(rs.getString("id"), rs.getString("name"), rs.getString("email"),
                              Role.parse(rs.getString("role"), "role"), rs.getBoolean("disabled"),
                              Instant.ofEpochMilli(rs.getLong("create_time")),
                              Instant.ofEpochMilli(rs.getLong("update_time")));
    }

    private static KeyRecord key(ResultSet rs, StatementContext ctx) throws SQLException {
        return new KeyRecord(rs.getString("id"), rs.getString("user_id"), rs.getString("name"), rs.getString("prefix"),
                             rs.getString("last4"), rs.getString("hash"), strings(rs.getString("allowed_models")),
                             instant(rs, "expire_time"), instant(rs, "last_used_time"), instant(rs, "revoke_time"),
                             Instant.ofEpochMilli(rs.getLong("create_time")));
    }

    @Nullable
    private static Instant instant(ResultSet rs, String column) throws SQLException {
        final long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    @Nullable
    private static Long millis(@Nullable Instant i) {
        return i == null ? null : i.toEpochMilli();
    }

    private static String json(List<String> list) {
        try {
            return JSON.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(String json) {
        try {
            return JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a key's allowed_models is not a JSON array");
        }
    }
}
