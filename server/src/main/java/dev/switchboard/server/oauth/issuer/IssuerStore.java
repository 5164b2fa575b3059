package dev.switchboard.server.oauth.issuer;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementException;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;

import dev.switchboard.server.storage.Storage;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.Issuer;

/**
 * The {@code issuers} table: each row the {@link Issuer} proto as JSON without its name and
 * times, which are columns. Blocking: call it off the event loop.
 */
final class IssuerStore {
    /** An issuer as stored. */
    record Stored(IssuerSpec spec, Instant createTime, Instant updateTime) {
        Issuer view() {
            return spec.toProto(createTime, updateTime);
        }
    }

    private static final JsonFormat.Printer PRINTER = JsonFormat.printer().preservingProtoFieldNames()
                                                                .omittingInsignificantWhitespace();
    private static final JsonFormat.Parser PARSER = JsonFormat.parser().ignoringUnknownFields();

    private final Jdbi jdbi;
    private final Clock clock;

    IssuerStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    List<Stored> list() {
        return jdbi.withHandle(IssuerStore::all);
    }

    Optional<Stored> get(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT name, spec_json, create_time, update_time FROM issuers "
                                                  + "WHERE name = :name")
                                     .bind("name", name).map((rs, ctx) -> stored(rs.getString(1), rs.getString(2),
                                                                                  rs.getLong(3), rs.getLong(4)))
                                     .findOne());
    }

    /** Inserts; ALREADY_EXISTS when the name, or the {@code iss}, is taken. */
    Stored create(IssuerSpec spec) {
        final Instant now = now();
        try {
            return jdbi.inTransaction(h -> {
                checkIssUnique(h, spec);
                h.createUpdate("INSERT INTO issuers (name, spec_json, create_time, update_time) "
                               + "VALUES (:name, :spec, :now, :now)")
                 .bind("name", spec.name()).bind("spec", json(spec)).bind("now", now.toEpochMilli()).execute();
                return new Stored(spec, now, now);
            });
        } catch (StatementException e) {
            if (Storage.isUniqueViolation(e)) {
                throw new GatewayException(ErrorKind.ALREADY_EXISTS, "issuer_exists",
                                           "issuer '" + spec.name() + "' already exists");
            }
            throw e;
        }
    }

    /** Applies {@code change} to the stored settings in one transaction; NOT_FOUND if absent. */
    Stored update(String name, UnaryOperator<IssuerSpec> change) {
        return jdbi.inTransaction(h -> {
            final Stored cur = get(name).orElseThrow(() -> notFound(name));
            final IssuerSpec next = change.apply(cur.spec());
            checkIssUnique(h, next);
            final Instant now = now();
            h.createUpdate("UPDATE issuers SET spec_json = :spec, update_time = :now WHERE name = :name")
             .bind("spec", json(next)).bind("now", now.toEpochMilli()).bind("name", name).execute();
            return new Stored(next, cur.createTime(), now);
        });
    }

    boolean delete(String name) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM issuers WHERE name = :name")
                                     .bind("name", name).execute()) > 0;
    }

    static GatewayException notFound(String name) {
        return GatewayException.notFound("issuer_not_found", "issuer '" + name + "' not found");
    }

    /** One {@code iss} is one issuer: otherwise which audience and role map apply would be ambiguous. */
    private static void checkIssUnique(Handle h, IssuerSpec spec) {
        for (Stored other : all(h)) {
            if (!other.spec().name().equals(spec.name()) && other.spec().issuer().equals(spec.issuer())) {
                throw new GatewayException(ErrorKind.ALREADY_EXISTS, "issuer_exists",
                                           "issuer.issuer: '" + spec.issuer() + "' is already configured as issuer '"
                                           + other.spec().name() + "'");
            }
        }
    }

    private static List<Stored> all(Handle h) {
        return h.createQuery("SELECT name, spec_json, create_time, update_time FROM issuers ORDER BY name")
                .map((rs, ctx) -> stored(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String json(IssuerSpec spec) {
        try {
            return PRINTER.print(spec.toProto(null, null).toBuilder().clearName().build());
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stored stored(String name, String json, long created, long updated) {
        final Issuer.Builder b = Issuer.newBuilder();
        try {
            PARSER.merge(json, b);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("issuer '" + name + "': spec_json is not an Issuer", e);
        }
        return new Stored(IssuerSpec.of(b.setName(name).build()), Instant.ofEpochMilli(created),
                          Instant.ofEpochMilli(updated));
    }
}
