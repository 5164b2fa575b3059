package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.armeria.common.AggregatedHttpResponse;

import dev.switchboard.server.testing.FakeAnthropic;
import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;
import dev.switchboard.transcoder.testing.Fixtures;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.InferenceGrpc;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Role;

import io.grpc.ManagedChannel;

/**
 * The ledger is exact: requests through every ingress (chat whole and streamed, with and without
 * include_usage; Messages whole and streamed; Responses; embeddings; gRPC whole and streamed), a
 * failover, a retried 429 and a stream the client abandons each leave one row whose tokens are
 * the ones the upstream reported in its recorded answer (read here from the recordings, by the
 * mapping docs/usage.md gives), whose cost is those tokens at the prices set here, to the nano-dollar,
 * and the usage report's totals are the rows' sums.
 */
class UsageLedgerE2ETest {
    static final String OA_KEY = "sk-ledger-oa-3f1e";
    static final String AN_KEY = "sk-ant-ledger-7c2d";
    static final ObjectMapper mapper = new ObjectMapper();
    /** Prices set below, USD per million tokens. */
    static final Map<String, BigDecimal[]> PRICES = Map.of(
            "oa/gpt-4o-mini", new BigDecimal[] {new BigDecimal("0.15"), new BigDecimal("0.60")},
            "oa/retry-after-1", new BigDecimal[] {new BigDecimal("1.10"), new BigDecimal("4.40")},
            "oa/text-embedding-3-small", new BigDecimal[] {new BigDecimal("0.02"), new BigDecimal("0")},
            "an/claude-sonnet-4-5", new BigDecimal[] {new BigDecimal("3.00"), new BigDecimal("15.00")});

    @TempDir
    static Path dataDir;
    static FakeUpstream oa;
    static FakeAnthropic an;
    static TestGateway gateway;

    /** What each scenario's row must say: its requested model names the scenario. */
    record Expected(String ingress, boolean stream, String provider, String model, long prompt, long completion,
                    int status) {}

    static final Map<String, Expected> expected = new HashMap<>();

    @BeforeAll
    static void start() {
        oa = new FakeUpstream(OA_KEY);
        an = new FakeAnthropic(AN_KEY);
        gateway = TestGateway.start(dataDir);
        gateway.addProvider("oa", oa.baseUrl(), OA_KEY);
        ok(gateway.post("/admin/v1/providers", "{\"name\":\"an\",\"preset\":\"anthropic\",\"base_url\":\""
                                               + an.baseUrl() + "\",\"api_key\":\"" + AN_KEY + "\"}"));
        PRICES.forEach((target, p) -> ok(put("/admin/v1/prices/" + target,
                                             "{\"input\":\"" + p[0] + "\",\"output\":\"" + p[1] + "\"}")));
        for (String name : List.of("u-chat", "u-stream-usage", "u-stream-nousage", "u-resp", "u-grpc",
                                   "u-grpc-stream")) {
            alias(name, "[{\"model\":\"oa/gpt-4o-mini\"}]", "");
        }
        alias("u-msg", "[{\"model\":\"an/claude-sonnet-4-5\"}]", "");
        alias("u-msg-stream", "[{\"model\":\"an/claude-sonnet-4-5\"}]", "");
        alias("u-failover", "[{\"model\":\"oa/overloaded\"},{\"model\":\"oa/gpt-4o-mini\"}]",
              ",\"retry\":{\"max_attempts\":1}");
        alias("u-retry", "[{\"model\":\"oa/retry-after-1\"}]", "");
    }

    @AfterAll
    static void stop() {
        gateway.close();
        oa.close();
        an.close();
    }

    @Test
    void everyIngressLeavesOneExactRowAndTheReportSumsThem() throws Exception {
        final JsonNode chatWhole = usageOf(Fixtures.string("openai/chat/vercel-openai-text.json"));
        final JsonNode chatStream = lastUsage(Fixtures.string("openai/chat/oaipy-stream-text-include-usage.sse"));
        final JsonNode embedding = usageOf(Fixtures.string("openai/vercel-openai-embedding.json"));
        final JsonNode msgWhole = usageOf(Fixtures.string("anthropic/vercel-anthropic-text.json"));
        final List<JsonNode> msgEvents = new ArrayList<>();
        for (String line : Fixtures.jsonl("anthropic/vercel-anthropic-text.chunks.jsonl")) {
            msgEvents.add(mapper.readTree(line));
        }

        chat("u-chat", false, false);
        expect("u-chat", "chat", false, "oa", "gpt-4o-mini", chatWhole);
        final String withUsage = chat("u-stream-usage", true, true);
        assertThat(withUsage).contains("\"usage\":{");
        expect("u-stream-usage", "chat", true, "oa", "gpt-4o-mini", chatStream);
        final String withoutUsage = chat("u-stream-nousage", true, false);
        assertThat(withoutUsage).as("the client did not ask for usage").doesNotContain("\"usage\":{");
        expect("u-stream-nousage", "chat", true, "oa", "gpt-4o-mini", chatStream);

        ok(gateway.post("/v1/messages", "{\"model\":\"u-msg\",\"max_tokens\":64,"
                                        + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"));
        expected.put("u-msg", new Expected("messages", false, "an", "claude-sonnet-4-5",
                                           anthropicPrompt(msgWhole), msgWhole.get("output_tokens").asLong(), 200));
        ok(gateway.post("/v1/messages", "{\"model\":\"u-msg-stream\",\"max_tokens\":64,\"stream\":true,"
                                        + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"));
        expected.put("u-msg-stream", new Expected("messages", true, "an", "claude-sonnet-4-5",
                                                  anthropicPrompt(msgEvents.get(0).at("/message/usage")),
                                                  lastDeltaOutput(msgEvents), 200));

        ok(gateway.post("/v1/responses", "{\"model\":\"u-resp\",\"input\":\"hi\"}"));
        expect("u-resp", "responses", false, "oa", "gpt-4o-mini", chatWhole);

        ok(gateway.post("/v1/embeddings", "{\"model\":\"oa/text-embedding-3-small\",\"input\":\"hello\"}"));
        expected.put("oa/text-embedding-3-small", new Expected("embeddings", false, "oa", "text-embedding-3-small",
                                                               embedding.get("prompt_tokens").asLong(), 0, 200));

        grpc();
        expect("u-grpc", "grpc", false, "oa", "gpt-4o-mini", chatWhole);
        expect("u-grpc-stream", "grpc", true, "oa", "gpt-4o-mini", chatStream);

        chat("u-failover", false, false);
        expect("u-failover", "chat", false, "oa", "gpt-4o-mini", chatWhole);
        chat("u-retry", false, false);
        expect("u-retry", "chat", false, "oa", "retry-after-1", chatWhole);

        abandonStream();

        final Map<String, JsonNode> rows = awaitRows(expected.size() + 1);
        long prompt = 0;
        long completion = 0;
        long cost = 0;
        for (Map.Entry<String, Expected> e : expected.entrySet()) {
            final JsonNode row = rows.get(e.getKey());
            final Expected x = e.getValue();
            assertThat(row).as("a row for " + e.getKey()).isNotNull();
            assertThat(row.path("ingress").asText()).as(e.getKey()).isEqualTo(x.ingress());
            assertThat(row.path("stream").asBoolean()).as(e.getKey()).isEqualTo(x.stream());
            assertThat(row.path("provider").asText()).as(e.getKey()).isEqualTo(x.provider());
            assertThat(row.path("model").asText()).as(e.getKey()).isEqualTo(x.model());
            assertThat(row.path("status").asInt()).as(e.getKey()).isEqualTo(x.status());
            assertThat(row.path("usage_source").asText()).as(e.getKey()).isEqualTo("reported");
            assertThat(row.path("prompt_tokens").asLong()).as(e.getKey()).isEqualTo(x.prompt());
            assertThat(row.path("completion_tokens").asLong()).as(e.getKey()).isEqualTo(x.completion());
            final BigDecimal[] p = PRICES.get(x.provider() + '/' + x.model());
            // USD per million tokens = nano-dollars per thousandth of a token: price * 1000 per token.
            final long nanos = p[0].multiply(BigDecimal.valueOf(x.prompt() * 1000))
                                   .add(p[1].multiply(BigDecimal.valueOf(x.completion() * 1000)))
                                   .longValueExact();
            assertThat(row.path("cost_nanos").asLong(-1)).as(e.getKey() + " cost").isEqualTo(nanos);
            prompt += x.prompt();
            completion += x.completion();
            cost += nanos;
        }
        assertThat(rows.get("u-failover").path("attempts").asInt()).isEqualTo(2);
        assertThat(rows.get("u-failover").path("failovers").asInt()).isEqualTo(1);
        assertThat(rows.get("u-retry").path("attempts").asInt()).isEqualTo(2);

        // The abandoned stream: what it sent before the client left, estimated, and no price.
        final JsonNode gone = rows.get("oa/hang-stream");
        assertThat(gone.path("status").asInt()).isEqualTo(499);
        assertThat(gone.path("usage_source").asText()).isEqualTo("estimated:client_left");
        assertThat(gone.path("completion_tokens").asLong()).as("\"Hel\" is one token by the estimate").isEqualTo(1);
        assertThat(gone.has("cost_nanos")).isFalse();
        assertThat(gone.path("cost_note").asText()).isNotEmpty();
        prompt += gone.path("prompt_tokens").asLong();
        completion += 1;

        final JsonNode report = mapper.readTree(ok(gateway.get("/admin/v1/usage")).contentUtf8());
        final JsonNode totals = report.path("totals");
        assertThat(totals.path("requests").asLong()).isEqualTo(rows.size());
        assertThat(totals.path("prompt_tokens").asLong()).isEqualTo(prompt);
        assertThat(totals.path("completion_tokens").asLong()).isEqualTo(completion);
        assertThat(totals.path("cost_nanos").asLong()).isEqualTo(cost);
        assertThat(totals.path("unpriced_requests").asLong()).isEqualTo(1);
        assertThat(totals.path("errors").asLong()).isEqualTo(1);
        assertThat(totals.path("estimated_requests").asLong()).isEqualTo(1);
    }

    private static String chat(String model, boolean stream, boolean includeUsage) {
        return ok(gateway.post("/v1/chat/completions", "{\"model\":\"" + model + "\",\"stream\":" + stream
                                                       + (includeUsage ? ",\"stream_options\":{\"include_usage\":true}"
                                                                       : "")
                                                       + ",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"))
                .contentUtf8();
    }

    private static void grpc() throws InterruptedException {
        final ManagedChannel channel = gateway.channel();
        try {
            final InferenceGrpc.InferenceBlockingStub stub =
                    InferenceGrpc.newBlockingStub(channel).withCallCredentials(TestGateway.bearer(TestGateway.ADMIN_KEY));
            final ChatCompletionResponse whole = stub.createChatCompletion(ask("u-grpc"));
            assertThat(whole.getChoicesCount()).isEqualTo(1);
            final Iterator<ChatCompletionChunk> chunks = stub.streamChatCompletion(ask("u-grpc-stream"));
            int n = 0;
            while (chunks.hasNext()) {
                assertThat(chunks.next().hasUsage()).as("no usage unless asked").isFalse();
                n++;
            }
            assertThat(n).isPositive();
        } finally {
            TestGateway.shutdown(channel);
        }
    }

    private static ChatCompletionRequest ask(String model) {
        return ChatCompletionRequest.newBuilder().setModel(model)
                                    .addMessages(Message.newBuilder().setRole(Role.ROLE_USER)
                                                        .addContent(ContentPart.newBuilder().setText("hi")))
                                    .build();
    }

    /** A raw client that reads the first text of a stream and hangs up. */
    private static void abandonStream() throws Exception {
        final String body = "{\"model\":\"oa/hang-stream\",\"stream\":true,"
                            + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
        try (Socket socket = new Socket("127.0.0.1", gateway.port())) {
            final OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                       + "Authorization: Bearer " + TestGateway.ADMIN_KEY + "\r\n"
                       + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n"
                       + body).getBytes(StandardCharsets.UTF_8));
            out.flush();
            final InputStream in = socket.getInputStream();
            final StringBuilder seen = new StringBuilder();
            final byte[] buf = new byte[1024];
            while (!seen.toString().contains("\"Hel\"")) {
                final int n = in.read(buf);
                assertThat(n).as("response ended early: " + seen).isPositive();
                seen.append(new String(buf, 0, n, StandardCharsets.UTF_8));
            }
        }
        oa.streamAbandoned.get(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** The ledger's rows by requested model, once there are {@code n}; the ledger writes in batches. */
    private static Map<String, JsonNode> awaitRows(int n) throws Exception {
        final long until = System.nanoTime() + 10_000_000_000L;
        while (true) {
            final JsonNode page = mapper.readTree(ok(gateway.get("/admin/v1/usage/records?page_size=100"))
                                                          .contentUtf8());
            final Map<String, JsonNode> rows = new HashMap<>();
            page.path("records").forEach(r -> {
                assertThat(rows.put(r.path("requested_model").asText(), r)).as("one row per request").isNull();
            });
            if (rows.size() >= n || System.nanoTime() > until) {
                assertThat(rows).hasSize(n);
                return rows;
            }
            Thread.sleep(100);
        }
    }

    private static void expect(String model, String ingress, boolean stream, String provider, String upstreamModel,
                               JsonNode openAiUsage) {
        expected.put(model, new Expected(ingress, stream, provider, upstreamModel,
                                         openAiUsage.get("prompt_tokens").asLong(),
                                         openAiUsage.get("completion_tokens").asLong(), 200));
    }

    private static JsonNode usageOf(String json) throws Exception {
        return mapper.readTree(json).get("usage");
    }

    /** The usage of an OpenAI stream: in its last chunk that carries one. */
    private static JsonNode lastUsage(String sse) throws Exception {
        JsonNode usage = null;
        for (String line : sse.split("\n")) {
            if (line.startsWith("data: {")) {
                final JsonNode u = mapper.readTree(line.substring(6)).get("usage");
                if (u != null && u.isObject()) {
                    usage = u;
                }
            }
        }
        return usage;
    }

    /** Anthropic's input_tokens leaves out cache reads and writes; the ledger's prompt includes them. */
    private static long anthropicPrompt(JsonNode usage) {
        return usage.get("input_tokens").asLong() + usage.path("cache_read_input_tokens").asLong()
               + usage.path("cache_creation_input_tokens").asLong();
    }

    /** A Messages stream's output: message_delta's usage is cumulative, so the last one's. */
    private static long lastDeltaOutput(List<JsonNode> events) {
        long output = 0;
        for (JsonNode e : events) {
            if ("message_delta".equals(e.path("type").asText())) {
                output = e.at("/usage/output_tokens").asLong();
            }
        }
        return output;
    }

    private static void alias(String name, String targets, String extra) {
        ok(gateway.post("/admin/v1/aliases", "{\"name\":\"" + name + "\",\"targets\":" + targets + extra + "}"));
    }

    private static AggregatedHttpResponse put(String path, String json) {
        return gateway.rest().prepare().put(path).content(com.linecorp.armeria.common.MediaType.JSON_UTF_8, json)
                      .execute().aggregate().join();
    }

    private static AggregatedHttpResponse ok(AggregatedHttpResponse res) {
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
        return res;
    }
}
