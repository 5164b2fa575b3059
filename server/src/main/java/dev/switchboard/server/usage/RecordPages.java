package dev.switchboard.server.usage;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.ListUsageRecordsRequest;
import dev.switchboard.v1.ListUsageRecordsResponse;
import dev.switchboard.v1.UsageRecord;

/**
 * The ledger's raw rows, newest first, in pages. A page token is the (time, request id) of the
 * last row shown, so pages stay stable while new rows arrive.
 */
final class RecordPages {
    static final int DEFAULT_PAGE_SIZE = 100;
    static final int MAX_PAGE_SIZE = 1000;
    private static final String TOKEN_PREFIX = "ur1:";

    private final Jdbi jdbi;
    private final Function<String, String> userNames;

    RecordPages(Jdbi jdbi, Function<String, String> userNames) {
        this.jdbi = jdbi;
        this.userNames = userNames;
    }

    ListUsageRecordsResponse page(ListUsageRecordsRequest req, UsageFilter filter) {
        if (req.getPageSize() < 0) {
            throw GatewayException.invalid("page_size: " + req.getPageSize() + " (expected: 0 to " + MAX_PAGE_SIZE
                                           + ")");
        }
        final int pageSize = req.getPageSize() == 0 ? DEFAULT_PAGE_SIZE : Math.min(req.getPageSize(), MAX_PAGE_SIZE);
        final StringBuilder sql = new StringBuilder("SELECT * FROM usage_records WHERE 1 = 1");
        final Map<String, Object> binds = new TreeMap<>();
        final long from = req.hasFrom() ? UsagePeriod.instant(req.getFrom(), "from").toEpochMilli() : Long.MIN_VALUE;
        final long to = req.hasTo() ? UsagePeriod.instant(req.getTo(), "to").toEpochMilli() : Long.MAX_VALUE;
        if (to <= from) {
            throw GatewayException.invalid("to: " + Instant.ofEpochMilli(to) + " (expected: after from, "
                                           + Instant.ofEpochMilli(from) + ")");
        }
        if (req.hasFrom()) {
            sql.append(" AND time >= :from");
            binds.put("from", from);
        }
        if (req.hasTo()) {
            sql.append(" AND time < :to");
            binds.put("to", to);
        }
        filter.appendTo(sql, binds);
        if (!req.getPageToken().isEmpty()) {
            final Cursor after = Cursor.parse(req.getPageToken());
            sql.append(" AND (time < :before OR time = :before AND request_id < :beforeId)");
            binds.put("before", after.time());
            binds.put("beforeId", after.requestId());
        }
        sql.append(" ORDER BY time DESC, request_id DESC LIMIT :limit");
        binds.put("limit", pageSize + 1);
        final List<UsageRecord> rows = jdbi.withHandle(h -> {
            final Query q = h.createQuery(sql.toString());
            binds.forEach(q::bind);
            return q.map((rs, ctx) -> read(rs)).list();
        });
        final ListUsageRecordsResponse.Builder out =
                ListUsageRecordsResponse.newBuilder().addAllRecords(rows.subList(0, Math.min(pageSize, rows.size())));
        if (rows.size() > pageSize) {
            final UsageRecord last = rows.get(pageSize - 1);
            out.setNextPageToken(new Cursor(millis(last), last.getRequestId()).token());
        }
        return out.build();
    }

    private UsageRecord read(ResultSet rs) throws SQLException {
        final UsageRecord.Builder b = UsageRecord.newBuilder()
                .setRequestId(rs.getString("request_id"))
                .setTime(UsageReports.timestamp(rs.getLong("time")))
                .setKeyId(UsageReports.orEmpty(rs.getString("key_id")))
                .setKeyPrefix(UsageReports.orEmpty(rs.getString("key_prefix")))
                .setClientId(UsageReports.orEmpty(rs.getString("client_id")))
                .setIssuer(UsageReports.orEmpty(rs.getString("issuer")))
                .setIngress(rs.getString("ingress"))
                .setProvider(UsageReports.orEmpty(rs.getString("provider")))
                .setModel(UsageReports.orEmpty(rs.getString("model")))
                .setRequestedModel(rs.getString("requested_model"))
                .setAlias(UsageReports.orEmpty(rs.getString("alias")))
                .setStream(rs.getBoolean("stream"))
                .setStatus(rs.getInt("status"))
                .setErrorKind(UsageReports.orEmpty(rs.getString("error_kind")))
                .setPromptTokens(rs.getLong("prompt_tokens"))
                .setCompletionTokens(rs.getLong("completion_tokens"))
                .setCachedTokens(rs.getLong("cached_tokens"))
                .setCacheWriteTokens(rs.getLong("cache_write_tokens"))
                .setReasoningTokens(rs.getLong("reasoning_tokens"))
                .setCostNote(UsageReports.orEmpty(rs.getString("cost_note")))
                .setLatencyMs(rs.getLong("latency_ms"))
                // 0 when no token came (a NULL reads as 0).
                .setTtftMs(rs.getLong("ttft_ms"))
                .setAttempts(rs.getInt("attempts"))
                .setFailovers(rs.getInt("failovers"))
                .setUsageSource(rs.getString("usage_source"))
                .setOverSoftLimit(rs.getBoolean("over_soft_limit"));
        final String user = rs.getString("user_id");
        if (user != null) {
            b.setUser(userNames.apply(user));
        }
        final long cost = rs.getLong("cost_nanos");
        if (!rs.wasNull()) {
            b.setCostNanos(cost).setCostUsd(Money.usd(cost));
        }
        return b.build();
    }

    private static long millis(UsageRecord r) {
        return r.getTime().getSeconds() * 1000 + r.getTime().getNanos() / 1_000_000;
    }

    /** Where the next page starts: just after this (time, request id), newest first. */
    record Cursor(long time, String requestId) {
        String token() {
            return Base64.getUrlEncoder().withoutPadding()
                         .encodeToString((TOKEN_PREFIX + time + ':' + requestId).getBytes(UTF_8));
        }

        static Cursor parse(String token) {
            try {
                final String text = new String(Base64.getUrlDecoder().decode(token), UTF_8);
                final int colon = text.indexOf(':', TOKEN_PREFIX.length());
                if (text.startsWith(TOKEN_PREFIX) && colon > 0) {
                    return new Cursor(Long.parseLong(text.substring(TOKEN_PREFIX.length(), colon)),
                                      text.substring(colon + 1));
                }
            } catch (IllegalArgumentException e) {
                // Falls through to the error below: the token was not one of ours.
            }
            throw GatewayException.invalid("page_token: not a token from a previous page");
        }
    }
}
