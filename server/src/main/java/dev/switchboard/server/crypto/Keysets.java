package dev.switchboard.server.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Set;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.linecorp.armeria.common.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds, reads or creates the Tink keyset (AES-256-GCM, Tink JSON) that seals the secrets in the
 * database. Without the keyset the sealed secrets cannot be opened, so it is created only when
 * the caller says the database is new, and never overwritten.
 */
public final class Keysets {
    /** The keyset's file name inside the data directory when no explicit path is given. */
    public static final String DEFAULT_FILE_NAME = "keyset.json";

    private static final Logger logger = LoggerFactory.getLogger(Keysets.class);
    private static final Set<PosixFilePermission> OWNER_READ_WRITE =
            PosixFilePermissions.fromString("rw-------");

    private Keysets() {}

    /** Where the keyset lives: {@code keysetPath} when given, else {@code <dataDir>/keyset.json}. */
    public static Path keysetFile(Path dataDir, @Nullable Path keysetPath) {
        return keysetPath != null ? keysetPath : dataDir.resolve(DEFAULT_FILE_NAME);
    }

    /**
     * Reads the keyset at {@link #keysetFile}, or creates it there (mode 0600) when it is absent and
     * {@code mayCreate} is true.
     *
     * @throws IllegalStateException if the keyset is absent and may not be created, or is not a
     *         Tink JSON AEAD keyset
     * @throws UncheckedIOException if the file cannot be read or written
     */
    public static Sealer load(Path dataDir, @Nullable Path keysetPath, boolean mayCreate) {
        final Path file = keysetFile(dataDir, keysetPath).toAbsolutePath();
        try {
            AeadConfig.register();
            final KeysetHandle handle;
            if (Files.exists(file)) {
                handle = read(file);
            } else if (mayCreate) {
                handle = create(file);
            } else {
                throw new IllegalStateException("keyset not found at " + file);
            }
            return new Sealer(handle);
        } catch (GeneralSecurityException e) {
            // Tink's messages can quote parts of the keyset, so the cause is left out.
            throw new IllegalStateException("keyset at " + file + " is not a Tink JSON AEAD keyset");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot access the keyset at " + file, e);
        }
    }

    private static KeysetHandle read(Path file) throws IOException, GeneralSecurityException {
        if (isPosix(file) && !OWNER_READ_WRITE.containsAll(Files.getPosixFilePermissions(file))) {
            logger.warn("keyset {} is readable by others than its owner; chmod 600 it", file);
        }
        return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file, UTF_8),
                                                     InsecureSecretKeyAccess.get());
    }

    private static KeysetHandle create(Path file) throws IOException, GeneralSecurityException {
        final KeysetHandle handle = KeysetHandle.newBuilder()
                .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                                      .withRandomId()
                                      .makePrimary())
                .build();
        final Path dir = file.getParent();
        final Path tmp = writeTemp(dir, handle);
        try {
            if (!publish(tmp, file)) {
                // Another process created the keyset first: use that one, never replace it.
                return read(file);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        syncDirectory(dir);
        logger.info("created a new keyset at {}; back it up, the sealed secrets cannot be opened without it",
                    file);
        return handle;
    }

    /**
     * Replaces the keyset file with {@code handle}, atomically: a crash leaves either the old file or
     * the new one, whole and synced, never a mix or a moment without one.
     */
    static void replace(Path file, KeysetHandle handle) throws IOException, GeneralSecurityException {
        final Path dir = file.toAbsolutePath().getParent();
        final Path tmp = writeTemp(dir, handle);
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        syncDirectory(dir);
    }

    /** The keyset in a new file of {@code dir}, born 0600 and synced before anyone may name it. */
    private static Path writeTemp(Path dir, KeysetHandle handle) throws IOException, GeneralSecurityException {
        final byte[] json = TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get())
                                                     .getBytes(UTF_8);
        // Born 0600 (never world-readable for a moment), complete on disk before it gets its name.
        final FileAttribute<?>[] ownerOnly = isPosix(dir)
                ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE) }
                : new FileAttribute<?>[0];
        final Path tmp = Files.createTempFile(dir, ".keyset-", ".tmp", ownerOnly);
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            final ByteBuffer buffer = ByteBuffer.wrap(json);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return tmp;
    }

    /** Gives {@code tmp} the name {@code file} unless {@code file} exists; false if it did. */
    private static boolean publish(Path tmp, Path file) throws IOException {
        try {
            // A hard link is atomic and, unlike rename, refuses to replace an existing file.
            Files.createLink(file, tmp);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (Files.exists(file)) {
                return false;
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            return true;
        }
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform can sync a directory; the file itself is already synced.
        }
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
