package dev.switchboard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import dev.switchboard.server.access.Access;
import dev.switchboard.server.access.KeyRecord;
import dev.switchboard.server.access.UserRecord;
import dev.switchboard.server.auth.AdminKey;
import dev.switchboard.server.auth.Authenticator;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.auth.Role;
import dev.switchboard.server.crypto.KeyedHash;
import dev.switchboard.server.storage.Storage;

/**
 * What authenticating one request costs, per credential: the admin key (a constant-time
 * comparison), a client API key (HMAC-SHA-256 of the key, then a map lookup), and a wrong key
 * (the same work, then a refusal). Everything is in memory, as on the request path.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AuthBench {
    private static final String ADMIN = "sk-bench-admin-key-0001";

    private Path dir;
    private Storage storage;
    private Access access;
    private ScheduledExecutorService background;
    private Authenticator authenticator;
    private String clientKey;
    private String wrongKey;

    @Setup
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("auth-bench");
        storage = Storage.open(dir, null);
        final KeyedHash hash = KeyedHash.open(storage.jdbi(), storage.sealer());
        background = Executors.newSingleThreadScheduledExecutor();
        access = Access.open(storage.jdbi(), hash, Clock.systemUTC(), background);
        final UserRecord user = access.store().createUser("bench", null, Role.MEMBER);
        clientKey = key();
        wrongKey = key();
        access.store().insertKey(new KeyRecord(UUID.randomUUID().toString(), user.id(), "bench",
                                               clientKey.substring(0, 11), clientKey.substring(clientKey.length() - 4),
                                               hash.hash(clientKey), List.of(), null, null, null, Instant.now()));
        access.directory().reload();
        authenticator = access.authenticator(AdminKey.load(dir, ADMIN), List.of());
        if (authenticator.authenticate(clientKey).join() == null) {
            throw new IllegalStateException("the client key does not authenticate");
        }
    }

    private static String key() {
        final byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return "sb-" + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    @TearDown
    public void tearDown() throws Exception {
        access.close();
        background.shutdownNow();
        storage.close();
    }

    @Benchmark
    public Principal adminKey() {
        return authenticator.authenticate(ADMIN).join();
    }

    @Benchmark
    public Principal clientKey() {
        return authenticator.authenticate(clientKey).join();
    }

    @Benchmark
    public Principal wrongKey() {
        return authenticator.authenticate(wrongKey).join();
    }
}
