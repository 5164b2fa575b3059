package dev.switchboard.server.testing;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.linecorp.armeria.common.AggregatedHttpRequest;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpResponseWriter;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.server.Server;

import dev.switchboard.transcoder.testing.Fixtures;

/**
 * A fake OpenAI Responses provider ({@code POST /v1/responses}). By requested model: {@code tools}
 * streams the hand-written function-call events, {@code reasoning-tools} answers (whole) with the
 * hand-written encrypted reasoning item and function call, {@code data-only} answers as OpenRouter does
 * (the hand-written fixtures/written/responses stream: no {@code event:} lines, keep-alive comments,
 * the reasoning item done after the message, {@code [DONE]}; or the matching whole response),
 * {@code rate-limited} answers 429, anything else replays the recorded gpt-5.3-codex response or
 * stream. Each request is recorded; a request without the expected bearer key gets 401.
 */
public final class FakeResponses implements AutoCloseable {
    private static final ObjectMapper mapper = new ObjectMapper();

    private final Server server;
    private final String key;
    private final BlockingQueue<FakeUpstream.Seen> seen = new LinkedBlockingQueue<>();

    public FakeResponses(String key) {
        SecretsSeen.record(key);
        this.key = key;
        server = Server.builder()
                       .http(new InetSocketAddress("127.0.0.1", 0))
                       .requestTimeout(Duration.ZERO)
                       .gracefulShutdownTimeout(Duration.ZERO, Duration.ZERO)
                       .service("/v1/responses", (ctx, req) -> HttpResponse.of(req.aggregate().thenApply(this::answer)))
                       .build();
        server.start().join();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.activeLocalPort() + "/v1";
    }

    public FakeUpstream.Seen take() throws InterruptedException {
        final FakeUpstream.Seen s = seen.poll(10, TimeUnit.SECONDS);
        if (s == null) {
            throw new AssertionError("the upstream received no request");
        }
        return s;
    }

    /** How many requests are not yet taken. */
    public int pending() {
        return seen.size();
    }

    /** Forgets requests not yet taken (those of earlier tests). */
    public void drain() {
        seen.clear();
    }

    private HttpResponse answer(AggregatedHttpRequest agg) {
        final FakeUpstream.Seen s = new FakeUpstream.Seen(agg.headers(), agg.contentUtf8());
        seen.add(s);
        if (!("Bearer " + key).equals(agg.headers().get("authorization"))) {
            return HttpResponse.of(HttpStatus.UNAUTHORIZED, MediaType.JSON_UTF_8,
                                   "{\"error\":{\"message\":\"Incorrect API key\",\"type\":\"invalid_request_error\"}}");
        }
        final JsonNode body = s.json();
        final boolean stream = body.path("stream").asBoolean(false);
        switch (body.path("model").asText()) {
            case "rate-limited":
                return HttpResponse.of(ResponseHeaders.builder(429).contentType(MediaType.JSON_UTF_8)
                                                      .add("retry-after", "3").build(),
                                       HttpData.ofUtf8(new String(Fixtures.bytes(
                                               "openai/responses/vercel-openai-error.1.json"))));
            case "reasoning-tools":
                return HttpResponse.of(HttpStatus.OK, MediaType.JSON_UTF_8,
                                       Fixtures.written("responses/reasoning-encrypted-function-call.json"));
            case "data-only":
                return stream ? raw(Fixtures.written("responses/dataonly-comments-done-reasoning-last.sse"))
                              : HttpResponse.of(HttpStatus.OK, MediaType.JSON_UTF_8,
                                                Fixtures.written("responses/reasoning-text-usage-cost.json"));
            case "tools":
                return events(Fixtures.lines("golden/responses/tool-call-stream.jsonl"));
            case "web-search":
                return stream ? raw(Fixtures.written("responses/web-search-url-citation.sse"))
                              : HttpResponse.of(HttpStatus.OK, MediaType.JSON_UTF_8,
                                                Fixtures.written("responses/web-search-url-citation.json"));
            default:
                return stream ? events(Fixtures.jsonl("openai/responses/vercel-openai-phase.1.chunks.jsonl"))
                              : HttpResponse.of(HttpStatus.OK, MediaType.JSON_UTF_8,
                                                new String(Fixtures.bytes("openai/responses/vercel-openai-phase.1.json")));
        }
    }

    /** Each payload as an SSE event named by its type, the way the Responses API streams. */
    private static HttpResponse events(List<String> payloads) {
        final HttpResponseWriter w = HttpResponse.streaming();
        w.write(ResponseHeaders.of(HttpStatus.OK, "content-type", "text/event-stream"));
        for (String p : payloads) {
            final String type;
            try {
                type = mapper.readTree(p).get("type").asText();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            w.write(HttpData.ofUtf8("event: " + type + "\ndata: " + p + "\n\n"));
        }
        w.close();
        return w;
    }

    /** A stream body sent as written, cut after each comment so the keep-alives arrive on their own. */
    private static HttpResponse raw(String sse) {
        final HttpResponseWriter w = HttpResponse.streaming();
        w.write(ResponseHeaders.of(HttpStatus.OK, "content-type", "text/event-stream"));
        for (String piece : sse.split("(?<=PROCESSING\n\n)")) {
            w.write(HttpData.ofUtf8(piece));
        }
        w.close();
        return w;
    }

    @Override
    public void close() {
        server.stop();
    }
}
