package dev.switchboard.server.usage.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.switchboard.server.storage.Storage;
import dev.switchboard.server.usage.Ingress;
import dev.switchboard.server.usage.Tokens;
import dev.switchboard.server.usage.UsageRecord;

/** Rows of every shape read back as they were offered, whichever values went as literals. */
class RowShapeTest {
    @TempDir
    Path tmp;

    @Test
    void everyValueReadsBackWhetherBoundOrWrittenAsALiteral() {
        final List<UsageRecord> rows = new ArrayList<>();
        final Set<Integer> shapes = new HashSet<>();
        // 2^6 combinations of the usual and the unusual values, twice over with other numbers, so that
        // some shapes have more rows than one multi-row INSERT holds and some have one.
        for (int n = 0; n < 2 * 64 + LedgerSql.ROWS_PER_INSERT * 3; n++) {
            final UsageRecord r = row(n);
            shapes.add(RowShape.of(r));
            rows.add(r);
        }
        assertThat(shapes).hasSizeGreaterThan(30);
        try (Storage storage = Storage.open(tmp, null)) {
            storage.jdbi().useTransaction(h -> LedgerSql.write(h, "batch-1", 1L, rows, new Rollups(ZoneOffset.UTC)));
            final List<Map<String, Object>> read = storage.jdbi().withHandle(
                    h -> h.createQuery("SELECT " + RowShape.COLUMNS + " FROM usage_records").mapToMap().list());
            assertThat(read).hasSize(rows.size());
            final Map<Object, Map<String, Object>> byId = new HashMap<>();
            read.forEach(m -> byId.put(m.get("request_id"), numbersAsLongs(m)));
            for (UsageRecord r : rows) {
                assertThat(byId.get(r.requestId())).as(r.requestId()).isEqualTo(numbersAsLongs(expected(r)));
            }
        }
    }

    @Test
    void theWritersStatementsArePreparedOnceAndServeTheNextBatches() {
        try (Storage storage = Storage.open(tmp, null); Statements statements = new Statements()) {
            final int[] kept = new int[3];
            final List<UsageRecord> all = new ArrayList<>();
            storage.jdbi().useHandle(h -> {
                for (int b = 0; b < 3; b++) {
                    final List<UsageRecord> rows = new ArrayList<>();
                    for (int n = 0; n < 100; n++) {
                        rows.add(row(b * 1000 + n));
                    }
                    final String id = "batch-" + b;
                    h.useTransaction(t -> LedgerSql.write(t, statements, id, 1L, rows, new Rollups(ZoneOffset.UTC)));
                    kept[b] = statements.size();
                    all.addAll(rows);
                }
            });
            // The same shapes each time: the second and third batches prepare nothing new.
            assertThat(kept[0]).isPositive().isEqualTo(kept[1]).isEqualTo(kept[2]);
            final Map<Object, Map<String, Object>> byId = new HashMap<>();
            storage.jdbi().withHandle(h -> h.createQuery("SELECT " + RowShape.COLUMNS + " FROM usage_records")
                                            .mapToMap().list())
                   .forEach(m -> byId.put(m.get("request_id"), numbersAsLongs(m)));
            assertThat(byId).hasSize(all.size());
            for (UsageRecord r : all) {
                assertThat(byId.get(r.requestId())).as(r.requestId()).isEqualTo(numbersAsLongs(expected(r)));
            }
        }
    }

    @Test
    void aTypicalRowBindsOnlyWhatIsNotUsual() {
        final UsageRecord typical = new UsageRecord(
                "r", 1L, "u", "k", "sb-k", null, null, Ingress.CHAT, "p", "m", "m", null, false, 200, null,
                new Tokens(12, 30, 0, 0, 0), 1_500L, null, 40L, null, 1, 0, UsageRecord.REPORTED, false);
        final String sql = RowShape.insert(RowShape.of(typical), 1);
        assertThat(sql.chars().filter(c -> c == '?').count()).isEqualTo(13);
    }

    /** Row n: bit k of n picks the usual (0) or the unusual (1) value of the k-th group of columns. */
    private static UsageRecord row(int n) {
        final boolean keyed = (n & 1) != 0;
        final boolean oauth = (n & 2) != 0;
        final boolean failed = (n & 4) != 0;
        final boolean rich = (n & 8) != 0;
        final boolean stream = (n & 16) != 0;
        final boolean retried = (n & 32) != 0;
        return new UsageRecord("req-" + n, 1_780_000_000_000L + n, keyed ? "u" + n : null, keyed ? "k" + n : null,
                               keyed ? "sb-" + n : null, oauth ? "client-" + n : null, oauth ? "https://issuer" : null,
                               stream ? Ingress.MESSAGES : Ingress.CHAT, failed ? null : "p" + n % 3,
                               failed ? null : "m" + n % 5, "requested-" + n, rich ? "alias-" + n : null, stream,
                               failed ? 502 : retried ? 201 : 200, failed ? "UPSTREAM_UNAVAILABLE" : null,
                               rich ? new Tokens(n + 1, n + 2, n + 3, n + 4, n + 5)
                                    : new Tokens(failed ? 0 : n, failed ? 0 : 7, 0, 0, 0),
                               rich ? null : 100L * n, rich ? "no price" : null, n * 3L, stream ? (long) n : null,
                               retried ? 3 : 1, retried ? 2 : 0, rich ? "estimated:chars" : UsageRecord.REPORTED,
                               rich && stream);
    }

    /** SQLite hands back an Integer or a Long by the value's size. */
    private static Map<String, Object> numbersAsLongs(Map<String, Object> m) {
        final Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v instanceof Number n ? (Object) n.longValue() : v));
        return out;
    }

    private static Map<String, Object> expected(UsageRecord r) {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("request_id", r.requestId());
        m.put("time", r.time());
        m.put("user_id", r.userId());
        m.put("key_id", r.keyId());
        m.put("key_prefix", r.keyPrefix());
        m.put("client_id", r.clientId());
        m.put("issuer", r.issuer());
        m.put("ingress", r.ingress().wire());
        m.put("provider", r.provider());
        m.put("model", r.model());
        m.put("requested_model", r.requestedModel());
        m.put("alias", r.alias());
        m.put("stream", r.stream() ? 1 : 0);
        m.put("status", r.status());
        m.put("error_kind", r.errorKind());
        m.put("prompt_tokens", r.tokens().prompt());
        m.put("completion_tokens", r.tokens().completion());
        m.put("cached_tokens", r.tokens().cached());
        m.put("cache_write_tokens", r.tokens().cacheWrite());
        m.put("reasoning_tokens", r.tokens().reasoning());
        m.put("cost_nanos", r.costNanos());
        m.put("cost_note", r.costNote());
        m.put("latency_ms", r.latencyMs());
        m.put("ttft_ms", r.ttftMs());
        m.put("attempts", r.attempts());
        m.put("failovers", r.failovers());
        m.put("usage_source", r.usageSource());
        m.put("over_soft_limit", r.overSoftLimit() ? 1 : 0);
        return m;
    }
}
