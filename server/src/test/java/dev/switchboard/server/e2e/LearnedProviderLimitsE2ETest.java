package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.armeria.common.AggregatedHttpResponse;

import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;

/**
 * The providers' own rate limits, learned from their answers' headers: a target whose provider
 * said it has no request left (or answered 429 with Retry-After) is passed over until the reset,
 * and when no target is left the gateway answers 429 itself, without calling the provider.
 * Resets are real seconds (the fakes say 2 s), so each test waits them out once.
 */
class LearnedProviderLimitsE2ETest {
    static final String KEY = "sk-learned-limits-e2e-7070";
    static final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    static Path dataDir;
    static FakeUpstream a;
    static FakeUpstream b;
    static TestGateway gateway;

    @BeforeAll
    static void start() {
        a = new FakeUpstream(KEY);
        b = new FakeUpstream(KEY);
        gateway = TestGateway.start(dataDir);
        gateway.addProvider("pa", a.baseUrl(), KEY);
        gateway.addProvider("pb", b.baseUrl(), KEY);
    }

    @AfterAll
    static void stop() {
        gateway.close();
        a.close();
        b.close();
    }

    static void alias(String name, String first, String second) {
        final AggregatedHttpResponse res = gateway.post(
                "/admin/v1/aliases", "{\"name\":\"" + name + "\",\"targets\":[{\"model\":\"" + first + "\"},"
                                     + "{\"model\":\"" + second + "\"}],\"retry\":{\"max_attempts\":1}}");
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
    }

    static AggregatedHttpResponse chat(String model, boolean stream) {
        return gateway.post("/v1/chat/completions", "{\"model\":\"" + model + "\",\"stream\":" + stream
                                                    + ",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
    }

    static String servedBy(String model) {
        final AggregatedHttpResponse res = chat(model, false);
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        return res.headers().get("x-switchboard-provider");
    }

    @Test
    void noRequestsLeftSendsTheNextRequestsToTheOtherTargetUntilTheReset() throws Exception {
        alias("learn-ok", "pa/out-of-requests-1", "pb/learn-ok-b");
        assertThat(servedBy("learn-ok")).isEqualTo("pa");
        final long answered = System.nanoTime();
        assertThat(servedBy("learn-ok")).isEqualTo("pb");
        assertThat(servedBy("learn-ok")).isEqualTo("pb");
        assertThat(a.count("out-of-requests-1")).as("the provider never saw the requests it would refuse")
                                                .isEqualTo(1);
        assertThat(b.count("learn-ok-b")).isEqualTo(2);
        Thread.sleep(Math.max(0, 2_100 - (System.nanoTime() - answered) / 1_000_000));
        assertThat(servedBy("learn-ok")).as("after the reset, the first target again").isEqualTo("pa");
        assertThat(a.count("out-of-requests-1")).isEqualTo(2);
    }

    @Test
    void a429WithRetryAfterSkipsTheTargetUntilThen() throws Exception {
        alias("learn-429", "pa/retry-after-2", "pb/learn-429-b");
        assertThat(servedBy("learn-429")).as("the 429 moves the first request on").isEqualTo("pb");
        final long refused = System.nanoTime();
        assertThat(servedBy("learn-429")).isEqualTo("pb");
        assertThat(servedBy("learn-429")).isEqualTo("pb");
        assertThat(a.count("retry-after-2")).isEqualTo(1);
        Thread.sleep(Math.max(0, 2_100 - (System.nanoTime() - refused) / 1_000_000));
        assertThat(servedBy("learn-429")).isEqualTo("pb");
        assertThat(a.count("retry-after-2")).as("asked again once Retry-After passed").isEqualTo(2);
    }

    @Test
    void aSingleExhaustedTargetIsRefusedHereWithRetryAfter() throws Exception {
        assertThat(chat("pa/out-of-requests-solo", false).status().code()).isEqualTo(200);
        final AggregatedHttpResponse refused = chat("pa/out-of-requests-solo", false);
        assertThat(refused.status().code()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.headers().get("retry-after"))).isBetween(1, 2);
        assertThat(mapper.readTree(refused.contentUtf8()).at("/error/message").asText())
                .contains("rate limited by the provider until");
        assertThat(a.count("out-of-requests-solo")).as("the gateway did not collect the 429 itself").isEqualTo(1);
    }

    @Test
    void aStreamedAnswersHeadersTeachTheSame() {
        alias("learn-stream", "pa/out-of-requests-stream", "pb/learn-stream-b");
        final AggregatedHttpResponse first = chat("learn-stream", true);
        assertThat(first.status().code()).isEqualTo(200);
        assertThat(first.contentUtf8()).contains("[DONE]");
        final AggregatedHttpResponse second = chat("learn-stream", true);
        assertThat(second.status().code()).isEqualTo(200);
        assertThat(second.contentUtf8()).contains("[DONE]");
        assertThat(a.count("out-of-requests-stream")).isEqualTo(1);
        assertThat(b.count("learn-stream-b")).isEqualTo(1);
    }

    @Test
    void everyTargetExhaustedAnswers429WithoutCallingAnyProvider() {
        alias("learn-none", "pa/out-of-requests-both", "pb/out-of-requests-both");
        assertThat(servedBy("learn-none")).isEqualTo("pa");
        assertThat(chat("pb/out-of-requests-both", false).status().code()).isEqualTo(200);
        final AggregatedHttpResponse refused = chat("learn-none", false);
        assertThat(refused.status().code()).isEqualTo(429);
        assertThat(refused.headers().get("retry-after")).isNotNull();
        assertThat(a.count("out-of-requests-both")).isEqualTo(1);
        assertThat(b.count("out-of-requests-both")).isEqualTo(1);
    }
}
