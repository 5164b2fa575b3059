package dev.switchboard.server.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.Cookie;
import com.linecorp.armeria.common.HttpHeaderNames;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.RequestHeaders;
import com.linecorp.armeria.common.RequestHeadersBuilder;
import com.linecorp.armeria.common.annotation.Nullable;

import dev.switchboard.server.testing.SecretsSeen;

/**
 * What the console's page does, over Armeria's WebClient: logs in, keeps the session cookie the
 * way a browser does (sent on every request, never readable by the page), and sends the CSRF token
 * from the login answer on calls that change something.
 */
final class Browser {
    static final ObjectMapper JSON = new ObjectMapper();

    private final WebClient client;
    @Nullable
    Cookie cookie;
    @Nullable
    String csrf;
    @Nullable
    JsonNode session;

    Browser(WebClient client) {
        this.client = client;
    }

    /** Logs in with {@code credential}; on success keeps the cookie and the CSRF token. */
    AggregatedHttpResponse login(String credential) throws Exception {
        SecretsSeen.record(credential);
        final AggregatedHttpResponse res = send(HttpMethod.POST, "/ui/api/session",
                                                JSON.createObjectNode().put("credential", credential).toString(), null);
        if (res.status().code() == 200) {
            cookie = Cookie.fromSetCookieHeader(res.headers().get(HttpHeaderNames.SET_COOKIE));
            session = JSON.readTree(res.contentUtf8());
            csrf = session.get("csrf_token").asText();
            SecretsSeen.record(cookie.value(), csrf);
        }
        return res;
    }

    AggregatedHttpResponse get(String path) {
        return send(HttpMethod.GET, path, null, null);
    }

    /** A call that changes something, with the session's CSRF token. */
    AggregatedHttpResponse change(HttpMethod method, String path, @Nullable String json) {
        return send(method, path, json, csrf);
    }

    AggregatedHttpResponse send(HttpMethod method, String path, @Nullable String json, @Nullable String csrfToken) {
        final RequestHeadersBuilder h = RequestHeaders.builder(method, path);
        if (cookie != null) {
            h.add(HttpHeaderNames.COOKIE, cookie.name() + '=' + cookie.value());
        }
        if (csrfToken != null) {
            h.add("x-csrf-token", csrfToken);
        }
        if (json == null) {
            return client.execute(h.build()).aggregate().join();
        }
        return client.execute(HttpRequest.of(h.contentType(MediaType.JSON_UTF_8).build(),
                                             com.linecorp.armeria.common.HttpData.ofUtf8(json))).aggregate().join();
    }

    static JsonNode json(AggregatedHttpResponse res) {
        try {
            return JSON.readTree(res.contentUtf8());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
