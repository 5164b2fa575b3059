package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import com.linecorp.armeria.common.AggregatedHttpResponse;

import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.InferenceGrpc;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Role;
import io.grpc.ManagedChannel;

/**
 * Retries as the official OpenAI and Anthropic SDKs make them, end to end: three attempts for a
 * direct model, the upstream's x-should-retry and retry-after-ms obeyed, and the policy named in
 * the response. Fake upstreams count (and time) what reaches them; times are loose bounds.
 */
class RetriesE2ETest {
    static final String KEY = "sk-retries-e2e-4242";

    @TempDir
    static Path dataDir;
    static FakeUpstream a;
    static FakeUpstream b;
    /** Reached with a key it refuses. */
    static FakeUpstream refusing;
    static TestGateway gateway;
    static ManagedChannel channel;

    @BeforeAll
    static void start() {
        a = new FakeUpstream(KEY);
        b = new FakeUpstream(KEY);
        refusing = new FakeUpstream(KEY);
        gateway = TestGateway.start(dataDir);
        gateway.addProvider("pa", a.baseUrl(), KEY);
        gateway.addProvider("pb", b.baseUrl(), KEY);
        gateway.addProvider("revoked", refusing.baseUrl(), "sk-revoked-key-0000");
        channel = gateway.channel();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        TestGateway.shutdown(channel);
        gateway.close();
        a.close();
        b.close();
        refusing.close();
    }

    static AggregatedHttpResponse chat(String model, boolean stream) {
        return gateway.post("/v1/chat/completions", "{\"model\":\"" + model + "\",\"stream\":" + stream
                                                    + ",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
    }

    static void alias(String json) {
        final AggregatedHttpResponse res = gateway.post("/admin/v1/aliases", json);
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
    }

    @Test
    void aDirectModelFailingTwiceStillAnswersOnTheThirdAttempt() {
        final AggregatedHttpResponse res = chat("pa/flaky-2", false);
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        assertThat(a.count("flaky-2")).isEqualTo(3);
        assertThat(res.headers().get("x-switchboard-attempts")).isEqualTo("3");
        assertThat(res.headers().get("x-switchboard-max-attempts")).isEqualTo("3");
    }

    @Test
    void aDirectModelThatKeepsFailingIsTriedExactlyThreeTimes() {
        final int before = a.count("server-error");
        assertThat(chat("pa/server-error", false).status().code()).isEqualTo(502);
        assertThat(a.count("server-error") - before).isEqualTo(3);

        final int streamsBefore = a.count("overloaded");
        assertThat(chat("pa/overloaded", true).status().code()).as("a stream retries alike").isEqualTo(503);
        assertThat(a.count("overloaded") - streamsBefore).isEqualTo(3);
    }

    @Test
    void anExhaustedQuotaIsNotRetriedButFailsOverToTheNextTarget() {
        final int before = a.count("quota-exhausted");
        final AggregatedHttpResponse direct = chat("pa/quota-exhausted", false);
        assertThat(direct.status().code()).isEqualTo(429);
        assertThat(direct.contentUtf8()).contains("insufficient_quota");
        assertThat(a.count("quota-exhausted") - before).as("x-should-retry: false").isEqualTo(1);

        alias("{\"name\":\"paid\",\"targets\":[{\"model\":\"pa/quota-exhausted\"},{\"model\":\"pb/gpt-4o-mini\"}]}");
        for (boolean stream : new boolean[] { false, true }) {
            final int tried = a.count("quota-exhausted");
            final int served = b.count("gpt-4o-mini");
            final AggregatedHttpResponse res = chat("paid", stream);
            assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
            assertThat(res.headers().get("x-switchboard-provider")).isEqualTo("pb");
            assertThat(res.headers().get("x-switchboard-attempts")).isEqualTo("2");
            assertThat(a.count("quota-exhausted") - tried).as("stream: " + stream).isEqualTo(1);
            assertThat(b.count("gpt-4o-mini") - served).isEqualTo(1);
        }
    }

    @Test
    void shouldRetryTrueRetriesAnErrorItsStatusWouldNot() {
        final AggregatedHttpResponse res = chat("pa/should-retry-400", false);
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        assertThat(a.count("should-retry-400")).isEqualTo(2);
    }

    @Test
    void aConflictIsRetriedAsTheSdksDo() {
        final AggregatedHttpResponse res = chat("pa/conflict-once", false);
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        assertThat(a.count("conflict-once")).isEqualTo(2);
    }

    @Test
    void aRefusedKeyFailsOverWithoutARetry() {
        alias("{\"name\":\"rotated\",\"targets\":[{\"model\":\"revoked/gpt-4o-mini\"},{\"model\":\"pb/gpt-4o-mini\"}]}");
        refusing.drain();
        final AggregatedHttpResponse res = chat("rotated", false);
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        assertThat(res.headers().get("x-switchboard-provider")).isEqualTo("pb");
        assertThat(refusing.drain()).hasSize(1);
    }

    @Test
    void retryAfterMsIsWaitedForBetweenAttempts() {
        final AggregatedHttpResponse res = chat("pa/retry-after-ms-2", false);
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        final List<Long> arrived = a.arrivals("retry-after-ms-2");
        assertThat(arrived).hasSize(3);
        for (int i = 1; i < arrived.size(); i++) {
            // retry-after-ms: 800 wins over both the 200-400 ms backoff and retry-after: 0.
            assertThat((arrived.get(i) - arrived.get(i - 1)) / 1_000_000).as("gap " + i).isBetween(800L, 5000L);
        }
    }

    @Test
    void theResponseNamesThePolicyItRanUnder() throws Exception {
        final AggregatedHttpResponse direct = chat("pa/gpt-4o-mini", false);
        assertThat(direct.headers().get("x-switchboard-attempts")).isEqualTo("1");
        assertThat(direct.headers().get("x-switchboard-max-attempts")).isEqualTo("3");
        assertThat(chat("pa/gpt-4o-mini", true).headers().get("x-switchboard-max-attempts")).isEqualTo("3");

        alias("{\"name\":\"defaulted\",\"targets\":[{\"model\":\"pa/gpt-4o-mini\"}]}");
        assertThat(new ObjectMapper().readTree(gateway.get("/admin/v1/aliases/defaulted").contentUtf8())
                                     .at("/retry/max_attempts").asInt()).as("an alias's default").isEqualTo(3);
        assertThat(chat("defaulted", false).headers().get("x-switchboard-max-attempts")).isEqualTo("3");
        alias("{\"name\":\"once\",\"targets\":[{\"model\":\"pa/gpt-4o-mini\"}],\"retry\":{\"max_attempts\":1}}");
        assertThat(chat("once", false).headers().get("x-switchboard-max-attempts")).isEqualTo("1");

        final ChatCompletionResponse grpc = InferenceGrpc.newBlockingStub(channel)
                .withCallCredentials(TestGateway.bearer(TestGateway.ADMIN_KEY))
                .createChatCompletion(ChatCompletionRequest.newBuilder().setModel("pa/gpt-4o-mini").addMessages(
                        Message.newBuilder().setRole(Role.ROLE_USER).addContent(ContentPart.newBuilder().setText("hi")))
                                                           .build());
        assertThat(grpc.getGateway().getMaxAttempts()).isEqualTo(3);
    }
}
