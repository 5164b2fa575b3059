package dev.switchboard.server.startup;

import java.net.InetSocketAddress;

import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.server.Server;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The OpenAI-compatible upstream of the archive's training run, on a free loopback port: a chat
 * completion whole or as server-sent events (the request's {@code "stream":true}), and a model list.
 */
final class TrainingUpstream {
    private static final String COMPLETION =
            "{\"id\":\"chatcmpl-training\",\"object\":\"chat.completion\",\"created\":1700000000,"
            + "\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
            + "\"content\":\"Hello.\"},\"finish_reason\":\"stop\"}],"
            + "\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":2,\"total_tokens\":11}}";
    private static final String CHUNK = "{\"id\":\"chatcmpl-training\",\"object\":\"chat.completion.chunk\","
                                        + "\"created\":1700000000,\"model\":\"gpt-4o-mini\",\"choices\":[";
    private static final String EVENTS =
            "data: " + CHUNK + "{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},"
            + "\"finish_reason\":null}]}\n\n"
            + "data: " + CHUNK + "{\"index\":0,\"delta\":{\"content\":\"Hel\"},\"finish_reason\":null}]}\n\n"
            + "data: " + CHUNK + "{\"index\":0,\"delta\":{\"content\":\"lo.\"},\"finish_reason\":null}]}\n\n"
            + "data: " + CHUNK + "{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
            + "data: " + CHUNK + "],\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":2,\"total_tokens\":11}}\n\n"
            + "data: [DONE]\n\n";
    private static final String MODELS =
            "{\"object\":\"list\",\"data\":[{\"id\":\"gpt-4o-mini\",\"object\":\"model\",\"created\":1700000000,"
            + "\"owned_by\":\"training\"}]}";

    private TrainingUpstream() {}

    static Server start() {
        final Server server = Server.builder()
                                    .http(new InetSocketAddress("127.0.0.1", 0))
                                    // Its own meters: the gateway's registry already has a server's.
                                    .meterRegistry(new SimpleMeterRegistry())
                                    .service("/v1/chat/completions", (ctx, req) -> HttpResponse.of(
                                            req.aggregate().thenApply(body -> body.contentUtf8().contains(
                                                    "\"stream\":true") ? events() : json(COMPLETION))))
                                    .service("/v1/models", (ctx, req) -> json(MODELS))
                                    .build();
        server.start().join();
        return server;
    }

    private static HttpResponse json(String body) {
        return HttpResponse.of(HttpStatus.OK, MediaType.JSON_UTF_8, body);
    }

    private static HttpResponse events() {
        return HttpResponse.of(ResponseHeaders.of(HttpStatus.OK, "content-type", MediaType.EVENT_STREAM.toString()),
                               HttpData.ofUtf8(EVENTS));
    }
}
