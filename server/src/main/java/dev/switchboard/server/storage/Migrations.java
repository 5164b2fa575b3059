package dev.switchboard.server.storage;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small versioned migration runner. Scripts are {@code V<n>__<name>.sql} resources listed in the
 * directory's {@code index.txt} (a shaded jar cannot list a directory); each pending script runs in
 * its own transaction and is recorded in {@code schema_version}, so running again is a no-op.
 */
final class Migrations {
    static final String DEFAULT_DIRECTORY = "db/migration";
    static final String INDEX_FILE_NAME = "index.txt";

    private static final Logger logger = LoggerFactory.getLogger(Migrations.class);
    private static final Pattern SCRIPT_NAME = Pattern.compile("V([0-9]+)__(\\w+)\\.sql");
    /** A statement ends with a semicolon at the end of a line. */
    private static final Pattern STATEMENT_END = Pattern.compile(";[ \\t\\r]*$", Pattern.MULTILINE);

    record Migration(int version, String name, String script) {}

    private Migrations() {}

    /** Applies the pending scripts of {@link #DEFAULT_DIRECTORY}; returns the versions applied. */
    static List<Integer> migrate(Jdbi jdbi) {
        return migrate(jdbi, DEFAULT_DIRECTORY, Clock.systemUTC());
    }

    static List<Integer> migrate(Jdbi jdbi, String directory, Clock clock) {
        final List<Migration> migrations = load(directory);
        jdbi.useHandle(handle -> handle.execute(
                "CREATE TABLE IF NOT EXISTS schema_version ("
                + "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)"));
        final List<Integer> applied = new ArrayList<>();
        for (Migration migration : migrations) {
            if (jdbi.inTransaction(handle -> applyIfPending(handle, migration, clock))) {
                logger.info("applied migration V{}__{}", migration.version(), migration.name());
                applied.add(migration.version());
            }
        }
        return applied;
    }

    private static boolean applyIfPending(Handle handle, Migration migration, Clock clock) {
        final boolean done = handle.createQuery("SELECT COUNT(*) FROM schema_version WHERE version = :version")
                                   .bind("version", migration.version())
                                   .mapTo(Integer.class)
                                   .one() > 0;
        if (done) {
            return false;
        }
        // Plain JDBC: Jdbi would read ':' and '?' inside DDL as parameters.
        try (Statement statement = handle.getConnection().createStatement()) {
            for (String sql : statements(migration.script())) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "migration V" + migration.version() + "__" + migration.name() + " failed: " + e.getMessage(), e);
        }
        handle.createUpdate("INSERT INTO schema_version (version, name, applied_at) "
                            + "VALUES (:version, :name, :appliedAt)")
              .bind("version", migration.version())
              .bind("name", migration.name())
              .bind("appliedAt", clock.millis())
              .execute();
        return true;
    }

    /** The directory's scripts in version order. */
    static List<Migration> load(String directory) {
        final List<Migration> migrations = new ArrayList<>();
        final Set<Integer> versions = new HashSet<>();
        for (String line : resource(directory + '/' + INDEX_FILE_NAME).split("\n")) {
            final String fileName = line.strip();
            if (fileName.isEmpty() || fileName.startsWith("#")) {
                continue;
            }
            final Matcher matcher = SCRIPT_NAME.matcher(fileName);
            if (!matcher.matches()) {
                throw new IllegalStateException(
                        "migration: " + fileName + " (expected: V<number>__<name>.sql)");
            }
            final int version = Integer.parseInt(matcher.group(1));
            if (!versions.add(version)) {
                throw new IllegalStateException("migration version " + version + " is listed twice in "
                                                + directory + '/' + INDEX_FILE_NAME);
            }
            migrations.add(new Migration(version, matcher.group(2), resource(directory + '/' + fileName)));
        }
        migrations.sort(Comparator.comparingInt(Migration::version));
        return migrations;
    }

    /** Splits a script at semicolons that end a line, dropping whole-line {@code --} comments. */
    static List<String> statements(String script) {
        final List<String> statements = new ArrayList<>();
        for (String chunk : STATEMENT_END.split(script)) {
            final StringBuilder sql = new StringBuilder();
            chunk.lines()
                 .filter(line -> !line.strip().startsWith("--"))
                 .forEach(line -> sql.append(line).append('\n'));
            final String statement = sql.toString().strip();
            if (!statement.isEmpty()) {
                statements.add(statement);
            }
        }
        return statements;
    }

    private static String resource(String name) {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("migration resource not found: " + name);
            }
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migration resource " + name, e);
        }
    }
}
