package dev.switchboard.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.armeria.common.AggregatedHttpResponse;

import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;

/**
 * Client API keys end to end: made by an admin, used for inference by a member, refused for what
 * the member's role does not allow, and stopped at once by revocation, expiry, rotation and a
 * disabled user.
 */
class ApiKeysE2ETest {
    static final String UPSTREAM_KEY = "sk-keys-upstream-7a8b9c";
    static final String CHAT = "{\"model\":\"shared/gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
    static final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    static Path dataDir;
    static FakeUpstream upstream;
    static TestGateway gateway;

    @BeforeAll
    static void start() {
        upstream = new FakeUpstream(UPSTREAM_KEY);
        gateway = TestGateway.start(dataDir);
        gateway.addProvider("shared", upstream.baseUrl(), UPSTREAM_KEY);
        gateway.addProvider("other", upstream.baseUrl(), UPSTREAM_KEY);
    }

    @AfterAll
    static void stop() {
        gateway.close();
        upstream.close();
    }

    static JsonNode json(AggregatedHttpResponse res) throws Exception {
        return mapper.readTree(res.contentUtf8());
    }

    static int chat(String key, String body) {
        return gateway.post(key, "/v1/chat/completions", body).status().code();
    }

    @Test
    void aMembersKeyWorksForInferenceAndIsRefusedForAdminCalls() throws Exception {
        gateway.createUser("alice", "member");
        final String key = gateway.createKey("alice", "\"name\":\"laptop\"");
        assertThat(key).startsWith("sb-").hasSize(3 + 43);

        final AggregatedHttpResponse answer = gateway.post(key, "/v1/chat/completions", CHAT);
        assertThat(answer.status().code()).as(answer.contentUtf8()).isEqualTo(200);
        upstream.take();

        final JsonNode me = json(gateway.as(key).get("/admin/v1/me").aggregate().join());
        assertThat(me.get("user_name").asText()).isEqualTo("alice");
        assertThat(me.get("role").asText()).isEqualTo("member");
        assertThat(me.get("credential").asText()).isEqualTo("api_key");
        assertThat(key).startsWith(me.get("key_prefix").asText());

        // Admin-only calls: 403 (PERMISSION_DENIED over the transcoding).
        final AggregatedHttpResponse users = gateway.as(key).get("/admin/v1/users").aggregate().join();
        assertThat(users.status().code()).isEqualTo(403);
        assertThat(users.contentUtf8()).contains("role 'member' may not call");
        assertThat(gateway.post(key, "/admin/v1/users", "{\"name\":\"mallory\",\"role\":\"admin\"}").status().code())
                .isEqualTo(403);
        // Another user's things do not exist for a member.
        assertThat(gateway.as(key).get("/admin/v1/users/admin").aggregate().join().status().code()).isEqualTo(404);
        assertThat(gateway.post(key, "/admin/v1/keys", "{\"user\":\"admin\"}").status().code()).isEqualTo(404);

        // The key is listed (masked) for its owner, and last-used is kept off the request path.
        final JsonNode keys = json(gateway.as(key).get("/admin/v1/keys").aggregate().join()).get("keys");
        assertThat(keys).hasSize(1);
        assertThat(keys.get(0).get("masked").asText()).isEqualTo("****" + key.substring(key.length() - 4));
        assertThat(keys.get(0).toString()).doesNotContain(key);
    }

    @Test
    void aRevokedKeyStopsAtOnce() throws Exception {
        gateway.createUser("bob", "member");
        final String key = gateway.createKey("bob", "");
        assertThat(chat(key, CHAT)).isEqualTo(200);
        upstream.take();
        final String id = json(gateway.as(key).get("/admin/v1/me").aggregate().join()).get("key_id").asText();
        // The owner revokes their own key: the next request, right after the answer, is refused.
        final AggregatedHttpResponse revoked = gateway.post(key, "/admin/v1/keys/" + id + ":revoke", "{}");
        assertThat(revoked.status().code()).as(revoked.contentUtf8()).isEqualTo(200);
        assertThat(json(revoked).get("state").asText()).isEqualTo("revoked");
        final AggregatedHttpResponse refused = gateway.post(key, "/v1/chat/completions", CHAT);
        assertThat(refused.status().code()).isEqualTo(401);
        assertThat(refused.contentUtf8()).doesNotContain(key);
        assertThat(upstream.pending()).isZero();
    }

    @Test
    void anExpiredKeyStopsAndAnExpiryInThePastIsRefused() throws Exception {
        gateway.createUser("carol", "member");
        final Instant soon = Instant.now().plusMillis(1500);
        final String key = gateway.createKey("carol", "\"expire_time\":\"" + soon + '"');
        assertThat(chat(key, CHAT)).isEqualTo(200);
        upstream.take();
        Thread.sleep(Math.max(0, soon.toEpochMilli() - System.currentTimeMillis() + 50));
        assertThat(chat(key, CHAT)).isEqualTo(401);
        final AggregatedHttpResponse past = gateway.post("/admin/v1/keys", "{\"user\":\"carol\",\"expire_time\":\""
                                                                          + Instant.now().minusSeconds(5) + "\"}");
        assertThat(past.status().code()).isEqualTo(400);
    }

    @Test
    void rotationIssuesANewSecretAndEndsTheOldOneAfterItsGrace() throws Exception {
        gateway.createUser("dave", "member");
        final String first = gateway.createKey("dave", "\"allowed_models\":[\"shared/*\"]");
        final String id = json(gateway.as(first).get("/admin/v1/me").aggregate().join()).get("key_id").asText();

        final AggregatedHttpResponse graced = gateway.post(first, "/admin/v1/keys/" + id + ":rotate",
                                                           "{\"grace_period\":\"60s\"}");
        assertThat(graced.status().code()).as(graced.contentUtf8()).isEqualTo(200);
        final String second = json(graced).get("secret").asText();
        assertThat(second).isNotEqualTo(first);
        assertThat(json(graced).get("key").get("allowed_models").get(0).asText()).isEqualTo("shared/*");
        assertThat(chat(first, CHAT)).as("the old key works during its grace period").isEqualTo(200);
        assertThat(chat(second, CHAT)).isEqualTo(200);
        upstream.drain();

        final String secondId = json(gateway.as(second).get("/admin/v1/me").aggregate().join()).get("key_id").asText();
        final String third = json(gateway.post(second, "/admin/v1/keys/" + secondId + ":rotate", "{}")).get("secret").asText();
        assertThat(chat(second, CHAT)).as("no grace: the rotated key stops at once").isEqualTo(401);
        assertThat(chat(third, CHAT)).isEqualTo(200);
        upstream.drain();
    }

    @Test
    void anAllowListLimitsWhatAKeyMayUseAndSee() throws Exception {
        gateway.createUser("erin", "member");
        final String key = gateway.createKey("erin", "\"allowed_models\":[\"shared/*\"]");
        assertThat(chat(key, CHAT)).isEqualTo(200);
        upstream.take();
        final AggregatedHttpResponse other = gateway.post(key, "/v1/chat/completions", CHAT.replace("shared/", "other/"));
        assertThat(other.status().code()).isEqualTo(403);
        assertThat(json(other).get("error").get("code").asText()).isEqualTo("model_not_allowed");
        final JsonNode models = json(gateway.as(key).get("/v1/models").aggregate().join()).get("data");
        assertThat(models).isNotEmpty().allSatisfy(m -> assertThat(m.get("id").asText()).startsWith("shared/"));
        assertThat(gateway.post("/admin/v1/keys", "{\"user\":\"erin\",\"allowed_models\":[\"bad model\"]}")
                          .status().code()).isEqualTo(400);
    }

    @Test
    void aViewerMayListModelsButNotSpend() throws Exception {
        gateway.createUser("vera", "viewer");
        final String key = gateway.createKey("vera", "");
        assertThat(gateway.as(key).get("/v1/models").aggregate().join().status().code()).isEqualTo(200);
        assertThat(gateway.as(key).get("/admin/v1/providers").aggregate().join().status().code()).isEqualTo(200);
        final AggregatedHttpResponse chat = gateway.post(key, "/v1/chat/completions", CHAT);
        assertThat(chat.status().code()).isEqualTo(403);
        assertThat(json(chat).get("error").get("type").asText()).isEqualTo("permission_error");
        assertThat(upstream.pending()).isZero();
    }

    @Test
    void disablingAUserStopsTheirKeys() throws Exception {
        gateway.createUser("frank", "member");
        final String key = gateway.createKey("frank", "");
        assertThat(chat(key, CHAT)).isEqualTo(200);
        upstream.take();
        final AggregatedHttpResponse disabled = gateway.rest().execute(
                com.linecorp.armeria.common.HttpRequest.of(
                        com.linecorp.armeria.common.RequestHeaders.builder(
                                com.linecorp.armeria.common.HttpMethod.PATCH, "/admin/v1/users/frank")
                                                                  .contentType(com.linecorp.armeria.common.MediaType.JSON)
                                                                  .build(),
                        com.linecorp.armeria.common.HttpData.ofUtf8("{\"disabled\":true}"))).aggregate().join();
        assertThat(disabled.status().code()).as(disabled.contentUtf8()).isEqualTo(200);
        assertThat(chat(key, CHAT)).isEqualTo(401);
    }

    @Test
    void aKeyRevokedByAnotherReplicaStopsWithinTheDirectorysRefresh() throws Exception {
        gateway.createUser("hank", "member");
        final String key = gateway.createKey("hank", "");
        assertThat(chat(key, CHAT)).isEqualTo(200);
        upstream.take();
        // Another replica over the same database: the row changes, not this process's memory.
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(
                "jdbc:sqlite:" + dataDir.resolve("switchboard.db"));
             java.sql.Statement st = db.createStatement()) {
            st.execute("PRAGMA busy_timeout = 5000");
            assertThat(st.executeUpdate("UPDATE api_keys SET revoke_time = 1 WHERE user_id = "
                                        + "(SELECT id FROM users WHERE name = 'hank')")).isEqualTo(1);
        }
        final long deadline = System.nanoTime() + Directory.REFRESH.toNanos() * 3;
        int status = 200;
        while (status != 401 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            status = gateway.as(key).get("/v1/models").aggregate().join().status().code();
        }
        assertThat(status).isEqualTo(401);
    }

    @Test
    void onlyAKeyedHashOfAKeyIsStored() throws Exception {
        gateway.createUser("gina", "member");
        final String key = gateway.createKey("gina", "");
        final byte[] needle = key.getBytes(StandardCharsets.UTF_8);
        final byte[] tail = key.substring(3).getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.list(dataDir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                final String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertThat(content).as(f.toString())
                                   .doesNotContain(new String(needle, StandardCharsets.ISO_8859_1))
                                   .doesNotContain(new String(tail, StandardCharsets.ISO_8859_1));
            }
        }
    }
}
