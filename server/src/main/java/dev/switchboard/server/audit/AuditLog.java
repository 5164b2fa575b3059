package dev.switchboard.server.audit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.net.InetAddress;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.ResultIterator;
import org.jdbi.v3.core.statement.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.protobuf.Timestamp;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.crypto.Secret;
import dev.switchboard.server.storage.Storage;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.Errors;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.AuditEntry;
import dev.switchboard.v1.ListAuditEntriesRequest;
import dev.switchboard.v1.ListAuditEntriesResponse;
import dev.switchboard.v1.VerifyAuditResponse;

/**
 * The {@code audit_log} table: a hash chain ({@link Chain} documents the bytes hashed) in which
 * every entry is written in the same transaction as the change it records, so a change without
 * its entry cannot exist. A failed change leaves its own entry, with the failure as outcome.
 *
 * <p>Secrets never reach this class: callers put them in {@code changes} only through
 * {@link #masked(String)} ({@code "****"} and the last four characters).
 *
 * <p>Blocking (database): call it off the event loop.
 */
public final class AuditLog {
    /** The outcome of a change that happened. */
    public static final String OK = "ok";
    static final int DEFAULT_PAGE_SIZE = 100;
    static final int MAX_PAGE_SIZE = 1000;
    /** Writers racing for the same link on PostgreSQL: all but one retry on the new tip. */
    static final int MAX_ATTEMPTS = 5;

    private static final Logger logger = LoggerFactory.getLogger(AuditLog.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<TreeMap<String, String>> STRING_MAP = new TypeReference<>() {};
    private static final String COLUMNS =
            "seq, time, actor, credential, source, action, resource, outcome, changes_json, prev_hash, hash";
    private static final String PAGE_TOKEN_PREFIX = "before:";

    private final Jdbi jdbi;
    private final Clock clock;

    public AuditLog(Jdbi jdbi) {
        this(jdbi, Clock.systemUTC());
    }

    AuditLog(Jdbi jdbi, Clock clock) {
        this.jdbi = requireNonNull(jdbi, "jdbi");
        this.clock = requireNonNull(clock, "clock");
    }

    /** How a secret appears in {@code changes}: {@code "****"} and its last four characters. */
    public static String masked(String secret) {
        return Secret.of(secret).masked();
    }

    /**
     * Runs {@code change} and appends its entry in one transaction: store calls inside
     * {@code change} join it. The actor, credential and source come from the current request.
     * If {@code change} throws, nothing of it stays, an entry with the failure's kind as outcome
     * is appended on its own, and the exception is rethrown. When another writer took the same
     * link (PostgreSQL), the transaction is rolled back and {@code change} runs again: what it does
     * outside the database (reloading a snapshot) must be safe to repeat.
     *
     * @param changes the changed fields and their new values, from the change's result; secrets
     *                masked with {@link #masked(String)}
     */
    public <T> T record(String action, String resource, Function<? super T, Map<String, String>> changes,
                        Supplier<T> change) {
        requireNonNull(changes, "changes");
        requireNonNull(change, "change");
        final Actor actor = Actor.current();
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(handle -> {
                    final T result = change.get();
                    append(handle, actor.entry(now(), action, resource, OK, changes.apply(result)));
                    return result;
                });
            } catch (ChainRace race) {
                if (attempt == MAX_ATTEMPTS) {
                    throw new GatewayException(ErrorKind.INTERNAL, "the audit log is busy; try again");
                }
            } catch (RuntimeException e) {
                recordFailure(actor.entry(now(), action, resource, outcome(e), Map.of()), e);
                throw e;
            }
        }
    }

    /**
     * Appends entries in the current transaction, or in one of their own when there is none
     * (then retried when another writer took the same link).
     */
    public void append(List<AuditEvent> entries) {
        for (int attempt = 1; ; attempt++) {
            try {
                jdbi.useTransaction(handle -> entries.forEach(e -> append(handle, e)));
                return;
            } catch (ChainRace race) {
                if (attempt == MAX_ATTEMPTS) {
                    throw new IllegalStateException("the audit log is busy", race.getCause());
                }
            }
        }
    }

    /**
     * Entries newest first, filtered by actor, action, resource (exact, or a prefix ending in
     * '*') and time ({@code start_time} inclusive, {@code end_time} exclusive).
     */
    public ListAuditEntriesResponse list(ListAuditEntriesRequest req) {
        if (req.getPageSize() < 0) {
            throw GatewayException.invalid("page_size: " + req.getPageSize() + " (expected: 0 to " + MAX_PAGE_SIZE
                                           + ")");
        }
        final int pageSize = req.getPageSize() == 0 ? DEFAULT_PAGE_SIZE : Math.min(req.getPageSize(), MAX_PAGE_SIZE);
        final StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_log WHERE 1 = 1");
        final Map<String, Object> binds = new TreeMap<>();
        if (!req.getActor().isEmpty()) {
            sql.append(" AND actor = :actor");
            binds.put("actor", req.getActor());
        }
        if (!req.getAction().isEmpty()) {
            sql.append(" AND action = :action");
            binds.put("action", req.getAction());
        }
        final String resource = req.getResource();
        if (resource.endsWith("*")) {
            sql.append(" AND resource LIKE :resource ESCAPE '\\'");
            binds.put("resource", likePrefix(resource.substring(0, resource.length() - 1)));
        } else if (!resource.isEmpty()) {
            sql.append(" AND resource = :resource");
            binds.put("resource", resource);
        }
        if (req.hasStartTime()) {
            sql.append(" AND time >= :start");
            binds.put("start", millis(req.getStartTime()));
        }
        if (req.hasEndTime()) {
            sql.append(" AND time < :end");
            binds.put("end", millis(req.getEndTime()));
        }
        if (!req.getPageToken().isEmpty()) {
            sql.append(" AND seq < :before");
            binds.put("before", parsePageToken(req.getPageToken()));
        }
        sql.append(" ORDER BY seq DESC LIMIT :limit");
        binds.put("limit", pageSize + 1);
        final List<Row> rows = jdbi.withHandle(h -> {
            final Query q = h.createQuery(sql.toString());
            binds.forEach(q::bind);
            return q.map((rs, ctx) -> Row.read(rs)).list();
        });
        final ListAuditEntriesResponse.Builder out = ListAuditEntriesResponse.newBuilder();
        for (Row row : rows.subList(0, Math.min(pageSize, rows.size()))) {
            out.addEntries(row.toProto());
        }
        if (rows.size() > pageSize) {
            out.setNextPageToken(pageToken(rows.get(pageSize - 1).seq()));
        }
        return out.build();
    }

    /**
     * Walks the chain from the first entry, reading rows one by one, and reports the first broken
     * link: a missing entry (gap in seq), an entry that does not point at the previous entry's
     * hash (moved, or one before it replaced), or an entry whose fields do not give its hash
     * (edited).
     */
    public VerifyAuditResponse verify() {
        return jdbi.withHandle(h -> {
            long expected = 1;
            String prev = Chain.GENESIS;
            try (ResultIterator<Row> rows = h.createQuery("SELECT " + COLUMNS + " FROM audit_log ORDER BY seq")
                                             .setFetchSize(500)
                                             .map((rs, ctx) -> Row.read(rs))
                                             .iterator()) {
                while (rows.hasNext()) {
                    final Row row = rows.next();
                    final String broken = brokenLink(row, expected, prev);
                    if (broken != null) {
                        return VerifyAuditResponse.newBuilder()
                                                  .setEntriesChecked(expected - 1)
                                                  .setFirstBrokenSeq(expected)
                                                  .setReason(broken)
                                                  .build();
                    }
                    prev = row.hash();
                    expected++;
                }
            }
            return VerifyAuditResponse.newBuilder().setOk(true).setEntriesChecked(expected - 1).build();
        });
    }

    private static String brokenLink(Row row, long expected, String prev) {
        if (row.seq() != expected) {
            return "entry " + expected + " is missing (the next entry is " + row.seq() + ")";
        }
        if (!row.prevHash().equals(prev)) {
            return "entry " + expected + " does not follow the entry before it (moved, or a neighbour replaced)";
        }
        final AuditEvent entry;
        try {
            entry = row.entry();
        } catch (IllegalArgumentException e) {
            return "entry " + expected + " has unreadable changes";
        }
        if (!Chain.hash(prev, row.seq(), entry).equals(row.hash())) {
            return "entry " + expected + " was altered: its fields do not match its hash";
        }
        return null;
    }

    /** Appends in {@code handle}'s transaction, linking to the newest entry. */
    private static void append(Handle handle, AuditEvent e) {
        final Optional<Tip> tip = handle.createQuery("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
                                        .map((rs, ctx) -> new Tip(rs.getLong(1), rs.getString(2)))
                                        .findOne();
        final long seq = tip.map(t -> t.seq() + 1).orElse(1L);
        final String prev = tip.map(Tip::hash).orElse(Chain.GENESIS);
        try {
            handle.createUpdate("INSERT INTO audit_log (" + COLUMNS + ") VALUES (:seq, :time, :actor, :credential, "
                                + ":source, :action, :resource, :outcome, :changes, :prev, :hash)")
                  .bind("seq", seq)
                  .bind("time", e.time().toEpochMilli())
                  .bind("actor", e.actor())
                  .bind("credential", e.credential())
                  .bind("source", e.source())
                  .bind("action", e.action())
                  .bind("resource", e.resource())
                  .bind("outcome", e.outcome())
                  .bind("changes", writeJson(e.changes()))
                  .bind("prev", prev)
                  .bind("hash", Chain.hash(prev, seq, e))
                  .execute();
        } catch (RuntimeException ex) {
            if (Storage.isUniqueViolation(ex)) {
                throw new ChainRace(ex);
            }
            throw ex;
        }
    }

    private void recordFailure(AuditEvent failure, RuntimeException cause) {
        try {
            append(List.of(failure));
        } catch (RuntimeException e) {
            // The caller's own error says more than this one; keep it, and say why there is no entry.
            logger.warn("cannot write the audit entry of a failed {} on {}", failure.action(), failure.resource(), e);
            cause.addSuppressed(e);
        }
    }

    /** The failure's gRPC code in lower case: the vocabulary admin callers see. */
    static String outcome(Throwable e) {
        return Errors.toGateway(e).kind().grpcCode().name().toLowerCase(Locale.ROOT);
    }

    private Instant now() {
        return Instant.ofEpochMilli(clock.millis());
    }

    private static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + '%';
    }

    private static long millis(Timestamp t) {
        return t.getSeconds() * 1000 + t.getNanos() / 1_000_000;
    }

    private static String pageToken(long lastSeq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PAGE_TOKEN_PREFIX + lastSeq).getBytes(UTF_8));
    }

    private static long parsePageToken(String token) {
        try {
            final String text = new String(Base64.getUrlDecoder().decode(token), UTF_8);
            if (text.startsWith(PAGE_TOKEN_PREFIX)) {
                final long seq = Long.parseLong(text.substring(PAGE_TOKEN_PREFIX.length()));
                if (seq > 0) {
                    return seq;
                }
            }
        } catch (IllegalArgumentException e) {
            // Falls through to the error below: the token was not one of ours.
        }
        throw GatewayException.invalid("page_token: not a token from a previous page");
    }

    private static String writeJson(Map<String, String> changes) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(changes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write audit changes as JSON", e);
        }
    }

    private static Map<String, String> readJson(String json) {
        try {
            final Map<String, String> map = JSON.readValue(json, STRING_MAP);
            if (map == null) {
                throw new IllegalArgumentException("changes_json: null");
            }
            return map;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("changes_json: not an object of strings", e);
        }
    }

    /** The newest entry: what the next one links to. */
    private record Tip(long seq, String hash) {}

    /** Another writer took the link this one was about to write. */
    private static final class ChainRace extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ChainRace(Throwable cause) {
            super(cause);
        }
    }

    /** Who makes the change, read once from the request context. */
    private record Actor(String name, String credential, String source) {
        static Actor current() {
            final ServiceRequestContext ctx = ServiceRequestContext.currentOrNull();
            if (ctx == null) {
                return new Actor(Principal.SYSTEM.userName(), Principal.SYSTEM.credentialLabel(), "");
            }
            final Principal p = ctx.attr(Principal.ATTR);
            final InetAddress address = ctx.clientAddress();
            final String source = address == null ? "" : address.getHostAddress();
            return p == null ? new Actor("anonymous", "none", source)
                             : new Actor(p.userName(), p.credentialLabel(), source);
        }

        AuditEvent entry(Instant time, String action, String resource, String outcome, Map<String, String> changes) {
            return new AuditEvent(time, name, credential, source, action, resource, outcome, changes);
        }
    }

    /** A stored entry, as read. */
    private record Row(long seq, long time, String actor, String credential, String source, String action,
                       String resource, String outcome, String changesJson, String prevHash, String hash) {
        static Row read(ResultSet rs) throws SQLException {
            return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                           rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                           rs.getString(11));
        }

        AuditEvent entry() {
            return new AuditEvent(Instant.ofEpochMilli(time), actor, credential, source, action, resource, outcome,
                                  readJson(changesJson));
        }

        AuditEntry toProto() {
            final Instant t = Instant.ofEpochMilli(time);
            final AuditEntry.Builder b = AuditEntry.newBuilder()
                                                   .setSeq(seq)
                                                   .setTime(Timestamp.newBuilder().setSeconds(t.getEpochSecond())
                                                                     .setNanos(t.getNano()))
                                                   .setActor(actor)
                                                   .setCredential(credential)
                                                   .setSourceAddress(source)
                                                   .setAction(action)
                                                   .setResource(resource)
                                                   .setOutcome(outcome)
                                                   .setHash(hash);
            try {
                b.putAllChanges(readJson(changesJson));
            } catch (IllegalArgumentException e) {
                // Listed as stored; VerifyAudit reports the entry.
            }
            return b.build();
        }
    }
}
