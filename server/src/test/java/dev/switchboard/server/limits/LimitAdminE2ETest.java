package dev.switchboard.server.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.RequestHeaders;

import dev.switchboard.server.testing.TestGateway;

/** LimitAdmin over its /admin/v1 JSON transcoding, on the real server. */
class LimitAdminE2ETest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;
    static TestGateway gateway;
    static String alice;
    static String aliceKeyId;
    static String bobKeyId;

    @BeforeAll
    static void start() throws Exception {
        gateway = TestGateway.start(dataDir);
        gateway.createUser("alice", "member");
        gateway.createUser("bob", "member");
        alice = gateway.createKey("alice", "");
        aliceKeyId = keyId(alice);
        bobKeyId = keyId(gateway.createKey("bob", ""));
        gateway.addProvider("p1", "http://127.0.0.1:1", "sk-limits-test-0001");
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    static String keyId(String key) throws Exception {
        return JSON.readTree(gateway.as(key).get("/admin/v1/me").aggregate().join().contentUtf8())
                   .get("key_id").asText();
    }

    static AggregatedHttpResponse send(WebClient client, HttpMethod method, String path, String json) {
        return client.execute(HttpRequest.of(RequestHeaders.builder(method, path).contentType(MediaType.JSON_UTF_8)
                                                           .build(), HttpData.ofUtf8(json))).aggregate().join();
    }

    static JsonNode ok(AggregatedHttpResponse res) throws Exception {
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        return JSON.readTree(res.contentUtf8());
    }

    @Test
    void anOperatorSetsAKeysLimitsAndBudgetAndReadsThemBackWithTheirStatus() throws Exception {
        final JsonNode set = ok(send(gateway.rest(), HttpMethod.PUT, "/admin/v1/limits/key/" + aliceKeyId,
                "{\"requests_per_minute\":60,\"tokens_per_minute\":100000,\"max_concurrent\":4,"
                + "\"budget\":{\"amount_usd\":\"25.5\",\"period\":\"month\"},"
                + "\"quota\":{\"requests\":1000,\"period\":\"day\",\"soft\":true}}"));
        assertThat(set.get("scope").asText()).isEqualTo("key");
        assertThat(set.get("subject").asText()).isEqualTo(aliceKeyId);
        assertThat(set.get("requests_per_minute").asLong()).isEqualTo(60);
        assertThat(set.at("/budget/amount_usd").asText()).isEqualTo("25.50");
        assertThat(set.at("/quota/soft").asBoolean()).isTrue();
        assertThat(set.at("/status/period_end").asText()).isNotEmpty();

        final JsonNode got = ok(gateway.get("/admin/v1/limits/key/" + aliceKeyId));
        assertThat(got.get("max_concurrent").asInt()).isEqualTo(4);
        assertThat(got.at("/budget/period").asText()).isEqualTo("month");

        final JsonNode audit = ok(gateway.get("/admin/v1/audit"));
        assertThat(audit.toString()).contains("limits.set", "limits/key/" + aliceKeyId);
    }

    @Test
    void aUserIsNamedAndListedByName() throws Exception {
        ok(send(gateway.rest(), HttpMethod.PUT, "/admin/v1/limits/user/bob", "{\"requests_per_minute\":5}"));
        final JsonNode list = ok(gateway.get("/admin/v1/limits?scope=user"));
        assertThat(list.get("policies")).anySatisfy(p -> assertThat(p.get("subject").asText()).isEqualTo("bob"));
        ok(send(gateway.rest(), HttpMethod.DELETE, "/admin/v1/limits/user/bob", ""));
        assertThat(gateway.get("/admin/v1/limits/user/bob").status().code()).isEqualTo(404);
        assertThat(send(gateway.rest(), HttpMethod.DELETE, "/admin/v1/limits/user/bob", "").status().code())
                .isEqualTo(404);
    }

    @Test
    void modelsAndProvidersTakeRatesButNoBudget() throws Exception {
        ok(send(gateway.rest(), HttpMethod.PUT, "/admin/v1/limits/model/p1/gpt-x", "{\"max_concurrent\":2}"));
        assertThat(ok(gateway.get("/admin/v1/limits/model/p1/gpt-x")).get("subject").asText()).isEqualTo("p1/gpt-x");
        final AggregatedHttpResponse budget = send(gateway.rest(), HttpMethod.PUT, "/admin/v1/limits/provider/p1",
                                                   "{\"budget\":{\"amount_usd\":\"1\",\"period\":\"day\"}}");
        assertThat(budget.status().code()).isEqualTo(400);
        assertThat(budget.contentUtf8()).contains("only global, user and key limits have one");
    }

    @Test
    void badInputIsRefusedWithTheReason() {
        assertThat(send(gateway.rest(), HttpMethod.PUT, "/admin/v1/limits/team/x", "{}").contentUtf8())
                .contains("scope: 'team'");
        assertThat(send(gateway.rest(), HttpMethod.PUT, "/admin/v1/limits/global/everyone", "{}").contentUtf8())
                .contains("expected: all");
        assertThat(send(gateway.rest(), HttpMethod.PUT, "/admin/v1/limits/user/nobody", "{}").status().code())
                .isEqualTo(404);
        assertThat(send(gateway.rest(), HttpMethod.PUT, "/admin/v1/limits/provider/nope", "{}").status().code())
                .isEqualTo(404);
        assertThat(send(gateway.rest(), HttpMethod.PUT, "/admin/v1/limits/key/nope", "{}").status().code())
                .isEqualTo(404);
        assertThat(send(gateway.rest(), HttpMethod.PUT, "/admin/v1/limits/global/all",
                        "{\"requests_per_minute\":-1}").contentUtf8()).contains("(expected: >= 0)");
        assertThat(send(gateway.rest(), HttpMethod.PUT, "/admin/v1/limits/global/all",
                        "{\"budget\":{\"amount_usd\":\"5\",\"period\":\"week\"}}").contentUtf8())
                .contains("expected: day or month");
        assertThat(send(gateway.rest(), HttpMethod.PUT, "/admin/v1/limits/global/all",
                        "{\"budget\":{\"amount_usd\":\"-5\",\"period\":\"day\"}}").status().code()).isEqualTo(400);
        // Bucket4j refills at most a token a nanosecond: a larger rate would fail every request.
        assertThat(send(gateway.rest(), HttpMethod.PUT, "/admin/v1/limits/global/all",
                        "{\"tokens_per_minute\":100000000000}").contentUtf8()).contains("(expected: <= 10000000000)");
        assertThat(send(gateway.rest(), HttpMethod.PUT, "/admin/v1/limits/global/all",
                        "{\"budget\":{\"amount_usd\":\"9000000000\",\"period\":\"day\"}}").status().code())
                .isEqualTo(400);
    }

    @Test
    void aMemberReadsOnlyTheirOwnUsersAndKeysLimits() throws Exception {
        ok(send(gateway.rest(), HttpMethod.PUT, "/admin/v1/limits/key/" + bobKeyId, "{\"requests_per_minute\":7}"));
        ok(send(gateway.rest(), HttpMethod.PUT, "/admin/v1/limits/user/alice", "{\"requests_per_minute\":9}"));
        ok(send(gateway.rest(), HttpMethod.PUT, "/admin/v1/limits/global/all", "{\"max_concurrent\":1000}"));
        final WebClient asAlice = gateway.as(alice);
        assertThat(ok(asAlice.get("/admin/v1/limits/user/alice").aggregate().join())
                           .get("requests_per_minute").asLong()).isEqualTo(9);
        assertThat(asAlice.get("/admin/v1/limits/key/" + bobKeyId).aggregate().join().status().code()).isEqualTo(404);
        assertThat(asAlice.get("/admin/v1/limits/global/all").aggregate().join().status().code()).isEqualTo(404);
        final JsonNode list = ok(asAlice.get("/admin/v1/limits").aggregate().join());
        assertThat(list.get("policies")).allSatisfy(p -> assertThat(p.get("subject").asText())
                .isIn("alice", aliceKeyId));
        assertThat(send(asAlice, HttpMethod.PUT, "/admin/v1/limits/user/alice", "{}").status().code()).isEqualTo(403);
    }
}
