package dev.switchboard.server.testing;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.server.Server;

/**
 * GitHub Models on loopback, answering only where GitHub's REST reference documents it: the
 * catalog at {@code GET /catalog/models} (a bare array of models with {@code id} as
 * {@code publisher/name}, {@code publisher}, {@code capabilities}, {@code limits}…) and inference at
 * {@code POST /inference/chat/completions}. Anything else is a 404, as an undocumented path may be.
 * Bodies written from docs.github.com/rest/models/catalog and /rest/models/inference.
 */
public final class FakeGitHubModels implements AutoCloseable {
    /** The catalog as the reference's example shows it, with a second entry of the same shape. */
    static final String CATALOG = "[{\"id\":\"openai/gpt-4.1\",\"name\":\"OpenAI GPT-4.1\",\"publisher\":\"OpenAI\","
            + "\"registry\":\"azure-openai\",\"summary\":\"gpt-4.1 outperforms gpt-4o across the board, with major gains "
            + "in coding, instruction following, and long-context understanding\","
            + "\"html_url\":\"https://github.com/marketplace/models/azure-openai/gpt-4-1\",\"version\":\"2025-04-14\","
            + "\"capabilities\":[\"streaming\",\"tool-calling\"],"
            + "\"limits\":{\"max_input_tokens\":1048576,\"max_output_tokens\":32768},\"rate_limit_tier\":\"high\","
            + "\"supported_input_modalities\":[\"text\",\"image\",\"audio\"],\"supported_output_modalities\":[\"text\"],"
            + "\"tags\":[\"multipurpose\",\"multilingual\",\"multimodal\"]},"
            + "{\"id\":\"microsoft/phi-4\",\"name\":\"Phi-4\",\"publisher\":\"Microsoft\",\"registry\":\"azureml\","
            + "\"summary\":\"Phi-4 14B, a highly capable model for low latency scenarios.\","
            + "\"html_url\":\"https://github.com/marketplace/models/azureml/Phi-4\",\"version\":\"7\","
            + "\"capabilities\":[\"streaming\"],\"limits\":{\"max_input_tokens\":16384,\"max_output_tokens\":16384},"
            + "\"rate_limit_tier\":\"low\",\"supported_input_modalities\":[\"text\"],"
            + "\"supported_output_modalities\":[\"text\"],\"tags\":[\"reasoning\",\"conversation\"]}]";
    static final String COMPLETION = "{\"id\":\"chatcmpl-gh1\",\"object\":\"chat.completion\",\"created\":1747300000,"
            + "\"model\":\"gpt-4.1-2025-04-14\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
            + "\"content\":\"Hello!\"},\"finish_reason\":\"stop\"}],"
            + "\"usage\":{\"prompt_tokens\":8,\"completion_tokens\":2,\"total_tokens\":10}}";

    private final Server server;
    private final BlockingQueue<FakeUpstream.Seen> seen = new LinkedBlockingQueue<>();

    public FakeGitHubModels(String key) {
        SecretsSeen.record(key);
        server = Server.builder()
                       .http(new InetSocketAddress("127.0.0.1", 0))
                       .requestTimeout(Duration.ZERO)
                       .gracefulShutdownTimeout(Duration.ZERO, Duration.ZERO)
                       .serviceUnder("/", (ctx, req) -> HttpResponse.of(req.aggregate().thenApply(agg -> {
                           seen.add(new FakeUpstream.Seen(agg.headers(), agg.contentUtf8()));
                           if (!("Bearer " + key).equals(agg.headers().get("authorization"))) {
                               return HttpResponse.of(HttpStatus.UNAUTHORIZED, MediaType.JSON_UTF_8,
                                                      "{\"message\":\"Bad credentials\"}");
                           }
                           final HttpMethod method = agg.headers().method();
                           if (method == HttpMethod.GET && "/catalog/models".equals(ctx.path())) {
                               return HttpResponse.of(HttpStatus.OK, MediaType.JSON_UTF_8, CATALOG);
                           }
                           if (method == HttpMethod.POST && "/inference/chat/completions".equals(ctx.path())) {
                               return HttpResponse.of(HttpStatus.OK, MediaType.JSON_UTF_8, COMPLETION);
                           }
                           return HttpResponse.of(HttpStatus.NOT_FOUND, MediaType.JSON_UTF_8,
                                                  "{\"message\":\"Not Found\"}");
                       })))
                       .build();
        server.start().join();
    }

    /** The server root, without a base path. */
    public String root() {
        return "http://127.0.0.1:" + server.activeLocalPort();
    }

    /** The next request received, in order, model lists included. */
    public FakeUpstream.Seen take() throws InterruptedException {
        final FakeUpstream.Seen s = seen.poll(10, TimeUnit.SECONDS);
        if (s == null) {
            throw new AssertionError("GitHub Models received no request");
        }
        return s;
    }

    /** Everything received so far. */
    public java.util.List<FakeUpstream.Seen> drain() {
        final java.util.List<FakeUpstream.Seen> out = new java.util.ArrayList<>();
        seen.drainTo(out);
        return out;
    }

    @Override
    public void close() {
        server.stop();
    }
}
