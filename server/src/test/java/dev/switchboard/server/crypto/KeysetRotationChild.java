package dev.switchboard.server.crypto;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.switchboard.server.provider.ProviderStore;
import dev.switchboard.server.storage.Storage;

/**
 * A process that rotates a data directory's keyset and, at a chosen checkpoint, says so and waits
 * to be killed: {@link KeysetRotationKillTest} kills it there with SIGKILL.
 * Arguments: the data directory, the checkpoint, which time it is reached (from 1).
 */
final class KeysetRotationChild {
    static final String STOPPED = "STOPPED-AT-CHECKPOINT";

    private KeysetRotationChild() {}

    public static void main(String[] args) throws Exception {
        final Path dataDir = Path.of(args[0]);
        final KeysetRotation.Checkpoint point = KeysetRotation.Checkpoint.valueOf(args[1]);
        final int nth = Integer.parseInt(args[2]);
        final Storage storage = Storage.open(dataDir, null);
        final List<SealedColumn> columns = new ArrayList<>(List.of(Storage.SEALED_CANARY, MetaKeysets.SEALED));
        columns.addAll(ProviderStore.SEALED);
        final AtomicInteger seen = new AtomicInteger();
        final KeysetRotation rotation = new KeysetRotation(storage.jdbi(), storage.sealer(), storage.keysetFile(),
                                                           columns, 2, reached -> {
            if (reached == point && seen.incrementAndGet() == nth) {
                System.out.println(STOPPED);
                System.out.flush();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        rotation.start();
        Thread.sleep(60_000);
        System.exit(3);
    }
}
