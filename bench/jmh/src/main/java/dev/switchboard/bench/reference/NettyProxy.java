package dev.switchboard.bench.reference;

import java.net.URI;
import java.util.ArrayDeque;

import com.linecorp.armeria.common.util.EventLoopGroups;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.util.ReferenceCountUtil;

/**
 * What a lighter transport could cost, for the load harness (bench/targets/netty-proxy.sh): an
 * HTTP/1.1 reverse proxy on Netty alone (the Netty Armeria runs on, the transport Armeria picks,
 * epoll here, and the gateway's number of event loops), built like nginx's {@code proxy_pass} in
 * the harness: each client connection gets a kept-alive upstream connection on the same loop,
 * messages are forwarded part by part as they are decoded, and each side is flushed once per read.
 * No routing, no request log, no futures; not a gateway (no timeouts, no back-pressure, no error
 * answers), only a measure of Netty's share of a hop.
 *
 * <pre>
 * java -cp bench/jmh/target/benchmarks.jar dev.switchboard.bench.reference.NettyProxy PORT UPSTREAM_URL
 * </pre>
 */
public final class NettyProxy {

    private NettyProxy() {}

    public static void main(String[] args) throws InterruptedException {
        final int port = Integer.parseInt(args[0]);
        final URI upstream = URI.create(args[1]);
        // As many loops as the gateway would run: Armeria's worker count, which its start script sets.
        final EventLoopGroup loop = EventLoopGroups.newEventLoopGroup(
                Integer.getInteger("com.linecorp.armeria.numCommonWorkers", 1));
        final Channel server = new ServerBootstrap()
                .group(loop)
                .channel(EventLoopGroups.serverChannelType(loop))
                .option(ChannelOption.SO_BACKLOG, 4096)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        ch.pipeline().addLast(new HttpServerCodec(), new Frontend(upstream));
                    }
                })
                .bind("127.0.0.1", port).sync().channel();
        server.closeFuture().sync();
    }

    /** The client's side: forwards what it decodes to this connection's upstream connection. */
    private static final class Frontend extends ChannelInboundHandlerAdapter {
        private final URI upstream;
        private final String host;
        private final ArrayDeque<Object> pending = new ArrayDeque<>();
        private Channel out;
        private boolean connected;

        Frontend(URI upstream) {
            this.upstream = upstream;
            this.host = upstream.getHost() + ':' + upstream.getPort();
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            final Channel in = ctx.channel();
            final ChannelFuture connect = new Bootstrap()
                    .group(in.eventLoop())
                    .channel(EventLoopGroups.socketChannelType(in.eventLoop()))
                    .option(ChannelOption.TCP_NODELAY, true)
                    .handler(new ChannelInitializer<>() {
                        @Override
                        protected void initChannel(Channel ch) {
                            ch.pipeline().addLast(new HttpClientCodec(), new Backend(in));
                        }
                    })
                    .connect(upstream.getHost(), upstream.getPort());
            out = connect.channel();
            connect.addListener(f -> {
                if (!f.isSuccess()) {
                    in.close();
                    return;
                }
                connected = true;
                while (!pending.isEmpty()) {
                    out.write(pending.poll());
                }
                out.flush();
            });
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof HttpRequest request) {
                request.headers().set(HttpHeaderNames.HOST, host);
            }
            if (connected) {
                out.write(msg);
            } else {
                pending.add(msg);
            }
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            if (connected) {
                out.flush();
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            pending.forEach(ReferenceCountUtil::release);
            pending.clear();
            if (out != null) {
                out.close();
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }

    /** The upstream's side: forwards what it decodes back to the client's connection. */
    private static final class Backend extends ChannelInboundHandlerAdapter {
        private final Channel in;

        Backend(Channel in) {
            this.in = in;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            in.write(msg);
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            in.flush();
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            in.close();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
