package dev.switchboard.server.testing;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.linecorp.armeria.common.AggregatedHttpRequest;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpResponseWriter;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.RequestHeaders;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.server.Server;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.transcoder.testing.Fixtures;

/**
 * A fake OpenAI-compatible provider on loopback. It replays recorded provider traffic and
 * misbehaves on cue, chosen by the requested model name:
 * <ul>
 *   <li>{@code gpt-4o-mini} (any other name): recorded text completion / stream;</li>
 *   <li>{@code tools}: recorded parallel tool-call stream / recorded tool-call completion;</li>
 *   <li>{@code grok-3-mini}: xAI's recorded reasoning answer / stream, whose completion_tokens leave
 *       out its reasoning_tokens (openai-compatible/vercel-xai-text);</li>
 *   <li>{@code rate-limited}: 429 with Retry-After: 7;</li>
 *   <li>{@code server-error}: 500;</li>
 *   <li>{@code overloaded}: 503;</li>
 *   <li>{@code flaky-N}: 503 for the first N requests, then the recorded answer;</li>
 *   <li>{@code retry-after-1}: 429 with Retry-After: 1 once, then the recorded answer;</li>
 *   <li>{@code retry-after-ms-2}: 429 with {@code retry-after-ms: 800} (and {@code retry-after: 0},
 *       which the official SDKs read only without the former) twice, then the recorded answer;</li>
 *   <li>{@code quota-exhausted}: OpenAI's 429 insufficient_quota with {@code x-should-retry: false};</li>
 *   <li>{@code should-retry-400}: a 400 with {@code x-should-retry: true} once, then the recorded answer;</li>
 *   <li>{@code conflict-once}: a 409 (no x-should-retry) once, then the recorded answer;</li>
 *   <li>{@code retry-after-2}: 429 with Retry-After: 2, every time;</li>
 *   <li>{@code out-of-requests} (and any name it starts): the recorded answer / stream, whose headers say, as OpenAI's do,
 *       that no request is left until the window resets in 2 s
 *       ({@code x-ratelimit-remaining-requests: 0}, {@code x-ratelimit-reset-requests: 2s});</li>
 *   <li>{@code toggle}: 503 while {@link #failing(boolean)} is on;</li>
 *   <li>{@code slow-first}: the recorded answer after 150 ms;</li>
 *   <li>{@code too-long}: 400 context_length_exceeded;</li>
 *   <li>{@code leaky-error}, {@code error-in-stream}: a 400, or an error event after one chunk,
 *       whose message repeats the provider key (as some upstreams do);</li>
 *   <li>{@code hang}: never answers ({@link #unaryAbandoned} says when the gateway gave up);</li>
 *   <li>{@code hang-stream}: one chunk, then silence until the client goes away;</li>
 *   <li>{@code broken-stream}: one chunk, then the connection is reset;</li>
 *   <li>{@code cut-tools}, {@code cut-reasoning}, {@code cut-refusal}, {@code cut-n3}: the first time
 *       (per model name), a stream reset after part of a tool call's arguments, of reasoning, of a
 *       refusal, or of the text of three choices; every later time the whole stream;</li>
 *   <li>{@code or-400-after-text}, {@code or-400-first}, {@code or-server-after-text}: OpenRouter's
 *       in-stream error chunks (fixtures/written), a client error after text or first, a server
 *       error after text; {@code or-400-body}: a 200 whose body is OpenRouter's 400 error;</li>
 *   <li>{@code roleless-text}, {@code roleless-tools}, {@code n3}: hand-written streams from the
 *       reference (fixtures/written) with no role, and with {@code n: 3} interleaved choices.</li>
 *   <li>{@code deepseek-thinking}: a hand-written DeepSeek thinking-mode answer (fixtures/written)
 *       that reasons in {@code reasoning_content} and calls a tool, whole or not.</li>
 * </ul>
 * {@code /embeddings} answers with the recorded OpenAI embeddings (openai/vercel-openai-embedding.json),
 * its first N items for N inputs, 503 for model {@code overloaded}, or never for model {@code hang}.
 * Every request is recorded (with when each chat request arrived, per model), and a request
 * without the expected key gets 401.
 */
public final class FakeUpstream implements AutoCloseable {
    private static final ObjectMapper mapper = new ObjectMapper();

    /** One request as the upstream saw it. */
    public record Seen(RequestHeaders headers, String body) {
        public JsonNode json() {
            try {
                return mapper.readTree(body);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final Server server;
    @Nullable
    private final String expectedKey;
    private final BlockingQueue<Seen> seen = new LinkedBlockingQueue<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final Map<String, List<Long>> arrivals = new ConcurrentHashMap<>();
    private final AtomicInteger modelLists = new AtomicInteger();
    private volatile List<String> modelIds = List.of("gpt-4o-mini", "tools");
    private volatile boolean failing;
    /** Completes when a hanging stream's client went away (the gateway cancelled it). */
    public final CompletableFuture<Throwable> streamAbandoned = new CompletableFuture<>();
    /** Completes when a request for model {@code hang} was abandoned: its stream reset or connection closed. */
    public final CompletableFuture<Throwable> unaryAbandoned = new CompletableFuture<>();

    /** A fake that requires {@code Bearer <expectedKey>}, or no key at all when it is null. */
    public FakeUpstream(@Nullable String expectedKey) {
        this.expectedKey = expectedKey;
        if (expectedKey != null) {
            SecretsSeen.record(expectedKey);
        }
        server = Server.builder()
                       .http(new InetSocketAddress("127.0.0.1", 0))
                       .requestTimeout(Duration.ZERO)
                       .gracefulShutdownTimeout(Duration.ZERO, Duration.ZERO)
                       // Any base path, so a preset's own path (/api/v1, /inference…) can be checked.
                       .serviceUnder("/", (ctx, req) -> {
                           if (ctx.path().endsWith("/models")) {
                               modelLists.incrementAndGet();
                               return authorized(req) ? models() : unauthorized();
                           }
                           if (ctx.path().endsWith("/embeddings")) {
                               return HttpResponse.of(req.aggregate().thenApply(agg -> embeddings(ctx, agg)));
                           }
                           if (ctx.path().endsWith("/chat/completions")) {
                               return HttpResponse.of(req.aggregate().thenApply(agg -> chat(ctx, agg)));
                           }
                           return HttpResponse.of(HttpStatus.NOT_FOUND);
                       })
                       .build();
        server.start().join();
    }

    public String baseUrl() {
        return root() + "/v1";
    }

    /** The server root, without a base path. */
    public String root() {
        return "http://127.0.0.1:" + server.activeLocalPort();
    }

    /** The next request the upstream received. */
    public Seen take() throws InterruptedException {
        final Seen s = seen.poll(10, TimeUnit.SECONDS);
        if (s == null) {
            throw new AssertionError("the upstream received no request");
        }
        return s;
    }

    public int pending() {
        return seen.size();
    }

    /** With no expected key (a local server such as Ollama), anything goes. */
    private boolean authorized(com.linecorp.armeria.common.HttpHeaders headers) {
        return expectedKey == null || ("Bearer " + expectedKey).equals(headers.get("authorization"));
    }

    private boolean authorized(HttpRequest req) {
        return authorized(req.headers());
    }

    private HttpResponse chat(ServiceRequestContext ctx, AggregatedHttpRequest agg) {
        final Seen s = new Seen(agg.headers(), agg.contentUtf8());
        seen.add(s);
        if (!authorized(agg.headers())) {
            return unauthorized();
        }
        final JsonNode body = s.json();
        final boolean stream = body.path("stream").asBoolean(false);
        final boolean usage = body.path("stream_options").path("include_usage").asBoolean(false);
        final String model = body.path("model").asText();
        final int n = counts.computeIfAbsent(model, m -> new AtomicInteger()).incrementAndGet();
        arrivals.computeIfAbsent(model, m -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(System.nanoTime());
        if ("retry-after-ms-2".equals(model) && n <= 2) {
            return HttpResponse.of(ResponseHeaders.builder(429).contentType(MediaType.JSON_UTF_8)
                                                  .add("retry-after-ms", "800").add("retry-after", "0").build(),
                                   HttpData.ofUtf8("{\"error\":{\"message\":\"Rate limit reached for requests\","
                                                   + "\"type\":\"requests\",\"param\":null,"
                                                   + "\"code\":\"rate_limit_exceeded\"}}"));
        }
        if ("should-retry-400".equals(model) && n == 1) {
            return HttpResponse.of(ResponseHeaders.builder(400).contentType(MediaType.JSON_UTF_8)
                                                  .add("x-should-retry", "true").build(),
                                   HttpData.ofUtf8("{\"error\":{\"message\":\"Please retry your request\","
                                                   + "\"type\":\"invalid_request_error\"}}"));
        }
        if ("conflict-once".equals(model) && n == 1) {
            return HttpResponse.of(HttpStatus.CONFLICT, MediaType.JSON_UTF_8,
                                   "{\"error\":{\"message\":\"Another request holds the lock\","
                                   + "\"type\":\"invalid_request_error\"}}");
        }
        if (model.startsWith("flaky-") && n <= Integer.parseInt(model.substring(6))) {
            return overloaded();
        }
        if ("retry-after-1".equals(model) && n == 1) {
            return HttpResponse.of(ResponseHeaders.builder(429).contentType(MediaType.JSON_UTF_8)
                                                  .add("retry-after", "1").build(),
                                   HttpData.ofUtf8("{\"error\":{\"message\":\"slow down\",\"type\":\"requests\"}}"));
        }
        if ("retry-after-2".equals(model)) {
            return HttpResponse.of(ResponseHeaders.builder(429).contentType(MediaType.JSON_UTF_8)
                                                  .add("retry-after", "2").build(),
                                   HttpData.ofUtf8("{\"error\":{\"message\":\"slow down\",\"type\":\"requests\"}}"));
        }
        if (model.startsWith("out-of-requests")) {
            return (stream ? sse(Fixtures.string("openai/chat/louter-stream-gpt-4o-mini-no-usage.sse"))
                           : json(Fixtures.string("openai/chat/vercel-openai-text.json")))
                    .mapHeaders(h -> h.toBuilder().add("x-ratelimit-limit-requests", "60")
                                      .add("x-ratelimit-remaining-requests", "0")
                                      .add("x-ratelimit-reset-requests", "2s")
                                      .add("x-ratelimit-remaining-tokens", "149984")
                                      .add("x-ratelimit-reset-tokens", "6ms").build());
        }
        if ("toggle".equals(model) && failing) {
            return overloaded();
        }
        if ("slow-first".equals(model)) {
            final HttpResponse answer = stream ? sse(Fixtures.string("openai/chat/louter-stream-gpt-4o-mini-no-usage.sse"))
                                               : json(Fixtures.string("openai/chat/vercel-openai-text.json"));
            return HttpResponse.delayed(answer, Duration.ofMillis(150));
        }
        switch (model) {
            case "tools":
                return stream ? sse(Fixtures.string("openai/chat/oaipy-stream-parallel-tool-calls.sse"))
                              : json(Fixtures.string("openai-compatible/vercel-xai-tool-call.json"));
            case "grok-3-mini":
                return stream ? sse(Fixtures.jsonl("openai-compatible/vercel-xai-text.chunks.jsonl").stream()
                                            .map(data -> "data: " + data + "\n\n")
                                            .collect(Collectors.joining("", "", "data: [DONE]\n\n")))
                              : json(Fixtures.string("openai-compatible/vercel-xai-text.json"));
            case "rate-limited":
                return HttpResponse.of(ResponseHeaders.builder(429).contentType(MediaType.JSON_UTF_8)
                                                      .add("retry-after", "7").build(),
                                       HttpData.ofUtf8("{\"error\":{\"message\":\"Rate limit reached for requests\","
                                                       + "\"type\":\"requests\",\"param\":null,"
                                                       + "\"code\":\"rate_limit_exceeded\"}}"));
            case "overloaded":
                return overloaded();
            case "quota-exhausted":
                // OpenAI's answer when the account is out of credit: waiting will not help.
                return HttpResponse.of(ResponseHeaders.builder(429).contentType(MediaType.JSON_UTF_8)
                                                      .add("x-should-retry", "false").build(),
                                       HttpData.ofUtf8("{\"error\":{\"message\":\"You exceeded your current quota, "
                                                       + "please check your plan and billing details.\","
                                                       + "\"type\":\"insufficient_quota\",\"param\":null,"
                                                       + "\"code\":\"insufficient_quota\"}}"));
            case "leaky-error":
                return HttpResponse.of(HttpStatus.BAD_REQUEST, MediaType.JSON_UTF_8,
                                       "{\"error\":{\"message\":\"Key " + expectedKey + " may not use this model\","
                                       + "\"type\":\"invalid_request_error\"}}");
            case "error-in-stream":
                return sse(FIRST_CHUNK + "data: {\"error\":{\"message\":\"Overloaded for key " + expectedKey
                           + "\",\"type\":\"server_error\"}}\n\n");
            case "too-long":
                return HttpResponse.of(HttpStatus.BAD_REQUEST, MediaType.JSON_UTF_8,
                                       "{\"error\":{\"message\":\"This model's maximum context length is 8192 tokens\","
                                       + "\"type\":\"invalid_request_error\",\"code\":\"context_length_exceeded\"}}");
            case "server-error":
                return HttpResponse.of(HttpStatus.INTERNAL_SERVER_ERROR, MediaType.JSON_UTF_8,
                                       "{\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\"}}");
            case "hang":
                return hanging(ctx);
            case "hang-stream":
                return hangingStream(ctx);
            case "broken-stream":
                return brokenStream();
            case "cut-tools":
                return cutOnce(n, Fixtures.string("openai/chat/oaipy-stream-parallel-tool-calls.sse"), 4);
            case "cut-reasoning":
                return cutOnce(n, REASONING, 2);
            case "cut-refusal":
                return cutOnce(n, REFUSAL, 2);
            case "cut-n3":
                return cutOnce(n, Fixtures.written("openai/chat/n3-interleaved-include-usage.sse"), 5);
            case "n3":
                return sse(Fixtures.written("openai/chat/n3-interleaved-include-usage.sse"));
            case "or-400-after-text":
                return sse(Fixtures.written("openai-compatible/openrouter-error-400-after-text.sse"));
            case "or-400-first":
                return sse(Fixtures.written("openai-compatible/openrouter-error-400-first.sse"));
            case "or-server-after-text":
                return sse(Fixtures.written("openai-compatible/openrouter-error-server-after-text.sse"));
            case "or-400-body":
                return json("{\"error\":{\"code\":400,\"message\":\"Token limit reached\"}}");
            case "deepseek-thinking":
                return json(Fixtures.written("openai-compatible/deepseek-thinking-tool-call.json"));
            case "roleless-text":
                return sse(Fixtures.written("openai/chat/roleless-text.sse"));
            case "roleless-tools":
                return sse(Fixtures.written("openai/chat/roleless-tool-calls.sse"));
            default:
                return stream ? sse(Fixtures.string(usage ? "openai/chat/oaipy-stream-text-include-usage.sse"
                                                          : "openai/chat/louter-stream-gpt-4o-mini-no-usage.sse"))
                              : json(Fixtures.string("openai/chat/vercel-openai-text.json"));
        }
    }

    private HttpResponse embeddings(ServiceRequestContext ctx, AggregatedHttpRequest agg) {
        final Seen s = new Seen(agg.headers(), agg.contentUtf8());
        seen.add(s);
        if (!authorized(agg.headers())) {
            return unauthorized();
        }
        final JsonNode body = s.json();
        if ("overloaded".equals(body.path("model").asText())) {
            return overloaded();
        }
        if ("hang".equals(body.path("model").asText())) {
            return hanging(ctx);
        }
        final JsonNode input = body.path("input");
        final int n = input.isArray() && input.path(0).isContainerNode() || input.isArray() && input.path(0).isTextual()
                      ? input.size() : 1;
        try {
            final com.fasterxml.jackson.databind.node.ObjectNode recorded =
                    (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(
                            Fixtures.bytes("openai/vercel-openai-embedding.json"));
            final com.fasterxml.jackson.databind.node.ArrayNode data =
                    (com.fasterxml.jackson.databind.node.ArrayNode) recorded.get("data");
            while (data.size() > n) {
                data.remove(data.size() - 1);
            }
            return json(recorded.toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final String FIRST_CHUNK =
            "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\","
            + "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"Hel\"},"
            + "\"finish_reason\":null}]}\n\n";

    private HttpResponse hangingStream(ServiceRequestContext ctx) {
        final HttpResponseWriter w = HttpResponse.streaming();
        w.write(ResponseHeaders.of(HttpStatus.OK, "content-type", "text/event-stream"));
        w.write(HttpData.ofUtf8(FIRST_CHUNK));
        w.whenComplete().handle((unused, cause) -> streamAbandoned.complete(cause));
        ctx.whenRequestCancelled().thenAccept(streamAbandoned::complete);
        return w;
    }

    /** No answer ever; the end of the exchange (the caller's reset or close) is recorded. */
    private HttpResponse hanging(ServiceRequestContext ctx) {
        final HttpResponseWriter w = HttpResponse.streaming();
        w.whenComplete().handle((unused, cause) -> unaryAbandoned.complete(cause));
        ctx.whenRequestCancelled().thenAccept(unaryAbandoned::complete);
        return w;
    }

    private static HttpResponse brokenStream() {
        final HttpResponseWriter w = HttpResponse.streaming();
        w.write(ResponseHeaders.of(HttpStatus.OK, "content-type", "text/event-stream"));
        w.write(HttpData.ofUtf8(FIRST_CHUNK));
        w.whenConsumed().thenRun(() -> w.abort(new IllegalStateException("connection reset on purpose")));
        return w;
    }

    private static final String FINISH_STOP =
            "data: {\"id\":\"chatcmpl-cut\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\","
            + "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n";

    /** A DeepSeek-style stream: reasoning in {@code reasoning_content}, then the answer. */
    private static final String REASONING = chunk("{\"role\":\"assistant\",\"content\":null,"
                                                  + "\"reasoning_content\":\"The capital\"}")
                                            + chunk("{\"reasoning_content\":\" of France is Paris.\"}")
                                            + chunk("{\"content\":\"Paris.\"}") + FINISH_STOP;

    /** A refusal streamed as OpenAI streams one: {@code delta.refusal} fragments. */
    private static final String REFUSAL = chunk("{\"role\":\"assistant\",\"content\":null,\"refusal\":\"\"}")
                                          + chunk("{\"refusal\":\"I can't\"}")
                                          + chunk("{\"refusal\":\" help with that.\"}") + FINISH_STOP;

    private static String chunk(String delta) {
        return "data: {\"id\":\"chatcmpl-cut\",\"object\":\"chat.completion.chunk\",\"created\":1,"
               + "\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":null}]}\n\n";
    }

    /** The first request's stream reset after {@code events} events; later ones whole. */
    static HttpResponse cutOnce(int request, String recording, int events) {
        if (request > 1) {
            return sse(recording);
        }
        final HttpResponseWriter w = HttpResponse.streaming();
        w.write(ResponseHeaders.of(HttpStatus.OK, "content-type", "text/event-stream"));
        final String[] all = recording.split("(?<=\n\n)");
        for (int i = 0; i < events; i++) {
            w.write(HttpData.ofUtf8(all[i]));
        }
        w.whenConsumed().thenRun(() -> w.abort(new IllegalStateException("connection reset on purpose")));
        return w;
    }

    /** Replays a recorded SSE body one event per write, as a real upstream sends it. */
    static HttpResponse sse(String recording) {
        final HttpResponseWriter w = HttpResponse.streaming();
        w.write(ResponseHeaders.of(HttpStatus.OK, "content-type", "text/event-stream"));
        for (String event : recording.split("(?<=\n\n)")) {
            w.write(HttpData.ofUtf8(event));
        }
        w.close();
        return w;
    }

    private static HttpResponse overloaded() {
        return HttpResponse.of(HttpStatus.SERVICE_UNAVAILABLE, MediaType.JSON_UTF_8,
                               "{\"error\":{\"message\":\"The engine is currently overloaded\","
                               + "\"type\":\"server_error\"}}");
    }

    /** How many chat requests named {@code model}. */
    public int count(String model) {
        final AtomicInteger c = counts.get(model);
        return c == null ? 0 : c.get();
    }

    /** When each chat request naming {@code model} arrived ({@link System#nanoTime()}), in order. */
    public List<Long> arrivals(String model) {
        return List.copyOf(arrivals.getOrDefault(model, List.of()));
    }

    /** How many model-list requests arrived (the gateway's health checks fetch the list). */
    public int modelLists() {
        return modelLists.get();
    }

    /** Makes model {@code toggle} answer 503 (true) or normally (false). */
    public void failing(boolean failing) {
        this.failing = failing;
    }

    static HttpResponse json(String body) {
        return HttpResponse.of(HttpStatus.OK, MediaType.JSON_UTF_8, body);
    }

    /** Makes the model list name {@code ids}, in this order (default: gpt-4o-mini, tools). */
    public void listModels(String... ids) {
        modelIds = List.of(ids);
    }

    private HttpResponse models() {
        return json("{\"object\":\"list\",\"data\":[" + modelIds.stream()
                .map(id -> "{\"id\":\"" + id + "\",\"object\":\"model\",\"created\":1721172741,\"owned_by\":\"system\"}")
                .collect(Collectors.joining(",")) + "]}");
    }

    private static HttpResponse unauthorized() {
        return HttpResponse.of(HttpStatus.UNAUTHORIZED, MediaType.JSON_UTF_8,
                               "{\"error\":{\"message\":\"Incorrect API key provided\",\"type\":\"invalid_request_error\","
                               + "\"code\":\"invalid_api_key\"}}");
    }

    public List<Seen> drain() {
        final List<Seen> out = new java.util.ArrayList<>();
        seen.drainTo(out);
        return out;
    }

    /** Stops without waiting: Netty's acceptor shutdown adds a fixed 2 s nobody here needs. */
    @Override
    public void close() {
        server.stop();
    }
}
