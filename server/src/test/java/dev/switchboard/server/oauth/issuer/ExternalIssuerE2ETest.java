package dev.switchboard.server.oauth.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.RequestHeaders;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.errors.UnauthorizedException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;

import dev.switchboard.server.testing.FakeIdp;
import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;
import dev.switchboard.v1.AccessAdminGrpc;
import dev.switchboard.v1.CallerIdentity;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.GetCallerRequest;
import dev.switchboard.v1.InferenceGrpc;
import dev.switchboard.v1.ListIssuersRequest;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Role;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;

/**
 * An external IdP faked on loopback, configured through the admin REST API of a real gateway:
 * its tokens work with the mapped role on REST (the official OpenAI SDK, the admin API) and gRPC,
 * and every kind of bad token, a down IdP and a caller without the admin role are refused.
 */
class ExternalIssuerE2ETest {
    static final String UPSTREAM_KEY = "sk-upstream-idp-e2e-41c7";
    static final String ISS = "https://login.example.com/";
    static final String AUD = "https://gateway.example.com";

    @TempDir
    static Path dataDir;
    static FakeUpstream upstream;
    static FakeIdp idp;
    static FakeIdp.Key key;
    static TestGateway gateway;
    static ManagedChannel channel;

    @BeforeAll
    static void start() {
        upstream = new FakeUpstream(UPSTREAM_KEY);
        idp = new FakeIdp();
        key = FakeIdp.rsa("2026-12");
        idp.publish(List.of(key));
        // Dozens of refused tokens from one address: above the limit that answers 429.
        gateway = TestGateway.start(TestGateway.config(dataDir).withAuthFailuresPerMinute(1000));
        gateway.addProvider("local", upstream.baseUrl(), UPSTREAM_KEY);
        channel = gateway.channel();
        // Auth0-style: a namespaced roles claim (a URL, dots and all).
        final AggregatedHttpResponse res = gateway.post("/admin/v1/issuers", """
                {"name": "auth0", "issuer": "%s", "jwks_url": "%s", "audience": "%s",
                 "role_claim": "https://switchboard.dev/roles",
                 "role_map": {"llm-admins": "admin", "llm-users": "member"}}
                """.formatted(ISS, idp.jwksUrl(), AUD));
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        TestGateway.shutdown(channel);
        gateway.close();
        idp.close();
        upstream.close();
    }

    static Map<String, Object> claims(String sub, String... roles) {
        final Map<String, Object> c = new HashMap<>();
        c.put("iss", ISS);
        c.put("aud", List.of(AUD, "https://login.example.com/userinfo"));
        c.put("sub", sub);
        c.put("iat", Instant.now().getEpochSecond());
        c.put("exp", Instant.now().plusSeconds(600).getEpochSecond());
        c.put("https://switchboard.dev/roles", List.of(roles));
        return c;
    }

    static Map<String, Object> with(Map<String, Object> c, String claim, Object value) {
        c.put(claim, value);
        return c;
    }

    static AggregatedHttpResponse as(String credential, HttpMethod method, String path, String json) {
        final RequestHeaders headers = RequestHeaders.builder(method, path).contentType(MediaType.JSON_UTF_8)
                                                     .add("authorization", "Bearer " + credential).build();
        return WebClient.of(gateway.baseUrl()).execute(HttpRequest.of(headers, HttpData.ofUtf8(json)))
                        .aggregate().join();
    }

    static AggregatedHttpResponse get(String credential, String path) {
        return WebClient.builder(gateway.baseUrl()).addHeader("authorization", "Bearer " + credential).build()
                        .get(path).aggregate().join();
    }

    static JsonNode json(AggregatedHttpResponse res) throws Exception {
        return FakeIdp.JSON.readTree(res.contentUtf8());
    }

    @Test
    void aMemberTokenCallsModelsThroughTheOpenAiSdkAndShowsWhoItIs() throws Exception {
        final String token = FakeIdp.token(key, claims("auth0|alice", "llm-users", "marketing"));
        final OpenAIClient openai = OpenAIOkHttpClient.builder().apiKey(token).baseUrl(gateway.baseUrl() + "/v1")
                                                      .maxRetries(0).build();
        try {
            final ChatCompletion c = openai.chat().completions().create(
                    ChatCompletionCreateParams.builder().model("local/gpt-4o-mini").addUserMessage("Invent a holiday")
                                              .build());
            assertThat(c.choices().get(0).message().content().orElseThrow()).startsWith("**Holiday Name:** Galaxy Day");
        } finally {
            openai.close();
        }

        final AggregatedHttpResponse me = get(token, "/admin/v1/me");
        assertThat(me.status().code()).as(me.contentUtf8()).isEqualTo(200);
        final JsonNode who = json(me);
        assertThat(who.get("credential").asText()).isEqualTo("external_token");
        assertThat(who.get("user_name").asText()).isEqualTo("auth0:auth0|alice");
        assertThat(who.get("role").asText()).isEqualTo("member");
        assertThat(who.get("issuer").asText()).isEqualTo("auth0");
        assertThat(who.has("expire_time")).isTrue();

        // The provisioned user is a real user the admin sees.
        final AggregatedHttpResponse user = gateway.get("/admin/v1/users/auth0:auth0%7Calice");
        assertThat(user.status().code()).as(user.contentUtf8()).isEqualTo(200);
        assertThat(json(user).get("id").asText()).isEqualTo(who.get("user_id").asText());
    }

    @Test
    void tokensWorkAsGrpcCallCredentials() {
        // A subject never seen before: the first call waits for the keys and the new user.
        final String token = FakeIdp.token(key, claims("auth0|dave", "llm-admins", "llm-users"));
        final CallerIdentity me = AccessAdminGrpc.newBlockingStub(channel)
                                                 .withCallCredentials(TestGateway.bearer(token))
                                                 .getCaller(GetCallerRequest.getDefaultInstance());
        assertThat(me.getCredential()).isEqualTo("external_token");
        assertThat(me.getUserName()).isEqualTo("auth0:auth0|dave");
        assertThat(me.getRole()).isEqualTo("admin");
        assertThat(me.getIssuer()).isEqualTo("auth0");

        final ChatCompletionResponse res = InferenceGrpc.newBlockingStub(channel)
                .withCallCredentials(TestGateway.bearer(FakeIdp.token(key, claims("auth0|erin", "llm-users"))))
                .createChatCompletion(ChatCompletionRequest.newBuilder().setModel("local/gpt-4o-mini").addMessages(
                        Message.newBuilder().setRole(Role.ROLE_USER).addContent(ContentPart.newBuilder()
                                                                                          .setText("Invent a holiday")))
                                                           .build());
        assertThat(res.getGateway().getProvider()).isEqualTo("local");
    }

    @Test
    void badTokensAreRefusedOnRestAndGrpc() {
        final FakeIdp.Key stranger = FakeIdp.rsa("2026-12");
        final Map<String, String> bad = new java.util.LinkedHashMap<>();
        bad.put("wrong aud", FakeIdp.token(key, with(claims("auth0|m", "llm-users"), "aud", "https://other.example")));
        bad.put("wrong iss", FakeIdp.token(key, with(claims("auth0|m", "llm-users"), "iss", "https://evil.example/")));
        bad.put("expired", FakeIdp.token(key, with(claims("auth0|m", "llm-users"), "exp",
                                                   Instant.now().minusSeconds(300).getEpochSecond())));
        bad.put("nbf in the future", FakeIdp.token(key, with(claims("auth0|m", "llm-users"), "nbf",
                                                             Instant.now().plusSeconds(300).getEpochSecond())));
        bad.put("alg none", FakeIdp.unsigned(claims("auth0|m", "llm-admins")));
        bad.put("HS256 with the public key", FakeIdp.hs256WithPublicKey(key, claims("auth0|m", "llm-admins")));
        bad.put("forged signature", FakeIdp.token(stranger, claims("auth0|m", "llm-admins")));
        bad.put("unknown kid", FakeIdp.token(stranger, Map.of("kid", "never-published"), claims("auth0|m", "llm-users")));
        bad.put("no role maps, no default role", FakeIdp.token(key, claims("auth0|m", "sales")));

        for (Map.Entry<String, String> e : bad.entrySet()) {
            final AggregatedHttpResponse me = get(e.getValue(), "/admin/v1/me");
            assertThat(me.status().code()).as(e.getKey()).isEqualTo(401);
            final AggregatedHttpResponse chat = as(e.getValue(), HttpMethod.POST, "/v1/chat/completions",
                                                   "{\"model\":\"local/gpt-4o-mini\",\"messages\":[{\"role\":\"user\","
                                                   + "\"content\":\"hi\"}]}");
            assertThat(chat.status().code()).as(e.getKey()).isEqualTo(401);
            assertThat(chat.contentUtf8()).as(e.getKey()).contains("invalid_api_key").doesNotContain(e.getValue());
            assertThatThrownBy(() -> AccessAdminGrpc.newBlockingStub(channel)
                                                    .withCallCredentials(TestGateway.bearer(e.getValue()))
                                                    .getCaller(GetCallerRequest.getDefaultInstance()))
                    .as(e.getKey())
                    .isInstanceOfSatisfying(StatusRuntimeException.class,
                                            s -> assertThat(s.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
        }
        final AggregatedHttpResponse users = gateway.get("/admin/v1/users");
        assertThat(users.contentUtf8()).doesNotContain("auth0|m");
    }

    @Test
    void anIssuerWhoseJwksIsDownIsRefusedPromptly() {
        final AggregatedHttpResponse created = gateway.post("/admin/v1/issuers", """
                {"name": "gone", "issuer": "https://gone.example.com", "jwks_url": "http://127.0.0.1:1/jwks",
                 "audience": "%s", "default_role": "member"}
                """.formatted(AUD));
        assertThat(created.status().code()).as(created.contentUtf8()).isEqualTo(200);
        final String token = FakeIdp.token(key, with(claims("x", "llm-users"), "iss", "https://gone.example.com"));

        final long start = System.nanoTime();
        final OpenAIClient openai = OpenAIOkHttpClient.builder().apiKey(token).baseUrl(gateway.baseUrl() + "/v1")
                                                      .maxRetries(0).build();
        try {
            assertThatThrownBy(() -> openai.chat().completions().create(
                    ChatCompletionCreateParams.builder().model("local/gpt-4o-mini").addUserMessage("hi").build()))
                    .isInstanceOf(UnauthorizedException.class);
        } finally {
            openai.close();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(gateway.rest().delete("/admin/v1/issuers/gone").aggregate().join().status().code()).isEqualTo(200);
    }

    @Test
    void issuerCrudValidatesOverRest() throws Exception {
        final String base = """
                {"name": "%s", "issuer": "https://%s.example.com", "jwks_url": "%s", "audience": "gw",
                 "default_role": "viewer"%s}
                """;
        final Map<String, String> refused = Map.of(
                "issuer.algorithms: 'none' is never accepted",
                base.formatted("n1", "n1", "https://n1.example.com/jwks", ", \"algorithms\": [\"none\"]"),
                "issuer.algorithms: 'HS256' is refused",
                base.formatted("n2", "n2", "https://n2.example.com/jwks", ", \"algorithms\": [\"RS256\", \"HS256\"]"),
                "issuer.jwks_url: 'http://n3.example.com/jwks'",
                base.formatted("n3", "n3", "http://n3.example.com/jwks", ""),
                "issuer.default_role: 'owner'",
                base.formatted("n4", "n4", "https://n4.example.com/jwks", "").replace("viewer", "owner"));
        for (Map.Entry<String, String> e : refused.entrySet()) {
            final AggregatedHttpResponse res = gateway.post("/admin/v1/issuers", e.getValue());
            assertThat(res.status().code()).as(e.getKey()).isEqualTo(400);
            assertThat(res.contentUtf8()).contains(e.getKey());
        }

        final AggregatedHttpResponse created = gateway.post("/admin/v1/issuers",
                base.formatted("okta", "okta", "https://okta.example.com/jwks", ""));
        assertThat(created.status().code()).as(created.contentUtf8()).isEqualTo(200);
        final JsonNode issuer = json(created);
        assertThat(issuer.get("user_claim").asText()).isEqualTo("sub");
        assertThat(issuer.get("algorithms")).hasSize(2);
        assertThat(issuer.has("create_time")).isTrue();
        assertThat(gateway.post("/admin/v1/issuers", base.formatted("okta", "okta2", "https://o.example.com/j", ""))
                          .status().code()).isEqualTo(409);
        assertThat(gateway.post("/admin/v1/issuers", base.formatted("okta2", "okta", "https://o.example.com/j", ""))
                          .status().code()).as("the same iss twice").isEqualTo(409);

        final AggregatedHttpResponse patched = as(TestGateway.ADMIN_KEY, HttpMethod.PATCH,
                                                  "/admin/v1/issuers/okta?update_mask=algorithms",
                                                  "{\"algorithms\": [\"HS512\"]}");
        assertThat(patched.status().code()).isEqualTo(400);
        final AggregatedHttpResponse updated = as(TestGateway.ADMIN_KEY, HttpMethod.PATCH,
                                                  "/admin/v1/issuers/okta?update_mask=algorithms,default_role",
                                                  "{\"algorithms\": [\"PS256\"], \"default_role\": \"member\"}");
        assertThat(updated.status().code()).as(updated.contentUtf8()).isEqualTo(200);
        assertThat(json(gateway.get("/admin/v1/issuers/okta")).get("algorithms").get(0).asText()).isEqualTo("PS256");
        assertThat(json(gateway.get("/admin/v1/issuers")).get("issuers")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(gateway.rest().delete("/admin/v1/issuers/okta").aggregate().join().status().code()).isEqualTo(200);
        assertThat(gateway.get("/admin/v1/issuers/okta").status().code()).isEqualTo(404);
    }

    @Test
    void onlyAdminsManageIssuers() throws Exception {
        final AggregatedHttpResponse user = gateway.post("/admin/v1/users", "{\"name\": \"mia\", \"role\": \"member\"}");
        assertThat(user.status().code()).as(user.contentUtf8()).isEqualTo(200);
        final AggregatedHttpResponse issued = gateway.post("/admin/v1/keys", "{\"user\": \"mia\", \"name\": \"laptop\"}");
        assertThat(issued.status().code()).as(issued.contentUtf8()).isEqualTo(200);
        final String memberKey = json(issued).get("secret").asText();
        final String memberToken = FakeIdp.token(key, claims("auth0|mia", "llm-users"));

        for (String credential : List.of(memberKey, memberToken)) {
            assertThat(get(credential, "/admin/v1/issuers").status().code()).isEqualTo(403);
            assertThat(as(credential, HttpMethod.POST, "/admin/v1/issuers",
                          "{\"name\": \"mine\", \"issuer\": \"https://mine.example\", \"jwks_url\": "
                          + "\"https://mine.example/jwks\", \"audience\": \"gw\", \"default_role\": \"admin\"}")
                               .status().code()).isEqualTo(403);
            assertThatThrownBy(() -> AccessAdminGrpc.newBlockingStub(channel)
                                                    .withCallCredentials(TestGateway.bearer(credential))
                                                    .listIssuers(ListIssuersRequest.getDefaultInstance()))
                    .isInstanceOfSatisfying(StatusRuntimeException.class,
                                            s -> assertThat(s.getStatus().getCode())
                                                    .isEqualTo(Status.Code.PERMISSION_DENIED));
        }
        // An admin token of the IdP may.
        final String adminToken = FakeIdp.token(key, claims("auth0|root", "llm-admins"));
        assertThat(get(adminToken, "/admin/v1/issuers").status().code()).isEqualTo(200);
    }
}
