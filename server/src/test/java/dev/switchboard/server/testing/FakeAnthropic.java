package dev.switchboard.server.testing;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.linecorp.armeria.common.AggregatedHttpRequest;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.server.Server;

import dev.switchboard.transcoder.testing.Fixtures;

/**
 * A fake Anthropic Messages API on loopback, replaying the recordings under
 * {@code fixtures/upstream/anthropic/}, chosen by the requested model:
 * <ul>
 *   <li>{@code claude-sonnet-4-5}: the recorded text answer (vercel body / JSONL stream, replayed
 *       with {@code event:} lines as the real API sends them); with {@code output_config.format} in
 *       the request, the recorded native structured output (antpy body / vercel JSONL stream);</li>
 *   <li>{@code claude-haiku-4-5}: the recorded two-turn tool round trip (antpy); turn two when the
 *       last message holds a tool_result;</li>
 *   <li>{@code claude-thinking}: turn one is SYNTHETIC (no recording has thinking): a thinking block
 *       with a signature, then the recorded tool_use; turn two is the recorded text answer;</li>
 *   <li>{@code rate-limited} (429, retry-after 7), {@code overloaded} (529), {@code too-long} (400
 *       "prompt is too long"), {@code overloaded-in-stream} (an error event after message_start);</li>
 *   <li>{@code claude-web-search-cut}: the written web search stream, reset inside its server tool
 *       call the first time, whole after.</li>
 * </ul>
 * {@code /v1/messages/count_tokens} answers {@code {"input_tokens": 14}} (SYNTHETIC, the shape of the API
 * reference), or a 400 naming a field count_tokens does not take (max_tokens, stream, temperature...).
 * Every request is recorded (its headers hold method and path); a request without {@code x-api-key: <key>} gets 401.
 */
public final class FakeAnthropic implements AutoCloseable {
    private static final ObjectMapper mapper = new ObjectMapper();
    private static final String DIR = "anthropic/";
    public static final String SIGNATURE = "EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds";
    public static final String THINKING = "The user wants the weather in SF. I should call get_weather.";

    private final Server server;
    private final String expectedKey;
    private final BlockingQueue<FakeUpstream.Seen> seen = new LinkedBlockingQueue<>();
    private final BlockingQueue<FakeUpstream.Seen> modelRequests = new LinkedBlockingQueue<>();

    private final java.util.concurrent.atomic.AtomicInteger webSearchCuts = new java.util.concurrent.atomic.AtomicInteger();

    public FakeAnthropic(String expectedKey) {
        SecretsSeen.record(expectedKey);
        this.expectedKey = expectedKey;
        server = Server.builder()
                       .http(new InetSocketAddress("127.0.0.1", 0))
                       .requestTimeout(Duration.ZERO)
                       .gracefulShutdownTimeout(Duration.ZERO, Duration.ZERO)
                       .service("/v1/models", (ctx, req) -> HttpResponse.of(
                               req.aggregate().thenApply(agg -> handle(agg, true))))
                       .service("/v1/messages", (ctx, req) -> HttpResponse.of(
                               req.aggregate().thenApply(agg -> handle(agg, false))))
                       .service("/v1/messages/count_tokens", (ctx, req) -> HttpResponse.of(
                               req.aggregate().thenApply(this::countTokens)))
                       .build();
        server.start().join();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.activeLocalPort() + "/v1";
    }

    /** The next request for /v1/messages. */
    public FakeUpstream.Seen take() throws InterruptedException {
        return poll(seen);
    }

    /** The next request for /v1/models (the gateway lists models on its own schedule). */
    public FakeUpstream.Seen takeModels() throws InterruptedException {
        return poll(modelRequests);
    }

    private static FakeUpstream.Seen poll(BlockingQueue<FakeUpstream.Seen> queue) throws InterruptedException {
        final FakeUpstream.Seen s = queue.poll(10, TimeUnit.SECONDS);
        if (s == null) {
            throw new AssertionError("the upstream received no request");
        }
        return s;
    }

    /** Whether no request for /v1/messages has arrived since the last take or clear. */
    public boolean pollNone() {
        return seen.isEmpty();
    }

    public void clear() {
        seen.clear();
    }

    /** How many requests model {@code claude-web-search-cut} has had. */
    public int webSearchCuts() {
        return webSearchCuts.get();
    }

    /** How many message requests (count_tokens included) are not yet taken. */
    public int pending() {
        return seen.size();
    }

    private HttpResponse handle(AggregatedHttpRequest agg, boolean models) {
        final FakeUpstream.Seen s = new FakeUpstream.Seen(agg.headers(), agg.contentUtf8());
        (models ? modelRequests : seen).add(s);
        if (!expectedKey.equals(agg.headers().get("x-api-key"))) {
            return error(401, "authentication_error", "invalid x-api-key");
        }
        if (models) {
            return FakeUpstream.json("{\"data\":[{\"type\":\"model\",\"id\":\"claude-sonnet-4-5-20250929\","
                        + "\"display_name\":\"Claude Sonnet 4.5\",\"created_at\":\"2025-09-29T00:00:00Z\"},"
                        + "{\"type\":\"model\",\"id\":\"claude-haiku-4-5-20251001\",\"display_name\":\"Claude Haiku 4.5\","
                        + "\"created_at\":\"2025-10-01T00:00:00Z\"}],\"has_more\":false,"
                        + "\"first_id\":\"claude-sonnet-4-5-20250929\",\"last_id\":\"claude-haiku-4-5-20251001\"}");
        }
        final JsonNode body = s.json();
        final boolean stream = body.path("stream").asBoolean(false);
        final boolean turnTwo = hasToolResult(body);
        switch (body.path("model").asText()) {
            case "claude-haiku-4-5":
                final int turn = turnTwo ? 1 : 0;
                return stream ? FakeUpstream.sse(recorded("antpy-http-tool-roundtrip-stream.json", turn).asText())
                              : FakeUpstream.json(recorded("antpy-http-tool-roundtrip-nonstream.json", turn).toString());
            case "claude-thinking":
                return turnTwo ? FakeUpstream.sse(recorded("antpy-http-tool-roundtrip-stream.json", 1).asText())
                               : FakeUpstream.sse(THINKING_THEN_TOOL);
            case "claude-redacted-thinking":
                // Hand-written from Anthropic's extended-thinking docs: redacted_thinking, then signed thinking, then text.
                return FakeUpstream.sse(Fixtures.written("anthropic/messages/redacted-then-signed-thinking.sse"));
            case "claude-web-search":
                // Hand-written from Anthropic's web search tool, citations and server tools pages:
                // server tool blocks, a cited text block, stop_reason pause_turn.
                return stream ? FakeUpstream.sse(Fixtures.written("anthropic/messages/web-search-pause-turn.sse"))
                              : FakeUpstream.json(Fixtures.written("anthropic/messages/web-search-pause-turn.json"));
            case "claude-web-search-cut":
                // The same stream, reset inside the server tool call's input the first time.
                return FakeUpstream.cutOnce(webSearchCuts.incrementAndGet(),
                                            Fixtures.written("anthropic/messages/web-search-pause-turn.sse"), 4);
            case "rate-limited":
                return HttpResponse.of(ResponseHeaders.builder(429).contentType(MediaType.JSON_UTF_8)
                                                      .add("retry-after", "7").build(),
                                       HttpData.ofUtf8(errorBody("rate_limit_error",
                                                                 "Number of request tokens has exceeded your rate limit")));
            case "overloaded":
                return error(529, "overloaded_error", "Overloaded");
            case "too-long":
                return error(400, "invalid_request_error", "prompt is too long: 208310 tokens > 200000 maximum");
            case "overloaded-in-stream":
                return FakeUpstream.sse("event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_x\","
                           + "\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-x\",\"content\":[],"
                           + "\"usage\":{\"input_tokens\":3,\"output_tokens\":1}}}\n\n"
                           + "event: error\ndata: {\"type\":\"error\",\"error\":{\"details\":null,"
                           + "\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}\n\n");
            default:
                if (body.at("/output_config/format").isObject()) {
                    return stream ? FakeUpstream.sse(withEventLines(Fixtures.jsonl(
                                            DIR + "vercel-anthropic-json-output-format.1.chunks.jsonl")))
                                  : FakeUpstream.json(recorded("antpy-http-structured-output-nonstream.json", 0)
                                                              .toString());
                }
                return stream ? FakeUpstream.sse(withEventLines(Fixtures.jsonl(DIR + "vercel-anthropic-text.chunks.jsonl")))
                              : FakeUpstream.json(Fixtures.string(DIR + "vercel-anthropic-text.json"));
        }
    }

    private HttpResponse countTokens(AggregatedHttpRequest agg) {
        final FakeUpstream.Seen s = new FakeUpstream.Seen(agg.headers(), agg.contentUtf8());
        seen.add(s);
        if (!expectedKey.equals(agg.headers().get("x-api-key"))) {
            return error(401, "authentication_error", "invalid x-api-key");
        }
        final java.util.Iterator<String> fields = s.json().fieldNames();
        while (fields.hasNext()) {
            final String f = fields.next();
            if (!java.util.Set.of("model", "messages", "system", "tools", "tool_choice", "thinking",
                                  "output_config").contains(f)) {
                return error(400, "invalid_request_error", f + ": Extra inputs are not permitted");
            }
        }
        return FakeUpstream.json("{\"input_tokens\":" + COUNTED + "}");
    }

    /** What the fake's count_tokens answers. */
    public static final int COUNTED = 14;

    private static boolean hasToolResult(JsonNode body) {
        final JsonNode messages = body.path("messages");
        final JsonNode last = messages.path(messages.size() - 1);
        for (JsonNode block : last.path("content")) {
            if ("tool_result".equals(block.path("type").asText())) {
                return true;
            }
        }
        return false;
    }

    /** The response body of exchange {@code n} of an antpy recording. */
    private static JsonNode recorded(String file, int n) {
        try {
            return mapper.readTree(Fixtures.bytes(DIR + file)).get(n).at("/response/body");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A vercel JSONL recording as the SSE the API sends: an event line named by each payload's type. */
    private static String withEventLines(java.util.List<String> payloads) {
        final StringBuilder sb = new StringBuilder();
        for (String p : payloads) {
            try {
                sb.append("event: ").append(mapper.readTree(p).get("type").asText()).append('\n');
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            sb.append("data: ").append(p).append("\n\n");
        }
        return sb.toString();
    }

    /** SYNTHETIC: a signed thinking block, then the tool_use of antpy-http-tool-roundtrip-stream.json turn one. */
    private static final String THINKING_THEN_TOOL =
            "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"model\":\"claude-sonnet-4-5-20250929\","
            + "\"id\":\"msg_01Thinking0000000000000\",\"type\":\"message\",\"role\":\"assistant\",\"content\":[],"
            + "\"stop_reason\":null,\"stop_sequence\":null,\"usage\":{\"input_tokens\":656,"
            + "\"cache_creation_input_tokens\":0,\"cache_read_input_tokens\":100,\"output_tokens\":1}}}\n\n"
            + "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,"
            + "\"content_block\":{\"type\":\"thinking\",\"thinking\":\"\",\"signature\":\"\"}}\n\n"
            + "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,"
            + "\"delta\":{\"type\":\"thinking_delta\",\"thinking\":\"The user wants the weather in SF. \"}}\n\n"
            + "event: ping\ndata: {\"type\": \"ping\"}\n\n"
            + "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,"
            + "\"delta\":{\"type\":\"thinking_delta\",\"thinking\":\"I should call get_weather.\"}}\n\n"
            + "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,"
            + "\"delta\":{\"type\":\"signature_delta\",\"signature\":\"" + SIGNATURE + "\"}}\n\n"
            + "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n"
            + "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":1,\"content_block\":"
            + "{\"type\":\"tool_use\",\"id\":\"toolu_018acGYLtfR52q9yDbWaEdQZ\",\"name\":\"get_weather\",\"input\":{}}}\n\n"
            + "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":1,"
            + "\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"\"}}\n\n"
            + "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":1,"
            + "\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"{\\\"location\\\": \\\"San Francisco, CA\\\", \"}}\n\n"
            + "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":1,"
            + "\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"\\\"units\\\": \\\"f\\\"}\"}}\n\n"
            + "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":1}\n\n"
            + "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"tool_use\","
            + "\"stop_sequence\":null},\"usage\":{\"output_tokens\":90}}\n\n"
            + "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n";

    private static String errorBody(String type, String message) {
        return "{\"type\":\"error\",\"error\":{\"type\":\"" + type + "\",\"message\":\"" + message
               + "\"},\"request_id\":\"req_011CTest\"}";
    }

    private static HttpResponse error(int status, String type, String message) {
        return HttpResponse.of(HttpStatus.valueOf(status), MediaType.JSON_UTF_8, errorBody(type, message));
    }

    /** Stops without waiting: Netty's acceptor shutdown adds a fixed 2 s nobody here needs. */
    @Override
    public void close() {
        server.stop();
    }
}
