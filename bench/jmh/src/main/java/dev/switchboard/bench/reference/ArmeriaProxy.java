package dev.switchboard.bench.reference;

import java.time.Duration;

import com.linecorp.armeria.client.ClientFactory;
import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.SessionProtocol;
import com.linecorp.armeria.server.HttpService;
import com.linecorp.armeria.server.Server;

import dev.switchboard.server.transport.WriteCoalescing;

/**
 * The floor under Switchboard's transport, for the load harness (bench/targets/armeria-proxy.sh):
 * the Armeria server and client the gateway runs on, set up as the gateway sets them up (one
 * event loop, its write coalescing on both sides, no request timeout), forwarding every request
 * to the upstream as it comes and every answer back as it comes. No decoding, routing or
 * translation: what is left is the two HTTP/1.1 exchanges through Armeria and Netty.
 *
 * <p>With a third argument {@code aggregate}, each request and each answer is read whole before it
 * is sent on, as the gateway does for a non-streamed call (it decodes both): the same exchanges
 * plus Armeria's aggregation and a deferred response, still without any decoding.
 *
 * <pre>
 * java -cp bench/jmh/target/benchmarks.jar dev.switchboard.bench.reference.ArmeriaProxy PORT UPSTREAM_URL [aggregate]
 * </pre>
 */
public final class ArmeriaProxy {

    private ArmeriaProxy() {}

    public static void main(String[] args) {
        final int port = Integer.parseInt(args[0]);
        final ClientFactory factory = ClientFactory.builder()
                                                   .connectionPoolListener(WriteCoalescing.client())
                                                   .build();
        final WebClient upstream = WebClient.builder(args[1]).factory(factory).build();
        final HttpService forward = args.length > 2 && "aggregate".equals(args[2])
                ? (ctx, req) -> HttpResponse.of(req.aggregate().thenCompose(
                        whole -> upstream.execute(whole.toHttpRequest()).aggregate())
                                                    .thenApply(AggregatedHttpResponse::toHttpResponse))
                : (ctx, req) -> upstream.execute(req);
        final Server server = Server.builder()
                                    .localPort(port, SessionProtocol.HTTP)   // loopback only
                                    .requestTimeout(Duration.ZERO)
                                    .childChannelPipelineCustomizer(WriteCoalescing::server)
                                    .service("/v1/chat/completions", forward)
                                    .build();
        server.closeOnJvmShutdown();
        server.start().join();
    }
}
