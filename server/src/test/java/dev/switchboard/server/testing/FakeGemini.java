package dev.switchboard.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.linecorp.armeria.common.AggregatedHttpRequest;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpResponseWriter;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.server.Server;
import com.linecorp.armeria.server.ServiceRequestContext;

import dev.switchboard.transcoder.testing.Fixtures;

/**
 * A fake Gemini API ({@code /v1beta}) on loopback, replaying recorded Gemini traffic. It checks what
 * a real endpoint would: the key in {@code x-goog-api-key} (never in the URL), the method path
 * {@code /v1beta/models/<model>:generateContent} or {@code :streamGenerateContent?alt=sse}, and a
 * body of Gemini's shape; a request that fails a check gets a 400 naming the problem. Streams go out
 * one event per write, separated by CRLF CRLF as Gemini sends them. By model:
 * <ul>
 *   <li>{@code gemini-3-pro-preview}: the recorded function call (with its thoughtSignature), or,
 *       once the request carries a functionResponse, the recorded text answer to it;</li>
 *   <li>{@code gemini-thinking}: the recorded answer whose last part carries a thoughtSignature;</li>
 *   <li>{@code rate-limited}: 429 with a RetryInfo of 30s in the body (no Retry-After header);</li>
 *   <li>{@code overloaded}: 503 UNAVAILABLE;</li>
 *   <li>{@code error-in-stream}: one text event, then an error event;</li>
 *   <li>anything else: the recorded text answer or stream.</li>
 * </ul>
 * {@code :countTokens} answers the recorded count (gemini/jsgenai-count-tokens.json) to a body of
 * either documented form. {@code :embedContent} and {@code :batchEmbedContents} are SYNTHETIC (no
 * Gemini embeddings recording exists): the API reference's shapes, carrying the vectors of the
 * recorded OpenAI embeddings; a body that is not of the method's shape gets a 400.
 */
public final class FakeGemini implements AutoCloseable {
    private static final Pattern METHOD = Pattern.compile("/v1beta/models/([^/:]+):(generateContent|streamGenerateContent)");
    private static final Pattern OTHER = Pattern.compile("/v1beta/models/([^/:]+):(embedContent|batchEmbedContents|countTokens)");

    private static final ObjectMapper mapper = new ObjectMapper();

    private final Server server;
    private final String key;
    private final BlockingQueue<FakeUpstream.Seen> seen = new LinkedBlockingQueue<>();

    public FakeGemini(String key) {
        SecretsSeen.record(key);
        this.key = key;
        server = Server.builder()
                       .http(new InetSocketAddress("127.0.0.1", 0))
                       .requestTimeout(Duration.ZERO)
                       .gracefulShutdownTimeout(Duration.ZERO, Duration.ZERO)
                       .serviceUnder("/v1beta/", (ctx, req) -> HttpResponse.of(
                               req.aggregate().thenApply(agg -> answer(ctx, agg))))
                       .build();
        server.start().join();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.activeLocalPort() + "/v1beta";
    }

    public FakeUpstream.Seen take() throws InterruptedException {
        final FakeUpstream.Seen s = seen.poll(10, TimeUnit.SECONDS);
        if (s == null) {
            throw new AssertionError("the upstream received no request");
        }
        return s;
    }

    /** Forgets requests not yet taken (those of earlier tests, and model-list refreshes). */
    public void drain() {
        seen.clear();
    }

    private HttpResponse answer(ServiceRequestContext ctx, AggregatedHttpRequest agg) {
        final FakeUpstream.Seen s = new FakeUpstream.Seen(agg.headers(), agg.contentUtf8());
        final String query = ctx.query();
        if (query != null && query.contains("key=")) {
            return invalid("API key sent in the URL");
        }
        if (!key.equals(agg.headers().get("x-goog-api-key"))) {
            return invalid("API key not valid. Please pass a valid API key.");
        }
        if (agg.method() == HttpMethod.GET && "/v1beta/models".equals(ctx.path())) {
            return json(HttpStatus.OK, "{\"models\":[{\"name\":\"models/gemini-2.5-flash\"},"
                                       + "{\"name\":\"models/gemini-3-pro-preview\"}]}");
        }
        seen.add(s);
        final Matcher other = OTHER.matcher(ctx.path());
        if (agg.method() == HttpMethod.POST && other.matches()) {
            return other(other.group(1), other.group(2), s.json());
        }
        final Matcher m = METHOD.matcher(ctx.path());
        if (agg.method() != HttpMethod.POST || !m.matches()) {
            return HttpResponse.of(HttpStatus.NOT_FOUND, MediaType.JSON_UTF_8,
                                   "{\"error\":{\"code\":404,\"message\":\"no such method\",\"status\":\"NOT_FOUND\"}}");
        }
        final boolean stream = "streamGenerateContent".equals(m.group(2));
        if (stream != "alt=sse".equals(query)) {
            return invalid(stream ? "streams must ask for alt=sse" : "unexpected query " + query);
        }
        final String problem = shapeProblem(s.json());
        if (problem != null) {
            return invalid(problem);
        }
        switch (m.group(1)) {
            case "gemini-3-pro-preview":
                return hasFunctionResponse(s.json())
                       ? events(Fixtures.sseData("gemini/louter-stream-fc-turn1.response.sse"))
                       : events(Fixtures.jsonl("gemini/vercel-google-tool-call.chunks.jsonl"));
            case "gemini-thinking":
                return stream ? events(Fixtures.jsonl("gemini/vercel-google-reasoning.chunks.jsonl"))
                              : json(HttpStatus.OK, new String(Fixtures.bytes("gemini/vercel-google-reasoning.json")));
            case "rate-limited":
                return json(HttpStatus.TOO_MANY_REQUESTS,
                            "{\"error\":{\"code\":429,\"message\":\"You exceeded your current quota, please check your"
                            + " plan.\",\"status\":\"RESOURCE_EXHAUSTED\",\"details\":[{\"@type\":"
                            + "\"type.googleapis.com/google.rpc.RetryInfo\",\"retryDelay\":\"30s\"}]}}");
            case "overloaded":
                return json(HttpStatus.SERVICE_UNAVAILABLE, "{\"error\":{\"code\":503,\"message\":\"The model is"
                                                            + " overloaded. Please try again later.\",\"status\":\"UNAVAILABLE\"}}");
            case "error-in-stream":
                return events(List.of(Fixtures.jsonl("gemini/vercel-google-text.chunks.jsonl").get(0),
                                      "{\"error\":{\"code\":500,\"message\":\"Internal error encountered.\","
                                      + "\"status\":\"INTERNAL\"}}"));
            default:
                return stream ? events(jsgenaiSegments("gemini/jsgenai-stream-text-gemini-2.0-flash.json"))
                              : json(HttpStatus.OK, new String(Fixtures.bytes("gemini/vercel-google-text.json")));
        }
    }

    private static HttpResponse other(String model, String method, JsonNode body) {
        switch (method) {
            case "countTokens":
                if (body.has("contents") == body.has("generateContentRequest")) {
                    return invalid("send either contents or generateContentRequest");
                }
                final String problem = shapeProblem(body.has("contents") ? body : body.get("generateContentRequest"));
                if (problem != null) {
                    return invalid(problem);
                }
                return json(HttpStatus.OK, recordedCount());
            case "embedContent":
                return body.path("content").path("parts").path(0).has("text")
                       ? json(HttpStatus.OK, "{\"embedding\":" + vector(0) + "}")
                       : invalid("content is not specified");
            default:
                final StringBuilder sb = new StringBuilder("{\"embeddings\":[");
                final JsonNode requests = body.path("requests");
                for (int i = 0; i < requests.size(); i++) {
                    if (!("models/" + model).equals(requests.get(i).path("model").asText())) {
                        return invalid("requests[" + i + "].model must be the batch's model");
                    }
                    sb.append(i == 0 ? "" : ",").append(vector(i % 2));
                }
                return requests.isEmpty() ? invalid("requests is not specified") : json(HttpStatus.OK, sb + "]}");
        }
    }

    /** {@code {"values": [...]}} with vector {@code i} of the recorded OpenAI embeddings. */
    private static String vector(int i) {
        try {
            return "{\"values\":" + mapper.readTree(Fixtures.bytes("openai/vercel-openai-embedding.json"))
                                          .at("/data/" + i + "/embedding") + "}";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String recordedCount() {
        try {
            return mapper.readTree(Fixtures.bytes("gemini/jsgenai-count-tokens.json"))
                         .at("/interactions/0/response/bodySegments/0").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a real endpoint would reject: OpenAI's fields, or contents that are not Gemini's. */
    @Nullable
    private static String shapeProblem(JsonNode body) {
        for (String field : new String[] { "model", "messages", "stream", "stream_options" }) {
            if (body.has(field)) {
                return "Invalid JSON payload received. Unknown name \"" + field + "\"";
            }
        }
        final JsonNode contents = body.path("contents");
        if (!contents.isArray() || contents.isEmpty()) {
            return "contents is not specified";
        }
        for (JsonNode c : contents) {
            final String role = c.path("role").asText();
            if (!"user".equals(role) && !"model".equals(role)) {
                return "Please use a valid role: user, model.";
            }
            if (!c.path("parts").isArray() || c.path("parts").isEmpty()) {
                return "contents.parts must not be empty";
            }
        }
        return null;
    }

    private static boolean hasFunctionResponse(JsonNode body) {
        for (JsonNode c : body.path("contents")) {
            for (JsonNode p : c.path("parts")) {
                if (p.has("functionResponse")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The SSE payloads js-genai recorded for the first exchange of a replay file. */
    private static List<String> jsgenaiSegments(String path) {
        try {
            final List<String> out = new ArrayList<>();
            mapper.readTree(Fixtures.bytes(path)).at("/interactions/0/response/bodySegments")
                  .forEach(segment -> out.add(segment.toString()));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse events(List<String> payloads) {
        final HttpResponseWriter w = HttpResponse.streaming();
        w.write(ResponseHeaders.of(HttpStatus.OK, "content-type", "text/event-stream"));
        for (String p : payloads) {
            w.write(HttpData.ofUtf8("data: " + p + "\r\n\r\n"));
        }
        w.close();
        return w;
    }

    private static HttpResponse invalid(String message) {
        return json(HttpStatus.BAD_REQUEST, "{\"error\":{\"code\":400,\"message\":\"" + message.replace("\"", "\\\"")
                                            + "\",\"status\":\"INVALID_ARGUMENT\"}}");
    }

    private static HttpResponse json(HttpStatus status, String body) {
        return HttpResponse.of(status, MediaType.JSON_UTF_8, body);
    }

    @Override
    public void close() {
        server.stop();
    }
}
