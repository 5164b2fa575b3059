package dev.switchboard.server.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.protobuf.Timestamp;
import com.google.protobuf.util.Timestamps;

import dev.switchboard.server.auth.Credential;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.auth.Role;
import dev.switchboard.server.storage.Storage;
import dev.switchboard.server.testing.MutableClock;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.GetUsageRequest;
import dev.switchboard.v1.GetUsageResponse;
import dev.switchboard.v1.UsageBucket;
import dev.switchboard.v1.UsageSummary;
import dev.switchboard.v1.UsageTotals;

/**
 * GetUsage and the providers' summaries over rollup rows written by the test; every expected
 * number is worked out by hand from those rows.
 */
class UsageReportsTest {
    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    static final Instant T1 = T0.plusSeconds(3600);
    static final Principal VIEWER = principal("uid-vera", "vera", Role.VIEWER);
    static final Principal ANN = principal("uid-ann", "ann", Role.MEMBER);

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(T0.plusSeconds(2 * 3600 + 300));
    private Storage storage;
    private Jdbi jdbi;
    private UsageReports reports;

    static Principal principal(String id, String name, Role role) {
        return new Principal(id, name, role, Credential.API_KEY, null, null, null, null, List.of(), null);
    }

    @BeforeEach
    void open() {
        storage = Storage.open(dataDir, null);
        jdbi = storage.jdbi();
        reports = reports(ZoneId.of("UTC"));
        UsageRows.user(jdbi, "uid-ann", "ann", "member");
        UsageRows.user(jdbi, "uid-bob", "bob", "member");
        UsageRows.key(jdbi, "k-ann", "uid-ann", "sb-ann1");
        UsageRows.key(jdbi, "k-bob", "uid-bob", "sb-bob1");
        // Ann at T0: 3 requests (one failed), latencies 2 x <=200 ms and 1 x <=1000 ms, 600 ms in all.
        UsageRows.rollup(T0, "uid-ann", "k-ann", "openai", "gpt-4o", "")
                 .set("requests", 3).set("errors", 1).set("prompt_tokens", 100).set("completion_tokens", 50)
                 .set("cached_tokens", 10).set("reasoning_tokens", 5).set("cost_nanos", 1_500_000_000L)
                 .set("estimated", 1).set("latency_ms_sum", 600).latency(2, 2).latency(6, 1)
                 .insertInto(jdbi, "usage_hourly");
        // Bob at T0 through an alias: 2 requests of <=3000 ms, 3000 ms in all.
        UsageRows.rollup(T0, "uid-bob", "k-bob", "anthropic", "claude", "smart")
                 .set("requests", 2).set("prompt_tokens", 40).set("completion_tokens", 20)
                 .set("cache_write_tokens", 7).set("cost_nanos", 234_567_891L).set("over_soft_limit", 1)
                 .set("latency_ms_sum", 3000).latency(9, 2)
                 .insertInto(jdbi, "usage_hourly");
        // Ann an hour later: 1 unpriced request of 45 ms.
        UsageRows.rollup(T1, "uid-ann", "k-ann", "openai", "gpt-4o", "")
                 .set("requests", 1).set("prompt_tokens", 10).set("completion_tokens", 5).set("unpriced", 1)
                 .set("latency_ms_sum", 45).latency(0, 1)
                 .insertInto(jdbi, "usage_hourly");
        // Long before: outside every default window.
        UsageRows.rollup(T0.minusSeconds(30 * 3600), "uid-ann", "k-ann", "openai", "gpt-4o", "")
                 .set("requests", 100).latency(0, 100).insertInto(jdbi, "usage_hourly");
    }

    @AfterEach
    void close() {
        storage.close();
    }

    private UsageReports reports(ZoneId zone) {
        final Map<String, String> names = Map.of("uid-ann", "ann", "uid-bob", "bob", "uid-vera", "vera");
        final Map<String, String> ids = Map.of("ann", "uid-ann", "bob", "uid-bob", "vera", "uid-vera");
        return new UsageReports(jdbi, zone, clock, id -> names.getOrDefault(id, id), ids::get);
    }

    static Timestamp ts(Instant i) {
        return Timestamps.fromMillis(i.toEpochMilli());
    }

    static GetUsageRequest.Builder period(Instant from, Instant to) {
        return GetUsageRequest.newBuilder().setFrom(ts(from)).setTo(ts(to));
    }

    @Test
    void sumsEachHourAndThePeriodWithPercentilesFromTheMergedHistogram() {
        final GetUsageResponse res = reports.usage(VIEWER, false, period(T0, T1.plusSeconds(3600)).build());

        assertThat(res.getBucketsList()).extracting(UsageBucket::getStart).containsExactly(ts(T0), ts(T1));
        final UsageTotals first = res.getBuckets(0).getTotals();
        assertThat(first.getRequests()).isEqualTo(5);
        assertThat(first.getErrors()).isEqualTo(1);
        assertThat(first.getPromptTokens()).isEqualTo(140);
        assertThat(first.getCompletionTokens()).isEqualTo(70);
        assertThat(first.getCachedTokens()).isEqualTo(10);
        assertThat(first.getCacheWriteTokens()).isEqualTo(7);
        assertThat(first.getReasoningTokens()).isEqualTo(5);
        assertThat(first.getCostNanos()).isEqualTo(1_734_567_891L);
        assertThat(first.getCostUsd()).isEqualTo("1.734567891");
        assertThat(first.getEstimatedRequests()).isEqualTo(1);
        assertThat(first.getOverSoftLimit()).isEqualTo(1);
        // Histogram 2 x 200, 1 x 1000, 2 x 3000: the 3rd of 5 is in the 1000 ms bucket, the 5th in 3000.
        assertThat(first.getLatencyP50Ms()).isEqualTo(1000);
        assertThat(first.getLatencyP95Ms()).isEqualTo(3000);
        assertThat(first.getLatencyMeanMs()).isEqualTo(720);
        final UsageTotals second = res.getBuckets(1).getTotals();
        assertThat(second.getRequests()).isEqualTo(1);
        assertThat(second.getCostUsd()).isEqualTo("0.00");
        assertThat(second.getUnpricedRequests()).isEqualTo(1);
        assertThat(second.getLatencyP50Ms()).isEqualTo(50);
        assertThat(second.getLatencyMeanMs()).isEqualTo(45);

        final UsageTotals all = res.getTotals();
        assertThat(all.getRequests()).isEqualTo(6);
        assertThat(all.getPromptTokens()).isEqualTo(150);
        assertThat(all.getCostUsd()).isEqualTo("1.734567891");
        assertThat(all.getUnpricedRequests()).isEqualTo(1);
        // 1 x 50, 2 x 200, 1 x 1000, 2 x 3000: the 3rd of 6 is at 200, the 6th at 3000; 3645 / 6 ms.
        assertThat(all.getLatencyP50Ms()).isEqualTo(200);
        assertThat(all.getLatencyP95Ms()).isEqualTo(3000);
        assertThat(all.getLatencyMeanMs()).isEqualTo(607);
    }

    @Test
    void groupsByProviderModelAliasKeyAndUserOrderedByStartThenGroup() {
        final GetUsageResponse res = reports.usage(VIEWER, false, period(T0, T1.plusSeconds(3600))
                .addGroupBy("provider,model").addGroupBy("alias").addGroupBy("key").addGroupBy("user").build());

        assertThat(res.getBucketsList()).hasSize(3);
        final UsageBucket bob = res.getBuckets(0);
        assertThat(bob.getStart()).isEqualTo(ts(T0));
        assertThat(List.of(bob.getProvider(), bob.getModel(), bob.getAlias(), bob.getKeyId(), bob.getKeyPrefix(),
                           bob.getUser())).containsExactly("anthropic", "claude", "smart", "k-bob", "sb-bob1", "bob");
        assertThat(bob.getTotals().getRequests()).isEqualTo(2);
        assertThat(bob.getTotals().getCostUsd()).isEqualTo("0.234567891");
        final UsageBucket ann = res.getBuckets(1);
        assertThat(List.of(ann.getProvider(), ann.getKeyPrefix(), ann.getUser()))
                .containsExactly("openai", "sb-ann1", "ann");
        assertThat(ann.getTotals().getCostUsd()).isEqualTo("1.50");
        assertThat(ann.getTotals().getLatencyP50Ms()).isEqualTo(200);
        assertThat(res.getBuckets(2).getStart()).isEqualTo(ts(T1));
        assertThat(res.getTotals().getRequests()).isEqualTo(6);
    }

    @Test
    void aGroupSetsOnlyItsOwnFields() {
        final GetUsageResponse res = reports.usage(VIEWER, false, period(T0, T1).addGroupBy("user").build());

        assertThat(res.getBucketsList()).extracting(UsageBucket::getUser).containsExactly("ann", "bob");
        assertThat(res.getBucketsList()).allSatisfy(b -> {
            assertThat(b.getProvider()).isEmpty();
            assertThat(b.getKeyId()).isEmpty();
        });
    }

    @Test
    void filtersByProviderModelAliasKeyAndUserName() {
        final GetUsageRequest.Builder window = period(T0, T1.plusSeconds(3600));
        assertThat(reports.usage(VIEWER, false, window.clone().setProvider("openai").build())
                          .getTotals().getRequests()).isEqualTo(4);
        assertThat(reports.usage(VIEWER, false, window.clone().setModel("claude").build())
                          .getTotals().getRequests()).isEqualTo(2);
        assertThat(reports.usage(VIEWER, false, window.clone().setAlias("smart").build())
                          .getTotals().getRequests()).isEqualTo(2);
        assertThat(reports.usage(VIEWER, false, window.clone().setKeyId("k-ann").build())
                          .getTotals().getRequests()).isEqualTo(4);
        assertThat(reports.usage(VIEWER, false, window.clone().setUser("bob").build())
                          .getTotals().getCostNanos()).isEqualTo(234_567_891L);
        assertThat(reports.usage(VIEWER, false, window.clone().setUser("nobody").build())
                          .getBucketsList()).isEmpty();
    }

    @Test
    void aMemberSeesOnlyTheirOwnUsageWhateverTheFilter() {
        final GetUsageRequest.Builder window = period(T0, T1.plusSeconds(3600));

        final GetUsageResponse own = reports.usage(ANN, false, window.clone().addGroupBy("user").build());
        assertThat(own.getBucketsList()).extracting(UsageBucket::getUser).containsOnly("ann");
        assertThat(own.getTotals().getRequests()).isEqualTo(4);

        final GetUsageResponse other = reports.usage(ANN, false, window.clone().setUser("bob").build());
        assertThat(other.getBucketsList()).isEmpty();
        assertThat(other.getTotals().getRequests()).isZero();
        assertThat(other.getTotals().getCostUsd()).isEqualTo("0.00");

        // Asking for one's own usage narrows any role to their own rows.
        assertThat(reports.usage(VIEWER, true, window.build()).getBucketsList()).isEmpty();
        assertThat(reports.usage(principal("uid-bob", "bob", Role.ADMIN), true, window.build())
                          .getTotals().getRequests()).isEqualTo(2);
    }

    @Test
    void fromIsRoundedDownToItsHourAndToIsExclusive() {
        final GetUsageResponse res = reports.usage(VIEWER, false, period(T0.plusSeconds(1800), T1).build());

        assertThat(res.getBucketsList()).extracting(UsageBucket::getStart).containsExactly(ts(T0));
    }

    @Test
    void withoutAPeriodAnHourlyReportCoversTheLast24Hours() {
        final GetUsageResponse res = reports.usage(VIEWER, false, GetUsageRequest.getDefaultInstance());

        assertThat(res.getTotals().getRequests()).isEqualTo(6);
    }

    @Test
    void aDailyReportReadsTheDailyRollupWithDaysInTheGatewaysZone() {
        // Midnight in New York (EST, UTC-5) on 1 and 2 December, and 30 November.
        final Instant dec1 = Instant.parse("2026-12-01T05:00:00Z");
        UsageRows.rollup(dec1, "uid-ann", "k-ann", "openai", "gpt-4o", "").set("requests", 40)
                 .insertInto(jdbi, "usage_daily");
        UsageRows.rollup(dec1.plusSeconds(86_400), "uid-ann", "k-ann", "openai", "gpt-4o", "").set("requests", 2)
                 .insertInto(jdbi, "usage_daily");
        UsageRows.rollup(dec1.minusSeconds(86_400), "uid-ann", "k-ann", "openai", "gpt-4o", "").set("requests", 500)
                 .insertInto(jdbi, "usage_daily");

        final GetUsageResponse res = reports(ZoneId.of("America/New_York")).usage(VIEWER, false, period(
                Instant.parse("2026-12-01T12:00:00Z"), Instant.parse("2026-12-02T12:00:00Z")).setGranularity("day")
                .build());

        assertThat(res.getBucketsList()).extracting(UsageBucket::getStart).containsExactly(ts(dec1),
                                                                                           ts(dec1.plusSeconds(86_400)));
        assertThat(res.getTotals().getRequests()).isEqualTo(42);
    }

    @Test
    void badGranularityGroupOrPeriodIsAnInvalidArgumentSayingWhy() {
        assertInvalid(period(T0, T1).setGranularity("week"), "granularity: 'week' (expected: hour or day)");
        assertInvalid(period(T0, T1).addGroupBy("provider,colour"), "group_by: 'colour'");
        assertInvalid(period(T1, T0), "expected: after from");
        assertInvalid(period(T0, T0), "expected: after from");
        assertInvalid(period(T0.minusSeconds(401L * 86_400), T0), "use granularity=day");
        assertInvalid(GetUsageRequest.newBuilder().setFrom(Timestamp.newBuilder().setSeconds(Long.MAX_VALUE)),
                      "from: not a valid time");
        // The same period by day is fine.
        assertThat(reports.usage(VIEWER, false, period(T0.minusSeconds(401L * 86_400), T0).setGranularity("day")
                .build()).getBucketsList()).isEmpty();
    }

    private void assertInvalid(GetUsageRequest.Builder req, String message) {
        assertThatThrownBy(() -> reports.usage(VIEWER, false, req.build()))
                .isInstanceOfSatisfying(GatewayException.class,
                                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_REQUEST))
                .hasMessageContaining(message);
    }

    @Test
    void providerSummariesCoverTheHoursOverlappingTheLast24HoursInOneAnswer() {
        final Map<String, UsageSummary> all = reports.last24h(VIEWER, List.of("openai", "anthropic", "gemini"));

        final Timestamp since = ts(clock.instant().minusSeconds(24 * 3600));
        assertThat(all.keySet()).containsExactly("openai", "anthropic", "gemini");
        assertThat(all.get("openai").getSince()).isEqualTo(since);
        // T0 and T1; the 100 requests 30 hours before are outside.
        assertThat(all.get("openai").getTotals().getRequests()).isEqualTo(4);
        assertThat(all.get("openai").getTotals().getCostUsd()).isEqualTo("1.50");
        assertThat(all.get("openai").getTotals().getErrors()).isEqualTo(1);
        assertThat(all.get("anthropic").getTotals().getLatencyP95Ms()).isEqualTo(3000);
        assertThat(all.get("gemini").getTotals().getRequests()).isZero();
        assertThat(all.get("gemini").getSince()).isEqualTo(since);

        final Map<String, UsageSummary> own = reports.last24h(ANN, List.of("openai", "anthropic"));
        assertThat(own.get("openai").getTotals().getRequests()).isEqualTo(4);
        assertThat(own.get("anthropic").getTotals().getRequests()).isZero();
        assertThat(reports.last24h(VIEWER, List.of())).isEmpty();
    }
}
