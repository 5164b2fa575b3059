package dev.switchboard.server.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.switchboard.server.auth.Role;
import dev.switchboard.server.storage.Storage;
import dev.switchboard.server.testing.MutableClock;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.v1.ListUsageRecordsRequest;
import dev.switchboard.v1.ListUsageRecordsResponse;
import dev.switchboard.v1.UsageRecord;

/** ListUsageRecords over raw rows written by the test: order, paging, filters, scope and fields. */
class UsageRecordsTest {
    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path dataDir;

    private Storage storage;
    private Jdbi jdbi;
    private UsageReports reports;

    @BeforeEach
    void open() {
        storage = Storage.open(dataDir, null);
        jdbi = storage.jdbi();
        final Map<String, String> names = Map.of("uid-ann", "ann", "uid-bob", "bob");
        final Map<String, String> ids = Map.of("ann", "uid-ann", "bob", "uid-bob");
        reports = new UsageReports(jdbi, ZoneId.of("UTC"), new MutableClock(T0.plusSeconds(3600)),
                                   id -> names.getOrDefault(id, id), ids::get);
        // r1..r5 a second apart, except r3 and r4 at the same millisecond (the request id breaks the tie).
        UsageRows.raw("r1", T0).set("user_id", "uid-ann").set("key_id", "k-ann").set("provider", "openai")
                 .insert(jdbi);
        UsageRows.raw("r2", T0.plusSeconds(1)).set("user_id", "uid-bob").set("provider", "anthropic").insert(jdbi);
        UsageRows.raw("r3", T0.plusSeconds(2)).set("user_id", "uid-ann").set("provider", "openai").insert(jdbi);
        UsageRows.raw("r4", T0.plusSeconds(2)).set("user_id", "uid-ann").set("provider", "openai").insert(jdbi);
        UsageRows.raw("r5", T0.plusSeconds(3)).set("user_id", "uid-gone").set("provider", "openai").insert(jdbi);
    }

    @AfterEach
    void close() {
        storage.close();
    }

    private List<String> allPages(ListUsageRecordsRequest.Builder req, dev.switchboard.server.auth.Principal who) {
        final List<String> ids = new ArrayList<>();
        String token = "";
        int pages = 0;
        do {
            final ListUsageRecordsResponse page = reports.records(who, req.setPageToken(token).build());
            assertThat(page.getRecordsCount()).isLessThanOrEqualTo(req.getPageSize());
            page.getRecordsList().forEach(r -> ids.add(r.getRequestId()));
            token = page.getNextPageToken();
            pages++;
        } while (!token.isEmpty() && pages < 10);
        return ids;
    }

    @Test
    void pagesThroughEveryRowNewestFirstExactlyOnce() {
        final List<String> ids = allPages(ListUsageRecordsRequest.newBuilder().setPageSize(2),
                                          UsageReportsTest.VIEWER);

        assertThat(ids).containsExactly("r5", "r4", "r3", "r2", "r1");
    }

    @Test
    void aPageArrivingRowDoesNotShiftTheNextPage() {
        final ListUsageRecordsResponse first = reports.records(UsageReportsTest.VIEWER,
                                                               ListUsageRecordsRequest.newBuilder().setPageSize(2).build());
        UsageRows.raw("r6", T0.plusSeconds(10)).insert(jdbi);

        final ListUsageRecordsResponse second = reports.records(UsageReportsTest.VIEWER, ListUsageRecordsRequest
                .newBuilder().setPageSize(2).setPageToken(first.getNextPageToken()).build());

        assertThat(second.getRecordsList()).extracting(UsageRecord::getRequestId).containsExactly("r3", "r2");
    }

    @Test
    void filtersAndScopeApplyToRawRows() {
        assertThat(allPages(ListUsageRecordsRequest.newBuilder().setPageSize(10).setProvider("anthropic"),
                            UsageReportsTest.VIEWER)).containsExactly("r2");
        assertThat(allPages(ListUsageRecordsRequest.newBuilder().setPageSize(10).setKeyId("k-ann"),
                            UsageReportsTest.VIEWER)).containsExactly("r1");
        assertThat(allPages(ListUsageRecordsRequest.newBuilder().setPageSize(10).setUser("ann"),
                            UsageReportsTest.VIEWER)).containsExactly("r4", "r3", "r1");
        // A user that is gone is shown, and found, by its id.
        assertThat(allPages(ListUsageRecordsRequest.newBuilder().setPageSize(10).setUser("uid-gone"),
                            UsageReportsTest.VIEWER)).containsExactly("r5");
        assertThat(allPages(ListUsageRecordsRequest.newBuilder().setPageSize(10)
                                    .setFrom(UsageReportsTest.ts(T0.plusSeconds(1)))
                                    .setTo(UsageReportsTest.ts(T0.plusSeconds(3))),
                            UsageReportsTest.VIEWER)).containsExactly("r4", "r3", "r2");
        // A member: their own rows, whatever they ask for.
        assertThat(allPages(ListUsageRecordsRequest.newBuilder().setPageSize(10), UsageReportsTest.ANN))
                .containsExactly("r4", "r3", "r1");
        assertThat(allPages(ListUsageRecordsRequest.newBuilder().setPageSize(10).setUser("bob"),
                            UsageReportsTest.ANN)).isEmpty();
    }

    @Test
    void aRecordCarriesEveryColumnAndAnUnknownCostStaysUnset() {
        UsageRows.raw("full", T0.plusSeconds(20)).set("user_id", "uid-ann").set("key_id", "k-ann")
                 .set("key_prefix", "sb-ann1").set("client_id", "cli").set("issuer", "idp").set("ingress", "messages")
                 .set("provider", "anthropic").set("model", "claude-x").set("requested_model", "smart")
                 .set("alias", "smart").set("stream", true).set("status", 429).set("error_kind", "RATE_LIMITED")
                 .set("prompt_tokens", 11L).set("completion_tokens", 22L).set("cached_tokens", 3L)
                 .set("cache_write_tokens", 4L).set("reasoning_tokens", 5L).set("cost_nanos", 1_000_000_000L)
                 .set("cost_note", "list price").set("latency_ms", 1234L).set("ttft_ms", 120L).set("attempts", 2)
                 .set("failovers", 1).set("usage_source", "estimated:chars").set("over_soft_limit", true)
                 .insert(jdbi);

        final List<UsageRecord> rows = reports.records(UsageReportsTest.VIEWER, ListUsageRecordsRequest.newBuilder()
                                                                                                      .setPageSize(10).build()).getRecordsList();
        final UsageRecord full = rows.get(0);
        assertThat(full).isEqualTo(UsageRecord.newBuilder()
                .setRequestId("full").setTime(UsageReportsTest.ts(T0.plusSeconds(20))).setUser("ann")
                .setKeyId("k-ann").setKeyPrefix("sb-ann1").setClientId("cli").setIssuer("idp").setIngress("messages")
                .setProvider("anthropic").setModel("claude-x").setRequestedModel("smart").setAlias("smart")
                .setStream(true).setStatus(429).setErrorKind("RATE_LIMITED").setPromptTokens(11)
                .setCompletionTokens(22).setCachedTokens(3).setCacheWriteTokens(4).setReasoningTokens(5)
                .setCostNanos(1_000_000_000L).setCostUsd("1.00").setCostNote("list price").setLatencyMs(1234)
                .setTtftMs(120).setAttempts(2).setFailovers(1).setUsageSource("estimated:chars")
                .setOverSoftLimit(true).build());
        final UsageRecord bare = rows.get(1);
        assertThat(bare.getRequestId()).isEqualTo("r5");
        assertThat(bare.hasCostNanos()).isFalse();
        assertThat(bare.getCostUsd()).isEmpty();
        assertThat(bare.getUser()).isEqualTo("uid-gone");
    }

    @Test
    void badPageSizeTokenOrPeriodIsAnInvalidArgument() {
        assertThatThrownBy(() -> reports.records(UsageReportsTest.VIEWER, ListUsageRecordsRequest.newBuilder()
                .setPageSize(-1).build())).isInstanceOf(GatewayException.class)
                                          .hasMessageContaining("page_size: -1 (expected: 0 to 1000)");
        assertThatThrownBy(() -> reports.records(UsageReportsTest.VIEWER, ListUsageRecordsRequest.newBuilder()
                .setPageToken("bm90LW91cnM").build())).isInstanceOf(GatewayException.class)
                                                      .hasMessageContaining("page_token");
        assertThatThrownBy(() -> reports.records(UsageReportsTest.VIEWER, ListUsageRecordsRequest.newBuilder()
                .setFrom(UsageReportsTest.ts(T0)).setTo(UsageReportsTest.ts(T0)).build()))
                .isInstanceOf(GatewayException.class).hasMessageContaining("expected: after from");
        // Above the maximum is the maximum, not an error; the default is 100.
        assertThat(reports.records(UsageReportsTest.VIEWER, ListUsageRecordsRequest.newBuilder().setPageSize(5000)
                .build()).getRecordsCount()).isEqualTo(5);
    }

    @Test
    void aRoleWithoutMembershipSeesEveryonesRows() {
        assertThat(allPages(ListUsageRecordsRequest.newBuilder().setPageSize(10),
                            UsageReportsTest.principal("uid-op", "op", Role.OPERATOR))).hasSize(5);
    }
}
