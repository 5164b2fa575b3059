package dev.switchboard.server.transport;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.LastHttpContent;

/**
 * Sends an HTTP/1.1 message the moment its last part is flushed, past the consolidation handler
 * that would hold it to the end of the event loop's turn, when the loop is quiet. Armeria writes and flushes messages on
 * the channel, so this handler, next to the end of the pipeline, sees them before any codec turns
 * them into bytes. The flush first takes its usual way down the pipeline (so the server's early write
 * reports run), then goes out from the consolidation handler's own position; the consolidation
 * handler's later flush finds nothing left to send. HTTP/2 frames are written inside the HTTP/2
 * handler and never pass here: those connections keep the end-of-turn flush.
 */
final class MessageEnds extends ChannelOutboundHandlerAdapter {
    private final ChannelHandlerContext consolidating;
    private boolean ended;

    MessageEnds(ChannelHandlerContext consolidating) {
        this.consolidating = consolidating;
    }

    /**
     * Adds one just before the pipeline's last handler: Armeria's session or server handler, which
     * Armeria finds by being last; the HTTP/1 codec it adds once it knows the protocol goes before.
     */
    static void add(ChannelPipeline pipeline, ChannelHandlerContext consolidating) {
        pipeline.addBefore(pipeline.lastContext().name(), null, new MessageEnds(consolidating));
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof LastHttpContent) {
            ended = true;
        }
        ctx.write(msg, promise);
    }

    @Override
    public void flush(ChannelHandlerContext ctx) {
        final boolean send = ended;
        ended = false;
        ctx.flush();
        // Under load the turn's other writes are worth waiting for (the peer then wakes once for
        // many); alone, the message would only wait for the rest of the turn's work.
        if (send && LoopTurn.quiet() && !consolidating.isRemoved()) {
            consolidating.flush();
        }
    }
}
