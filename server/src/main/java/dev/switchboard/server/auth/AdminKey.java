package dev.switchboard.server.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import com.linecorp.armeria.common.annotation.Nullable;

/**
 * The bootstrap / break-glass credential (role admin, user "admin"): SWITCHBOARD_ADMIN_KEY when
 * set, else generated once into the data directory (mode 0600) and printed once to the console.
 * SWITCHBOARD_ADMIN_KEY=off turns it off once an admin user has a key of their own.
 */
public final class AdminKey {
    static final String FILE = "admin.key";
    private static final int MIN_LENGTH = 16;

    private final byte[] key;

    private AdminKey(String key) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    /** The value of SWITCHBOARD_ADMIN_KEY that turns the admin key off (once real admins exist). */
    public static final String OFF = "off";

    /**
     * The admin key, or null when {@code fromEnv} is {@link #OFF}.
     */
    @Nullable
    public static AdminKey load(Path dataDir, @Nullable String fromEnv) {
        if (OFF.equals(fromEnv)) {
            return null;
        }
        if (fromEnv != null && !fromEnv.isEmpty()) {
            if (fromEnv.length() < MIN_LENGTH) {
                throw new IllegalArgumentException(
                        "SWITCHBOARD_ADMIN_KEY: " + fromEnv.length() + " characters (expected: >= " + MIN_LENGTH + ")");
            }
            return new AdminKey(fromEnv);
        }
        final Path file = dataDir.resolve(FILE);
        try {
            if (Files.exists(file)) {
                return new AdminKey(Files.readString(file, StandardCharsets.UTF_8).strip());
            }
            final byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            final String key = "sb-" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.writeString(Files.createFile(file, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------"))), key + '\n', StandardCharsets.UTF_8,
                              StandardOpenOption.TRUNCATE_EXISTING);
            // Printed, not logged: log files are shipped and kept, the console of a first start is not.
            System.out.println("Generated the admin key (shown once; stored in " + file + "):\n  " + key);
            return new AdminKey(key);
        } catch (FileAlreadyExistsException e) {
            return load(dataDir, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }

    /** Constant-time comparison, so response timing says nothing about the key. */
    public boolean matches(String candidate) {
        return MessageDigest.isEqual(key, candidate.getBytes(StandardCharsets.UTF_8));
    }
}
