package dev.switchboard.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The shared live stack (clients/testing/stack.py serve): the real gateway jar in front of the
 * fake OpenAI upstream, the same one the Python, TypeScript and Go suites run against. It starts
 * or throws; there is no way to skip.
 */
final class LiveStack implements AutoCloseable {
    static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("../..").normalize();
    private static final Path LOG = ROOT.resolve("clients/java/target/live-stack.log");

    private final Process process;
    private final Map<String, String> env;

    private LiveStack(Process process, Map<String, String> env) {
        this.process = process;
        this.env = env;
    }

    static LiveStack start() throws IOException, InterruptedException {
        Files.createDirectories(LOG.getParent());
        final Process process = new ProcessBuilder("/usr/bin/python3", ROOT.resolve("clients/testing/stack.py").toString(),
                                                   "serve")
                .redirectError(LOG.toFile())
                .start();
        final CompletableFuture<Map<String, String>> ready = CompletableFuture.supplyAsync(() -> readEnv(process));
        try {
            return new LiveStack(process, ready.get(120, TimeUnit.SECONDS));
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("the live stack did not start: " + e.getMessage() + "\n" + Files.readString(LOG), e);
        }
    }

    /** KEY=VALUE lines up to READY. */
    private static Map<String, String> readEnv(Process process) {
        final Map<String, String> env = new HashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if ("READY".equals(line)) {
                    return env;
                }
                final int eq = line.indexOf('=');
                if (eq > 0) {
                    env.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("stack.py ended before READY");
    }

    String get(String name) {
        final String value = env.get(name);
        if (value == null) {
            throw new IllegalStateException(name + " missing from the stack's environment " + env.keySet());
        }
        return value;
    }

    Map<String, String> env() {
        return env;
    }

    /** Closing stdin is stack.py's signal to tear down; it gets a bounded time to do so. */
    @Override
    public void close() throws IOException, InterruptedException {
        process.getOutputStream().close();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
