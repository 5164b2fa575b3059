package dev.switchboard.server.transport;

import java.net.InetSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.util.ArrayDeque;

import com.linecorp.armeria.client.ConnectionPoolListener;
import com.linecorp.armeria.common.SessionProtocol;

import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.flush.FlushConsolidationHandler;
import io.netty.util.AttributeMap;

/**
 * One socket write per HTTP/1.1 message instead of one for its headers and one for its body.
 *
 * <p>Armeria's HTTP/1.1 encoder flushes after the headers and after every data frame, and its
 * pipelines consolidate flushes only while the channel is reading. A gateway writes most of its
 * messages while reading the <em>other</em> connection (the upstream request while reading the
 * client's; the client's answer while reading the upstream's), so each message went out as two
 * {@code sendto} calls: kernel time was ~40% of the gateway's CPU per request. Here flushes
 * issued outside a read wait for the end of the event loop's turn, so everything written in one
 * turn leaves in one {@code writev}.
 *
 * <p>The server's response path asks for the body only once the headers' write has completed,
 * so with the flush deferred the body would still wait for it. {@link EagerWrites} reports small
 * writes complete when they are flushed rather than when the bytes leave; the queue bound keeps
 * Armeria's back-pressure (a write that finds more than {@link #EAGER_LIMIT_BYTES} unsent is
 * reported when sent, as before). A write that later fails closes the connection and fails the
 * exchange, as before.
 *
 * <p>When the loop is quiet (the turn handed out one read, {@link LoopTurn}), a complete HTTP/1.1
 * message does not wait for the end of the turn: {@link MessageEnds} sends it as soon as its last
 * part is flushed. Waiting merged nothing there (a connection carries one message at a time each
 * way) and cost latency: the upstream request left only after the rest of the turn's work. Under
 * load waiting pays, as the peer then wakes once for the turn's writes instead of once per message.
 * Parts of an unfinished message (a stream's events) always wait for the end of the turn.
 */
public final class WriteCoalescing {

    /** Unsent bytes beyond which a write's promise completes only when the bytes are sent. */
    static final int EAGER_LIMIT_BYTES = 64 * 1024;

    private WriteCoalescing() {}

    /** For {@code ServerBuilder.childChannelPipelineCustomizer}: every accepted connection. */
    public static void server(ChannelPipeline pipeline) {
        final ChannelHandlerContext consolidating = consolidateOutsideReads(pipeline);
        pipeline.addAfter(consolidating.name(), null, new EagerWrites());
        MessageEnds.add(pipeline, consolidating);
    }

    /** For {@code ClientFactoryBuilder.connectionPoolListener}: every upstream connection. */
    public static ConnectionPoolListener client() {
        return new ConnectionPoolListener() {
            @Override
            public void connectionOpen(SessionProtocol protocol, InetSocketAddress remote,
                                       InetSocketAddress local, AttributeMap attrs) {
                if (attrs instanceof Channel ch) {
                    MessageEnds.add(ch.pipeline(), consolidateOutsideReads(ch.pipeline()));
                }
            }

            @Override
            public void connectionClosed(SessionProtocol protocol, InetSocketAddress remote,
                                         InetSocketAddress local, AttributeMap attrs) {}
        };
    }

    private static ChannelHandlerContext consolidateOutsideReads(ChannelPipeline pipeline) {
        final FlushConsolidationHandler consolidating = new LoopTurn.Counting();
        if (pipeline.get(FlushConsolidationHandler.class) != null) {
            pipeline.replace(FlushConsolidationHandler.class, null, consolidating);
        } else {
            pipeline.addFirst(consolidating);
        }
        return pipeline.context(consolidating);
    }

    /**
     * Reports a write complete when it is flushed, as an immediate flush would, though the
     * consolidation handler below it sends the bytes only at the end of the loop's turn. Sits just
     * above that handler, so it sees every flush as issued, never a write's promise completing
     * inside the write itself (Armeria's HTTP/1.1 encoder is not ready for that: pipelined
     * responses were written twice).
     */
    static final class EagerWrites extends ChannelDuplexHandler {
        private final ArrayDeque<ChannelPromise> unflushed = new ArrayDeque<>(4);

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            final ChannelOutboundBuffer queued = ctx.channel().unsafe().outboundBuffer();
            if (promise.isVoid() || queued == null || queued.totalPendingWriteBytes() > EAGER_LIMIT_BYTES) {
                ctx.write(msg, promise);
                return;
            }
            // A failure still reaches the pipeline (and Armeria closes the connection).
            ctx.write(msg, ctx.voidPromise());
            unflushed.add(promise);
        }

        @Override
        public void flush(ChannelHandlerContext ctx) {
            // A completion may write and flush again (the body after the headers): that nested
            // flush reports its own writes, then this one goes on with what is left.
            ChannelPromise next;
            while ((next = unflushed.poll()) != null) {
                next.trySuccess();
            }
            ctx.flush();
        }

        @Override
        public void close(ChannelHandlerContext ctx, ChannelPromise promise) {
            // The consolidation handler sends what is queued before closing: say so.
            if (!unflushed.isEmpty()) {
                flush(ctx);
            }
            ctx.close(promise);
        }

        @Override
        public void handlerRemoved(ChannelHandlerContext ctx) {
            // Only when the channel is gone: nothing written and not flushed will leave.
            ChannelPromise next;
            while ((next = unflushed.poll()) != null) {
                next.tryFailure(new ClosedChannelException());
            }
        }
    }
}
