package dev.switchboard.server.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.ClosedSessionException;
import com.linecorp.armeria.common.CommonPools;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpHeaders;
import com.linecorp.armeria.common.HttpObject;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpResponseWriter;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.common.stream.StreamMessage;

import dev.switchboard.server.provider.ApiFormat;
import dev.switchboard.server.provider.UpstreamHeaders;
import dev.switchboard.server.provider.UpstreamProvider;
import dev.switchboard.transcoder.error.ErrorKind;
import dev.switchboard.transcoder.error.GatewayException;
import dev.switchboard.transcoder.testing.Fixtures;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionRequest;
import io.netty.util.concurrent.EventExecutor;

/**
 * The streamed call as its subscriber sees it: an upstream response (recorded OpenAI traffic, cut
 * as the network would cut it) mapped to canonical chunks, with the old hand-written subscriber's
 * contract: order and executor, one read per chunk asked for, timeouts, failures once, cancellation.
 */
class UpstreamCallerTest {
    private static final ResponseHeaders SSE = ResponseHeaders.of(HttpStatus.OK, "content-type", "text/event-stream");
    /** A recorded gpt-4o-mini answer: ten chunks ("1, 2, 3." then the finish) and [DONE]. */
    private static final String RECORDED = Fixtures.string("openai/chat/louter-stream-gpt-4o-mini-no-usage.sse");
    private static final String FIRST_EVENT = RECORDED.substring(0, RECORDED.indexOf("\n\n") + 2);

    private final EventExecutor loop = CommonPools.workerGroup().next();

    /** Records what arrives, asking for one chunk at a time (or only the first, when told). */
    private class Recorder implements Subscriber<ChatCompletionChunk> {
        final List<ChatCompletionChunk> chunks = new CopyOnWriteArrayList<>();
        final AtomicInteger terminals = new AtomicInteger();
        final AtomicBoolean offLoop = new AtomicBoolean();
        final CompletableFuture<Void> done = new CompletableFuture<>();
        final CompletableFuture<ChatCompletionChunk> first = new CompletableFuture<>();
        private final boolean keepAsking;
        volatile Subscription subscription;

        Recorder(boolean keepAsking) {
            this.keepAsking = keepAsking;
        }

        @Override
        public void onSubscribe(Subscription s) {
            subscription = s;
            s.request(1);
        }

        @Override
        public void onNext(ChatCompletionChunk chunk) {
            offLoop.compareAndSet(false, !loop.inEventLoop());
            chunks.add(chunk);
            first.complete(chunk);
            if (keepAsking) {
                subscription.request(1);
            }
        }

        @Override
        public void onComplete() {
            offLoop.compareAndSet(false, !loop.inEventLoop());
            terminals.incrementAndGet();
            done.complete(null);
        }

        @Override
        public void onError(Throwable t) {
            offLoop.compareAndSet(false, !loop.inEventLoop());
            terminals.incrementAndGet();
            done.completeExceptionally(t);
        }

        GatewayException failure() throws InterruptedException {
            try {
                done.get(10, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(GatewayException.class);
                return (GatewayException) e.getCause();
            } catch (TimeoutException e) {
                throw new AssertionError("the stream never ended", e);
            }
            throw new AssertionError("the stream completed; chunks: " + chunks.size());
        }
    }

    private static UpstreamProvider provider(HttpResponse answer, Duration firstByte, Duration idle) {
        final WebClient client = WebClient.builder("http://127.0.0.1:1")
                                          .decorator((delegate, ctx, req) -> answer)
                                          .build();
        return new UpstreamProvider("id", "fast", "custom", ApiFormat.OPENAI, true, idle, firstByte, Duration.ZERO,
                                    client, UpstreamHeaders.of("http://127.0.0.1:1", HttpHeaders.of()),
                                    new Redactor(List.of()), null);
    }

    private static UpstreamProvider provider(HttpResponse answer) {
        return provider(answer, Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    private UpstreamStream start(UpstreamProvider p, Recorder r) {
        final UpstreamStream s = new UpstreamCaller().stream(p, ChatCompletionRequest.getDefaultInstance(), "m", loop);
        s.chunks().subscribe(r, loop);
        return s;
    }

    /** The body cut after every event, as a paced upstream sends it. */
    private static List<HttpObject> eventByEvent(String sse) {
        final List<HttpObject> out = new ArrayList<>();
        out.add(SSE);
        int start = 0;
        for (int end = sse.indexOf("\n\n"); end >= 0; end = sse.indexOf("\n\n", start)) {
            out.add(HttpData.ofUtf8(sse.substring(start, end + 2)));
            start = end + 2;
        }
        return out;
    }

    private static String contents(List<ChatCompletionChunk> chunks) {
        final StringBuilder sb = new StringBuilder();
        chunks.forEach(c -> sb.append(c.getChoices(0).getDelta().getContent()));
        return sb.toString();
    }

    /**
     * An answer already complete when the stream starts (a fast upstream on a busy machine) must
     * not reach the subscriber before {@code stream} returned: the caller needs the stream first.
     */
    @Test
    void chunksReachTheSubscriberOnlyAfterStreamReturned() throws Exception {
        final HttpResponse answer = HttpResponse.of(SSE, HttpData.ofUtf8(RECORDED));
        final UpstreamProvider p = provider(answer);
        final AtomicBoolean returned = new AtomicBoolean();
        final CompletableFuture<Boolean> firstChunkAfterReturn = new CompletableFuture<>();
        final Recorder r = new Recorder(true) {
            @Override
            public void onNext(ChatCompletionChunk chunk) {
                firstChunkAfterReturn.complete(returned.get());
                super.onNext(chunk);
            }
        };
        loop.execute(() -> {
            final UpstreamStream s =
                    new UpstreamCaller().stream(p, ChatCompletionRequest.getDefaultInstance(), "m", loop);
            returned.set(true);
            s.chunks().subscribe(r, loop);
        });
        assertThat(firstChunkAfterReturn.get(10, TimeUnit.SECONDS)).isTrue();
        r.done.get(10, TimeUnit.SECONDS);
    }

    @Test
    void deliversEveryChunkInOrderOnTheSubscribersLoopThenCompletesOnce() throws Exception {
        final Recorder r = new Recorder(true);
        start(provider(HttpResponse.of(StreamMessage.of(eventByEvent(RECORDED).toArray(new HttpObject[0])))), r);
        r.done.get(10, TimeUnit.SECONDS);
        assertThat(r.chunks).hasSize(10);
        assertThat(contents(r.chunks)).isEqualTo("1, 2, 3.");
        assertThat(r.chunks.get(9).getChoices(0).getFinishReasonValue()).isNotZero();
        assertThat(r.offLoop).isFalse();
        Thread.sleep(50);
        assertThat(r.terminals).hasValue(1);
    }

    @Test
    void readsTheNextPieceOnlyWhenTheSubscriberAsksForTheNextChunk() throws Exception {
        final List<HttpObject> pieces = eventByEvent(RECORDED);
        final List<HttpObject> read = new CopyOnWriteArrayList<>();
        final HttpResponse answer = HttpResponse.of(StreamMessage.of(pieces.toArray(new HttpObject[0])).peek(read::add));
        final Recorder r = new Recorder(false);
        start(provider(answer), r);
        r.first.get(10, TimeUnit.SECONDS);
        Thread.sleep(200);
        // The headers and the first event: nothing read ahead of the subscriber.
        assertThat(read).containsExactly(pieces.get(0), pieces.get(1));
        assertThat(r.chunks).hasSize(1);
        r.subscription.request(1);
        Thread.sleep(200);
        assertThat(read).hasSize(3);
        assertThat(r.chunks).hasSize(2);
        r.subscription.cancel();
    }

    @Test
    void chunksOneReadYieldsBeyondTheDemandWaitForIt() throws Exception {
        final List<HttpObject> read = new CopyOnWriteArrayList<>();
        final HttpResponse answer = HttpResponse.of(
                StreamMessage.of(SSE, HttpData.ofUtf8(RECORDED)).peek(read::add));
        final Recorder r = new Recorder(false);
        start(provider(answer), r);
        r.first.get(10, TimeUnit.SECONDS);
        Thread.sleep(100);
        assertThat(r.chunks).hasSize(1);
        assertThat(r.terminals).hasValue(0);
        r.subscription.request(Long.MAX_VALUE);
        r.done.get(10, TimeUnit.SECONDS);
        assertThat(contents(r.chunks)).isEqualTo("1, 2, 3.");
        assertThat(read).hasSize(2);
    }

    @Test
    void aNonPositiveRequestFailsTheStream() throws Exception {
        final HttpResponseWriter answer = HttpResponse.streaming();
        answer.write(SSE);
        final Recorder r = new Recorder(true) {
            @Override
            public void onSubscribe(Subscription s) {
                subscription = s;
                s.request(0);
            }
        };
        start(provider(answer), r);
        assertThat(r.failure().kind()).isEqualTo(ErrorKind.INTERNAL);
        assertThat(answer.whenComplete()).failsWithin(Duration.ofSeconds(5));
    }

    @Test
    void anErrorStatusFailsOnceWithTheUpstreamsOwnErrorAndRetryHint() throws Exception {
        final HttpResponse answer = HttpResponse.of(
                ResponseHeaders.of(HttpStatus.TOO_MANY_REQUESTS, "content-type", "application/json", "retry-after", "7"),
                HttpData.ofUtf8("{\"error\":{\"message\":\"Rate limit reached for gpt-4o-mini\","
                                + "\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}"));
        final Recorder r = new Recorder(true);
        start(provider(answer), r);
        final GatewayException e = r.failure();
        assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
        assertThat(e.getMessage()).isEqualTo("provider 'fast' returned HTTP 429: Rate limit reached for gpt-4o-mini");
        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(r.chunks).isEmpty();
        Thread.sleep(50);
        assertThat(r.terminals).hasValue(1);
    }

    @Test
    void anErrorStatusKeepsOnlyTheFirst64KiBOfItsBody() throws Exception {
        // Read whole, this body parses and says "late"; cut at 64 KiB, it is text that does not.
        final String body = "{\"pad\":\"" + "x".repeat(64 * 1024) + "\",\"error\":{\"message\":\"late\"}}";
        final HttpResponse answer = HttpResponse.of(ResponseHeaders.of(HttpStatus.BAD_GATEWAY),
                                                    StreamMessage.of(HttpData.ofUtf8(body.substring(0, 40_000)),
                                                                     HttpData.ofUtf8(body.substring(40_000))));
        final Recorder r = new Recorder(true);
        start(provider(answer), r);
        final GatewayException e = r.failure();
        assertThat(e.kind()).isEqualTo(ErrorKind.UPSTREAM_ERROR);
        assertThat(e.getMessage()).startsWith("provider 'fast' returned HTTP 502: {\"pad\":\"xxx")
                                  .doesNotContain("late");
    }

    @Test
    void anErrorInTheStreamFollowsTheChunksBeforeItAndNamesTheProvider() throws Exception {
        final HttpResponse answer = HttpResponse.of(SSE, HttpData.ofUtf8(
                FIRST_EVENT + "data: {\"error\":{\"message\":\"Overloaded\",\"type\":\"server_error\"}}\n\n"));
        final Recorder r = new Recorder(true);
        start(provider(answer), r);
        final GatewayException e = r.failure();
        assertThat(r.chunks).hasSize(1);
        assertThat(e.getMessage()).startsWith("provider 'fast': ").contains("Overloaded");
        Thread.sleep(50);
        assertThat(r.terminals).hasValue(1);
    }

    @Test
    void aCleanCloseBeforeTheAnswerFinishedIsACut() throws Exception {
        final Recorder r = new Recorder(true);
        // Everything before the chunk with the finish reason.
        start(provider(HttpResponse.of(SSE, HttpData.ofUtf8(RECORDED.substring(0, RECORDED.lastIndexOf("data: {"))))),
              r);
        final GatewayException e = r.failure();
        assertThat(e.kind()).isEqualTo(ErrorKind.UPSTREAM_ERROR);
        assertThat(e.code()).isEqualTo("upstream_truncated");
        assertThat(e.getMessage()).isEqualTo("provider 'fast' ended the stream before it was complete");
        assertThat(r.chunks).isNotEmpty();
    }

    @Test
    void headersAloneDoNotStartTheAnswer() throws Exception {
        final HttpResponseWriter answer = HttpResponse.streaming();
        answer.write(SSE);
        final Recorder r = new Recorder(true);
        final long t0 = System.nanoTime();
        start(provider(answer, Duration.ofMillis(300), Duration.ofSeconds(20)), r);
        final GatewayException e = r.failure();
        assertThat(e.kind()).isEqualTo(ErrorKind.UPSTREAM_TIMEOUT);
        assertThat(e.code()).isEqualTo("upstream_timeout");
        assertThat(e.getMessage()).isEqualTo("provider 'fast' did not start answering within 300ms");
        assertThat(System.nanoTime() - t0).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(300));
        // The upstream request is abandoned with it.
        assertThat(answer.whenComplete()).failsWithin(Duration.ofSeconds(5));
    }

    /**
     * The first byte has its own limit, longer here than the silence allowed between reads: a
     * first chunk after more than the idle timeout is on time; silence after it is not.
     */
    @Test
    void theFirstByteHasItsOwnLimitThenSilenceBetweenReadsIsBounded() throws Exception {
        final HttpResponseWriter answer = HttpResponse.streaming();
        answer.write(SSE);
        final Recorder r = new Recorder(true);
        start(provider(answer, Duration.ofSeconds(20), Duration.ofMillis(300)), r);
        loop.schedule(() -> answer.write(HttpData.ofUtf8(FIRST_EVENT)), 700, TimeUnit.MILLISECONDS);
        final GatewayException e = r.failure();
        assertThat(r.chunks).hasSize(1);
        assertThat(e.kind()).isEqualTo(ErrorKind.UPSTREAM_TIMEOUT);
        assertThat(e.getMessage()).isEqualTo("provider 'fast' sent nothing for 300ms in the middle of the stream");
        assertThat(answer.whenComplete()).failsWithin(Duration.ofSeconds(5));
    }

    @Test
    void everyReadRestartsTheSilenceClock() throws Exception {
        final List<HttpObject> pieces = eventByEvent(RECORDED);
        final HttpResponseWriter answer = HttpResponse.streaming();
        final Recorder r = new Recorder(true);
        start(provider(answer, Duration.ofMillis(400), Duration.ofMillis(400)), r);
        // Headers and eleven reads 150 ms apart: the answer takes far longer than either limit.
        for (int i = 0; i < pieces.size(); i++) {
            final HttpObject piece = pieces.get(i);
            final boolean last = i == pieces.size() - 1;
            loop.schedule(() -> {
                answer.write(piece);
                if (last) {
                    answer.close();
                }
            }, 150L * i, TimeUnit.MILLISECONDS);
        }
        r.done.get(10, TimeUnit.SECONDS);
        assertThat(contents(r.chunks)).isEqualTo("1, 2, 3.");
    }

    @Test
    void aBrokenConnectionFailsOnceAsTheUpstreamsDoing() throws Exception {
        final HttpResponseWriter answer = HttpResponse.streaming();
        answer.write(SSE);
        answer.write(HttpData.ofUtf8(FIRST_EVENT));
        final Recorder r = new Recorder(true);
        start(provider(answer), r);
        r.first.get(10, TimeUnit.SECONDS);
        answer.abort(ClosedSessionException.get());
        final GatewayException e = r.failure();
        assertThat(e.kind()).isEqualTo(ErrorKind.UPSTREAM_ERROR);
        assertThat(e.code()).isEqualTo("upstream_disconnected");
        Thread.sleep(50);
        assertThat(r.terminals).hasValue(1);
    }

    @Test
    void cancellingTheSubscriptionAbandonsTheUpstreamResponseSilently() throws Exception {
        final HttpResponseWriter answer = HttpResponse.streaming();
        answer.write(SSE);
        answer.write(HttpData.ofUtf8(FIRST_EVENT));
        final Recorder r = new Recorder(true);
        start(provider(answer), r);
        r.first.get(10, TimeUnit.SECONDS);
        r.subscription.cancel();
        assertThat(answer.whenComplete()).failsWithin(Duration.ofSeconds(5));
        answer.tryWrite(HttpData.of(StandardCharsets.UTF_8, FIRST_EVENT));
        Thread.sleep(100);
        assertThat(r.chunks).hasSize(1);
        assertThat(r.terminals).hasValue(0);
    }
}
