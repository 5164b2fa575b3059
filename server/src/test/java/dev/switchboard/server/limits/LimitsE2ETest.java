package dev.switchboard.server.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.rpc.RetryInfo;
import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.RequestHeaders;

import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.InferenceGrpc;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Role;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;

/**
 * Limits on the real server, with parallel requests from real clients against fake upstreams:
 * what is refused never reaches a provider, refusals carry Retry-After and the rate-limit headers
 * in the caller's error shape. The recorded answer reports 16 prompt and 363 completion tokens.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LimitsE2ETest {
    static final String KEY = "sk-limits-e2e-4242";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;
    static FakeUpstream a;
    static FakeUpstream b;
    static TestGateway gateway;
    static ManagedChannel channel;
    static int users;
    /** The id of each key {@link #limitedKey} made, by secret. */
    static final java.util.Map<String, String> ids = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeAll
    static void start() {
        a = new FakeUpstream(KEY);
        b = new FakeUpstream(KEY);
        gateway = TestGateway.start(dataDir);
        gateway.addProvider("pa", a.baseUrl(), KEY);
        gateway.addProvider("pb", b.baseUrl(), KEY);
        channel = gateway.channel();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        TestGateway.shutdown(channel);
        gateway.close();
        a.close();
        b.close();
    }

    /** A member with one key limited by {@code policy}: the key's secret. */
    static synchronized String limitedKey(String policy) throws Exception {
        final String user = "limited-" + ++users;
        gateway.createUser(user, "member");
        final String key = createKey(user);
        final String id = JSON.readTree(gateway.as(key).get("/admin/v1/me").aggregate().join().contentUtf8())
                              .get("key_id").asText();
        limit("key/" + id, policy);
        ids.put(key, id);
        return key;
    }

    static String createKey(String user) {
        return gateway.createKey(user, "");
    }

    static void limit(String path, String policy) {
        final AggregatedHttpResponse res = gateway.rest().execute(HttpRequest.of(
                RequestHeaders.builder(HttpMethod.PUT, "/admin/v1/limits/" + path).contentType(MediaType.JSON_UTF_8)
                              .build(), HttpData.ofUtf8(policy))).aggregate().join();
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
    }

    static CompletableFuture<AggregatedHttpResponse> chat(WebClient client, String model, String extra) {
        return client.execute(HttpRequest.of(
                RequestHeaders.builder(HttpMethod.POST, "/v1/chat/completions").contentType(MediaType.JSON_UTF_8).build(),
                HttpData.ofUtf8("{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]"
                                + extra + '}'))).aggregate();
    }

    static List<AggregatedHttpResponse> parallel(String key, String model, String extra, int n) {
        final WebClient client = gateway.as(key);
        final List<CompletableFuture<AggregatedHttpResponse>> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(chat(client, model, extra));
        }
        return all.stream().map(CompletableFuture::join).toList();
    }

    static JsonNode error(AggregatedHttpResponse res) throws Exception {
        return JSON.readTree(res.contentUtf8()).get("error");
    }

    @Test
    void requestsPerMinuteLetExactlyTheLimitThroughAndRefuseTheRestBeforeTheProvider() throws Exception {
        final String key = limitedKey("{\"requests_per_minute\":3}");
        final List<AggregatedHttpResponse> answers = parallel(key, "pa/rpm-e2e", "", 8);
        final List<AggregatedHttpResponse> ok = answers.stream().filter(r -> r.status().code() == 200).toList();
        final List<AggregatedHttpResponse> refused = answers.stream().filter(r -> r.status().code() == 429).toList();
        assertThat(ok).hasSize(3);
        assertThat(refused).hasSize(5);
        assertThat(a.count("rpm-e2e")).isEqualTo(3);
        for (AggregatedHttpResponse r : ok) {
            assertThat(r.headers().get("x-ratelimit-limit-requests")).isEqualTo("3");
            assertThat(r.headers().get("x-ratelimit-remaining-requests")).isIn("0", "1", "2");
            assertThat(r.headers().get("x-ratelimit-reset-requests")).isNotEmpty();
        }
        for (AggregatedHttpResponse r : refused) {
            // 3 a minute come back one per 20 s.
            assertThat(Long.parseLong(r.headers().get("retry-after"))).isBetween(1L, 20L);
            assertThat(r.headers().get("x-ratelimit-remaining-requests")).isEqualTo("0");
            assertThat(error(r).get("type").asText()).isEqualTo("rate_limit_error");
            assertThat(error(r).get("code").asText()).isEqualTo("rate_limit_exceeded");
        }
    }

    @Test
    void tokensPerMinuteAreReservedThenReconciledSoLongAnswersPayForTheirOvershoot() throws Exception {
        // Each request reserves its prompt and max_tokens 100, then uses 379: the third takes the
        // bucket below zero, the fourth is refused.
        final String key = limitedKey("{\"tokens_per_minute\":1000}");
        final WebClient client = gateway.as(key);
        for (int i = 0; i < 3; i++) {
            assertThat(chat(client, "pa/tpm-e2e", ",\"max_tokens\":100").join().status().code()).isEqualTo(200);
        }
        final AggregatedHttpResponse refused = chat(client, "pa/tpm-e2e", ",\"max_tokens\":100").join();
        assertThat(refused.status().code()).isEqualTo(429);
        assertThat(error(refused).get("message").asText()).contains("1000 tokens per minute");
        assertThat(a.count("tpm-e2e")).isEqualTo(3);

        // A parallel burst: at most what fits 1000 tokens of reservations runs; the overshoot is a
        // debt the next minute pays, so the caller is told to wait more than a minute.
        final String burst = limitedKey("{\"tokens_per_minute\":1000}");
        final List<AggregatedHttpResponse> answers = parallel(burst, "pa/tpm-burst", ",\"max_tokens\":100", 12);
        final long ok = answers.stream().filter(r -> r.status().code() == 200).count();
        assertThat(ok).isBetween(1L, 9L);
        assertThat(a.count("tpm-burst")).isEqualTo((int) ok);
        final AggregatedHttpResponse after = chat(gateway.as(burst), "pa/tpm-burst", ",\"max_tokens\":1").join();
        assertThat(after.status().code()).isEqualTo(429);
        final long debt = ok * 379 - 1000;
        assertThat(Long.parseLong(after.headers().get("retry-after"))).isGreaterThanOrEqualTo(debt * 60 / 1000);
    }

    @Test
    void theRequestOverTheConcurrencyLimitIsRefusedWhileOthersAreHeldOpen() throws Exception {
        final String key = limitedKey("{\"max_concurrent\":2}");
        final WebClient slow = WebClient.builder(gateway.baseUrl()).addHeader("authorization", "Bearer " + key)
                                        .responseTimeout(Duration.ofSeconds(3)).build();
        final CompletableFuture<AggregatedHttpResponse> h1 = chat(slow, "pa/hang", "");
        final CompletableFuture<AggregatedHttpResponse> h2 = chat(slow, "pa/hang", "");
        final long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (a.count("hang") < 2 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(a.count("hang")).isEqualTo(2);
        final AggregatedHttpResponse third = chat(gateway.as(key), "pa/conc-e2e", "").join();
        assertThat(third.status().code()).isEqualTo(429);
        assertThat(error(third).get("message").asText()).contains("2 requests at a time");
        assertThat(a.count("conc-e2e")).isZero();
        // The held ones give up: their slots are free again.
        h1.handle((r, e) -> null).join();
        h2.handle((r, e) -> null).join();
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        int status;
        do {
            Thread.sleep(50);
            status = chat(gateway.as(key), "pa/conc-e2e", "").join().status().code();
        } while (status != 200 && System.nanoTime() < deadline);
        assertThat(status).isEqualTo(200);
    }

    @Test
    void aSpentQuotaIsRefusedUntilTheDayEndsAndTheSdksAreToldNotToRetry() throws Exception {
        final String key = limitedKey("{\"quota\":{\"requests\":2,\"period\":\"day\"}}");
        final WebClient client = gateway.as(key);
        assertThat(chat(client, "pa/quota-e2e", "").join().status().code()).isEqualTo(200);
        assertThat(chat(client, "pa/quota-e2e", "").join().status().code()).isEqualTo(200);
        final AggregatedHttpResponse refused = chat(client, "pa/quota-e2e", "").join();
        assertThat(refused.status().code()).isEqualTo(429);
        assertThat(refused.headers().get("x-should-retry")).isEqualTo("false");
        final long toMidnight = Duration.between(Instant.now(), LocalDate.now(ZoneOffset.UTC).plusDays(1)
                                                                         .atStartOfDay(ZoneOffset.UTC)).toSeconds();
        assertThat(Long.parseLong(refused.headers().get("retry-after"))).isBetween(toMidnight - 5, toMidnight + 5);
        assertThat(error(refused).get("type").asText()).isEqualTo("insufficient_quota");
        assertThat(error(refused).get("code").asText()).isEqualTo("quota_exceeded");
        assertThat(error(refused).get("message").asText()).contains("2 requests per day", "resets at");
        assertThat(a.count("quota-e2e")).isEqualTo(2);
        // The key's owner reads where it stands: the refused request counted nothing.
        final JsonNode status = JSON.readTree(client.get("/admin/v1/limits/key/" + ids.get(key)).aggregate().join()
                                                    .contentUtf8()).get("status");
        assertThat(status.get("requests_this_period").asLong()).isEqualTo(2);
        assertThat(Instant.parse(status.get("period_end").asText()))
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    @Test
    void aModelsLimitSendsTheAliasToItsOtherTarget() throws Exception {
        limit("model/pa/alias-e2e", "{\"requests_per_minute\":1}");
        final AggregatedHttpResponse alias = gateway.post("/admin/v1/aliases",
                "{\"name\":\"limited-alias\",\"targets\":[{\"model\":\"pa/alias-e2e\"},{\"model\":\"pb/alias-e2e\"}]}");
        assertThat(alias.status().code()).as(alias.contentUtf8()).isEqualTo(200);
        final String key = limitedKey("{}");
        for (int i = 0; i < 3; i++) {
            assertThat(chat(gateway.as(key), "limited-alias", "").join().status().code()).isEqualTo(200);
        }
        assertThat(a.count("alias-e2e")).isEqualTo(1);
        assertThat(b.count("alias-e2e")).isEqualTo(2);
    }

    /**
     * The headers go on every answer a limit applies to, whichever path makes it: a whole answer,
     * a stream, a provider's error, a stream the upstream fails before its first event, Anthropic's
     * shape, and a refusal whole or streamed.
     */
    @Test
    void everyAnswerALimitAppliesToCarriesTheRateLimitHeaders() throws Exception {
        final String key = limitedKey("{\"requests_per_minute\":8,\"tokens_per_minute\":1000000}");
        final WebClient client = gateway.as(key);
        final String stream = ",\"stream\":true";
        final List<AggregatedHttpResponse> answers = new ArrayList<>();
        answers.add(chat(client, "pa/headers-e2e", "").join());
        answers.add(chat(client, "pa/headers-e2e", stream).join());
        answers.add(chat(client, "pa/server-error", "").join());
        answers.add(chat(client, "pa/server-error", stream).join());
        final WebClient anthropic = WebClient.builder(gateway.baseUrl()).addHeader("x-api-key", key)
                                             .addHeader("anthropic-version", "2023-06-01").build();
        for (String extra : new String[] { "", stream }) {
            answers.add(anthropic.execute(HttpRequest.of(
                    RequestHeaders.builder(HttpMethod.POST, "/v1/messages").contentType(MediaType.JSON_UTF_8).build(),
                    HttpData.ofUtf8("{\"model\":\"pa/headers-e2e\",\"max_tokens\":50,"
                                    + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]" + extra + '}')))
                                  .aggregate().join());
        }
        answers.add(chat(client, "pa/headers-e2e", "").join());
        answers.add(chat(client, "pa/headers-e2e", "").join());
        // The minute's eight are spent: a whole and a streamed refusal.
        answers.add(chat(client, "pa/headers-e2e", "").join());
        answers.add(chat(client, "pa/headers-e2e", stream).join());
        assertThat(answers.stream().map(r -> r.status().code()))
                .containsExactly(200, 200, 502, 502, 200, 200, 200, 200, 429, 429);
        for (int i = 0; i < answers.size(); i++) {
            final AggregatedHttpResponse r = answers.get(i);
            assertThat(r.headers().get("x-ratelimit-limit-requests")).as("answer %d", i).isEqualTo("8");
            assertThat(r.headers().get("x-ratelimit-remaining-requests")).as("answer %d", i)
                    .isEqualTo(String.valueOf(Math.max(0, 7 - i)));
            assertThat(r.headers().get("x-ratelimit-reset-requests")).as("answer %d", i).isNotEmpty();
            // A refusal shows the limit that refused it; the others, each limit passed.
            assertThat(r.headers().get("x-ratelimit-limit-tokens")).as("answer %d", i)
                    .isEqualTo(i < 8 ? "1000000" : null);
            assertThat(r.headers().getAll("x-ratelimit-limit-requests")).as("answer %d", i).hasSize(1);
            assertThat(r.headers().get("x-switchboard-request-id")).as("answer %d", i).isNotEmpty();
        }
        assertThat(answers.get(1).contentType().subtype()).isEqualTo("event-stream");
        assertThat(answers.get(5).contentType().subtype()).isEqualTo("event-stream");
    }

    @Test
    void underMessagesARefusalIsInAnthropicsShape() throws Exception {
        final String key = limitedKey("{\"requests_per_minute\":1}");
        final WebClient client = WebClient.builder(gateway.baseUrl()).addHeader("x-api-key", key)
                                          .addHeader("anthropic-version", "2023-06-01").build();
        final String body = "{\"model\":\"pa/messages-e2e\",\"max_tokens\":50,"
                            + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
        AggregatedHttpResponse last = null;
        for (int i = 0; i < 2; i++) {
            last = client.execute(HttpRequest.of(RequestHeaders.builder(HttpMethod.POST, "/v1/messages")
                                                               .contentType(MediaType.JSON_UTF_8).build(),
                                                 HttpData.ofUtf8(body))).aggregate().join();
        }
        assertThat(last.status().code()).isEqualTo(429);
        assertThat(last.headers().get("retry-after")).isNotEmpty();
        final JsonNode json = JSON.readTree(last.contentUtf8());
        assertThat(json.get("type").asText()).isEqualTo("error");
        assertThat(json.at("/error/type").asText()).isEqualTo("rate_limit_error");
        assertThat(json.at("/error/message").asText()).contains("1 requests per minute");
    }

    @Test
    void overGrpcARefusalIsResourceExhaustedWithRetryInfo() throws Exception {
        final String key = limitedKey("{\"requests_per_minute\":1}");
        final InferenceGrpc.InferenceBlockingStub stub = InferenceGrpc.newBlockingStub(channel)
                                                                      .withCallCredentials(TestGateway.bearer(key));
        final ChatCompletionRequest req = ChatCompletionRequest.newBuilder().setModel("pa/grpc-e2e").addMessages(
                Message.newBuilder().setRole(Role.ROLE_USER).addContent(ContentPart.newBuilder().setText("hi"))).build();
        stub.createChatCompletion(req);
        assertThatThrownBy(() -> stub.createChatCompletion(req))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
                    final RetryInfo retry = StatusProto.fromThrowable(e).getDetailsList().stream()
                                                       .filter(d -> d.is(RetryInfo.class)).findFirst()
                                                       .map(d -> {
                                                           try {
                                                               return d.unpack(RetryInfo.class);
                                                           } catch (Exception x) {
                                                               throw new AssertionError(x);
                                                           }
                                                       }).orElseThrow();
                    assertThat(retry.getRetryDelay().getSeconds()).isBetween(1L, 60L);
                });
        assertThat(a.count("grpc-e2e")).isEqualTo(1);
    }
}
