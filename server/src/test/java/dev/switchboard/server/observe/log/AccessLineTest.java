package dev.switchboard.server.observe.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.common.logging.RequestLog;
import com.linecorp.armeria.common.logging.RequestLogBuilder;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.server.auth.Credential;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.crypto.Secret;
import dev.switchboard.server.observe.Telemetry;
import dev.switchboard.server.upstream.Redactor;
import dev.switchboard.server.usage.Ingress;
import dev.switchboard.server.usage.Money;
import dev.switchboard.server.usage.Tokens;
import dev.switchboard.server.usage.UsageRecord;

/** One access-log line as the writer formats it: its fields, and bodies only when asked for, redacted. */
class AccessLineTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PROVIDER_KEY = "prov-key-7f3a9be1c04d55aa";
    static final String SECRET_HEADER = "hdr-secret-0d9e8f7a6b5c4d3e";
    static final String CLIENT_KEY = "sb-Q2xpZW50S2V5Rm9yQWNjZXNzTG9nVGVzdHMxMjM0NTY3";
    static final String CLIENT_SECRET = "sbs-Y2xpZW50U2VjcmV0Rm9yVGhlQWNjZXNzTG9nMDAx";
    static final String REFRESH_TOKEN = "sbr-cmVmcmVzaFRva2VuRm9yVGhlQWNjZXNzTG9nMDAy";
    static final String ACCESS_TOKEN = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJhZGEiLCJleHAiOjE5MDB9.c2lnbmF0dXJlLWJ5dGVz";
    static final String BEARER_VALUE = "opaque-bearer-value-5e6f7a8b";
    static final String SCRAPE_TOKEN = "scrape-token-1a2b3c4d5e6f";
    static final String CUSTOM_KEY = "custom-api-key-without-shape-42";

    static final Principal ADA = new Principal("u-1", "ada", dev.switchboard.server.auth.Role.MEMBER,
                                               Credential.API_KEY, "k-1", "sb-Q2xpZW50", null, null, List.of(),
                                               null);

    /** A request's complete log, as Armeria leaves it after the answer. */
    static RequestLog log(String path, int status, @Nullable Principal principal, @Nullable String requestBody,
                          @Nullable String responseBody) {
        return log(ServiceRequestContext.of(HttpRequest.of(HttpMethod.POST, path)), status, principal, requestBody,
                   responseBody);
    }

    static RequestLog log(ServiceRequestContext ctx, int status, @Nullable Principal principal,
                          @Nullable String requestBody, @Nullable String responseBody) {
        if (principal != null) {
            ctx.setAttr(Principal.ATTR, principal);
        }
        ctx.setAttr(Telemetry.TRACE_ID, "4bf92f3577b34da6a3ce929d0e0e4736");
        final RequestLogBuilder b = ctx.logBuilder();
        b.requestContentPreview(requestBody);
        b.endRequest();
        b.responseHeaders(ResponseHeaders.of(status));
        b.responseContentPreview(responseBody);
        b.endResponse();
        return ctx.log().whenComplete().join();
    }

    static UsageRecord usage(String requestId) {
        return new UsageRecord(requestId, Instant.now().toEpochMilli(), "u-1", "k-1", "sb-Q2xpZW50", null, null,
                               Ingress.CHAT, "pa", "gpt-4o-mini", "fast", "fast", true, 200, null,
                               new Tokens(120, 30, 100, 0, 7), 1_234_567L, null, 812, 95L, 2, 1, "reported", false);
    }

    static JsonNode format(AccessLine line, AccessEntry entry) throws Exception {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        line.writeTo(List.of(entry), out);
        final String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).endsWith("\n").containsOnlyOnce("\n");
        return JSON.readTree(text);
    }

    static String redact(String body) {
        final Redactor provider = new Redactor(List.of(Secret.of(PROVIDER_KEY), Secret.of(SECRET_HEADER)));
        return Redactor.credentials(provider.redact(body));
    }

    @Test
    void aRoutedRequestsLineCarriesTheLedgersNumbers() throws Exception {
        final RequestLog log = log("/v1/chat/completions?key=sk-query-secret-000000", 200, ADA, "{}", "{}");
        final JsonNode line = format(new AccessLine(false, AccessLineTest::redact),
                                     new AccessEntry(log, "r-1", usage("r-1"), null));
        assertThat(line.get("request_id").asText()).isEqualTo("r-1");
        assertThat(line.get("trace_id").asText()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(line.get("path").asText()).isEqualTo("/v1/chat/completions");
        assertThat(line.get("user").asText()).isEqualTo("ada");
        assertThat(line.get("user_id").asText()).isEqualTo("u-1");
        assertThat(line.get("key_prefix").asText()).isEqualTo("sb-Q2xpZW50");
        assertThat(line.get("alias").asText()).isEqualTo("fast");
        assertThat(line.get("ttft_ms").asLong()).isEqualTo(95);
        assertThat(line.get("prompt_tokens").asLong()).isEqualTo(120);
        assertThat(line.get("completion_tokens").asLong()).isEqualTo(30);
        assertThat(line.get("cached_tokens").asLong()).isEqualTo(100);
        assertThat(line.get("reasoning_tokens").asLong()).isEqualTo(7);
        assertThat(line.get("cost_usd").asText()).isEqualTo("0.001234567");
        assertThat(line.get("attempts").asInt()).isEqualTo(2);
        assertThat(line.get("failovers").asInt()).isEqualTo(1);
        assertThat(line.has("request_body")).as("bodies are off").isFalse();
        assertThat(line.has("response_body")).isFalse();
    }

    @Test
    void everyKindOfSecretInABodyIsMasked() throws Exception {
        final String request = "{\"model\":\"fast\",\"messages\":[{\"role\":\"user\",\"content\":\"my keys: "
                               + PROVIDER_KEY + " and " + CLIENT_KEY + " and header " + SECRET_HEADER
                               + "; Authorization: Bearer " + BEARER_VALUE + "; client " + CLIENT_SECRET
                               + " refresh " + REFRESH_TOKEN + " access " + ACCESS_TOKEN
                               + " scrape: Bearer " + SCRAPE_TOKEN + "\"}],\"api_key\":\"" + CUSTOM_KEY + "\"}";
        final String response = "{\"choices\":[{\"message\":{\"content\":\"you said " + CLIENT_KEY + " and "
                                + PROVIDER_KEY + "\"}}],\"access_token\":\"" + ACCESS_TOKEN + "\"}";
        final RequestLog log = log("/v1/chat/completions", 200, ADA, request, response);
        final JsonNode line = format(new AccessLine(true, AccessLineTest::redact),
                                     new AccessEntry(log, "r-2", usage("r-2"), null));
        final String all = line.toString();
        for (String secret : List.of(PROVIDER_KEY, SECRET_HEADER, CLIENT_KEY, CLIENT_SECRET, REFRESH_TOKEN,
                                     ACCESS_TOKEN, BEARER_VALUE, SCRAPE_TOKEN, CUSTOM_KEY)) {
            assertThat(all).as("a line with bodies").doesNotContain(secret);
        }
        assertThat(line.get("request_body").asText())
                .contains("my keys: ", "\"model\":\"fast\"", Secret.of(PROVIDER_KEY).masked(),
                          Secret.of(CLIENT_KEY).masked(), "Bearer " + Secret.of(BEARER_VALUE).masked());
        assertThat(line.get("response_body").asText()).contains("you said ", Secret.of(CLIENT_KEY).masked());
    }

    @Test
    void aRefusedRequestsLineNamesItsErrorKind() throws Exception {
        final RequestLog log = log("/v1/messages", 401, null, null, null);
        final JsonNode line = format(new AccessLine(true, AccessLineTest::redact),
                                     new AccessEntry(log, "r-3", null, null));
        assertThat(line.get("status").asInt()).isEqualTo(401);
        assertThat(line.get("error_kind").asText()).isEqualTo("UNAUTHENTICATED");
        assertThat(line.get("ingress").asText()).isEqualTo("messages");
        assertThat(line.has("user")).isFalse();
        assertThat(line.has("request_body")).as("nothing was previewed").isFalse();
    }

    @Test
    void costIsWrittenAsTheApiShowsMoney() {
        for (long nanos : new long[] { 0, 1, 10, 1_500_000_000L, 1_234_567_891L, 2_345_678L, 100_000_000L,
                                       999_999_999L, 12_000_000_000L, -1_500_000L, Long.MAX_VALUE }) {
            assertThat(AccessLine.usd(nanos)).as("%d nano-dollars", nanos).isEqualTo(Money.usd(nanos));
        }
    }

    @Test
    void linesOfOneBatchAreSeparateJsonDocuments() throws Exception {
        final AccessLine line = new AccessLine(false, AccessLineTest::redact);
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        line.writeTo(List.of(new AccessEntry(log("/a", 200, null, null, null), "r-4", null, null),
                             new AccessEntry(log("/b", 404, null, null, null), "r-5", null, null)), out);
        final String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(2);
        assertThat(JSON.readTree(lines[0]).get("request_id").asText()).isEqualTo("r-4");
        assertThat(JSON.readTree(lines[1]).get("error_kind").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void eachLineNamesItsOwnClient() throws Exception {
        final AccessLine line = new AccessLine(false, AccessLineTest::redact);
        final List<String> clients = new ArrayList<>();
        for (String address : List.of("10.0.0.1", "10.0.0.1", "10.0.0.2", "::1", "10.0.0.1")) {
            final ServiceRequestContext ctx =
                    ServiceRequestContext.builder(HttpRequest.of(HttpMethod.GET, "/v1/models"))
                                         .remoteAddress(new InetSocketAddress(InetAddress.getByName(address), 40000))
                                         .build();
            clients.add(format(line, new AccessEntry(log(ctx, 200, null, null, null), "r", null, null))
                                .get("client").asText());
        }
        assertThat(clients).containsExactly("10.0.0.1", "10.0.0.1", "10.0.0.2", "0:0:0:0:0:0:0:1", "10.0.0.1");
    }
}
