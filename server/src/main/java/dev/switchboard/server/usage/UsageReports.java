package dev.switchboard.server.usage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

import com.google.protobuf.Timestamp;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.v1.GetUsageRequest;
import dev.switchboard.v1.GetUsageResponse;
import dev.switchboard.v1.ListUsageRecordsRequest;
import dev.switchboard.v1.ListUsageRecordsResponse;
import dev.switchboard.v1.UsageBucket;
import dev.switchboard.v1.UsageSummary;

/**
 * Reports over the ledger: usage per hour or day from the rollups (never the raw rows), the raw
 * rows themselves page by page, and each provider's last 24 hours. Reads the database: call it
 * from the blocking executor. What a caller sees is scoped by {@link UsageFilter#of}.
 */
public final class UsageReports {
    static final Duration SUMMARY_WINDOW = Duration.ofHours(24);
    private static final Comparator<UsageBucket> ORDER =
            Comparator.<UsageBucket>comparingLong(b -> b.getStart().getSeconds())
                      .thenComparing(UsageBucket::getProvider)
                      .thenComparing(UsageBucket::getModel)
                      .thenComparing(UsageBucket::getAlias)
                      .thenComparing(UsageBucket::getKeyId)
                      .thenComparing(UsageBucket::getUser);

    private final Jdbi jdbi;
    private final ZoneId zone;
    private final Clock clock;
    private final Function<String, String> userNames;
    private final Function<String, String> userIds;
    private final RecordPages records;

    /**
     * @param zone where days start, for daily buckets
     * @param userNames a user's name by id (the id itself for a user that is gone)
     * @param userIds a user's id by name, or null
     */
    public UsageReports(Jdbi jdbi, ZoneId zone, Clock clock, Function<String, String> userNames,
                        Function<String, String> userIds) {
        this.jdbi = jdbi;
        this.zone = zone;
        this.clock = clock;
        this.userNames = userNames;
        this.userIds = userIds;
        records = new RecordPages(jdbi, userNames);
    }

    /**
     * Usage in buckets, one per bucket and group, ordered by start then group, with the period's
     * totals. {@code ownOnly}: only the caller's own usage, whatever their role.
     */
    public GetUsageResponse usage(Principal who, boolean ownOnly, GetUsageRequest req) {
        final UsagePeriod period = UsagePeriod.of(req.getGranularity(), req.getFrom(), req.hasFrom(), req.getTo(),
                                                  req.hasTo(), clock.instant(), zone);
        final Set<Dimension> groups = Dimension.parse(req.getGroupByList());
        final UsageFilter filter = UsageFilter.of(who, ownOnly, req.getProvider(), req.getModel(), req.getAlias(),
                                                  req.getKeyId(), userId(req.getUser()));
        final StringBuilder columns = new StringBuilder();
        groups.forEach(d -> columns.append(", ").append(d.column));
        final StringBuilder sql = new StringBuilder("SELECT bucket_start").append(columns).append(", ")
                .append(Totals.SUMS).append(" FROM ").append(period.table())
                .append(" WHERE bucket_start >= :from AND bucket_start < :to");
        final Map<String, Object> binds = new TreeMap<>(Map.of("from", period.fromMillis(), "to", period.toMillis()));
        filter.appendTo(sql, binds);
        sql.append(" GROUP BY bucket_start").append(columns);
        // A key's prefix is shown beside its id: the rollups keep only the id.
        final String query = groups.contains(Dimension.KEY)
                             ? "SELECT r.*, k.prefix AS key_prefix FROM (" + sql + ") r"
                               + " LEFT JOIN api_keys k ON k.id = r.key_id"
                             : sql.toString();
        final Totals all = new Totals();
        final List<UsageBucket> buckets = new ArrayList<>(jdbi.withHandle(h -> {
            final Query q = h.createQuery(query);
            binds.forEach(q::bind);
            return q.map((rs, ctx) -> {
                final Totals t = new Totals().add(rs);
                all.add(t);
                final UsageBucket.Builder b = UsageBucket.newBuilder().setStart(timestamp(rs.getLong("bucket_start")));
                for (Dimension d : groups) {
                    final String value = rs.getString(d.column);
                    switch (d) {
                        case PROVIDER -> b.setProvider(value);
                        case MODEL -> b.setModel(value);
                        case ALIAS -> b.setAlias(value);
                        case KEY -> b.setKeyId(value).setKeyPrefix(orEmpty(rs.getString("key_prefix")));
                        case USER -> b.setUser(value.isEmpty() ? "" : userNames.apply(value));
                    }
                }
                return b.setTotals(t.toProto()).build();
            }).list();
        }));
        buckets.sort(ORDER);
        return GetUsageResponse.newBuilder().addAllBuckets(buckets).setTotals(all.toProto()).build();
    }

    /** The ledger's raw rows, newest first, a page at a time. */
    public ListUsageRecordsResponse records(Principal who, ListUsageRecordsRequest req) {
        final UsageFilter filter = UsageFilter.of(who, false, req.getProvider(), req.getModel(), req.getAlias(),
                                                  req.getKeyId(), userId(req.getUser()));
        return records.page(req, filter);
    }

    /**
     * The last 24 hours of each of {@code providers} (the hourly buckets that overlap them), as
     * {@code who} may see them, in one query; a provider without usage gets zeros.
     */
    public Map<String, UsageSummary> last24h(Principal who, List<String> providers) {
        final Instant since = clock.instant().minus(SUMMARY_WINDOW);
        final Map<String, Totals> found = new TreeMap<>();
        if (!providers.isEmpty()) {
            final UsageFilter scope = UsageFilter.of(who, false, "", "", "", "", "");
            final StringBuilder sql = new StringBuilder("SELECT provider, ").append(Totals.SUMS)
                    .append(" FROM usage_hourly WHERE bucket_start >= :from AND provider IN (<providers>)");
            final Map<String, Object> binds = new TreeMap<>();
            binds.put("from", since.truncatedTo(ChronoUnit.HOURS).toEpochMilli());
            scope.appendTo(sql, binds);
            sql.append(" GROUP BY provider");
            jdbi.useHandle(h -> {
                final Query q = h.createQuery(sql.toString()).bindList("providers", providers);
                binds.forEach(q::bind);
                q.map((rs, ctx) -> Map.entry(rs.getString("provider"), new Totals().add(rs)))
                 .forEach(e -> found.put(e.getKey(), e.getValue()));
            });
        }
        final Map<String, UsageSummary> out = new LinkedHashMap<>();
        for (String p : providers) {
            out.put(p, UsageSummary.newBuilder()
                                   .setSince(timestamp(since.toEpochMilli()))
                                   .setTotals(found.getOrDefault(p, new Totals()).toProto())
                                   .build());
        }
        return out;
    }

    /** The user filter as the tables hold it: a name's id, or the name itself (a user that is gone shows as its id). */
    private String userId(String name) {
        if (name.isEmpty()) {
            return "";
        }
        final String id = userIds.apply(name);
        return id == null ? name : id;
    }

    static Timestamp timestamp(long millis) {
        return Timestamp.newBuilder().setSeconds(Math.floorDiv(millis, 1000))
                        .setNanos((int) Math.floorMod(millis, 1000) * 1_000_000).build();
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
