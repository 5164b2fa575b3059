package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.armeria.common.AggregatedHttpResponse;

import dev.switchboard.server.routing.TargetStates;
import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;

/**
 * GET and List alias show each target's live status: its breaker opens after failures, a target
 * that answered shows when, and what a client sends as status is never stored.
 */
class AliasStatusE2ETest {
    static final String KEY = "sk-alias-status-e2e-31f0";
    static final ObjectMapper mapper = new ObjectMapper();
    /** Trips after 2 tries at a 50% failure rate and stays open long enough to be seen. */
    static final TargetStates.BreakerConfig BREAKER = new TargetStates.BreakerConfig(
            0.5, 2, Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(1));

    @TempDir
    static Path dataDir;
    static FakeUpstream upstream;
    static TestGateway gateway;

    @BeforeAll
    static void start() {
        upstream = new FakeUpstream(KEY);
        gateway = TestGateway.start(TestGateway.config(dataDir).withBreaker(BREAKER));
        gateway.addProvider("st", upstream.baseUrl(), KEY);
    }

    @AfterAll
    static void stop() {
        gateway.close();
        upstream.close();
    }

    static JsonNode alias(String name) throws Exception {
        final AggregatedHttpResponse res = gateway.get("/admin/v1/aliases/" + name);
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        return mapper.readTree(res.contentUtf8());
    }

    @Test
    void aFailingTargetsBreakerOpensAndTheServingTargetShowsWhenItServed() throws Exception {
        final AggregatedHttpResponse created = gateway.post("/admin/v1/aliases",
                "{\"name\":\"watched\",\"retry\":{\"max_attempts\":1},\"targets\":[{\"model\":\"st/server-error\"},"
                + "{\"model\":\"st/gpt-4o-mini\"}]}");
        assertThat(created.status().code()).as(created.contentUtf8()).isEqualTo(200);
        final JsonNode fresh = alias("watched").at("/targets/0/status");
        assertThat(fresh.get("breaker_state").asText()).isEqualTo("CLOSED");
        assertThat(fresh.has("requests")).as("no traffic yet").isFalse();
        assertThat(fresh.has("last_served_time")).isFalse();

        final Instant before = Instant.now().minusSeconds(1);
        JsonNode failing = fresh;
        final long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        // The breaker counts in ~1 s steps: keep sending until it has seen the failures.
        while (!"OPEN".equals(failing.path("breaker_state").asText()) && System.nanoTime() < deadline) {
            final AggregatedHttpResponse res = gateway.post("/v1/chat/completions",
                    "{\"model\":\"watched\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
            assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
            assertThat(res.headers().get("x-switchboard-model")).isEqualTo("gpt-4o-mini");
            Thread.sleep(200);
            failing = alias("watched").at("/targets/0/status");
        }
        assertThat(failing.get("breaker_state").asText()).isEqualTo("OPEN");
        assertThat(failing.get("failures").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(failing.get("requests").asLong()).isEqualTo(failing.get("failures").asLong());
        assertThat(failing.has("last_served_time")).as("it never served").isFalse();

        final JsonNode serving = alias("watched").at("/targets/1/status");
        assertThat(serving.get("breaker_state").asText()).isEqualTo("CLOSED");
        assertThat(serving.get("requests").asLong()).isGreaterThanOrEqualTo(failing.get("failures").asLong());
        assertThat(serving.has("failures")).isFalse();
        assertThat(serving.has("in_flight")).as("nothing runs now").isFalse();
        assertThat(Instant.parse(serving.get("last_served_time").asText())).isBetween(before, Instant.now());

        // The list shows the same.
        final JsonNode listed = mapper.readTree(gateway.get("/admin/v1/aliases").contentUtf8());
        JsonNode watched = null;
        for (JsonNode a : listed.get("aliases")) {
            if (a.get("name").asText().equals("watched")) {
                watched = a;
            }
        }
        assertThat(watched.at("/targets/0/status/breaker_state").asText()).isEqualTo("OPEN");
        assertThat(watched.at("/targets/1/status/last_served_time").isTextual()).isTrue();
    }

    @Test
    void aStatusSentByTheClientIsNeverStored() throws Exception {
        final AggregatedHttpResponse created = gateway.post("/admin/v1/aliases",
                "{\"name\":\"claims\",\"targets\":[{\"model\":\"st/never-called\",\"status\":{\"breaker_state\":\"OPEN\","
                + "\"requests\":99,\"last_served_time\":\"2020-01-01T00:00:00Z\"}}]}");
        assertThat(created.status().code()).as(created.contentUtf8()).isEqualTo(200);
        assertThat(created.contentUtf8()).doesNotContain("99").doesNotContain("2020-01-01");
        final JsonNode status = alias("claims").at("/targets/0/status");
        assertThat(status.get("breaker_state").asText()).isEqualTo("CLOSED");
        assertThat(status.has("requests")).isFalse();
        assertThat(status.has("last_served_time")).isFalse();
    }
}
