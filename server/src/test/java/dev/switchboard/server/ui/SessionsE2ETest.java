package dev.switchboard.server.ui;

import static dev.switchboard.server.ui.Browser.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.Cookie;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpHeaderNames;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.RequestHeaders;

import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.SecretsSeen;
import dev.switchboard.server.testing.TestGateway;

/**
 * The console's login, end to end: a session opened with the admin key, a member's key or an
 * OAuth2 access token works as that credential on the admin API, /v1 (streaming too) and /metrics;
 * the cookie's flags; CSRF on every change; logout; and a revoked key ending its session at once.
 */
class SessionsE2ETest {
    static final String UPSTREAM_KEY = "sk-upstream-console-4be1";

    @TempDir
    static Path dir;
    static FakeUpstream upstream;
    static TestGateway gateway;
    static String memberKey;

    @BeforeAll
    static void start() {
        upstream = new FakeUpstream(UPSTREAM_KEY);
        gateway = TestGateway.start(dir);
        gateway.addProvider("local", upstream.baseUrl(), UPSTREAM_KEY);
        gateway.createUser("console-member", "member");
        memberKey = gateway.createKey("console-member", "");
    }

    @AfterAll
    static void stop() {
        gateway.close();
        upstream.close();
    }

    static Browser browser() {
        return new Browser(WebClient.of(gateway.baseUrl()));
    }

    @Test
    void adminKeyLogsInWithAStrictHttpOnlyCookieAndTheCallersIdentity() throws Exception {
        final Browser b = browser();
        final AggregatedHttpResponse res = b.login(TestGateway.ADMIN_KEY);
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        final Cookie c = b.cookie;
        assertThat(c.name()).isEqualTo("sb_session");
        assertThat(c.value()).matches("[A-Za-z0-9_-]{43}");
        assertThat(c.isHttpOnly()).isTrue();
        assertThat(c.sameSite()).isEqualTo("Strict");
        assertThat(c.path()).isEqualTo("/");
        assertThat(c.isSecure()).as("plain HTTP: a Secure cookie would never come back").isFalse();
        assertThat(c.maxAge()).isBetween(Duration.ofHours(8).toSeconds() - 60, Duration.ofHours(8).toSeconds());
        assertThat(res.headers().get(HttpHeaderNames.CACHE_CONTROL)).isEqualTo("no-store");
        ConsoleFilesE2ETest.assertSecured(res.headers());

        final JsonNode body = json(res);
        assertThat(b.csrf).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(c.value());
        assertThat(Instant.parse(body.get("expires_at").asText()))
                .isBetween(Instant.now().plus(Duration.ofHours(8)).minusSeconds(60), Instant.now().plus(Duration.ofHours(8)));
        // "me" is what GET /admin/v1/me answers for the same credential.
        assertThat(body.get("me")).isEqualTo(json(gateway.get("/admin/v1/me")));
        assertThat(body.get("me").get("role").asText()).isEqualTo("admin");
        assertThat(res.contentUtf8()).doesNotContain(TestGateway.ADMIN_KEY);

        // The same session again, with the same CSRF token and no new cookie.
        final AggregatedHttpResponse again = b.get("/ui/api/session");
        assertThat(again.status().code()).isEqualTo(200);
        assertThat(json(again)).isEqualTo(body);
        assertThat(again.headers().get(HttpHeaderNames.SET_COOKIE)).isNull();

        // The cookie stands for the key on the admin API and /metrics.
        assertThat(b.get("/admin/v1/providers").status().code()).isEqualTo(200);
        assertThat(b.get("/admin/v1/users").status().code()).isEqualTo(200);
        assertThat(b.get("/metrics").status().code()).isEqualTo(200);
    }

    @Test
    void aChangeWithTheCookieNeedsTheCsrfToken() throws Exception {
        final Browser b = browser();
        b.login(TestGateway.ADMIN_KEY);
        final String alias = "{\"name\":\"csrf-alias\",\"targets\":[{\"model\":\"local/gpt-4o-mini\"}]}";
        for (String wrong : new String[] { null, "", b.csrf.substring(1) + 'x', "nope" }) {
            final AggregatedHttpResponse refused = b.send(HttpMethod.POST, "/admin/v1/aliases", alias, wrong);
            assertThat(refused.status().code()).as(String.valueOf(wrong)).isEqualTo(403);
            assertThat(json(refused).at("/error/code").asText()).isEqualTo("csrf_failed");
        }
        assertThat(gateway.get("/admin/v1/aliases/csrf-alias").status().code()).as("nothing was created").isEqualTo(404);
        final AggregatedHttpResponse created = b.change(HttpMethod.POST, "/admin/v1/aliases", alias);
        assertThat(created.status().code()).as(created.contentUtf8()).isEqualTo(200);
        // A token from another session is no token for this one.
        final Browser other = browser();
        other.login(TestGateway.ADMIN_KEY);
        assertThat(b.send(HttpMethod.DELETE, "/admin/v1/aliases/csrf-alias", null, other.csrf).status().code())
                .isEqualTo(403);
        assertThat(b.change(HttpMethod.DELETE, "/admin/v1/aliases/csrf-alias", null).status().code()).isEqualTo(200);
    }

    @Test
    void aStreamedChatCompletionWorksWithTheCookie() throws Exception {
        final Browser b = browser();
        b.login(memberKey);
        final String chat = "{\"model\":\"local/gpt-4o-mini\",\"stream\":true,"
                            + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
        final AggregatedHttpResponse refused = b.send(HttpMethod.POST, "/v1/chat/completions", chat, null);
        assertThat(refused.status().code()).isEqualTo(403);
        assertThat(json(refused).at("/error/code").asText()).isEqualTo("csrf_failed");
        final AggregatedHttpResponse res = b.change(HttpMethod.POST, "/v1/chat/completions", chat);
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        assertThat(res.headers().contentType().is(MediaType.EVENT_STREAM)).isTrue();
        assertThat(res.contentUtf8()).contains("data: {").contains("\"delta\"").endsWith("data: [DONE]\n\n");
    }

    @Test
    void aMembersSessionIsAMember() throws Exception {
        final Browser b = browser();
        final AggregatedHttpResponse res = b.login(memberKey);
        assertThat(res.status().code()).isEqualTo(200);
        assertThat(json(res).at("/me/role").asText()).isEqualTo("member");
        assertThat(json(res).at("/me/credential").asText()).isEqualTo("api_key");
        assertThat(b.get("/admin/v1/providers").status().code()).isEqualTo(200);
        assertThat(b.get("/admin/v1/users").status().code()).isEqualTo(403);
        assertThat(b.get("/metrics").status().code()).isEqualTo(403);
    }

    @Test
    void anAccessTokensSessionEndsWithTheToken() throws Exception {
        final AggregatedHttpResponse exchanged = WebClient.of(gateway.baseUrl()).execute(HttpRequest.of(
                RequestHeaders.builder(HttpMethod.POST, "/oauth/token").contentType(MediaType.FORM_DATA).build(),
                HttpData.ofUtf8("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Atoken-exchange"
                                + "&subject_token_type=urn%3Aswitchboard%3Aparams%3Aoauth%3Atoken-type%3Aapi_key"
                                + "&subject_token=" + memberKey))).aggregate().join();
        assertThat(exchanged.status().code()).as(exchanged.contentUtf8()).isEqualTo(200);
        final String token = json(exchanged).get("access_token").asText();
        SecretsSeen.record(token);
        final Browser b = browser();
        final AggregatedHttpResponse res = b.login(token);
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        assertThat(json(res).at("/me/credential").asText()).isEqualTo("access_token");
        // The session ends when the token does (15 minutes by default), not 8 hours from now.
        final Instant tokenEnds = Instant.parse(json(res).at("/me/expire_time").asText());
        assertThat(Instant.parse(json(res).get("expires_at").asText())).isBeforeOrEqualTo(tokenEnds);
        assertThat(b.cookie.maxAge()).isLessThanOrEqualTo(Duration.ofMinutes(15).toSeconds());
        assertThat(b.get("/admin/v1/me").status().code()).isEqualTo(200);
    }

    @Test
    void aBadOrMissingCredentialIsRefusedWithoutEchoingIt() throws Exception {
        final Browser b = browser();
        final String wrong = "sb-" + "W".repeat(43);
        final AggregatedHttpResponse res = b.login(wrong);
        assertThat(res.status().code()).isEqualTo(401);
        assertThat(json(res).at("/error/code").asText()).isEqualTo("invalid_api_key");
        assertThat(json(res).at("/error/message").asText()).isNotEmpty();
        assertThat(res.contentUtf8()).doesNotContain(wrong);
        assertThat(res.headers().get(HttpHeaderNames.SET_COOKIE)).isNull();
        assertThat(b.send(HttpMethod.POST, "/ui/api/session", "{}", null).status().code()).isEqualTo(400);
        assertThat(b.send(HttpMethod.POST, "/ui/api/session", "{\"credential\":\"  \"}", null).status().code())
                .isEqualTo(400);
        final AggregatedHttpResponse notJson = b.send(HttpMethod.POST, "/ui/api/session", "{\"credential\":\"" + wrong, null);
        assertThat(notJson.status().code()).isEqualTo(400);
        assertThat(notJson.contentUtf8()).doesNotContain(wrong).contains("invalid_request_error");
        assertThat(b.get("/ui/api/session").status().code()).as("no cookie, no session").isEqualTo(401);
        b.cookie = Cookie.of("sb_session", "A".repeat(43));
        assertThat(b.get("/ui/api/session").status().code()).as("an unknown session").isEqualTo(401);
        assertThat(b.get("/admin/v1/providers").status().code()).isEqualTo(401);
    }

    @Test
    void aCredentialHeaderWinsOverTheCookie() throws Exception {
        final Browser b = browser();
        b.login(TestGateway.ADMIN_KEY);
        final AggregatedHttpResponse res = WebClient.of(gateway.baseUrl()).execute(
                RequestHeaders.builder(HttpMethod.GET, "/admin/v1/users")
                              .add(HttpHeaderNames.COOKIE, "sb_session=" + b.cookie.value())
                              .add(HttpHeaderNames.AUTHORIZATION, "Bearer " + memberKey).build()).aggregate().join();
        assertThat(res.status().code()).as("the member's key, not the admin's session").isEqualTo(403);
    }

    @Test
    void logoutEndsTheSessionAndClearsTheCookie() throws Exception {
        final Browser b = browser();
        b.login(TestGateway.ADMIN_KEY);
        final Cookie kept = b.cookie;
        assertThat(b.send(HttpMethod.DELETE, "/ui/api/session", null, null).status().code()).isEqualTo(403);
        final AggregatedHttpResponse out = b.change(HttpMethod.DELETE, "/ui/api/session", null);
        assertThat(out.status().code()).isEqualTo(204);
        final Cookie cleared = Cookie.fromSetCookieHeader(out.headers().get(HttpHeaderNames.SET_COOKIE));
        assertThat(cleared.name()).isEqualTo("sb_session");
        assertThat(cleared.value()).isEmpty();
        assertThat(cleared.maxAge()).isZero();
        // The old cookie, replayed, no longer works.
        b.cookie = kept;
        assertThat(b.get("/admin/v1/providers").status().code()).isEqualTo(401);
        assertThat(b.get("/ui/api/session").status().code()).isEqualTo(401);
    }

    @Test
    void revokingTheKeyEndsItsSessionAtOnce() throws Exception {
        gateway.createUser("console-leaver", "member");
        final String key = gateway.createKey("console-leaver", "");
        final Browser b = browser();
        b.login(key);
        assertThat(b.get("/admin/v1/providers").status().code()).isEqualTo(200);
        final String id = json(b.get("/admin/v1/me")).get("key_id").asText();
        assertThat(gateway.post("/admin/v1/keys/" + id + ":revoke", "{}").status().code()).isEqualTo(200);
        assertThat(b.get("/admin/v1/providers").status().code()).isEqualTo(401);
        assertThat(b.get("/ui/api/session").status().code()).isEqualTo(401);
    }
}
