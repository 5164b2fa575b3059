package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.TlsKeyPair;
import com.linecorp.armeria.server.Server;

import dev.switchboard.server.storage.Storage;
import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.Pem;
import dev.switchboard.server.testing.TestGateway;
import dev.switchboard.transcoder.testing.Fixtures;

/**
 * Where a provider may connect: the private-network guard at save time and again at connection
 * time (after DNS), and a provider's own CA bundle for an upstream whose certificate no system CA
 * signed.
 */
class ProviderNetworkE2ETest {
    static final ObjectMapper mapper = new ObjectMapper();
    static final String KEY = "sk-upstream-network-9d1e";

    @TempDir
    Path dataDir;

    @Test
    void aGuardedProviderCannotBeSavedPointingAtLoopbackOrTheMetadataService() throws Exception {
        try (FakeUpstream upstream = new FakeUpstream(KEY); TestGateway gateway = TestGateway.start(dataDir)) {
            final String loopback = "http://127.0.0.1:" + port(upstream.root()) + "/v1";
            assertRefused(create(gateway, "loop", loopback, false),
                          "base_url: 127.0.0.1 is a loopback address, which a provider with allow_private_network "
                          + "false may not reach");
            assertRefused(create(gateway, "meta", "http://169.254.169.254/", false),
                          "base_url: 169.254.169.254 is a link-local address");
            assertRefused(create(gateway, "mapped", "http://[::ffff:169.254.169.254]/", false), "link-local address");
            assertRefused(create(gateway, "named", "http://localhost:" + port(upstream.root()) + "/v1", false),
                          "base_url: localhost resolves to a loopback address (");
            assertThat(gateway.get("/admin/v1/providers/meta").status().code()).isEqualTo(404);

            // Trusted callers (the admin key here) reach local providers; that is the default.
            final JsonNode local = json(create(gateway, "local", loopback, null), 200);
            assertThat(local.get("allow_private_network").asBoolean()).isTrue();
            // ... and turning the guard on later is checked against the same rule.
            assertRefused(patch(gateway, "local", "allow_private_network", "{\"allow_private_network\":false}"),
                          "base_url: 127.0.0.1 is a loopback address");
            assertThat(json(gateway.get("/admin/v1/providers/local"), 200).get("allow_private_network").asBoolean())
                    .isTrue();
        }
    }

    @Test
    void theConnectionTimeGuardRefusesARowEditedToPointAtLoopbackAndTheUpstreamNeverHearsOfIt() throws Exception {
        try (FakeUpstream upstream = new FakeUpstream(KEY)) {
            final int port = port(upstream.root());
            try (TestGateway gateway = TestGateway.start(dataDir)) {
                // Named by host from the start: its key is sealed to that origin (see OriginBoundKeysE2ETest).
                gateway.addProvider("named", "http://localhost:" + port + "/v1", KEY);
                gateway.addProvider("literal", "http://127.0.0.1:" + port + "/v1", KEY);
            }
            // What a rebinding DNS answer or a hand-edited row looks like to the gateway: a guarded
            // provider whose host now reaches the gateway's own machine.
            try (Storage storage = Storage.open(dataDir, null)) {
                storage.jdbi().useHandle(h -> {
                    h.execute("UPDATE providers SET allow_private_network = FALSE WHERE name = 'named'");
                    h.execute("UPDATE providers SET allow_private_network = FALSE WHERE name = 'literal'");
                });
            }
            final int chats = upstream.count("gpt-4o-mini");
            final int lists = upstream.modelLists();
            try (TestGateway gateway = TestGateway.start(dataDir)) {
                final JsonNode named = json(chat(gateway, "named/gpt-4o-mini"), 502);
                assertThat(named.at("/error/message").asText())
                        .startsWith("provider 'named': localhost resolves to a loopback address (")
                        .contains("), which this provider may not reach (request id: ");
                assertThat(named.at("/error/code").asText()).isEqualTo("upstream_address_refused");
                final JsonNode literal = json(chat(gateway, "literal/gpt-4o-mini"), 502);
                assertThat(literal.at("/error/message").asText())
                        .startsWith("provider 'literal': 127.0.0.1 is a loopback address, which this provider may not reach"
                                    + " (request id: ");
                // The health check that runs at start went through the same guard.
                assertThat(gateway.get("/admin/v1/providers/named").contentUtf8()).contains("may not reach");
            }
            assertThat(upstream.count("gpt-4o-mini")).isEqualTo(chats);
            assertThat(upstream.modelLists()).isEqualTo(lists);
        }
    }

    @Test
    void aProviderTrustsItsOwnCaBundleAndOnlyWithIt() throws Exception {
        final TlsKeyPair pair = TlsKeyPair.ofSelfSigned("localhost");
        final AtomicInteger served = new AtomicInteger();
        final Server https = Server.builder().https(0).tls(pair)
                                   .service("/v1/chat/completions", (ctx, req) -> {
                                       served.incrementAndGet();
                                       return HttpResponse.of(HttpStatus.OK, MediaType.JSON,
                                                              Fixtures.string("openai/chat/vercel-openai-text.json"));
                                   })
                                   .build();
        https.start().join();
        try (TestGateway gateway = TestGateway.start(dataDir)) {
            final String base = "https://localhost:" + https.activeLocalPort() + "/v1";
            json(create(gateway, "secure", base, null), 200);
            final JsonNode refused = json(chat(gateway, "secure/gpt-4o-mini"), 502);
            assertThat(refused.at("/error/message").asText()).contains("provider 'secure'");
            assertThat(served.get()).as("no system CA vouches for the upstream").isZero();

            final String bundle = Pem.certificate(pair.certificateChain().get(0));
            assertRefused(patch(gateway, "secure", "ca_bundle", body("ca_bundle", "not a certificate")), "ca_bundle: ");
            final JsonNode updated = json(patch(gateway, "secure", "ca_bundle", body("ca_bundle", bundle)), 200);
            assertThat(updated.get("ca_bundle").asText()).isEqualTo(bundle);

            final JsonNode answer = json(chat(gateway, "secure/gpt-4o-mini"), 200);
            assertThat(answer.at("/choices/0/message/content").asText()).startsWith("**Holiday Name:** Galaxy Day");
            assertThat(served.get()).isEqualTo(1);

            // Taking the bundle away takes the trust away.
            json(patch(gateway, "secure", "ca_bundle", "{}"), 200);
            json(chat(gateway, "secure/gpt-4o-mini"), 502);
            assertThat(served.get()).isEqualTo(1);
        } finally {
            https.stop().join();
        }
    }

    private static AggregatedHttpResponse create(TestGateway gateway, String name, String baseUrl, Boolean allowPrivate) {
        final var body = JsonNodeFactory.instance.objectNode().put("name", name).put("preset", "custom")
                                                 .put("base_url", baseUrl).put("api_key", KEY);
        if (allowPrivate != null) {
            body.put("allow_private_network", allowPrivate);
        }
        return gateway.post("/admin/v1/providers", body.toString());
    }

    private static AggregatedHttpResponse patch(TestGateway gateway, String name, String mask, String json) {
        return gateway.rest().execute(HttpRequest.builder().method(HttpMethod.PATCH)
                                                 .path("/admin/v1/providers/" + name + "?update_mask=" + mask)
                                                 .content(MediaType.JSON, json).build())
                      .aggregate().join();
    }

    private static AggregatedHttpResponse chat(TestGateway gateway, String model) {
        return gateway.post("/v1/chat/completions",
                            "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}");
    }

    private static String body(String field, String value) {
        return JsonNodeFactory.instance.objectNode().put(field, value).toString();
    }

    private static void assertRefused(AggregatedHttpResponse res, String message) throws Exception {
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(400);
        assertThat(res.contentUtf8()).contains(message);
    }

    private static JsonNode json(AggregatedHttpResponse res, int status) throws Exception {
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(status);
        return mapper.readTree(res.contentUtf8());
    }

    private static int port(String root) {
        return Integer.parseInt(root.substring(root.lastIndexOf(':') + 1));
    }
}
