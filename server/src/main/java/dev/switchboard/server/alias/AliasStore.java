package dev.switchboard.server.alias;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementException;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Timestamp;
import com.google.protobuf.util.JsonFormat;

import dev.switchboard.server.storage.Storage;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.Alias;

/**
 * The {@code aliases} table. An alias holds no secret, so its definition is stored as the proto's
 * JSON: new alias fields need no migration. Names, times and the owner live in their own columns;
 * here and in {@link AliasRegistry} an alias's {@code owner} holds the owning user's id (the admin
 * API shows the user's name instead).
 */
public final class AliasStore {
    private static final JsonFormat.Printer PRINTER = JsonFormat.printer().omittingInsignificantWhitespace()
                                                                .preservingProtoFieldNames();
    private static final JsonFormat.Parser PARSER = JsonFormat.parser().ignoringUnknownFields();

    private static final String SELECT = "SELECT name, spec_json, create_time, update_time, owner_id FROM aliases";
    private static final RowMapper<Alias> ROW =
            (rs, ctx) -> read(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5));

    private final Jdbi jdbi;
    private final Clock clock;

    public AliasStore(Jdbi jdbi) {
        this(jdbi, Clock.systemUTC());
    }

    AliasStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Stores a new alias; its {@code owner} is the owning user's id, or empty for a shared alias. */
    public Alias create(Alias alias) {
        final long now = now();
        try {
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO aliases (name, spec_json, create_time, update_time, owner_id) "
                                               + "VALUES (:name, :spec, :now, :now, :owner)")
                                 .bind("name", alias.getName()).bind("spec", spec(alias)).bind("now", now)
                                 .bind("owner", alias.getOwner().isEmpty() ? null : alias.getOwner())
                                 .execute());
        } catch (StatementException e) {
            if (Storage.isUniqueViolation(e)) {
                throw new GatewayException(ErrorKind.ALREADY_EXISTS, "alias '" + alias.getName() + "' already exists");
            }
            throw e;
        }
        return stamped(alias, now, now);
    }

    public Optional<Alias> find(String name) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE name = :name")
                                     .bind("name", name)
                                     .map(ROW)
                                     .findOne());
    }

    /** Ordered by name (in Java: collations differ between databases). */
    public List<Alias> list() {
        return jdbi.withHandle(h -> h.createQuery(SELECT)
                                     .map(ROW)
                                     .list())
                   .stream().sorted(Comparator.comparing(Alias::getName)).toList();
    }

    /** Replaces the definition (the name included) in one transaction; NOT_FOUND if absent. */
    public Alias update(String name, java.util.function.UnaryOperator<Alias> change) {
        return jdbi.inTransaction(h -> {
            final Alias current = h.createQuery(SELECT + " WHERE name = :name")
                                   .bind("name", name)
                                   .map(ROW)
                                   .findOne()
                                   .orElseThrow(() -> notFound(name));
            final Alias changed = change.apply(current);
            final long now = now();
            try {
                h.createUpdate("UPDATE aliases SET name = :newName, spec_json = :spec, update_time = :now "
                               + "WHERE name = :name")
                 .bind("newName", changed.getName()).bind("spec", spec(changed)).bind("now", now)
                 .bind("name", name).execute();
            } catch (StatementException e) {
                if (Storage.isUniqueViolation(e)) {
                    throw new GatewayException(ErrorKind.ALREADY_EXISTS,
                                               "alias '" + changed.getName() + "' already exists");
                }
                throw e;
            }
            return stamped(changed, current.getCreateTime().getSeconds() * 1000
                                    + current.getCreateTime().getNanos() / 1_000_000, now);
        });
    }

    public boolean delete(String name) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM aliases WHERE name = :name")
                                     .bind("name", name).execute()) > 0;
    }

    static GatewayException notFound(String name) {
        return GatewayException.notFound("alias_not_found", "alias '" + name + "' not found");
    }

    private static String spec(Alias alias) {
        try {
            return PRINTER.print(alias.toBuilder().clearName().clearCreateTime().clearUpdateTime().clearOwner());
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Alias read(String name, String json, long created, long updated, String ownerId) {
        final Alias.Builder b = Alias.newBuilder();
        try {
            PARSER.merge(json, b);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("alias '" + name + "' is stored in an unreadable form", e);
        }
        if (ownerId != null) {
            b.setOwner(ownerId);
        }
        return stamped(b.setName(name).build(), created, updated);
    }

    private static Alias stamped(Alias alias, long created, long updated) {
        return alias.toBuilder().setCreateTime(ts(created)).setUpdateTime(ts(updated)).build();
    }

    private static Timestamp ts(long millis) {
        final Instant i = Instant.ofEpochMilli(millis);
        return Timestamp.newBuilder().setSeconds(i.getEpochSecond()).setNanos(i.getNano()).build();
    }

    private long now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS).toEpochMilli();
    }
}
