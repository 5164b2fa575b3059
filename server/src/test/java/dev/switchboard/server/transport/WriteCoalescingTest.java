package dev.switchboard.server.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.linecorp.armeria.common.SessionProtocol;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.DefaultEventLoopGroup;
import io.netty.channel.local.LocalAddress;
import io.netty.channel.local.LocalChannel;
import io.netty.channel.local.LocalServerChannel;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.flush.FlushConsolidationHandler;

/**
 * The pipeline pieces on a real event loop (in-JVM channels): how many flushes reach the
 * transport in one loop turn, and when write promises complete. {@code WriteCoalescingE2ETest}
 * runs them in the real server.
 */
class WriteCoalescingTest {
    private DefaultEventLoopGroup group;
    private Channel server;
    private final BlockingQueue<Object> received = new LinkedBlockingQueue<>();
    private final AtomicInteger transportFlushes = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        group = new DefaultEventLoopGroup(1);
        final LocalAddress address = new LocalAddress("coalescing-" + System.nanoTime());
        server = new ServerBootstrap().group(group).channel(LocalServerChannel.class)
                                      .childHandler(new ChannelInboundHandlerAdapter() {
                                          @Override
                                          public void channelRead(ChannelHandlerContext ctx, Object msg) {
                                              received.add(((ByteBuf) msg).readableBytes());
                                              ((ByteBuf) msg).release();
                                          }

                                          @Override
                                          public void channelInactive(ChannelHandlerContext ctx) {
                                              received.add("closed");
                                          }
                                      })
                                      .bind(address).sync().channel();
        this.address = address;
    }

    private LocalAddress address;

    @AfterEach
    void stop() {
        server.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** A connection whose pipeline is Armeria's start (a consolidation handler), then {@code setup}. */
    private Channel connect(Consumer<Channel> setup) throws Exception {
        final Channel ch = new Bootstrap().group(group).channel(LocalChannel.class)
                                          .handler(new ChannelInitializer<LocalChannel>() {
                                              @Override
                                              protected void initChannel(LocalChannel c) {
                                                  c.pipeline().addLast(new FlushConsolidationHandler());
                                              }
                                          })
                                          .connect(address).sync().channel();
        ch.eventLoop().submit(() -> {
            setup.accept(ch);
            ch.pipeline().addFirst(new ChannelOutboundHandlerAdapter() {
                @Override
                public void flush(ChannelHandlerContext ctx) {
                    transportFlushes.incrementAndGet();
                    ctx.flush();
                }
            });
        }).sync();
        return ch;
    }

    /** What the upstream client factory's pool listener does to a new connection. */
    private static void openedByThePool(Channel c) {
        final InetSocketAddress addr = new InetSocketAddress("127.0.0.1", 1);
        try {
            WriteCoalescing.client().connectionOpen(SessionProtocol.H1C, addr, addr, c);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** An upstream connection as Armeria's client sets it up (codec, then its session handler last). */
    private Channel connectUpstream() throws Exception {
        return connect(c -> {
            c.pipeline().addLast(new HttpClientCodec()).addLast(new ChannelInboundHandlerAdapter());
            openedByThePool(c);
        });
    }

    /** Runs {@code turn} as one task of the channel's event loop. */
    private static <T> T inOneTurn(Channel ch, Callable<T> turn) throws Exception {
        return ch.eventLoop().submit(turn).get(5, TimeUnit.SECONDS);
    }

    /** Bytes the peer read, waiting until {@code expected} arrived (or 5 s passed). */
    private int receivedBytes(int expected) throws InterruptedException {
        int total = 0;
        while (total < expected) {
            final Object next = received.poll(5, TimeUnit.SECONDS);
            if (!(next instanceof Integer n)) {
                break;
            }
            total += n;
        }
        return total;
    }

    private static ByteBuf bytes(int n) {
        return Unpooled.wrappedBuffer(new byte[n]);
    }

    @Test
    void armeriasPipelineAloneFlushesHeadersAndBodySeparately() throws Exception {
        final Channel ch = connect(c -> {});
        final int inTurn = inOneTurn(ch, () -> {
            ch.writeAndFlush(bytes(188));
            ch.writeAndFlush(bytes(233));
            return transportFlushes.get();
        });
        assertThat(inTurn).isEqualTo(2);
    }

    @Test
    void serverConnectionsSendOneTurnsWritesWithOneFlush() throws Exception {
        final Channel ch = connect(c -> WriteCoalescing.server(c.pipeline()));
        final boolean[] headersReported = new boolean[1];
        final int inTurn = inOneTurn(ch, () -> {
            final ChannelFuture headers = ch.writeAndFlush(bytes(239));
            // Armeria's server asks for the body only once the headers' write has completed.
            headersReported[0] = headers.isSuccess();
            ch.writeAndFlush(bytes(491));
            return transportFlushes.get();
        });
        assertThat(inTurn).as("flushes inside the turn").isZero();
        assertThat(headersReported[0]).isTrue();
        assertThat(receivedBytes(239 + 491)).isEqualTo(239 + 491);
        assertThat(transportFlushes.get()).isEqualTo(1);
    }

    @Test
    void aWriteBehindMuchUnsentDataIsReportedOnlyWhenSent() throws Exception {
        final Channel ch = connect(c -> WriteCoalescing.server(c.pipeline()));
        final ChannelFuture[] writes = new ChannelFuture[2];
        final boolean[] doneInTurn = new boolean[2];
        inOneTurn(ch, () -> {
            writes[0] = ch.writeAndFlush(bytes(WriteCoalescing.EAGER_LIMIT_BYTES + 1));
            writes[1] = ch.writeAndFlush(bytes(10));
            doneInTurn[0] = writes[0].isDone();
            doneInTurn[1] = writes[1].isDone();
            return null;
        });
        assertThat(doneInTurn[0]).as("the queue was empty: reported at once").isTrue();
        assertThat(doneInTurn[1]).as("a slow reader's writes keep their back-pressure").isFalse();
        assertThat(writes[1].await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(writes[1].isSuccess()).isTrue();
    }

    @Test
    void aWriteIsReportedAtItsFlushNeverInsideTheWrite() throws Exception {
        final Channel ch = connect(c -> WriteCoalescing.server(c.pipeline()));
        final boolean[] done = new boolean[3];
        final ChannelFuture[] unflushed = new ChannelFuture[1];
        inOneTurn(ch, () -> {
            final ChannelFuture w = ch.write(bytes(5));
            done[0] = w.isDone();
            ch.flush();
            done[1] = w.isDone();
            unflushed[0] = ch.write(bytes(7));
            ch.close();
            return null;
        });
        assertThat(done[0]).isFalse();
        assertThat(done[1]).isTrue();
        assertThat(unflushed[0].await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(unflushed[0].isSuccess()).as("sent by the close, and reported so").isTrue();
        assertThat(receivedBytes(12)).isEqualTo(12);
    }

    @Test
    void closingRightAfterAWriteSendsItFirst() throws Exception {
        final Channel ch = connect(c -> WriteCoalescing.server(c.pipeline()));
        inOneTurn(ch, () -> {
            ch.writeAndFlush(bytes(730)).addListener(f -> ch.close());
            return null;
        });
        assertThat(received.poll(5, TimeUnit.SECONDS)).isEqualTo(730);
        assertThat(received.poll(5, TimeUnit.SECONDS)).isEqualTo("closed");
    }

    @Test
    void upstreamConnectionsCoalesceButReportWritesWhenSent() throws Exception {
        final Channel ch = connect(WriteCoalescingTest::openedByThePool);
        final ChannelFuture[] writes = new ChannelFuture[2];
        final int inTurn = inOneTurn(ch, () -> {
            writes[0] = ch.writeAndFlush(bytes(188));
            writes[1] = ch.writeAndFlush(bytes(233));
            return transportFlushes.get();
        });
        assertThat(inTurn).isZero();
        assertThat(writes[0].await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(writes[1].await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(transportFlushes.get()).isEqualTo(1);
        assertThat(receivedBytes(188 + 233)).isEqualTo(188 + 233);
    }

    @Test
    void aCompleteMessageLeavesAtOnceAnUnfinishedOneAtTheEndOfTheTurn() throws Exception {
        final Channel ch = connectUpstream();
        final int[] flushes = new int[3];
        inOneTurn(ch, () -> {
            final HttpRequest whole = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/v1/chat");
            whole.headers().set(HttpHeaderNames.CONTENT_LENGTH, 2);
            ch.writeAndFlush(whole);
            flushes[0] = transportFlushes.get();
            ch.writeAndFlush(new DefaultLastHttpContent(bytes(2)));
            flushes[1] = transportFlushes.get();
            final HttpRequest streamed = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/v1/chat");
            HttpUtil.setTransferEncodingChunked(streamed, true);
            ch.writeAndFlush(streamed);
            ch.writeAndFlush(new DefaultHttpContent(bytes(40)));
            flushes[2] = transportFlushes.get();
            return null;
        });
        assertThat(flushes[0]).as("headers alone wait for the body").isZero();
        assertThat(flushes[1]).as("the complete message left inside the turn").isEqualTo(1);
        assertThat(flushes[2]).as("an unfinished message waits for the end of the turn").isEqualTo(1);
        assertThat(receivedBytes(1)).isPositive();
        for (int i = 0; i < 50 && transportFlushes.get() < 2; i++) {
            Thread.sleep(20);
        }
        assertThat(transportFlushes.get()).isEqualTo(2);
    }

    @Test
    void underLoadACompleteMessageWaitsForTheTurnsOtherWrites() throws Exception {
        final Channel ch = connectUpstream();
        final int inTurn = inOneTurn(ch, () -> {
            // Two reads already handed out this turn: the loop is busy.
            LoopTurn.read(ch.eventLoop());
            LoopTurn.read(ch.eventLoop());
            final HttpRequest whole = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/v1/chat");
            whole.headers().set(HttpHeaderNames.CONTENT_LENGTH, 2);
            ch.write(whole);
            ch.writeAndFlush(new DefaultLastHttpContent(bytes(2)));
            return transportFlushes.get();
        });
        assertThat(inTurn).isZero();
        for (int i = 0; i < 50 && transportFlushes.get() < 1; i++) {
            Thread.sleep(20);
        }
        assertThat(transportFlushes.get()).isEqualTo(1);
        assertThat(inOneTurn(ch, LoopTurn::quiet)).as("the count starts again with the next turn").isTrue();
    }

    @Test
    void aServerAnswerLeavesWholeInsideTheTurnItsBodyJoiningItsHeaders() throws Exception {
        final Channel ch = connect(c -> {
            // Armeria's handlers come before the customizer's: the codec, then its server handler.
            c.pipeline().addLast(new HttpServerCodec()).addLast(new ChannelInboundHandlerAdapter());
            WriteCoalescing.server(c.pipeline());
        });
        final boolean[] seen = new boolean[1];
        final int[] flushes = new int[2];
        inOneTurn(ch, () -> {
            ch.pipeline().fireChannelRead(Unpooled.copiedBuffer(
                    "POST /v1/chat HTTP/1.1\r\nhost: x\r\ncontent-length: 0\r\n\r\n", StandardCharsets.US_ASCII));
            ch.pipeline().fireChannelReadComplete();
            final HttpResponse headers = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
            headers.headers().set(HttpHeaderNames.CONTENT_LENGTH, 2);
            // Armeria's server asks for the body only once the headers' write has completed.
            seen[0] = ch.writeAndFlush(headers).isSuccess();
            flushes[0] = transportFlushes.get();
            ch.writeAndFlush(new DefaultLastHttpContent(bytes(2)));
            flushes[1] = transportFlushes.get();
            return null;
        });
        assertThat(seen[0]).as("headers reported at their flush").isTrue();
        assertThat(flushes[0]).as("headers wait for their body").isZero();
        assertThat(flushes[1]).as("the whole answer left inside the turn, in one flush").isEqualTo(1);
        assertThat(receivedBytes(40)).as("status line, content-length, body").isEqualTo(40);
    }

    @Test
    void aPipelineWithoutAConsolidationHandlerGetsOne() {
        final ChannelPipeline p = new EmbeddedChannel().pipeline();
        WriteCoalescing.server(p);
        assertThat(p.get(FlushConsolidationHandler.class)).isNotNull();
    }
}
