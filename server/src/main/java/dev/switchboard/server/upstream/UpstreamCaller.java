package dev.switchboard.server.upstream;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

import com.linecorp.armeria.client.RequestOptions;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpHeaders;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.common.stream.StreamMessage;

import dev.switchboard.server.observe.trace.TraceHeaders;
import dev.switchboard.server.provider.UpstreamProvider;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.format.EncodedRequest;
import dev.switchboard.transcoder.format.StreamDecoder;
import dev.switchboard.transcoder.format.UpstreamFormat;
import dev.switchboard.transcoder.format.UpstreamModel;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;

import io.netty.util.concurrent.EventExecutor;

/**
 * The one place that talks HTTP to providers, in whatever format the provider speaks: the adapter
 * builds and reads the bodies, this sends them. Pooling, keep-alive and HTTP/2 come from the shared
 * client factory; the provider's client already carries its base URL, auth and headers.
 */
public final class UpstreamCaller {
    private static final RequestOptions NO_RESPONSE_TIMEOUT = RequestOptions.builder().responseTimeoutMillis(0).build();

    /** A whole answer, and what the adapter had to leave out of the request. */
    public record Completion(ChatCompletionResponse response, List<String> droppedParams) {}

    /**
     * Told the status and headers of every chat answer, whole or streamed, success or failure,
     * before its body is read (the provider's own rate limits are there). Called on the event
     * loop: it must not block.
     */
    @FunctionalInterface
    public interface AnswerHeaders {
        AnswerHeaders NONE = (p, model, status, headers) -> {};

        void seen(UpstreamProvider p, String model, int status, HttpHeaders headers);
    }

    private final AnswerHeaders answers;

    public UpstreamCaller() {
        this(AnswerHeaders.NONE);
    }

    public UpstreamCaller(AnswerHeaders answers) {
        this.answers = answers;
    }

    /** Sends a chat completion and decodes the whole answer, within the provider's timeout. */
    public CompletableFuture<Completion> complete(UpstreamProvider p, ChatCompletionRequest req, String model) {
        return complete(p, req, model, p.timeout());
    }

    /** Sends a chat completion and decodes the whole answer, within {@code timeout}. */
    public CompletableFuture<Completion> complete(UpstreamProvider p, ChatCompletionRequest req, String model,
                                                  Duration timeout) {
        final UpstreamFormat format = p.adapter();
        final EncodedRequest encoded = format.encodeChat(req, model, false);
        return exchange(p, encoded, body -> new Completion(format.decodeChat(body), encoded.droppedParams()), timeout,
                        model);
    }

    /**
     * Sends a request an adapter built and decodes the successful answer with {@code decode}, within
     * {@code timeout}: the unary exchange every operation (chat, embeddings, token counts) shares.
     * Cancelling the returned future abandons the upstream request.
     */
    public <T> CompletableFuture<T> exchange(UpstreamProvider p, EncodedRequest encoded, Function<byte[], T> decode,
                                             Duration timeout) {
        return exchange(p, encoded, decode, timeout, null);
    }

    private <T> CompletableFuture<T> exchange(UpstreamProvider p, EncodedRequest encoded, Function<byte[], T> decode,
                                              Duration timeout, @Nullable String model) {
        final RequestOptions options = RequestOptions.builder().responseTimeout(timeout).build();
        final HttpResponse response = p.client().execute(post(p, encoded), options);
        final CompletableFuture<T> answer = response.aggregate().handle((res, cause) -> {
            if (cause != null) {
                throw UpstreamFailures.fromThrowable(p, cause);
            }
            if (model != null) {
                answers.seen(p, model, res.status().code(), res.headers());
            }
            final byte[] ok = successBody(p, res);
            try {
                return decode.apply(ok);
            } catch (GatewayException e) {
                throw UpstreamFailures.attributed(p, e);
            }
        });
        // Aborting the response resets its HTTP/2 stream or closes its HTTP/1 connection: the
        // upstream can stop generating an answer nobody will read.
        answer.whenComplete((unused, cause) -> {
            if (cause instanceof CancellationException) {
                response.abort();
            }
        });
        return answer;
    }

    /**
     * Starts a streamed chat completion: the upstream's SSE response, mapped to canonical chunks.
     * Subscribe with {@code executor}: chunks arrive there, in order, and the next network read is
     * asked for only when the subscriber asks for the next chunk. From now on the stream is timed
     * on {@code executor} (first byte, then silence between reads); every failure ends it with one
     * {@link GatewayException}. Cancelling the subscription abandons the upstream request.
     */
    public UpstreamStream stream(UpstreamProvider p, ChatCompletionRequest req, String model,
                                 EventExecutor executor) {
        final UpstreamFormat format = p.adapter();
        final EncodedRequest encoded = format.encodeChat(req, model, true);
        // Timed by the read clock, not by a response timeout that would bound the whole answer.
        final HttpResponse res = p.client().execute(post(p, encoded), NO_RESPONSE_TIMEOUT);
        return new UpstreamStream(chunks(p, res, format.newStreamDecoder(model), executor,
                                         headers -> answers.seen(p, model, headers.status().code(), headers)),
                                  encoded.droppedParams());
    }

    /** An upstream's SSE response as canonical chunks: bytes to events to chunks, timed as it is read. */
    static StreamMessage<ChatCompletionChunk> chunks(UpstreamProvider p, HttpResponse res, StreamDecoder decoder,
                                                     EventExecutor executor) {
        return chunks(p, res, decoder, executor, headers -> {});
    }

    private static StreamMessage<ChatCompletionChunk> chunks(UpstreamProvider p, HttpResponse res,
                                                             StreamDecoder decoder, EventExecutor executor,
                                                             Consumer<ResponseHeaders> onHeaders) {
        final ReadClock clock = ReadClock.start(p, res, executor);
        return new SseChunkStream(p, res, new SseChunkDecoder(p, decoder, clock, onHeaders), executor);
    }

    /** Fetches the provider's model list. */
    public CompletableFuture<List<UpstreamModel>> listModels(UpstreamProvider p) {
        final UpstreamFormat format = p.format().adapter();
        return p.client().execute(p.modelListRequest())
                 .aggregate().handle((res, cause) -> {
            if (cause != null) {
                throw UpstreamFailures.fromThrowable(p, cause);
            }
            try {
                return format.decodeModels(successBody(p, res));
            } catch (GatewayException e) {
                throw UpstreamFailures.attributed(p, e);
            }
        });
    }

    private static byte[] successBody(UpstreamProvider p, AggregatedHttpResponse res) {
        final int status = res.status().code();
        if (status < 200 || status >= 300) {
            throw UpstreamFailures.fromStatus(p, status, res.headers(), res.content().array());
        }
        return res.content().array();
    }

    /** The try's span, when one is current (the core sends inside {@code Watch.inTry}), goes as {@code traceparent}. */
    private static HttpRequest post(UpstreamProvider p, EncodedRequest encoded) {
        return HttpRequest.of(TraceHeaders.withCurrentSpan(p.headers().post(encoded.path(), encoded.headers())),
                              HttpData.wrap(encoded.body()));
    }
}
