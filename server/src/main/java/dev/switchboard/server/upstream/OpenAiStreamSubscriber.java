package dev.switchboard.server.upstream;

import java.io.ByteArrayOutputStream;
import java.time.Duration;

import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import com.linecorp.armeria.client.ClientRequestContext;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpHeaders;
import com.linecorp.armeria.common.HttpObject;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.common.annotation.Nullable;
import com.linecorp.armeria.common.util.TimeoutMode;

import dev.switchboard.server.provider.UpstreamProvider;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.openai.OpenAiChunkDecoder;
import dev.switchboard.transcoder.sse.SseEvent;
import dev.switchboard.transcoder.sse.SseParser;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.FinishReason;

/**
 * Consumes one OpenAI-format SSE response: parses events as bytes arrive, decodes each into a
 * canonical chunk, and pulls the next piece only after the last one was handed on. All callbacks
 * run on one executor, so the state needs no locking.
 */
final class OpenAiStreamSubscriber implements Subscriber<HttpObject>, UpstreamCall {
    private static final int MAX_ERROR_BODY = 64 * 1024;

    private final UpstreamProvider provider;
    private final ChunkSink sink;
    private final ClientRequestContext ctx;
    private final Duration idleTimeout;
    private final SseParser parser = new SseParser();
    private final OpenAiChunkDecoder decoder = new OpenAiChunkDecoder();
    @Nullable
    private Subscription subscription;
    @Nullable
    private ResponseHeaders errorHeaders;
    @Nullable
    private ByteArrayOutputStream errorBody;
    private volatile boolean finished;
    private boolean sawEnd;
    private volatile boolean cancelled;

    OpenAiStreamSubscriber(UpstreamProvider provider, ChunkSink sink, ClientRequestContext ctx) {
        this.provider = provider;
        this.sink = sink;
        this.ctx = ctx;
        idleTimeout = provider.timeout();
    }

    @Override
    public void onSubscribe(Subscription s) {
        subscription = s;
        if (cancelled) {
            s.cancel();
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(HttpObject obj) {
        if (finished) {
            return;
        }
        if (obj instanceof ResponseHeaders) {
            final ResponseHeaders h = (ResponseHeaders) obj;
            if (!h.status().isInformational() && !h.status().isSuccess()) {
                errorHeaders = h;
                errorBody = new ByteArrayOutputStream();
            }
        } else if (obj instanceof HttpData) {
            final HttpData data = (HttpData) obj;
            if (errorBody != null) {
                if (errorBody.size() < MAX_ERROR_BODY) {
                    errorBody.write(data.array(), 0, Math.min(data.length(), MAX_ERROR_BODY - errorBody.size()));
                }
            } else {
                // Each arriving piece restarts the clock: the timeout bounds silence, not length.
                ctx.setResponseTimeout(TimeoutMode.SET_FROM_NOW, idleTimeout);
                try {
                    parser.feed(data.array(), 0, data.length(), this::onEvent);
                } catch (GatewayException e) {
                    fail(e);
                    return;
                }
            }
        } else if (!(obj instanceof HttpHeaders)) {
            return;
        }
        if (!finished) {
            subscription.request(1);
        }
    }

    private void onEvent(SseEvent event) {
        if (finished) {
            return;
        }
        final String data = event.data();
        if ("[DONE]".equals(data)) {
            sawEnd = true;
            return;
        }
        final ChatCompletionChunk chunk;
        try {
            chunk = decoder.decode(data);
        } catch (GatewayException e) {
            // Malformed JSON, or the error object some upstreams send after the first chunk.
            fail(UpstreamErrors.attributed(provider, e));
            return;
        }
        if (chunk == null) {
            return;
        }
        for (int i = 0; i < chunk.getChoicesCount(); i++) {
            if (chunk.getChoices(i).getFinishReason() != FinishReason.FINISH_REASON_UNSPECIFIED) {
                sawEnd = true;
            }
        }
        sink.onChunk(chunk);
    }

    @Override
    public void onError(Throwable t) {
        if (!finished && !cancelled) {
            fail(UpstreamErrors.fromThrowable(provider, t));
        }
    }

    @Override
    public void onComplete() {
        if (finished || cancelled) {
            return;
        }
        if (errorHeaders != null) {
            fail(UpstreamErrors.fromStatus(provider, errorHeaders.status().code(), errorHeaders,
                                           errorBody.toByteArray()));
            return;
        }
        try {
            parser.finish(this::onEvent);
        } catch (GatewayException e) {
            fail(e);
            return;
        }
        if (finished) {
            return;
        }
        if (!sawEnd) {
            // A clean close without [DONE] or a finish reason is a cut, not an answer.
            fail(new GatewayException(ErrorKind.UPSTREAM_ERROR, "upstream_truncated",
                                      "provider '" + provider.name() + "' ended the stream before it was complete"));
            return;
        }
        finished = true;
        sink.onComplete();
    }

    @Override
    public void cancel() {
        cancelled = true;
        finished = true;
        final Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }

    private void fail(GatewayException e) {
        if (finished) {
            return;
        }
        finished = true;
        if (subscription != null) {
            subscription.cancel();
        }
        sink.onError(e);
    }
}
