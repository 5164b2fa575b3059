package dev.switchboard.server;

import java.net.InetSocketAddress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
        final Running running;
        try {
            running = start(parsed.config());
        } catch (StartupException | IllegalArgumentException e) {
            System.err.println("switchboard: cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "switchboard-shutdown"));
        logger.info("Switchboard listening on http://{}:{} (data: {})", parsed.config().host(), running.port(),
                    parsed.config().dataDir().toAbsolutePath());
    }

    /** Opens the data directory and starts serving; what both production and tests run. */
    public static Running start(ServerConfig config) {
        Preload.start();
        final Gateway gateway = Gateway.open(config);
        try {
            final ServerBuilder sb = Server.builder().http(new InetSocketAddress(config.host(), config.port()));
            gateway.configure(sb);
            final Server server = sb.build();
            server.start().join();
            return new Running(server, gateway);
        } catch (RuntimeException e) {
            gateway.close();
            throw e;
        }
    }
}
