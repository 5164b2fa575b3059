package dev.switchboard.server.limits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

import com.linecorp.armeria.common.annotation.Nullable;

/**
 * The {@code limits} table, and what the ledger's daily rollups say was spent since a period
 * started. Blocking: call it off the event loop (admin calls, the periodic refresh).
 */
final class LimitStore {
    private static final String COLUMNS = "scope, subject, rpm, tpm, max_concurrent, budget_nanos, budget_period, "
                                          + "budget_soft, quota_requests, quota_tokens, quota_period, quota_soft, "
                                          + "update_time";

    /** What a subject used in a period: spend in nano-dollars, requests, input plus output tokens. */
    record Used(long nanos, long requests, long tokens) {
        static final Used NONE = new Used(0, 0, 0);
    }

    private final Jdbi jdbi;

    LimitStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    List<Policy> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM limits").map(LimitStore::row).list());
    }

    Optional<Policy> find(Subject s) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM limits WHERE scope = :scope "
                                                  + "AND subject = :subject")
                                     .bind("scope", s.scope().wire()).bind("subject", s.id())
                                     .map(LimitStore::row).findOne());
    }

    /** Sets a subject's limits, replacing what it had. */
    void put(Policy p) {
        final Policy.Budget b = p.budget();
        final Policy.Quota q = p.quota();
        jdbi.useHandle(h -> h.createUpdate(
                "INSERT INTO limits (" + COLUMNS + ") VALUES (:scope, :subject, :rpm, :tpm, :conc, :bn, :bp, :bs, "
                + ":qr, :qt, :qp, :qs, :t) ON CONFLICT (scope, subject) DO UPDATE SET rpm = excluded.rpm, "
                + "tpm = excluded.tpm, max_concurrent = excluded.max_concurrent, budget_nanos = excluded.budget_nanos, "
                + "budget_period = excluded.budget_period, budget_soft = excluded.budget_soft, "
                + "quota_requests = excluded.quota_requests, quota_tokens = excluded.quota_tokens, "
                + "quota_period = excluded.quota_period, quota_soft = excluded.quota_soft, "
                + "update_time = excluded.update_time")
                             .bind("scope", p.subject().scope().wire()).bind("subject", p.subject().id())
                             .bind("rpm", p.rpm()).bind("tpm", p.tpm()).bind("conc", p.maxConcurrent())
                             .bind("bn", b == null ? 0 : b.nanos()).bind("bp", b == null ? null : b.period().wire())
                             .bind("bs", b != null && b.soft())
                             .bind("qr", q == null ? 0 : q.requests()).bind("qt", q == null ? 0 : q.tokens())
                             .bind("qp", q == null ? null : q.period().wire()).bind("qs", q != null && q.soft())
                             .bind("t", p.updateTime())
                             .execute());
    }

    /** False when the subject had no limits. */
    boolean delete(Subject s) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM limits WHERE scope = :scope AND subject = :subject")
                                     .bind("scope", s.scope().wire()).bind("subject", s.id()).execute()) > 0;
    }

    /**
     * What every user (or key, or the whole gateway: key "all") used since {@code sinceMillis}, from
     * the daily rollups (days start at midnight in the gateway's time zone, so a period's start is
     * always a bucket's start).
     */
    Map<String, Used> usedSince(Scope scope, long sinceMillis) {
        final String column = switch (scope) {
            case USER -> "user_id";
            case KEY -> "key_id";
            default -> "'" + Scope.ALL + "'";
        };
        final Map<String, Used> out = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT " + column + " AS who, SUM(cost_nanos), SUM(requests), "
                                          + "SUM(prompt_tokens + completion_tokens) FROM usage_daily "
                                          + "WHERE bucket_start >= :since GROUP BY " + column)
                             .bind("since", sinceMillis)
                             .map((rs, ctx) -> {
                                 out.put(rs.getString(1), new Used(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                                 return null;
                             }).list());
        return out;
    }

    /** The user a key belongs to, or null when there is no such key. */
    @Nullable
    String keyOwner(String keyId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT user_id FROM api_keys WHERE id = :id").bind("id", keyId)
                                     .mapTo(String.class).findOne().orElse(null));
    }

    private static Policy row(ResultSet rs, StatementContext ctx) throws SQLException {
        final Period bp = Period.ofNullable(rs.getString("budget_period"));
        final Period qp = Period.ofNullable(rs.getString("quota_period"));
        final long bn = rs.getLong("budget_nanos");
        final long qr = rs.getLong("quota_requests");
        final long qt = rs.getLong("quota_tokens");
        return new Policy(new Subject(Scope.of(rs.getString("scope")), rs.getString("subject")),
                          rs.getLong("rpm"), rs.getLong("tpm"), rs.getInt("max_concurrent"),
                          budget(bn, bp, rs.getBoolean("budget_soft")),
                          qp == null || qr == 0 && qt == 0 ? null : new Policy.Quota(qr, qt, qp, rs.getBoolean("quota_soft")),
                          rs.getLong("update_time"));
    }

    @Nullable
    private static Policy.Budget budget(long nanos, @Nullable Period period, boolean soft) {
        return period == null || nanos == 0 ? null : new Policy.Budget(nanos, period, soft);
    }
}
