package dev.switchboard.server.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.switchboard.server.auth.Credential;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.auth.Role;
import dev.switchboard.server.storage.Storage;
import dev.switchboard.server.testing.MutableClock;
import dev.switchboard.server.usage.Demand;
import dev.switchboard.server.usage.Ingress;
import dev.switchboard.server.usage.Limiter.Ticket;
import dev.switchboard.server.usage.Tokens;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;

class GatewayLimiterTest {
    /** A Monday, 10:00 UTC. */
    static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");
    static final long CENT = 10_000_000L;

    @TempDir
    Path dataDir;
    Storage storage;
    LimitStore store;
    MutableClock clock;
    GatewayLimiter limiter;

    @BeforeEach
    void open() {
        storage = Storage.open(dataDir, null);
        store = new LimitStore(storage.jdbi());
        clock = new MutableClock(T0);
        limiter = new GatewayLimiter(store, clock, ZoneOffset.UTC, CENT);
    }

    @AfterEach
    void close() {
        storage.close();
    }

    static Principal key(String user, String key) {
        return new Principal(user, user, Role.MEMBER, Credential.API_KEY, key, "sk-" + key, null, null, List.of(),
                             null);
    }

    static Demand demand(Principal p, long prompt, long maxOut, Map<String, String> headers) {
        return new Demand("r" + System.nanoTime(), p, Ingress.CHAT, "m", false, prompt, maxOut,
                          (name, value) -> headers.put(name.toString(), value),
                          dev.switchboard.server.usage.Watch.NONE);
    }

    static Demand demand(Principal p) {
        return demand(p, 10, 10, new ConcurrentHashMap<>());
    }

    void set(Scope scope, String subject, long rpm, long tpm, int conc, Policy.Budget b, Policy.Quota q) {
        store.put(new Policy(new Subject(scope, subject), rpm, tpm, conc, b, q, clock.millis()));
        limiter.reload();
    }

    @Test
    void requestsPerMinuteAllowExactlyTheLimitThenRefuseWithRetryAfterAndHeaders() {
        set(Scope.KEY, "k1", 3, 0, 0, null, null);
        final Principal p = key("u1", "k1");
        for (int i = 0; i < 3; i++) {
            final Map<String, String> h = new ConcurrentHashMap<>();
            limiter.admit(demand(p, 10, 10, h));
            assertThat(h).containsEntry("x-ratelimit-limit-requests", "3")
                         .containsEntry("x-ratelimit-remaining-requests", String.valueOf(2 - i));
        }
        final Map<String, String> h = new ConcurrentHashMap<>();
        assertThatThrownBy(() -> limiter.admit(demand(p, 10, 10, h)))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
                    assertThat(e.code()).isEqualTo("rate_limit_exceeded");
                    assertThat(e.getMessage()).contains("key 'k1'", "3 requests per minute");
                    // 3 per minute refill one every 20 s.
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(20));
                });
        // Empty bucket: full again in a minute.
        assertThat(h).containsEntry("x-ratelimit-remaining-requests", "0")
                     .containsEntry("x-ratelimit-reset-requests", "1m0s");
        clock.advance(Duration.ofSeconds(20));
        limiter.admit(demand(p));
    }

    @Test
    void theHeadersShowTheTightestLimit() {
        set(Scope.USER, "u", 10, 100, 0, null, null);
        set(Scope.KEY, "k", 3, 10_000, 0, null, null);
        final Map<String, String> h = new ConcurrentHashMap<>();
        limiter.admit(demand(key("u", "k"), 10, 10, h));
        // Requests: the key's 3 (2 left) beat the user's 10 (9 left); tokens: the user's 100 (80 left).
        assertThat(h).containsEntry("x-ratelimit-limit-requests", "3")
                     .containsEntry("x-ratelimit-remaining-requests", "2")
                     .containsEntry("x-ratelimit-reset-requests", "20s")
                     .containsEntry("x-ratelimit-limit-tokens", "100")
                     .containsEntry("x-ratelimit-remaining-tokens", "80")
                     .containsEntry("x-ratelimit-reset-tokens", "12s");
    }

    @Test
    void aRefusalGivesBackWhatTheOtherLimitsTook() {
        set(Scope.GLOBAL, "all", 2, 0, 0, null, null);
        set(Scope.KEY, "a", 1, 0, 0, null, null);
        limiter.admit(demand(key("u", "a")));
        assertThatThrownBy(() -> limiter.admit(demand(key("u", "a")))).hasMessageContaining("key 'a'");
        // Had the refused request kept its global token, b's first request would be refused.
        limiter.admit(demand(key("u", "b")));
        assertThatThrownBy(() -> limiter.admit(demand(key("u", "b")))).hasMessageContaining("the gateway");
    }

    @Test
    void tokensPerMinuteReserveTheEstimateAndReconcileWithTheRealUse() {
        set(Scope.USER, "u", 0, 1000, 0, null, null);
        final Principal p = key("u", "k");
        final Ticket first = limiter.admit(demand(p, 100, 400, new ConcurrentHashMap<>()));
        final Map<String, String> h = new ConcurrentHashMap<>();
        limiter.admit(demand(p, 100, 400, h));
        assertThat(h).containsEntry("x-ratelimit-limit-tokens", "1000").containsEntry("x-ratelimit-remaining-tokens", "0");
        assertThatThrownBy(() -> limiter.admit(demand(p, 100, 400, new ConcurrentHashMap<>())))
                .hasMessageContaining("1000 tokens per minute");
        // The first used 150 of its 500: 350 come back, room for one more 100 + 250.
        first.settle(new Tokens(100, 50, 0, 0, 0), null);
        final Ticket third = limiter.admit(demand(p, 100, 250, new ConcurrentHashMap<>()));
        // An overshoot is paid by the next requests: 350 reserved, 1350 used puts the bucket 1000 in debt.
        third.settle(new Tokens(100, 1250, 0, 0, 0), null);
        clock.advance(Duration.ofSeconds(30));
        assertThatThrownBy(() -> limiter.admit(demand(p, 1, 1, new ConcurrentHashMap<>())))
                .isInstanceOf(GatewayException.class);
        clock.advance(Duration.ofSeconds(31));
        limiter.admit(demand(p, 1, 1, new ConcurrentHashMap<>()));
    }

    @Test
    void aRequestWithoutMaxTokensReservesTheDefaultOutput() {
        set(Scope.KEY, "k", 0, 2 * (GatewayLimiter.DEFAULT_OUTPUT_TOKENS + 10), 0, null, null);
        final Principal p = key("u", "k");
        limiter.admit(demand(p, 10, 0, new ConcurrentHashMap<>()));
        limiter.admit(demand(p, 10, 0, new ConcurrentHashMap<>()));
        assertThatThrownBy(() -> limiter.admit(demand(p, 1, 1, new ConcurrentHashMap<>())))
                .isInstanceOf(GatewayException.class);
    }

    @Test
    void concurrencyRefusesTheRequestOverTheLimitUntilOneEnds() {
        set(Scope.KEY, "k", 0, 0, 2, null, null);
        final Principal p = key("u", "k");
        final Ticket a = limiter.admit(demand(p));
        limiter.admit(demand(p));
        assertThatThrownBy(() -> limiter.admit(demand(p)))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
                    assertThat(e.getMessage()).contains("2 requests at a time");
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(1));
                });
        a.settle(Tokens.NONE, null);
        limiter.admit(demand(p));
    }

    @Test
    void providerAndModelLimitsRefuseATargetAndTheTryEndingFreesItsSlot() {
        set(Scope.PROVIDER, "p1", 0, 0, 1, null, null);
        set(Scope.MODEL, "p2/m", 1, 0, 0, null, null);
        final Ticket a = limiter.admit(demand(key("u", "k")));
        final Ticket b = limiter.admit(demand(key("u", "k")));
        assertThat(a.tryTarget("p1", "m")).isNull();
        final GatewayException refused = b.tryTarget("p1", "m");
        assertThat(refused).isNotNull();
        assertThat(refused.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
        assertThat(refused.getMessage()).contains("provider 'p1'");
        assertThat(b.tryTarget("p2", "m")).isNull();
        assertThat(a.tryTarget("p2", "m")).isNotNull().extracting(GatewayException::getMessage)
                                          .asString().contains("model 'p2/m'");
        a.tryEnded();
        assertThat(b.tryTarget("p1", "other")).isNull();
    }

    @Test
    void aSpentDailyBudgetRefusesUntilMidnightInTheGatewaysZone() {
        final ZoneId paris = ZoneId.of("Europe/Paris");
        limiter = new GatewayLimiter(store, clock, paris, CENT);
        set(Scope.KEY, "k", 0, 0, 0, new Policy.Budget(2 * CENT, Period.DAY, false), null);
        final Principal p = key("u", "k");
        limiter.admit(demand(p)).settle(Tokens.NONE, CENT);
        limiter.admit(demand(p)).settle(Tokens.NONE, CENT);
        assertThatThrownBy(() -> limiter.admit(demand(p)))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.BUDGET_EXCEEDED);
                    assertThat(e.code()).isEqualTo("budget_exceeded");
                    // 10:00 UTC is 11:00 in Paris: the day ends in 13 hours (23:00 UTC).
                    assertThat(e.getMessage()).contains("budget of key 'k' spent: $0.02 per day",
                                                        "resets at 2026-12-07T23:00:00Z");
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofHours(13));
                });
        clock.advance(Duration.ofHours(13));
        limiter.admit(demand(p));
    }

    @Test
    void aSoftBudgetAllowsAndFlagsWhatGoesOver() {
        set(Scope.USER, "u", 0, 0, 0, new Policy.Budget(CENT, Period.MONTH, true), null);
        final Principal p = key("u", "k");
        assertThat(limiter.admit(demand(p)).settle(Tokens.NONE, CENT)).isFalse();
        assertThat(limiter.admit(demand(p)).settle(Tokens.NONE, 1L)).isTrue();
    }

    @Test
    void requestAndTokenQuotasCountPerPeriod() {
        set(Scope.KEY, "k", 0, 0, 0, null, new Policy.Quota(2, 0, Period.DAY, false));
        set(Scope.USER, "u", 0, 0, 0, null, new Policy.Quota(0, 100, Period.MONTH, false));
        final Principal p = key("u", "k");
        limiter.admit(demand(p, 10, 10, new ConcurrentHashMap<>())).settle(new Tokens(10, 10, 0, 0, 0), null);
        limiter.admit(demand(p, 10, 10, new ConcurrentHashMap<>())).settle(new Tokens(10, 50, 0, 0, 0), null);
        // The user has 20 of 100 tokens left: the key's request count refuses.
        assertThatThrownBy(() -> limiter.admit(demand(p)))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.BUDGET_EXCEEDED);
                    assertThat(e.code()).isEqualTo("quota_exceeded");
                    assertThat(e.getMessage()).contains("request quota of key 'k' spent: 2 requests per day");
                });
        // Another key of the same user: 100 tokens this month, 80 used, 30 asked.
        assertThatThrownBy(() -> limiter.admit(demand(key("u", "k2"), 10, 20, new ConcurrentHashMap<>())))
                .hasMessageContaining("token quota of user 'u' spent: 100 tokens per month")
                .isInstanceOfSatisfying(GatewayException.class, e -> assertThat(e.retryAfter())
                        .isEqualTo(Duration.between(T0, Instant.parse("2027-01-01T00:00:00Z"))));
    }

    @Test
    void whatTheLedgerRecordedThisPeriodCountsAtStartUp() {
        final long today = Instant.parse("2026-12-07T00:00:00Z").toEpochMilli();
        final long yesterday = Instant.parse("2026-12-06T00:00:00Z").toEpochMilli();
        storage.jdbi().useHandle(h -> {
            for (long day : new long[] { today, yesterday }) {
                h.execute("INSERT INTO usage_daily (bucket_start, user_id, key_id, provider, model, alias, requests, "
                          + "cost_nanos) VALUES (?, 'u', 'k', 'p', 'm', '', 1, ?)", day, 3 * CENT);
            }
        });
        set(Scope.KEY, "k", 0, 0, 0, new Policy.Budget(4 * CENT, Period.DAY, false), null);
        set(Scope.USER, "u", 0, 0, 0, new Policy.Budget(8 * CENT, Period.MONTH, false), null);
        // Key: 3 cents of 4 spent today, room for one cent reserved.
        limiter.admit(demand(key("u", "k"))).settle(Tokens.NONE, CENT);
        assertThatThrownBy(() -> limiter.admit(demand(key("u", "k")))).hasMessageContaining("budget of key 'k'");
        // User: 3 + 3 + 1 + 1 = 8 cents this month.
        limiter.admit(demand(key("u", "k2"))).settle(Tokens.NONE, CENT);
        assertThatThrownBy(() -> limiter.admit(demand(key("u", "k2")))).hasMessageContaining("budget of user 'u'");
    }

    @Test
    void aRateAboveWhatBucketsCanRefillIsCappedRatherThanFailingEveryRequest() {
        set(Scope.KEY, "k", Long.MAX_VALUE, Long.MAX_VALUE, 0, null, null);
        limiter.admit(demand(key("u", "k"))).settle(Tokens.NONE, null);
    }

    @Test
    void anotherReplicasChangeIsSeenAtTheNextReload() {
        final Principal p = key("u", "k");
        limiter.admit(demand(p));
        store.put(new Policy(new Subject(Scope.KEY, "k"), 1, 0, 0, null, null, clock.millis()));
        limiter.admit(demand(p));
        limiter.reload();
        limiter.admit(demand(p));
        assertThatThrownBy(() -> limiter.admit(demand(p))).isInstanceOf(GatewayException.class);
    }
}
