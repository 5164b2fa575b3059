package dev.switchboard.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.RequestHeaders;

import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;

/**
 * Two members with their own providers (bring your own key) and aliases: neither can see, route to,
 * change or delete the other's, and each one's stored responses are their own. What another user
 * owns answers 404, exactly like what does not exist.
 */
class IsolationE2ETest {
    static final String ANN_KEY = "sk-ann-own-upstream-1111";
    static final String BEN_KEY = "sk-ben-own-upstream-2222";
    static final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    static Path dataDir;
    static FakeUpstream annUpstream;
    static FakeUpstream benUpstream;
    static TestGateway gateway;
    static String ann;
    static String ben;

    @BeforeAll
    static void start() {
        annUpstream = new FakeUpstream(ANN_KEY);
        benUpstream = new FakeUpstream(BEN_KEY);
        gateway = TestGateway.start(TestGateway.config(dataDir));
        gateway.createUser("ann", "member");
        gateway.createUser("ben", "member");
        ann = gateway.createKey("ann", "");
        ben = gateway.createKey("ben", "");
        // The fakes listen on loopback, which a member's own provider may not reach: an admin makes
        // each member's provider for them, owned by them, with that network right.
        created(gateway.post("/admin/v1/providers", provider("ann-openai", annUpstream, ANN_KEY, "ann")));
        created(gateway.post("/admin/v1/providers", provider("ben-openai", benUpstream, BEN_KEY, "ben")));
        created(gateway.post(ann, "/admin/v1/aliases",
                             "{\"name\":\"ann-fast\",\"targets\":[{\"model\":\"ann-openai/gpt-4o-mini\"}]}"));
    }

    @AfterAll
    static void stop() {
        gateway.close();
        annUpstream.close();
        benUpstream.close();
    }

    static String provider(String name, FakeUpstream upstream, String key, String owner) {
        return "{\"name\":\"" + name + "\",\"preset\":\"custom\",\"base_url\":\"" + upstream.baseUrl()
               + "\",\"api_key\":\"" + key + "\",\"owner\":\"" + owner + "\",\"allow_private_network\":true}";
    }

    static void created(AggregatedHttpResponse res) {
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
    }

    static AggregatedHttpResponse send(String key, HttpMethod method, String path, String body) {
        return gateway.as(key).execute(HttpRequest.of(RequestHeaders.builder(method, path)
                                                                   .contentType(MediaType.JSON_UTF_8).build(),
                                                     HttpData.ofUtf8(body))).aggregate().join();
    }

    static AggregatedHttpResponse chat(String key, String model) {
        return gateway.post(key, "/v1/chat/completions",
                            "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
    }

    static JsonNode json(AggregatedHttpResponse res) throws Exception {
        return mapper.readTree(res.contentUtf8());
    }

    @Test
    void eachMemberSeesSharedThingsAndTheirOwnOnly() throws Exception {
        final JsonNode annList = json(gateway.as(ann).get("/admin/v1/providers").aggregate().join()).get("providers");
        assertThat(annList).extracting(p -> p.get("name").asText()).containsExactly("ann-openai");
        assertThat(annList.get(0).get("owner").asText()).isEqualTo("ann");
        assertThat(annList.get(0).get("api_key_masked").asText()).isEqualTo("****1111");
        assertThat(gateway.as(ann).get("/admin/v1/providers/ben-openai").aggregate().join().status().code())
                .isEqualTo(404);
        assertThat(json(gateway.as(ben).get("/admin/v1/aliases").aggregate().join()).path("aliases")).isEmpty();
        assertThat(gateway.as(ben).get("/admin/v1/aliases/ann-fast").aggregate().join().status().code())
                .isEqualTo(404);
        // The admin sees everything, owners named.
        final JsonNode all = json(gateway.get("/admin/v1/providers")).get("providers");
        assertThat(all).extracting(p -> p.get("owner").asText()).containsExactlyInAnyOrder("ann", "ben");
    }

    @Test
    void noMemberRoutesToAnothersProviderOrAlias() throws Exception {
        final AggregatedHttpResponse own = chat(ann, "ann-fast");
        assertThat(own.status().code()).as(own.contentUtf8()).isEqualTo(200);
        assertThat(annUpstream.take().headers().get("authorization")).isEqualTo("Bearer " + ANN_KEY);

        for (String model : new String[] { "ann-fast", "ann-openai/gpt-4o-mini" }) {
            final AggregatedHttpResponse res = chat(ben, model);
            assertThat(res.status().code()).as(model + ": " + res.contentUtf8()).isEqualTo(404);
            final String message = json(res).get("error").get("message").asText();
            assertThat(message.substring(message.indexOf("not found"))).doesNotContain("ann-");
        }
        // A bare name only Ann's provider lists is not found for Ben, and his suggestions name only his.
        final AggregatedHttpResponse bare = chat(ben, "gpt-4o-mini");
        assertThat(bare.status().code()).as(bare.contentUtf8()).isEqualTo(200);
        assertThat(bare.headers().get("x-switchboard-provider")).isEqualTo("ben-openai");
        benUpstream.take();
        assertThat(annUpstream.pending()).isZero();

        final JsonNode models = json(gateway.as(ben).get("/v1/models").aggregate().join()).get("data");
        assertThat(models).extracting(m -> m.get("id").asText()).allMatch(id -> id.startsWith("ben-openai/"));
        // Admin traffic does not route to a member's own key either.
        assertThat(chat(TestGateway.ADMIN_KEY, "ann-openai/gpt-4o-mini").status().code()).isEqualTo(404);
    }

    @Test
    void noMemberChangesOrDeletesAnothersThings() {
        assertThat(send(ben, HttpMethod.PATCH, "/admin/v1/providers/ann-openai", "{\"enabled\":false}")
                           .status().code()).isEqualTo(404);
        assertThat(send(ben, HttpMethod.DELETE, "/admin/v1/providers/ann-openai", "").status().code()).isEqualTo(404);
        assertThat(gateway.post(ben, "/admin/v1/providers/ann-openai:rotateKey", "{\"api_key\":\"sk-stolen-0000\"}")
                          .status().code()).isEqualTo(404);
        assertThat(send(ben, HttpMethod.DELETE, "/admin/v1/aliases/ann-fast", "").status().code()).isEqualTo(404);
        // Nor may a member point an alias of their own at another's provider.
        assertThat(gateway.post(ben, "/admin/v1/aliases",
                                "{\"name\":\"ben-steal\",\"targets\":[{\"model\":\"ann-openai/gpt-4o-mini\"}]}")
                          .status().code()).isEqualTo(400);
        assertThat(gateway.as(ann).get("/admin/v1/providers/ann-openai").aggregate().join().status().code())
                .isEqualTo(200);
    }

    @Test
    void aMembersOwnProviderNeverReachesTheGatewaysNetwork() {
        final AggregatedHttpResponse asked = gateway.post(ben, "/admin/v1/providers",
                "{\"name\":\"ben-local\",\"preset\":\"custom\",\"base_url\":\"" + benUpstream.baseUrl()
                + "\",\"allow_private_network\":true}");
        assertThat(asked.status().code()).as(asked.contentUtf8()).isEqualTo(403);
        for (String url : new String[] { benUpstream.baseUrl(), "http://169.254.169.254/latest/meta-data" }) {
            final AggregatedHttpResponse res = gateway.post(ben, "/admin/v1/providers",
                    "{\"name\":\"ben-probe\",\"preset\":\"custom\",\"base_url\":\"" + url + "\"}");
            assertThat(res.status().code()).as(url + ": " + res.contentUtf8()).isEqualTo(400);
            assertThat(res.contentUtf8()).contains("base_url");
        }
        // Nor may a member make a provider for someone else.
        assertThat(gateway.post(ben, "/admin/v1/providers", provider("ben-for-ann", benUpstream, BEN_KEY, "ann"))
                          .status().code()).isEqualTo(403);
        assertThat(benUpstream.pending()).isZero();
    }

    @Test
    void storedResponsesBelongToTheirUser() throws Exception {
        final AggregatedHttpResponse created = gateway.post(ann, "/v1/responses",
                                                            "{\"model\":\"ann-fast\",\"input\":\"hello\"}");
        assertThat(created.status().code()).as(created.contentUtf8()).isEqualTo(200);
        annUpstream.take();
        final String id = json(created).get("id").asText();
        assertThat(gateway.as(ann).get("/v1/responses/" + id).aggregate().join().status().code()).isEqualTo(200);
        assertThat(gateway.as(ben).get("/v1/responses/" + id).aggregate().join().status().code()).isEqualTo(404);
        assertThat(send(ben, HttpMethod.DELETE, "/v1/responses/" + id, "").status().code()).isEqualTo(404);
        assertThat(gateway.as(ann).get("/v1/responses/" + id).aggregate().join().status().code()).isEqualTo(200);
    }
}
