package dev.switchboard.server.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import dev.switchboard.v1.DeletePriceRequest;
import dev.switchboard.v1.ListPricesRequest;
import dev.switchboard.v1.ListPricesResponse;
import dev.switchboard.v1.Price;
import dev.switchboard.v1.PriceAdminGrpc;
import dev.switchboard.v1.SetPriceRequest;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;

/**
 * The PriceAdmin service through the real server, over REST (/admin/v1/prices) and gRPC: the
 * shipped table for every role, overrides set and removed by admins and operators only, each
 * change audited and in force for the very next request.
 */
class PriceAdminE2ETest {
    static final String KEY = "sk-prices-e2e-4242";
    static final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    static Path dataDir;
    static FakeUpstream a;
    static FakeUpstream b;
    static TestGateway gateway;
    static ManagedChannel channel;
    static String operator;
    static String member;
    static String viewer;

    @BeforeAll
    static void start() {
        a = new FakeUpstream(KEY);
        b = new FakeUpstream(KEY);
        gateway = TestGateway.start(dataDir);
        channel = gateway.channel();
        gateway.addProvider("pa", a.baseUrl(), KEY);
        gateway.addProvider("pb", b.baseUrl(), KEY);
        gateway.createUser("price-operator", "operator");
        gateway.createUser("price-member", "member");
        gateway.createUser("price-viewer", "viewer");
        operator = gateway.createKey("price-operator", "");
        member = gateway.createKey("price-member", "");
        viewer = gateway.createKey("price-viewer", "");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        TestGateway.shutdown(channel);
        gateway.close();
        a.close();
        b.close();
    }

    static AggregatedHttpResponse call(String key, HttpMethod method, String path, String json) {
        final RequestHeaders headers = RequestHeaders.builder(method, path).contentType(MediaType.JSON_UTF_8).build();
        return gateway.as(key).execute(json.isEmpty() ? HttpRequest.of(headers)
                                                      : HttpRequest.of(headers, HttpData.ofUtf8(json)))
                      .aggregate().join();
    }

    static PriceAdminGrpc.PriceAdminBlockingStub grpc(String key) {
        return PriceAdminGrpc.newBlockingStub(channel).withCallCredentials(TestGateway.bearer(key));
    }

    @Test
    void everyRoleReadsTheShippedTableWithTheDateItWasChecked() throws Exception {
        final AggregatedHttpResponse res = call(viewer, HttpMethod.GET, "/admin/v1/prices", "");
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        final JsonNode body = mapper.readTree(res.contentUtf8());
        assertThat(body.get("table_checked").asText()).isEqualTo(PriceSheet.shipped().checked());
        assertThat(body.get("table_version").asText()).isEqualTo(PriceSheet.shipped().version());
        JsonNode gpt4o = null;
        for (JsonNode p : body.get("prices")) {
            if (p.get("model").asText().equals("gpt-4o") && p.get("source").asText().equals("table")) {
                gpt4o = p;
            }
        }
        assertThat(gpt4o).isNotNull();
        assertThat(gpt4o.get("provider").asText()).isEqualTo("*");
        assertThat(gpt4o.get("input").asText()).isEqualTo("2.50");
        assertThat(gpt4o.get("cached_input").asText()).isEqualTo("1.25");
        assertThat(gpt4o.get("output").asText()).isEqualTo("10.00");
    }

    @Test
    void overridesAreSetListedDeletedAndAuditedOverRest() throws Exception {
        final AggregatedHttpResponse set = call(TestGateway.ADMIN_KEY, HttpMethod.PUT,
                                                "/admin/v1/prices/pa/openai/gpt-4o",
                                                "{\"input\":\"1.5\",\"output\":\"6\",\"cached_input\":\"0.75\"}");
        assertThat(set.status().code()).as(set.contentUtf8()).isEqualTo(200);
        final JsonNode stored = mapper.readTree(set.contentUtf8());
        assertThat(stored.get("provider").asText()).isEqualTo("pa");
        assertThat(stored.get("model").asText()).as("a routed name, slashes and all").isEqualTo("openai/gpt-4o");
        assertThat(stored.get("input").asText()).isEqualTo("1.5");
        assertThat(stored.get("source").asText()).isEqualTo("override");
        assertThat(stored.has("update_time")).isTrue();

        final JsonNode listed = mapper.readTree(call(member, HttpMethod.GET, "/admin/v1/prices", "").contentUtf8());
        assertThat(listed.at("/prices/0/source").asText()).as("overrides first").isEqualTo("override");
        assertThat(listed.at("/prices/0/model").asText()).isEqualTo("openai/gpt-4o");

        final AggregatedHttpResponse audit = call(TestGateway.ADMIN_KEY, HttpMethod.GET,
                                                  "/admin/v1/audit?action=price.set", "");
        final JsonNode entry = mapper.readTree(audit.contentUtf8()).at("/entries/0");
        assertThat(entry.get("resource").asText()).isEqualTo("prices/pa/openai/gpt-4o");
        assertThat(entry.get("outcome").asText()).isEqualTo("ok");
        assertThat(entry.at("/changes/input").asText()).isEqualTo("1.5");
        assertThat(entry.at("/changes/cached_input").asText()).isEqualTo("0.75");

        assertThat(call(TestGateway.ADMIN_KEY, HttpMethod.DELETE, "/admin/v1/prices/pa/openai/gpt-4o", "")
                           .status().code()).isEqualTo(200);
        final AggregatedHttpResponse again = call(TestGateway.ADMIN_KEY, HttpMethod.DELETE,
                                                  "/admin/v1/prices/pa/openai/gpt-4o", "");
        assertThat(again.status().code()).isEqualTo(404);
        assertThat(again.contentUtf8()).contains("no price override for 'pa/openai/gpt-4o'");
        final JsonNode deletes = mapper.readTree(call(TestGateway.ADMIN_KEY, HttpMethod.GET,
                                                      "/admin/v1/audit?action=price.delete", "").contentUtf8());
        assertThat(deletes.get("entries")).extracting(e -> e.get("outcome").asText())
                                          .containsExactlyInAnyOrder("ok", "not_found");
        assertThat(mapper.readTree(call(viewer, HttpMethod.GET, "/admin/v1/prices", "").contentUtf8())
                         .at("/prices/0/source").asText()).isEqualTo("table");
    }

    @Test
    void badPricesAndStrangersAreRefused() {
        final AggregatedHttpResponse negative = call(operator, HttpMethod.PUT, "/admin/v1/prices/pa/m1",
                                                     "{\"input\":\"-1\",\"output\":\"2\"}");
        assertThat(negative.status().code()).isEqualTo(400);
        assertThat(negative.contentUtf8()).contains("input: -1 (expected: 0 to 1000000");
        final AggregatedHttpResponse noOutput = call(operator, HttpMethod.PUT, "/admin/v1/prices/pa/m1",
                                                     "{\"input\":\"1\"}");
        assertThat(noOutput.status().code()).isEqualTo(400);
        assertThat(noOutput.contentUtf8()).contains("output: required");
        final AggregatedHttpResponse unknown = call(operator, HttpMethod.PUT, "/admin/v1/prices/nowhere/m1",
                                                    "{\"input\":\"1\",\"output\":\"2\"}");
        assertThat(unknown.status().code()).isEqualTo(400);
        assertThat(unknown.contentUtf8()).contains("provider: 'nowhere' does not exist");
        assertThat(call(member, HttpMethod.PUT, "/admin/v1/prices/pa/m1", "{\"input\":\"1\",\"output\":\"2\"}")
                           .status().code()).isEqualTo(403);
        assertThat(call(viewer, HttpMethod.DELETE, "/admin/v1/prices/pa/m1", "").status().code()).isEqualTo(403);
    }

    @Test
    void operatorsManagePricesOverGrpc() {
        final Price set = grpc(operator).setPrice(SetPriceRequest.newBuilder().setProvider("pb").setModel("grpc-model")
                                                  .setPrice(Price.newBuilder().setInput("0.2").setOutput("0.8")
                                                                 .setReasoning("0.4"))
                                                  .build());
        assertThat(set.getSource()).isEqualTo("override");
        assertThat(set.getReasoning()).isEqualTo("0.4");
        final ListPricesResponse list = grpc(viewer).listPrices(ListPricesRequest.getDefaultInstance());
        assertThat(list.getPricesList()).anyMatch(p -> p.getProvider().equals("pb")
                                                       && p.getModel().equals("grpc-model"));
        assertThat(list.getTableChecked()).isEqualTo(PriceSheet.shipped().checked());

        assertCode(() -> grpc(operator).setPrice(SetPriceRequest.newBuilder().setProvider("pb").setModel("x")
                                                 .setPrice(Price.newBuilder().setInput("1").setOutput("1.0000001"))
                                                 .build()), Status.Code.INVALID_ARGUMENT);
        assertCode(() -> grpc(operator).setPrice(SetPriceRequest.newBuilder().setProvider("pb")
                                                 .setPrice(Price.newBuilder().setInput("1").setOutput("1")).build()),
                   Status.Code.INVALID_ARGUMENT);
        assertCode(() -> grpc(member).deletePrice(DeletePriceRequest.newBuilder().setProvider("pb")
                                                  .setModel("grpc-model").build()), Status.Code.PERMISSION_DENIED);
        grpc(operator).deletePrice(DeletePriceRequest.newBuilder().setProvider("pb").setModel("grpc-model").build());
        assertCode(() -> grpc(operator).deletePrice(DeletePriceRequest.newBuilder().setProvider("pb")
                                                    .setModel("grpc-model").build()), Status.Code.NOT_FOUND);
    }

    @Test
    void anOverrideIsInForceForTheNextRequest() {
        final AggregatedHttpResponse alias = gateway.post(
                "/admin/v1/aliases", "{\"name\":\"cheapest\",\"strategy\":\"LOWEST_COST\",\"targets\":["
                                     + "{\"model\":\"pa/gpt-4o\"},{\"model\":\"pb/gpt-4o\"}]}");
        assertThat(alias.status().code()).as(alias.contentUtf8()).isEqualTo(200);
        // Both at the list price: the alias's order decides.
        assertThat(chat("cheapest").headers().get("x-switchboard-provider")).isEqualTo("pa");
        assertThat(call(operator, HttpMethod.PUT, "/admin/v1/prices/pb/gpt-4o", "{\"input\":\"1\",\"output\":\"4\"}")
                           .status().code()).isEqualTo(200);
        assertThat(chat("cheapest").headers().get("x-switchboard-provider")).isEqualTo("pb");
        assertThat(call(operator, HttpMethod.DELETE, "/admin/v1/prices/pb/gpt-4o", "").status().code())
                .isEqualTo(200);
        assertThat(chat("cheapest").headers().get("x-switchboard-provider")).isEqualTo("pa");
    }

    static AggregatedHttpResponse chat(String model) {
        final AggregatedHttpResponse res = gateway.post("/v1/chat/completions", "{\"model\":\"" + model
                                                        + "\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        return res;
    }

    static void assertCode(Runnable call, Status.Code code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(StatusRuntimeException.class,
                                                             e -> assertThat(e.getStatus().getCode()).isEqualTo(code));
    }
}
