package dev.switchboard.server.transport;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.flush.FlushConsolidationHandler;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.FastThreadLocal;

/**
 * How many reads the event loop has handed to its connections in its current turn (the batch of
 * ready sockets one wait returned, up to the tasks that follow it). One read means the loop is
 * serving a single message: nothing else this turn could join its write. Several mean load, where
 * holding writes to the end of the turn lets each connection's pieces leave together and the peer
 * wake once for many.
 */
final class LoopTurn {
    private static final FastThreadLocal<LoopTurn> CURRENT = new FastThreadLocal<>() {
        @Override
        protected LoopTurn initialValue() {
            return new LoopTurn();
        }
    };

    private int reads;
    private final Runnable reset = () -> reads = 0;

    private LoopTurn() {}

    /** Counts a read on {@code loop}'s thread; the count starts again once the turn's tasks run. */
    static void read(EventExecutor loop) {
        final LoopTurn turn = CURRENT.get();
        if (turn.reads++ == 0) {
            loop.execute(turn.reset);
        }
    }

    /** True unless this turn has already handed out more than one read. */
    static boolean quiet() {
        return CURRENT.get().reads <= 1;
    }

    /** Netty's consolidation handler (flushes outside a read wait for the turn's end) that counts reads. */
    static final class Counting extends FlushConsolidationHandler {
        Counting() {
            super(DEFAULT_EXPLICIT_FLUSH_AFTER_FLUSHES, true);
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
            LoopTurn.read(ctx.executor());
            super.channelRead(ctx, msg);
        }
    }
}
