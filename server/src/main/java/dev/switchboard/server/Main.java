package dev.switchboard.server;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

import com.linecorp.armeria.server.Server;
import com.linecorp.armeria.server.ServerBuilder;

import dev.switchboard.server.startup.Preload;
import dev.switchboard.server.storage.StartupException;

/** {@code java -jar switchboard.jar serve}: one process, one port, one SQLite file. */
public final class Main {
    private static final Logger logger = LoggerFactory.getLogger(Main.class);

    /** A started gateway; closing it stops the server and releases the data directory. */
    public record Running(Server server, Gateway gateway) implements AutoCloseable {
        public int port() {
            return server.activeLocalPort();
        }

        @Override
        public void close() {
            server.stop().join();
            gateway.close();
        }
    }

    private Main() {}

    public static void main(String[] args) {
        final Cli.Parsed parsed;
        try {
            parsed = Cli.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("switchboard: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (parsed.help()) {
            System.out.println(Cli.USAGE);
            return;
        }
        // The OpenTelemetry SDK (traces) logs through java.util.logging: into the gateway's log,
        // not stderr in JUL's own format.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        final Running running;
        try {
            running = start(parsed.config());
        } catch (StartupException | IllegalArgumentException e) {
            System.err.println("switchboard: cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "switchboard-shutdown"));
        logger.info("Switchboard listening on {}://{}:{} (data: {})", parsed.config().tls() ? "https" : "http",
                    parsed.config().host(), running.port(), parsed.config().dataDir().toAbsolutePath());
    }

    /** Opens the data directory and starts serving; what both production and tests run. */
    public static Running start(ServerConfig config) {
        Preload.start();
        if (plaintextBeyondLoopback(config)) {
            logger.warn("Serving plain HTTP on {}, which is not a loopback address: API keys and tokens would cross "
                        + "the network in clear. Give --tls-cert and --tls-key, or keep a TLS proxy in front.",
                        config.host());
        }
        final Gateway gateway = Gateway.open(config);
        try {
            final InetSocketAddress address = new InetSocketAddress(config.host(), config.port());
            final ServerBuilder sb = config.tls() ? Server.builder().https(address) : Server.builder().http(address);
            gateway.configure(sb);
            final Server server = sb.build();
            server.start().join();
            return new Running(server, gateway);
        } catch (RuntimeException e) {
            gateway.close();
            throw e;
        }
    }

    /** Whether the server would take credentials in clear from beyond this machine. */
    static boolean plaintextBeyondLoopback(ServerConfig config) {
        if (config.tls()) {
            return false;
        }
        try {
            return !InetAddress.getByName(config.host()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            // Binding fails with its own message.
            return false;
        }
    }
}
