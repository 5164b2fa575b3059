package dev.switchboard.server.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import dev.switchboard.server.crypto.Keysets;
import dev.switchboard.server.crypto.SealedColumn;
import dev.switchboard.server.crypto.Sealer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;
import com.linecorp.armeria.common.annotation.Nullable;

/**
 * The data directory: the SQLite database (WAL, migrated at open) and the keyset that seals its
 * secrets. Opening checks that the keyset matches the database before anything is written, so a
 * wrong or missing keyset stops start-up and leaves the directory as it was.
 */
public final class Storage implements AutoCloseable {
    static final String DATABASE_FILE_NAME = "switchboard.db";

    private static final Logger logger = LoggerFactory.getLogger(Storage.class);
    private static final String CANARY_KEY = "canary";
    private static final String CANARY_ASSOCIATED_DATA = "switchboard-canary";
    private static final String CANARY_VALUE = "sealed by this database's keyset";
    private static final String UNIQUE_VIOLATION_SQL_STATE = "23505";

    /** The canary, for the master keyset's rotation. */
    public static final SealedColumn SEALED_CANARY = new SealedColumn(
            "meta.canary",
            "SELECT key AS row_key, value AS sealed, NULL AS context FROM meta WHERE key = '" + CANARY_KEY + "'",
            "UPDATE meta SET value = :sealed WHERE key = :row AND value = :old",
            (key, context) -> CANARY_ASSOCIATED_DATA);

    private final Jdbi jdbi;
    private final Sealer sealer;
    private final Path keysetFile;
    /** Held open so the WAL index is not rebuilt per handle; closing it checkpoints the WAL. */
    private final Connection anchor;

    private Storage(Jdbi jdbi, Sealer sealer, Path keysetFile, Connection anchor) {
        this.jdbi = jdbi;
        this.sealer = sealer;
        this.keysetFile = keysetFile;
        this.anchor = anchor;
    }

    /**
     * Opens (creating if needed) the data directory's database and keyset.
     *
     * @param keysetPath the keyset file (from {@code SWITCHBOARD_KEYSET}); {@code <dataDir>/keyset.json}
     *                   when null. Created (mode 0600) only when there is no database yet.
     * @throws StartupException if the keyset is missing or does not match an existing database, or the
     *                          directory cannot be used
     */
    public static Storage open(Path dataDir, @Nullable Path keysetPath) {
        final Path dir = dataDir.toAbsolutePath();
        createDirectory(dir);
        final Path db = dir.resolve(DATABASE_FILE_NAME);
        final Path keysetFile = Keysets.keysetFile(dir, keysetPath).toAbsolutePath();

        final String canary = readCanaryReadOnly(db);
        final Sealer sealer;
        if (canary != null) {
            if (!Files.exists(keysetFile)) {
                throw new StartupException(
                        "keyset not found at " + keysetFile + ": the database at " + db + " was sealed with "
                        + "a keyset that is not here; restore " + keysetFile.getFileName()
                        + " or set SWITCHBOARD_KEYSET to its path");
            }
            sealer = loadKeyset(dir, keysetPath, false);
            if (!opensCanary(sealer, canary)) {
                throw keysetMismatch(keysetFile, db);
            }
        } else {
            sealer = loadKeyset(dir, keysetPath, true);
        }
        return openReadWrite(db, keysetFile, sealer);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Sealer sealer() {
        return sealer;
    }

    /** The keyset file the sealer's keys are kept in (absolute). */
    public Path keysetFile() {
        return keysetFile;
    }

    @Override
    public void close() {
        try {
            anchor.close();
        } catch (SQLException e) {
            logger.warn("cannot close the database cleanly", e);
        }
    }

    /**
     * Whether {@code e} or one of its causes is a unique-constraint violation, in SQLite or
     * PostgreSQL, so a store can turn it into {@code ALREADY_EXISTS}.
     */
    public static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                final SQLiteErrorCode code = sqlite.getResultCode();
                return code == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
                       || code == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY;
            }
            if (t instanceof SQLException sql && UNIQUE_VIOLATION_SQL_STATE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void createDirectory(Path dir) {
        if (Files.isDirectory(dir)) {
            return;
        }
        try {
            if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new StartupException("cannot create the data directory " + dir + ": " + e);
        }
    }

    /**
     * The sealed canary of an existing database, or null when there is no database yet. Reads
     * without writing: no migration, no journal, no new file.
     */
    @Nullable
    private static String readCanaryReadOnly(Path db) {
        if (!Files.exists(db)) {
            return null;
        }
        final SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        // Without a -wal file every committed change is in the main file, and immutable=1 reads it
        // without creating -wal and -shm files. With one (the database is open elsewhere, or was not
        // closed cleanly) the committed rows may be only there, so it is read through the files
        // that already exist.
        final boolean hasWal = Files.exists(db.resolveSibling(DATABASE_FILE_NAME + "-wal"));
        final String url = url(db) + (hasWal ? "" : "?immutable=1");
        try {
            return Jdbi.create(() -> config.createConnection(url)).withHandle(handle -> {
                final boolean hasMeta = handle.createQuery(
                        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'")
                                              .mapTo(Integer.class)
                                              .one() > 0;
                return hasMeta ? findCanary(handle).orElse(null) : null;
            });
        } catch (JdbiException e) {
            throw new StartupException("cannot read the database at " + db + ": " + rootMessage(e));
        }
    }

    private static Storage openReadWrite(Path db, Path keysetFile, Sealer sealer) {
        final SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        // Take the write lock when a transaction begins: a deferred read-then-write transaction
        // fails with SQLITE_BUSY when another connection wrote in between, whatever the timeout.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // SQLite's multi-thread mode: no mutex of its own around each call. The driver already
        // serializes the calls on a connection (its native methods are synchronized) and a Jdbi handle
        // is used by one thread at a time, so the lock SQLite takes and releases on every bound
        // parameter (28 per ledger row, ~10% of the ledger writer's CPU) protects nothing here.
        config.setOpenMode(SQLiteOpenMode.NOMUTEX);
        final SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(url(db));

        final Connection anchor;
        try {
            anchor = dataSource.getConnection();
        } catch (SQLException e) {
            throw new StartupException("cannot open the database at " + db + ": " + e.getMessage());
        }
        try {
            final Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
            final int applied = Migrations.migrate(jdbi).size();
            jdbi.useTransaction(handle -> {
                final Optional<String> canary = findCanary(handle);
                if (canary.isEmpty()) {
                    handle.createUpdate("INSERT INTO meta (key, value) VALUES (:key, :value)")
                          .bind("key", CANARY_KEY)
                          .bind("value", sealer.sealText(CANARY_VALUE, CANARY_ASSOCIATED_DATA))
                          .execute();
                } else if (!opensCanary(sealer, canary.get())) {
                    // Written by a concurrent first start with another keyset.
                    throw keysetMismatch(keysetFile, db);
                }
            });
            holdOpen(anchor);
            logger.info("opened the database at {} ({} migration(s) applied)", db, applied);
            return new Storage(jdbi, sealer, keysetFile, anchor);
        } catch (RuntimeException e) {
            try {
                anchor.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * Makes the anchor connection read once: only a connection that has read in WAL mode keeps the
     * database open, so that closing a handle does not checkpoint and delete the WAL every time.
     */
    private static void holdOpen(Connection anchor) {
        try (Statement statement = anchor.createStatement()) {
            statement.executeQuery("SELECT COUNT(*) FROM meta").close();
        } catch (SQLException e) {
            throw new StartupException("cannot read the database: " + e.getMessage());
        }
    }

    private static Optional<String> findCanary(Handle handle) {
        return handle.createQuery("SELECT value FROM meta WHERE key = :key")
                     .bind("key", CANARY_KEY)
                     .mapTo(String.class)
                     .findOne();
    }

    private static boolean opensCanary(Sealer sealer, String sealedCanary) {
        try {
            return CANARY_VALUE.equals(sealer.openText(sealedCanary, CANARY_ASSOCIATED_DATA));
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static Sealer loadKeyset(Path dir, @Nullable Path keysetPath, boolean mayCreate) {
        try {
            return Keysets.load(dir, keysetPath, mayCreate);
        } catch (IllegalStateException e) {
            throw new StartupException(e.getMessage());
        } catch (UncheckedIOException e) {
            throw new StartupException(e.getMessage() + ": " + e.getCause());
        }
    }

    private static StartupException keysetMismatch(Path keysetFile, Path db) {
        return new StartupException(
                "keyset at " + keysetFile + " does not match the database at " + db + ": its secrets were "
                + "sealed with another keyset; set SWITCHBOARD_KEYSET to the keyset that sealed them "
                + "(nothing was changed)");
    }

    /** A URI file name, so that any character in the path is taken literally. */
    private static String url(Path db) {
        return "jdbc:sqlite:file:" + db.toUri().getRawPath();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
