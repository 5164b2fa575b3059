package dev.switchboard.server.oauth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.jwt.JwtEcdsaParameters;
import com.google.crypto.tink.jwt.JwtPublicKeySign;
import com.google.crypto.tink.jwt.JwtSignatureConfig;
import com.google.crypto.tink.jwt.RawJwt;
import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.RequestHeaders;
import com.linecorp.armeria.common.RequestHeadersBuilder;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;

import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.SecretsSeen;
import dev.switchboard.server.testing.TestGateway;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.InferenceGrpc;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Role;

import io.grpc.ManagedChannel;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;

/**
 * The gateway as an OAuth2 authorization server, end to end over plain HTTP: the
 * client_credentials grant (HTTP Basic and form parameters) whose token the official openai-java
 * SDK and grpc-java then use, token exchange of an API key with refresh token rotation and reuse
 * detection, signing key rotation, the discovery documents, and every refusal in RFC 6749 §5.2
 * shape without a secret in it.
 */
class OAuthE2ETest {
    static final String UPSTREAM_KEY = "sk-upstream-oauth-5c1e";
    static final String CHAT = "{\"model\":\"local/gpt-4o-mini\",\"messages\":[{\"role\":\"user\","
                               + "\"content\":\"Invent a holiday\"}]}";
    static final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    static Path dataDir;
    static FakeUpstream upstream;
    static TestGateway gateway;
    /** Every log event of the run, and every secret the tests saw: none may appear in the other. */
    static final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    static final Set<String> secrets = ConcurrentHashMap.newKeySet();

    @BeforeAll
    static void start() throws Exception {
        logs.start();
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(logs);
        JwtSignatureConfig.register();
        upstream = new FakeUpstream(UPSTREAM_KEY);
        gateway = TestGateway.start(dataDir);
        gateway.addProvider("local", upstream.baseUrl(), UPSTREAM_KEY);
    }

    @AfterAll
    static void stop() {
        gateway.close();
        upstream.close();
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
        assertThat(secrets).hasSizeGreaterThan(20);
        for (ILoggingEvent e : List.copyOf(logs.list)) {
            final String line = e.getFormattedMessage()
                                + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy()));
            for (String secret : secrets) {
                // Not quoted in the failure: the report would hold it then.
                assertThat(line.contains(secret)).as("a log line of %s holds a secret", e.getLoggerName()).isFalse();
            }
        }
    }

    // Helpers

    static String form(String... pairs) {
        final Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), UTF_8) + '='
                                              + URLEncoder.encode(e.getValue(), UTF_8))
                .collect(Collectors.joining("&"));
    }

    static AggregatedHttpResponse token(String body, String... headers) {
        final RequestHeadersBuilder h = RequestHeaders.builder(HttpMethod.POST, "/oauth/token")
                                                      .contentType(MediaType.FORM_DATA);
        for (int i = 0; i < headers.length; i += 2) {
            h.add(headers[i], headers[i + 1]);
        }
        return WebClient.of(gateway.baseUrl()).execute(h.build(), HttpData.ofUtf8(body)).aggregate().join();
    }

    static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString(
                (URLEncoder.encode(id, UTF_8) + ':' + URLEncoder.encode(secret, UTF_8)).getBytes(UTF_8));
    }

    static JsonNode json(AggregatedHttpResponse res, int status) throws Exception {
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(status);
        final JsonNode body = mapper.readTree(res.contentUtf8());
        for (String field : List.of("access_token", "refresh_token", "client_secret", "secret")) {
            if (body.hasNonNull(field)) {
                secrets.add(body.get(field).asText());
                SecretsSeen.record(body.get(field).asText());
            }
        }
        return body;
    }

    static JsonNode admin(HttpMethod method, String path, String body) throws Exception {
        if (method == HttpMethod.GET || method == HttpMethod.DELETE) {
            return json(gateway.rest().execute(RequestHeaders.of(method, path)).aggregate().join(), 200);
        }
        final AggregatedHttpResponse res = gateway.rest().execute(
                RequestHeaders.builder(method, path).contentType(MediaType.JSON_UTF_8).build(),
                HttpData.ofUtf8(body)).aggregate().join();
        return json(res, 200);
    }

    static void user(String name, String role) throws Exception {
        admin(HttpMethod.POST, "/admin/v1/users", "{\"name\":\"" + name + "\",\"role\":\"" + role + "\"}");
    }

    static String key(String user, String allowedModels) throws Exception {
        return admin(HttpMethod.POST, "/admin/v1/keys", "{\"user\":\"" + user + "\",\"name\":\"k\""
                                                        + (allowedModels.isEmpty() ? ""
                                                           : ",\"allowed_models\":" + allowedModels) + '}')
                .get("secret").asText();
    }

    /** client_id and client_secret of a new client acting as {@code user}. */
    static String[] client(String user) throws Exception {
        final JsonNode c = admin(HttpMethod.POST, "/admin/v1/oauth-clients",
                                 "{\"user\":\"" + user + "\",\"name\":\"ci\"}");
        assertThat(c.get("client").get("secret_masked").asText())
                .isEqualTo("****" + c.get("client_secret").asText().substring(c.get("client_secret").asText().length() - 4));
        return new String[] { c.get("client").get("client_id").asText(), c.get("client_secret").asText() };
    }

    static WebClient as(String credential) {
        return WebClient.builder(gateway.baseUrl()).addHeader("authorization", "Bearer " + credential).build();
    }

    static AggregatedHttpResponse chat(String credential) {
        return as(credential).execute(RequestHeaders.builder(HttpMethod.POST, "/v1/chat/completions")
                                                    .contentType(MediaType.JSON_UTF_8).build(),
                                      HttpData.ofUtf8(CHAT)).aggregate().join();
    }

    static JsonNode me(String credential) throws Exception {
        return json(as(credential).get("/admin/v1/me").aggregate().join(), 200);
    }

    static JsonNode payload(String jwt) throws Exception {
        return mapper.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    static JsonNode header(String jwt) throws Exception {
        return mapper.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[0]));
    }

    static void assertRefused(AggregatedHttpResponse res, int status, String error, String... secrets) throws Exception {
        final JsonNode body = json(res, status);
        assertThat(body.get("error").asText()).isEqualTo(error);
        assertThat(body.get("error_description").asText()).isNotEmpty();
        assertThat(res.headers().get("cache-control")).isEqualTo("no-store");
        for (String s : secrets) {
            assertThat(res.contentUtf8()).doesNotContain(s);
        }
    }

    // Discovery

    @Test
    void metadataDocumentNamesTheEndpointsGrantsAndAuthMethods() throws Exception {
        final AggregatedHttpResponse res = WebClient.of(gateway.baseUrl())
                                                    .get("/.well-known/oauth-authorization-server").aggregate().join();
        final JsonNode m = json(res, 200);
        assertThat(m.get("issuer").asText()).isEqualTo(gateway.baseUrl());
        assertThat(m.get("token_endpoint").asText()).isEqualTo(gateway.baseUrl() + "/oauth/token");
        assertThat(m.get("jwks_uri").asText()).isEqualTo(gateway.baseUrl() + "/.well-known/jwks.json");
        assertThat(m.get("grant_types_supported")).isEqualTo(mapper.readTree(
                "[\"client_credentials\",\"urn:ietf:params:oauth:grant-type:token-exchange\",\"refresh_token\"]"));
        assertThat(m.get("token_endpoint_auth_methods_supported")).isEqualTo(mapper.readTree(
                "[\"client_secret_basic\",\"client_secret_post\"]"));
        assertThat(m.get("response_types_supported")).isEqualTo(mapper.readTree("[]"));
        assertThat(m.has("authorization_endpoint")).isFalse();
        assertThat(res.headers().get("cache-control")).contains("max-age=300");
    }

    // client_credentials

    @Test
    void clientCredentialsTokenWorksWithTheOpenAiSdkGrpcAndTheAdminApi() throws Exception {
        user("svc-ci", "member");
        final String[] c = client("svc-ci");

        final AggregatedHttpResponse res = token(form("grant_type", "client_credentials"),
                                                 "authorization", basic(c[0], c[1]));
        final JsonNode t = json(res, 200);
        assertThat(res.headers().get("cache-control")).isEqualTo("no-store");
        assertThat(t.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(t.get("expires_in").asLong()).isBetween(899L, 900L);
        assertThat(t.get("scope").asText()).isEqualTo("member");
        assertThat(t.has("refresh_token")).as("RFC 6749 §4.4.3").isFalse();
        final String accessToken = t.get("access_token").asText();
        final JsonNode claims = payload(accessToken);
        assertThat(claims.get("iss").asText()).isEqualTo(gateway.baseUrl());
        assertThat(claims.get("aud").asText()).isEqualTo("switchboard");
        assertThat(claims.get("client_id").asText()).isEqualTo(c[0]);
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(900);
        assertThat(header(accessToken).get("alg").asText()).isEqualTo("ES256");

        final OpenAIClient openai = OpenAIOkHttpClient.builder().apiKey(accessToken)
                                                      .baseUrl(gateway.baseUrl() + "/v1").maxRetries(0).build();
        try {
            final ChatCompletion completion = openai.chat().completions().create(
                    ChatCompletionCreateParams.builder().model("local/gpt-4o-mini").addUserMessage("Invent a holiday")
                                              .build());
            assertThat(completion.choices().get(0).message().content())
                    .hasValueSatisfying(text -> assertThat(text).startsWith("**Holiday Name:** Galaxy Day"));
        } finally {
            openai.close();
        }

        final ManagedChannel channel = gateway.channel();
        try {
            final ChatCompletionResponse grpc = InferenceGrpc.newBlockingStub(channel)
                    .withCallCredentials(TestGateway.bearer(accessToken))
                    .createChatCompletion(ChatCompletionRequest.newBuilder().setModel("local/gpt-4o-mini").addMessages(
                            Message.newBuilder().setRole(Role.ROLE_USER)
                                   .addContent(ContentPart.newBuilder().setText("Invent a holiday"))).build());
            assertThat(grpc.getChoices(0).getMessage().getContent(0).getText()).startsWith("**Holiday Name:** Galaxy Day");
        } finally {
            TestGateway.shutdown(channel);
        }

        final JsonNode caller = me(accessToken);
        assertThat(caller.get("credential").asText()).isEqualTo("access_token");
        assertThat(caller.get("client_id").asText()).isEqualTo(c[0]);
        assertThat(caller.get("user_name").asText()).isEqualTo("svc-ci");
        assertThat(caller.get("role").asText()).isEqualTo("member");
        assertThat(Instant.parse(caller.get("expire_time").asText()).getEpochSecond())
                .isEqualTo(claims.get("exp").asLong());

        // client_secret_post: the same client, the credentials as form parameters.
        final JsonNode post = json(token(form("grant_type", "client_credentials", "client_id", c[0],
                                              "client_secret", c[1])), 200);
        assertThat(me(post.get("access_token").asText()).get("client_id").asText()).isEqualTo(c[0]);

        // A member token is still a member: admin RPCs are refused.
        assertThat(as(accessToken).get("/admin/v1/users").aggregate().join().status().code()).isEqualTo(403);
    }

    @Test
    void clientCredentialsMayAskForANarrowerScopeButNotAWiderOne() throws Exception {
        user("svc-scope", "operator");
        final String[] c = client("svc-scope");
        final JsonNode viewer = json(token(form("grant_type", "client_credentials", "scope", "viewer"),
                                           "authorization", basic(c[0], c[1])), 200);
        assertThat(viewer.get("scope").asText()).isEqualTo("viewer");
        assertThat(me(viewer.get("access_token").asText()).get("role").asText()).isEqualTo("viewer");
        assertThat(chat(viewer.get("access_token").asText()).status().code()).as("viewers do not spend").isEqualTo(403);
        assertRefused(token(form("grant_type", "client_credentials", "scope", "admin"),
                            "authorization", basic(c[0], c[1])), 400, "invalid_scope");
    }

    // Token exchange and refresh

    @Test
    void tokenExchangeOfAnApiKeyThenRefreshRotatesAndReuseRevokesTheFamily() throws Exception {
        user("dana", "member");
        final String apiKey = key("dana", "[\"local/*\"]");

        final AggregatedHttpResponse res = token(form(
                "grant_type", "urn:ietf:params:oauth:grant-type:token-exchange",
                "subject_token", apiKey, "subject_token_type", "urn:switchboard:params:oauth:token-type:api_key"));
        final JsonNode x = json(res, 200);
        assertThat(res.headers().get("cache-control")).isEqualTo("no-store");
        assertThat(x.get("issued_token_type").asText()).isEqualTo("urn:ietf:params:oauth:token-type:access_token");
        assertThat(x.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(x.get("scope").asText()).isEqualTo("member");
        final String r1 = x.get("refresh_token").asText();
        final String family = x.get("family_id").asText();
        assertThat(r1).startsWith("sbr-").hasSizeGreaterThanOrEqualTo(4 + 43);
        final JsonNode caller = me(x.get("access_token").asText());
        assertThat(caller.get("credential").asText()).isEqualTo("access_token");
        assertThat(caller.get("user_name").asText()).isEqualTo("dana");
        assertThat(caller.get("allowed_models")).as("never wider than the key")
                                                .isEqualTo(mapper.readTree("[\"local/*\"]"));
        assertThat(chat(x.get("access_token").asText()).status().code()).isEqualTo(200);

        final JsonNode second = json(token(form("grant_type", "refresh_token", "refresh_token", r1)), 200);
        final String r2 = second.get("refresh_token").asText();
        assertThat(r2).startsWith("sbr-").isNotEqualTo(r1);
        assertThat(second.get("family_id").asText()).isEqualTo(family);
        assertThat(payload(second.get("access_token").asText()).get("models"))
                .isEqualTo(mapper.readTree("[\"local/*\"]"));
        assertThat(me(second.get("access_token").asText()).get("user_name").asText()).isEqualTo("dana");

        // r1 again: it was copied. Refused, and the whole family with it.
        assertRefused(token(form("grant_type", "refresh_token", "refresh_token", r1)), 400, "invalid_grant", r1);
        assertRefused(token(form("grant_type", "refresh_token", "refresh_token", r2)), 400, "invalid_grant", r2);
    }

    @Test
    void refreshTokensAreRevocableByTheirUserAndAdminsButNotByOthers() throws Exception {
        user("erin", "member");
        user("frank", "member");
        final String erinKey = key("erin", "");
        final String frankKey = key("frank", "");
        final String exchange = form("grant_type", "urn:ietf:params:oauth:grant-type:token-exchange",
                                     "subject_token", erinKey,
                                     "subject_token_type", "urn:switchboard:params:oauth:token-type:api_key");
        final JsonNode a = json(token(exchange), 200);
        final JsonNode b = json(token(exchange), 200);

        // Another member cannot see erin's family exists.
        final AggregatedHttpResponse other = as(frankKey).execute(
                RequestHeaders.builder(HttpMethod.POST, "/admin/v1/refresh-tokens:revoke")
                              .contentType(MediaType.JSON_UTF_8).build(),
                HttpData.ofUtf8("{\"family_id\":\"" + a.get("family_id").asText() + "\"}")).aggregate().join();
        assertThat(other.status().code()).isEqualTo(404);
        final AggregatedHttpResponse otherUser = as(frankKey).execute(
                RequestHeaders.builder(HttpMethod.POST, "/admin/v1/refresh-tokens:revoke")
                              .contentType(MediaType.JSON_UTF_8).build(),
                HttpData.ofUtf8("{\"user\":\"erin\"}")).aggregate().join();
        assertThat(otherUser.status().code()).isEqualTo(404);

        // Erin revokes one session herself.
        final AggregatedHttpResponse own = as(erinKey).execute(
                RequestHeaders.builder(HttpMethod.POST, "/admin/v1/refresh-tokens:revoke")
                              .contentType(MediaType.JSON_UTF_8).build(),
                HttpData.ofUtf8("{\"family_id\":\"" + a.get("family_id").asText() + "\"}")).aggregate().join();
        assertThat(json(own, 200).get("revoked").asInt()).isEqualTo(1);
        assertRefused(token(form("grant_type", "refresh_token", "refresh_token", a.get("refresh_token").asText())),
                      400, "invalid_grant");
        assertThat(json(token(form("grant_type", "refresh_token", "refresh_token", b.get("refresh_token").asText())),
                        200).get("family_id").asText()).isEqualTo(b.get("family_id").asText());

        // An admin revokes all of erin's sessions.
        final JsonNode all = admin(HttpMethod.POST, "/admin/v1/refresh-tokens:revoke", "{\"user\":\"erin\"}");
        assertThat(all.get("revoked").asInt()).isEqualTo(1);
    }

    @Test
    void aSessionEndsWhenTheKeyItCameFromIsRevoked() throws Exception {
        user("gail", "member");
        final JsonNode created = admin(HttpMethod.POST, "/admin/v1/keys", "{\"user\":\"gail\",\"name\":\"k\"}");
        final JsonNode x = json(token(form("grant_type", "urn:ietf:params:oauth:grant-type:token-exchange",
                                           "subject_token", created.get("secret").asText(),
                                           "subject_token_type", "urn:switchboard:params:oauth:token-type:api_key")),
                                200);
        admin(HttpMethod.POST, "/admin/v1/keys/" + created.get("key").get("id").asText() + ":revoke", "{}");
        assertRefused(token(form("grant_type", "refresh_token", "refresh_token", x.get("refresh_token").asText())),
                      400, "invalid_grant");
    }

    // Signing key rotation

    @Test
    void aTokenIssuedBeforeASigningKeyRotationStillWorksAndTheJwksListsBothKeys() throws Exception {
        user("svc-rot", "member");
        final String[] c = client("svc-rot");
        final String before = json(token(form("grant_type", "client_credentials"), "authorization",
                                         basic(c[0], c[1])), 200).get("access_token").asText();
        final String oldKid = header(before).get("kid").asText();

        final JsonNode rotated = admin(HttpMethod.POST, "/admin/v1/signing-keys:rotate", "{}");
        final JsonNode primary = rotated.get("keys").get(0);
        assertThat(primary.get("primary").asBoolean()).isTrue();
        assertThat(primary.get("algorithm").asText()).isEqualTo("ES256");
        assertThat(primary.get("kid").asText()).isNotEqualTo(oldKid);
        assertThat(rotated.get("keys").findValuesAsText("kid")).contains(oldKid);
        assertThat(admin(HttpMethod.GET, "/admin/v1/signing-keys", "").get("keys")).isEqualTo(rotated.get("keys"));

        final JsonNode jwks = json(WebClient.of(gateway.baseUrl()).get("/.well-known/jwks.json").aggregate().join(), 200);
        assertThat(jwks.get("keys").findValuesAsText("kid")).contains(oldKid, primary.get("kid").asText());

        assertThat(me(before).get("client_id").asText()).isEqualTo(c[0]);
        final String after = json(token(form("grant_type", "client_credentials"), "authorization",
                                        basic(c[0], c[1])), 200).get("access_token").asText();
        assertThat(header(after).get("kid").asText()).isEqualTo(primary.get("kid").asText());
        assertThat(me(after).get("client_id").asText()).isEqualTo(c[0]);
    }

    // Refusals

    @Test
    void clientAuthenticationFailuresAnswerInvalidClient() throws Exception {
        user("svc-bad", "member");
        final String[] c = client("svc-bad");
        final String wrong = c[1].substring(0, c[1].length() - 2) + "xx";

        final AggregatedHttpResponse viaBasic = token(form("grant_type", "client_credentials"),
                                                      "authorization", basic(c[0], wrong));
        assertRefused(viaBasic, 401, "invalid_client", wrong, c[1]);
        assertThat(viaBasic.headers().get("www-authenticate")).startsWith("Basic");
        assertRefused(token(form("grant_type", "client_credentials", "client_id", c[0], "client_secret", wrong)),
                      400, "invalid_client", wrong, c[1]);
        assertRefused(token(form("grant_type", "client_credentials", "client_id", "sbc-nobody", "client_secret", c[1])),
                      400, "invalid_client", c[1]);
        assertRefused(token(form("grant_type", "client_credentials"), "authorization", "Basic !!!"),
                      401, "invalid_client");
        assertRefused(token(form("grant_type", "client_credentials", "client_secret", c[1]),
                            "authorization", basic(c[0], c[1])), 400, "invalid_request", c[1]);
        assertRefused(token(form("grant_type", "client_credentials", "client_id", "sbc-other"),
                            "authorization", basic(c[0], c[1])), 400, "invalid_request", c[1]);
        // The client_id beside Basic, when it is the same client, is fine.
        assertThat(json(token(form("grant_type", "client_credentials", "client_id", c[0]),
                              "authorization", basic(c[0], c[1])), 200).has("access_token")).isTrue();

        admin(HttpMethod.PATCH, "/admin/v1/oauth-clients/" + c[0], "{\"disabled\":true}");
        assertThat(admin(HttpMethod.GET, "/admin/v1/oauth-clients/" + c[0], "").get("disabled").asBoolean()).isTrue();
        assertRefused(token(form("grant_type", "client_credentials"), "authorization", basic(c[0], c[1])),
                      401, "invalid_client", c[1]);

        admin(HttpMethod.PATCH, "/admin/v1/oauth-clients/" + c[0], "{\"name\":\"renamed\"}");
        admin(HttpMethod.PATCH, "/admin/v1/oauth-clients/" + c[0] + "?update_mask=disabled", "{\"disabled\":false}");
        assertThat(json(token(form("grant_type", "client_credentials"), "authorization", basic(c[0], c[1])), 200)
                           .get("access_token").asText()).isNotEmpty();

        // A disabled user's client gets nothing either.
        admin(HttpMethod.PATCH, "/admin/v1/users/svc-bad", "{\"disabled\":true}");
        assertRefused(token(form("grant_type", "client_credentials"), "authorization", basic(c[0], c[1])),
                      401, "invalid_client", c[1]);

        final JsonNode listed = admin(HttpMethod.GET, "/admin/v1/oauth-clients", "");
        assertThat(listed.toString()).contains(c[0], "renamed").doesNotContain(c[1]);
        admin(HttpMethod.DELETE, "/admin/v1/oauth-clients/" + c[0], "");
        final AggregatedHttpResponse gone = gateway.get("/admin/v1/oauth-clients/" + c[0]);
        assertThat(gone.status().code()).isEqualTo(404);
    }

    @Test
    void malformedRequestsAnswerTheRfcErrorCodes() throws Exception {
        assertRefused(token(form("grant_type", "password", "username", "a", "password", "b")),
                      400, "unsupported_grant_type", "\"b\"");
        assertRefused(token(form("client_id", "x")), 400, "invalid_request");
        assertRefused(token("grant_type=client_credentials&grant_type=refresh_token"), 400, "invalid_request");
        assertRefused(token(form("grant_type", "client_credentials")), 400, "invalid_request");
        assertRefused(token(form("grant_type", "refresh_token")), 400, "invalid_request");
        assertRefused(token(form("grant_type", "refresh_token", "refresh_token", "sbr-made-up")), 400, "invalid_grant",
                      "sbr-made-up");
        assertRefused(token(form("grant_type", "urn:ietf:params:oauth:grant-type:token-exchange",
                                 "subject_token_type", "urn:switchboard:params:oauth:token-type:api_key")),
                      400, "invalid_request");
        assertRefused(token(form("grant_type", "urn:ietf:params:oauth:grant-type:token-exchange",
                                 "subject_token", "sb-whatever", "subject_token_type", "urn:example:saml")),
                      400, "invalid_request", "sb-whatever");
        final AggregatedHttpResponse json = WebClient.of(gateway.baseUrl()).execute(
                RequestHeaders.builder(HttpMethod.POST, "/oauth/token").contentType(MediaType.JSON_UTF_8).build(),
                HttpData.ofUtf8("{\"grant_type\":\"client_credentials\"}")).aggregate().join();
        assertRefused(json, 400, "invalid_request");
    }

    @Test
    void onlyApiKeysAndExternalTokensStartSessions() throws Exception {
        final String fakeKey = "sb-" + "A".repeat(43);
        assertRefused(token(form("grant_type", "urn:ietf:params:oauth:grant-type:token-exchange",
                                 "subject_token", fakeKey,
                                 "subject_token_type", "urn:switchboard:params:oauth:token-type:api_key")),
                      400, "invalid_grant", fakeKey);
        // The break-glass admin key does not turn into a refreshable session.
        assertRefused(token(form("grant_type", "urn:ietf:params:oauth:grant-type:token-exchange",
                                 "subject_token", TestGateway.ADMIN_KEY,
                                 "subject_token_type", "urn:switchboard:params:oauth:token-type:api_key")),
                      400, "invalid_grant", TestGateway.ADMIN_KEY);
        // Nor does a client_credentials token (RFC 6749 §4.4.3: no refresh token for clients).
        user("svc-x", "member");
        final String[] c = client("svc-x");
        final String access = json(token(form("grant_type", "client_credentials"), "authorization",
                                         basic(c[0], c[1])), 200).get("access_token").asText();
        assertRefused(token(form("grant_type", "urn:ietf:params:oauth:grant-type:token-exchange",
                                 "subject_token", access,
                                 "subject_token_type", "urn:ietf:params:oauth:token-type:access_token")),
                      400, "invalid_grant", access);
        // A key presented as a JWT type is refused too: the type must say what it is.
        final String apiKey = key("svc-x", "");
        assertRefused(token(form("grant_type", "urn:ietf:params:oauth:grant-type:token-exchange",
                                 "subject_token", apiKey, "subject_token_type", "urn:ietf:params:oauth:token-type:jwt")),
                      400, "invalid_grant", apiKey);
    }

    @Test
    void forgedAndInvalidTokensAreRefusedOnInference() throws Exception {
        user("svc-forge", "member");
        final String[] c = client("svc-forge");
        final String real = json(token(form("grant_type", "client_credentials"), "authorization",
                                       basic(c[0], c[1])), 200).get("access_token").asText();
        final String other = json(token(form("grant_type", "client_credentials", "scope", "viewer"),
                                        "authorization", basic(c[0], c[1])), 200).get("access_token").asText();
        assertThat(chat(real).status().code()).as("control").isEqualTo(200);
        final String[] parts = real.split("\\.");
        final JsonNode claims = payload(real);
        final String kid = header(real).get("kid").asText();
        final long now = Instant.now().getEpochSecond();

        // Our header and claims with another token's (valid) signature.
        final String forged = parts[0] + '.' + parts[1] + '.' + other.split("\\.")[2];
        // "alg": "none" with our kid and good claims, no signature.
        final String none = b64("{\"alg\":\"none\",\"typ\":\"at+jwt\",\"kid\":\"" + kid + "\"}") + '.' + parts[1] + '.';
        // A key the test makes, with our issuer and the claims we would write.
        final JwtPublicKeySign attacker = KeysetHandle.generateNew(
                JwtEcdsaParameters.builder().setAlgorithm(JwtEcdsaParameters.Algorithm.ES256)
                                  .setKidStrategy(JwtEcdsaParameters.KidStrategy.BASE64_ENCODED_KEY_ID).build())
                                                      .getPrimitive(RegistryConfiguration.get(), JwtPublicKeySign.class);
        final RawJwt.Builder good = RawJwt.newBuilder().setTypeHeader("at+jwt").setIssuer(gateway.baseUrl())
                                          .setSubject(claims.get("sub").asText()).setAudience("switchboard")
                                          .setIssuedAt(Instant.ofEpochSecond(now))
                                          .setExpiration(Instant.ofEpochSecond(now + 600))
                                          .addStringClaim("scope", "admin");
        final String unknownKey = attacker.signAndEncode(good.build());
        final String expired = attacker.signAndEncode(good.setExpiration(Instant.ofEpochSecond(now - 3600))
                                                          .setIssuedAt(Instant.ofEpochSecond(now - 7200)).build());
        final String wrongAud = attacker.signAndEncode(good.setExpiration(Instant.ofEpochSecond(now + 600))
                                                           .setAudience("another-api").build());
        final String wrongIss = attacker.signAndEncode(good.setAudience("switchboard")
                                                           .setIssuer("https://evil.example").build());
        // Our payload, but the expiry moved: the signature no longer matches.
        final String stretched = parts[0] + '.' + b64(claims.toString().replace(
                "\"exp\":" + claims.get("exp").asLong(), "\"exp\":" + (now + 86_400))) + '.' + parts[2];

        for (String bad : new String[] { forged, none, unknownKey, expired, wrongAud, wrongIss, stretched }) {
            final AggregatedHttpResponse res = chat(bad);
            assertThat(res.status().code()).as(bad).isEqualTo(401);
            assertThat(mapper.readTree(res.contentUtf8()).get("error").get("type").asText()).isNotEmpty();
            assertThat(res.contentUtf8()).doesNotContain(bad);
        }
    }

    static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(UTF_8));
    }
}
