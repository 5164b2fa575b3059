package dev.switchboard.server.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.RequestHeaders;
import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.common.logging.RequestLog;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;
import dev.switchboard.server.usage.UsageRecord;
import dev.switchboard.transcoder.error.GatewayException;

/**
 * The telemetry seam through the production wiring: every answer names its request
 * ({@code x-switchboard-request-id}, refusals included), and a watcher hears the core's moments of
 * each request in order, with the ledger's row for the same request id.
 */
class WatchSeamE2ETest {
    static final String KEY = "sk-watch-seam-77aa";
    @TempDir
    static Path dataDir;
    static FakeUpstream upstream;
    static TestGateway gw;
    static final List<Heard> heard = new CopyOnWriteArrayList<>();

    /** What one request's watch heard. */
    record Heard(String requestId, List<String> events, CompletableFuture<UsageRecord> ended,
                 CompletableFuture<RequestLog> completed) {}

    @BeforeAll
    static void start() {
        upstream = new FakeUpstream(KEY);
        gw = TestGateway.start(dataDir);
        gw.addProvider("oa", upstream.baseUrl(), KEY);
        final AggregatedHttpResponse alias = gw.post("/admin/v1/aliases",
                "{\"name\":\"w-failover\",\"targets\":[{\"model\":\"oa/overloaded\"},{\"model\":\"oa/gpt-4o-mini\"}]}");
        assertThat(alias.status().code()).as(alias.contentUtf8()).isEqualTo(200);
        gw.gateway().observability().add(WatchSeamE2ETest::watch);
    }

    @AfterAll
    static void stop() {
        gw.close();
        upstream.close();
    }

    static RequestWatch watch(ServiceRequestContext ctx, String requestId) {
        final Heard h = new Heard(requestId, new CopyOnWriteArrayList<>(), new CompletableFuture<>(),
                                  new CompletableFuture<>());
        heard.add(h);
        return new RequestWatch() {
            @Override
            public void refused(GatewayException e) {
                h.events.add("refused " + e.kind());
            }

            @Override
            public void trying(String provider, String model, @Nullable String alias, int attempt) {
                h.events.add("trying " + provider + '/' + model + ' ' + alias + " #" + attempt);
            }

            @Override
            public void tryEnded(@Nullable GatewayException error) {
                h.events.add("tryEnded " + (error == null ? "ok" : error.kind().name()));
            }

            @Override
            public void firstToken() {
                h.events.add("firstToken");
            }

            @Override
            public void streamed() {
                if (!h.events.get(h.events.size() - 1).equals("streamed")) {
                    h.events.add("streamed");
                }
            }

            @Override
            public void ended(UsageRecord record) {
                h.events.add("ended " + record.status());
                h.ended.complete(record);
            }

            @Override
            public void completed(RequestLog log) {
                h.completed.complete(log);
            }
        };
    }

    static Heard heardOf(AggregatedHttpResponse res) {
        final String id = res.headers().get("x-switchboard-request-id");
        assertThat(id).as("x-switchboard-request-id").isNotBlank();
        return heard.stream().filter(h -> h.requestId.equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aWholeAnswerIsHeardTryByTryAndEndsWithItsLedgerRow() throws Exception {
        final AggregatedHttpResponse res = gw.post("/v1/chat/completions",
                "{\"model\":\"oa/gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        final Heard h = heardOf(res);
        final UsageRecord row = h.ended.get(10, TimeUnit.SECONDS);
        assertThat(row.requestId()).isEqualTo(h.requestId);
        assertThat(row.provider()).isEqualTo("oa");
        assertThat(h.completed.get(10, TimeUnit.SECONDS).responseHeaders().status().code()).isEqualTo(200);
        assertThat(h.events).containsExactly("trying oa/gpt-4o-mini null #1", "firstToken", "tryEnded ok",
                                             "ended 200");
    }

    @Test
    void retriesAndAFailoverAreHeardTryByTryWithTheirErrors() throws Exception {
        final AggregatedHttpResponse res = gw.post("/v1/chat/completions",
                "{\"model\":\"w-failover\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        final Heard h = heardOf(res);
        h.ended.get(10, TimeUnit.SECONDS);
        // The alias's default retries on an overloaded target (503), then its next target serves.
        assertThat(h.events).containsExactly(
                "trying oa/overloaded w-failover #1", "tryEnded UPSTREAM_UNAVAILABLE",
                "trying oa/overloaded w-failover #2", "tryEnded UPSTREAM_UNAVAILABLE",
                "trying oa/overloaded w-failover #3", "tryEnded UPSTREAM_UNAVAILABLE",
                "trying oa/gpt-4o-mini w-failover #4", "firstToken", "tryEnded ok", "ended 200");
    }

    @Test
    void aStreamIsHeardEventByEvent() throws Exception {
        final AggregatedHttpResponse res = gw.post("/v1/chat/completions",
                "{\"model\":\"oa/gpt-4o-mini\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        final Heard h = heardOf(res);
        h.ended.get(10, TimeUnit.SECONDS);
        assertThat(h.events).containsExactly("trying oa/gpt-4o-mini null #1", "firstToken", "streamed",
                                             "tryEnded ok", "ended 200");
    }

    @Test
    void aRequestRefusedBeforeTheCoreIsStillNamedAndCompleted() throws Exception {
        final AggregatedHttpResponse res = WebClient.of(gw.baseUrl()).execute(
                RequestHeaders.of(HttpMethod.POST, "/v1/chat/completions", "content-type", MediaType.JSON_UTF_8,
                                  "authorization", "Bearer not-a-key-0000"),
                "{\"model\":\"oa/gpt-4o-mini\",\"messages\":[]}").aggregate().join();
        assertThat(res.status().code()).isEqualTo(401);
        final Heard h = heardOf(res);
        assertThat(h.completed.get(10, TimeUnit.SECONDS).responseHeaders().status().code()).isEqualTo(401);
        assertThat(h.events).isEmpty();
        assertThat(h.ended).isNotDone();
    }
}
